"""A code made by the web side reads back at the kiosk: text, lower case, PNG and PDF."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.prefill import PREFIX, decode_image, make_code, qr_pdf, qr_png, read_code

SCENARIOS = Path(__file__).resolve().parents[3] / "forms" / "scenarios"
ISSUED = date(2026, 11, 28)


def _scenario() -> dict[str, object]:
    data: dict[str, object] = json.loads(
        (SCENARIOS / "tennyu_family4.json").read_text(encoding="utf-8"))
    return data


def test_a_code_reads_back_with_everything_it_carries() -> None:
    key = Ed25519PrivateKey.generate()
    text = make_code(_scenario(), key=key, town="試験町", catalog_version=3, language="en",
                     issued=ISSUED, valid_days=14)
    assert text.startswith(PREFIX)
    assert text.isascii() and text == text.upper()
    code = read_code(f"  {text.lower()}\n", keys=[key.public_key()], today=ISSUED,
                     catalog_version=3)
    assert code.scenario == _scenario()
    assert (code.town, code.catalog_version, code.language) == ("試験町", 3, "en")
    assert (code.issued, code.expires) == (ISSUED, date(2026, 12, 12))
    assert len(code.code_id) == 16 and int(code.code_id, 16) >= 0
    assert "南関" not in repr(code)


def test_the_png_decodes_to_the_same_text_and_the_pdf_is_a_page() -> None:
    key = Ed25519PrivateKey.generate()
    text = make_code(_scenario(), key=key, town="試験町", catalog_version=1, language="ja",
                     issued=ISSUED, valid_days=14)
    assert decode_image(qr_png(text)) == [text]
    pdf = qr_pdf(text, locale="ja")
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") >= 1
