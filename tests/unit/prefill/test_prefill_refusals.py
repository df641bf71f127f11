"""Every way a code can be wrong is refused with its own reason and its own sentence, and
no damaged input ever escapes as another exception."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from prefill_support import CATALOG_VERSION, ISSUED

from kiosk.prefill import PREFIX, REASONS, PrefillError, read_code
from kiosk.prefill import base45 as b45
from kiosk.prefill.codec import HEADER_BYTES, KEY_ID_BYTES

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


def _read(text: str, key: Ed25519PrivateKey, *, today: date = ISSUED,
          catalog_version: int = CATALOG_VERSION) -> object:
    return read_code(text, keys=[key.public_key()], today=today,
                     catalog_version=catalog_version)


def _reason(text: str, key: Ed25519PrivateKey, **kwargs: object) -> str:
    with pytest.raises(PrefillError) as caught:
        _read(text, key, **kwargs)  # type: ignore[arg-type]
    return caught.value.reason


def _binary(text: str) -> bytes:
    return b45.decode(text[len(PREFIX):])


def _text(binary: bytes) -> str:
    return PREFIX + b45.encode(binary)


def test_a_changed_byte_in_the_content_breaks_the_signature(
        code_text: str, signing_key: Ed25519PrivateKey) -> None:
    raw = bytearray(_binary(code_text))
    for position in (HEADER_BYTES, HEADER_BYTES + 17, len(raw) - 65, len(raw) - 1):
        tampered = bytearray(raw)
        tampered[position] ^= 0x04
        assert _reason(_text(bytes(tampered)), signing_key) == "signature"


def test_a_code_signed_by_another_key_is_foreign(code_text: str) -> None:
    assert _reason(code_text, Ed25519PrivateKey.generate()) == "foreign_key"


def test_a_forged_key_id_is_still_foreign_or_a_bad_signature(
        code_text: str, signing_key: Ed25519PrivateKey) -> None:
    raw = bytearray(_binary(code_text))
    raw[1] ^= 0xFF  # the key id names no trusted key
    assert _reason(_text(bytes(raw)), signing_key) == "foreign_key"


def test_an_old_code_is_expired_the_day_after_its_expiry(
        code_text: str, signing_key: Ed25519PrivateKey) -> None:
    last_day = ISSUED + timedelta(days=14)
    assert _read(code_text, signing_key, today=last_day)
    assert _reason(code_text, signing_key, today=last_day + timedelta(days=1)) == "expired"


def test_a_code_from_a_newer_or_older_catalog_is_refused(
        code_text: str, signing_key: Ed25519PrivateKey) -> None:
    assert _reason(code_text, signing_key,
                   catalog_version=CATALOG_VERSION - 1) == "newer_catalog"
    assert _reason(code_text, signing_key,
                   catalog_version=CATALOG_VERSION + 1) == "older_catalog"


@pytest.mark.parametrize("keep", [0, 2, 4, 5, 20, 100, -200, -64, -3, -1])
def test_a_cut_off_code_is_damaged(
        code_text: str, signing_key: Ed25519PrivateKey, keep: int) -> None:
    assert _reason(code_text[:keep], signing_key) == "damaged"


@pytest.mark.parametrize("text", [
    "", "   ", "PA2:" + "0" * 120, "HELLO WORLD", "PA1:abc!", "PA1:" + "GGW" * 60,
    "PA1:" + ":" * 300, "PA1:" + "0" * 20000,
])
def test_text_that_is_no_code_is_damaged(text: str, signing_key: Ed25519PrivateKey) -> None:
    assert _reason(text, signing_key) == "damaged"


def test_an_unknown_format_version_is_damaged(
        code_text: str, signing_key: Ed25519PrivateKey) -> None:
    raw = bytearray(_binary(code_text))
    raw[0] = 2
    assert _reason(_text(bytes(raw)), signing_key) == "damaged"


def test_a_signed_body_that_is_not_a_code_is_damaged(signing_key: Ed25519PrivateKey) -> None:
    """The signer's own mistake (or a stolen key making junk) still gives one sentence."""
    from kiosk.prefill.keys import key_id

    for body in (b"", b"\x00\x01", b"not deflate at all"):
        signed = (bytes([1]) + key_id(signing_key.public_key())
                  + len(body).to_bytes(2, "big") + body)
        text = _text(signed + signing_key.sign(signed))
        assert _reason(text, signing_key) == "damaged"


def test_every_reason_has_its_own_sentence_in_english_and_japanese() -> None:
    for locale in ("en", "ja"):
        sentences = [PrefillError(reason).message(locale) for reason in REASONS]
        assert len(set(sentences)) == len(REASONS)
    for reason in REASONS:
        english, japanese = PrefillError(reason).message("en"), PrefillError(reason).message("ja")
        assert japanese != english and "。" in japanese, reason
        assert english.endswith(".") and english.count(". ") == 0, reason
    assert "staff" in PrefillError("expired").message("en")
    assert "職員" in PrefillError("expired").message("ja")


def test_an_unknown_reason_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown refusal reason"):
        PrefillError("mismatch")


@FUZZ
@given(data=st.data())
def test_any_flipped_bit_is_refused(
        data: st.DataObject, code_text: str, signing_key: Ed25519PrivateKey) -> None:
    raw = bytearray(_binary(code_text))
    bit = data.draw(st.integers(0, len(raw) * 8 - 1))
    raw[bit // 8] ^= 1 << (bit % 8)
    with pytest.raises(PrefillError) as caught:
        _read(_text(bytes(raw)), signing_key)
    expected = ("damaged" if bit < 8 or 8 * (1 + KEY_ID_BYTES) <= bit < 8 * HEADER_BYTES
                else "foreign_key" if bit < 8 * (1 + KEY_ID_BYTES) else "signature")
    assert caught.value.reason == expected


@FUZZ
@given(data=st.data())
def test_any_change_to_the_text_is_refused_or_reads_the_same(
        data: st.DataObject, code_text: str, signing_key: Ed25519PrivateKey) -> None:
    position = data.draw(st.integers(0, len(code_text) - 1))
    replacement = data.draw(st.characters(codec="utf-8"))
    changed = code_text[:position] + replacement + code_text[position + 1:]
    try:
        code = _read(changed, signing_key)
    except PrefillError:
        return
    # only a change Caps Lock or the end's whitespace undoes may still read
    assert changed.strip().upper() == code_text
    assert code == _read(code_text, signing_key)


@FUZZ
@given(cut=st.integers(0, 4000), junk=st.text(max_size=8))
def test_any_cut_with_anything_after_it_is_refused(
        cut: int, junk: str, code_text: str, signing_key: Ed25519PrivateKey) -> None:
    changed = code_text[:cut] + junk
    if changed.strip().upper() == code_text:
        return
    with pytest.raises(PrefillError):
        _read(changed, signing_key)


def test_a_refusal_survives_pickling() -> None:
    import pickle

    copy = pickle.loads(pickle.dumps(PrefillError("expired", "expired on 2026-01-01")))
    assert (copy.reason, copy.detail) == ("expired", "expired on 2026-01-01")
