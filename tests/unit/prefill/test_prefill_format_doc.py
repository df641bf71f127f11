"""docs/prefill.md describes the format byte by byte: the code and the page agree."""

from __future__ import annotations

import zlib
from pathlib import Path

from kiosk.prefill import PREFIX
from kiosk.prefill.body import DICTIONARY, WBITS
from kiosk.prefill.codec import HEADER_BYTES, KEY_ID_BYTES, SIGNATURE_BYTES, VERSION

DOC = (Path(__file__).resolve().parents[3] / "docs" / "prefill.md").read_text(encoding="utf-8")


def test_the_page_quotes_the_dictionary_and_the_prefix() -> None:
    assert f"\n{DICTIONARY.decode()}\n" in DOC
    assert f"{PREFIX}<base45>" in DOC


def test_the_layout_the_page_gives_is_the_one_the_code_uses() -> None:
    assert (VERSION, KEY_ID_BYTES, HEADER_BYTES, SIGNATURE_BYTES) == (1, 8, 11, 64)
    assert "| 11 + n | 64 | Ed25519 signature" in DOC
    assert WBITS == -zlib.MAX_WBITS  # raw DEFLATE, as the page says
