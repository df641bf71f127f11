"""The scanner's burst: printable ASCII kept as typed, handed over at Enter."""

from __future__ import annotations

from kiosk.app.wedge_buffer import WedgeBuffer


def test_a_burst_is_handed_over_at_enter_once() -> None:
    buffer = WedgeBuffer()
    for char in "KC1:ab $%*+-./":
        buffer.type(char)
    assert buffer.pending
    assert buffer.enter() == "KC1:ab $%*+-./"
    assert not buffer.pending and buffer.enter() is None


def test_caps_lock_lower_case_is_kept_for_the_codec_to_fold() -> None:
    buffer = WedgeBuffer()
    buffer.type("kc1:abc")
    assert buffer.enter() == "kc1:abc"


def test_control_and_non_ascii_characters_are_not_kept() -> None:
    buffer = WedgeBuffer()
    assert not buffer.type("\x1b")
    assert not buffer.type("あ")
    assert not buffer.type("")
    assert buffer.type("A\tB")
    assert buffer.enter() == "AB"


def test_spaces_at_the_ends_are_stripped_and_an_empty_burst_is_nothing() -> None:
    buffer = WedgeBuffer()
    buffer.type("   ")
    assert buffer.enter() is None
    buffer.type(" AB ")
    assert buffer.enter() == "AB"


def test_a_stuck_key_never_grows_the_buffer_without_bound() -> None:
    buffer = WedgeBuffer(max_length=5)
    assert all(buffer.type("A") for _ in range(5))
    assert not buffer.type("A")  # the burst is not a code any more: dropped
    assert not buffer.pending


def test_discard_drops_the_burst_and_repr_never_shows_it() -> None:
    buffer = WedgeBuffer()
    buffer.type("SECRET")
    assert "SECRET" not in repr(buffer) and "6" in repr(buffer)
    buffer.discard()
    assert buffer.enter() is None
