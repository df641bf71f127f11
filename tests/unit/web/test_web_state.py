"""The page state: sealed with an HMAC, refused with one sentence when altered."""

from __future__ import annotations

import base64
import zlib
from typing import Any

import pytest

from kiosk.web.state import (
    StateError,
    StateSealer,
    WizardState,
    derive_state_key,
)

KEY = b"k" * 32  # the app fixture's key (conftest.STATE_KEY)


def test_a_sealed_state_opens_to_the_same_state() -> None:
    state = WizardState(lang="en", page="household", resident={"name": "南関 太郎"},
                        event="X", answers=[["q", None, True], ["r", "m1", "a"]])
    opened = StateSealer(KEY).open(StateSealer(KEY).seal(state))
    assert opened.to_json() == state.to_json()
    assert "南関" not in repr(opened)


def test_a_state_sealed_with_another_key_is_refused() -> None:
    sealed = StateSealer(b"x" * 32).seal(WizardState(lang="ja"))
    with pytest.raises(StateError):
        StateSealer(KEY).open(sealed)


@pytest.mark.parametrize("text", ["", "not base64 !", "AAAA", "A" * 60_000])
def test_garbage_is_refused(text: str) -> None:
    with pytest.raises(StateError):
        StateSealer(KEY).open(text)


def test_the_key_is_derived_from_the_signing_key_file_and_differs_from_its_bytes() -> None:
    key = derive_state_key(b"-----BEGIN PRIVATE KEY-----\nabc\n")
    assert len(key) == 32
    assert key == derive_state_key(b"-----BEGIN PRIVATE KEY-----\nabc\n")
    assert key != derive_state_key(b"-----BEGIN PRIVATE KEY-----\nabd\n")


def test_a_correctly_signed_state_of_the_wrong_shape_is_refused() -> None:
    """Integrity is not plausibility: even a signed state is read strictly."""
    import hashlib
    import hmac

    payload = zlib.compress(b'{"version": 1, "lang": 3}')
    tag = hmac.new(KEY, payload, hashlib.sha256).digest()
    with pytest.raises(StateError):
        StateSealer(KEY).open(base64.urlsafe_b64encode(payload + tag).decode())


def test_a_tampered_page_gets_one_sentence_and_a_way_back(driver: Any) -> None:
    driver.post("next")
    state = driver.page.state
    flipped = state[:20] + ("A" if state[20] != "A" else "B") + state[21:]
    response = driver.client.post("/wizard", data={"state": flipped, "action": "next",
                                                   "lang": "ja"})
    assert response.status_code == 400
    assert 'id="refused-message"' in response.text
    assert "最初からやり直してください" in response.text
    assert 'id="start-again"' in response.text
    assert "Traceback" not in response.text


def test_a_state_naming_an_unknown_event_is_refused(driver: Any) -> None:
    sealed = StateSealer(KEY).seal(WizardState(
        lang="en", page="household", event="NO_SUCH_EVENT",
        resident={"name": "A", "furigana": "ア", "address": "x", "birth_date": "1950-01-01",
                  "sex": "1"}))
    response = driver.client.post("/wizard", data={"state": sealed, "action": "next"})
    assert response.status_code == 400
    assert 'id="refused-message"' in response.text


def test_a_state_with_an_answer_the_engine_does_not_know_is_refused(driver: Any) -> None:
    driver.post("next")
    driver.resident()
    driver.post("next", event=next(iter(_events(driver))))
    state = StateSealer(KEY).open(driver.page.state)
    state.answers.append(["no_such_question", None, True])
    response = driver.client.post("/wizard", data={"state": StateSealer(KEY).seal(state),
                                                   "action": "next"})
    assert response.status_code == 400


def _events(driver: Any) -> list[str]:
    import re

    return re.findall(r'id="event-([A-Za-z0-9_]+)"', driver.page.text) or ["IN"]


def test_the_question_a_page_shows_travels_with_it_and_is_read_strictly() -> None:
    state = WizardState(lang="ja", page="question", next=["2026-04-06", 1, "q", ["self"]])
    assert StateSealer(KEY).open(StateSealer(KEY).seal(state)).next == state.next
    data = state.to_json()
    del data["next"]  # a page drawn before the field existed
    assert WizardState.from_json(data).next is None
    for bad in (["2026-04-06", "1", "q", ["self"]], ["2026-04-06", 1, "q", "self"], "q"):
        with pytest.raises(StateError):
            WizardState.from_json({**data, "next": bad})
