"""A code made by the web side reads back at the kiosk: as text, in lower case, through a
PNG or a camera frame, and at the largest household one QR code holds."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image
from prefill_support import ISSUED, household

from kiosk.prefill import (
    PREFIX,
    QrTooLarge,
    decode_image,
    decode_pixels,
    make_code,
    peek,
    qr_pdf,
    qr_png,
    read_code,
)
from kiosk.prefill.qr import qr_symbol
from printing.raster import rasterize

SCENARIOS = Path(__file__).resolve().parents[3] / "forms" / "scenarios"
# The figures docs/prefill.md states: a household of ten fits a version 25 code, and the
# largest household one code holds (level M, version 40) has 51 members. The random code
# id makes a code's length vary by a few characters, so the test that it ends there
# tries 53 members (52 measured 6 to 14 characters too many).
TEN_MEMBERS_VERSION = 25
LARGEST_HOUSEHOLD = 51


def _make(key: Ed25519PrivateKey, scenario: dict[str, object], **overrides: object) -> str:
    arguments: dict[str, object] = {"town": "試験町", "catalog_version": 1, "language": "ja",
                                    "issued": ISSUED, "valid_days": 14}
    arguments.update(overrides)
    return make_code(scenario, key=key, **arguments)  # type: ignore[arg-type]


def test_a_code_reads_back_with_everything_it_carries() -> None:
    key = Ed25519PrivateKey.generate()
    scenario = json.loads((SCENARIOS / "tennyu_family4.json").read_text(encoding="utf-8"))
    text = _make(key, scenario, catalog_version=3, language="en")
    assert text.startswith(PREFIX)
    assert text.isascii() and text.isprintable() and text == text.upper()
    code = read_code(text, keys=[key.public_key()], today=ISSUED, catalog_version=3)
    assert code.scenario == scenario
    assert (code.town, code.catalog_version, code.language) == ("試験町", 3, "en")
    assert (code.issued, code.expires) == (ISSUED, date(2026, 12, 12))
    assert len(code.code_id) == 16 and int(code.code_id, 16) >= 0
    assert "南関" not in repr(code) and "ナンカン" not in str(code)


def test_caps_lock_and_surrounding_whitespace_do_not_matter() -> None:
    key = Ed25519PrivateKey.generate()
    text = _make(key, household(3))
    typed = f"\t {text.lower()}\r\n"
    code = read_code(typed, keys=[key.public_key()], today=ISSUED, catalog_version=1)
    assert code.scenario == household(3)


def test_every_code_has_its_own_id() -> None:
    key = Ed25519PrivateKey.generate()
    ids = {peek(_make(key, household(1))).code_id for _ in range(5)}
    assert len(ids) == 5


def test_the_last_valid_day_is_the_expiry_date() -> None:
    key = Ed25519PrivateKey.generate()
    text = _make(key, household(1), valid_days=0)
    assert read_code(text, keys=[key.public_key()], today=ISSUED,
                     catalog_version=1).expires == ISSUED


def test_the_png_decodes_to_the_same_text() -> None:
    key = Ed25519PrivateKey.generate()
    text = _make(key, household(4))
    png = qr_png(text)
    assert png.startswith(b"\x89PNG")
    with Image.open(io.BytesIO(png)) as image:
        assert image.width >= 1000  # a module is several pixels even on a large code
    assert decode_image(png) == [text]


def test_a_camera_frame_with_row_padding_decodes() -> None:
    key = Ed25519PrivateKey.generate()
    text = _make(key, household(2))
    with Image.open(io.BytesIO(qr_png(text))) as image:
        grey = image.convert("L")
    width, height = grey.size
    stride = width + 24  # cameras pad rows to an alignment
    rows = grey.tobytes()
    frame = b"".join(rows[y * width:(y + 1) * width] + b"\x80" * 24 for y in range(height))
    assert decode_pixels(frame, width, height, stride) == [text]
    with pytest.raises(ValueError, match="fewer bytes"):
        decode_pixels(frame[:stride], width, height, stride)


def test_pictures_without_a_code_give_nothing() -> None:
    blank = io.BytesIO()
    Image.new("L", (200, 200), 255).save(blank, format="JPEG")
    assert decode_image(blank.getvalue()) == []
    assert decode_image(b"not a picture") == []


def test_the_printed_page_scans_back_to_the_code(tmp_path: Path) -> None:
    """Printed at 150 dpi, even the largest code reads: the page is what a resident brings."""
    key = Ed25519PrivateKey.generate()
    text = _make(key, household(LARGEST_HOUSEHOLD))
    pdf = qr_pdf(text, locale="ja")
    assert pdf.startswith(b"%PDF-") and b"/FontFile2" in pdf  # the font is embedded
    path = tmp_path / "code.pdf"
    path.write_bytes(pdf)
    [page] = rasterize(path, dpi=150)
    assert page.width < page.height  # portrait A4
    out = io.BytesIO()
    page.save(out, format="PNG")
    assert decode_image(out.getvalue()) == [text]


def test_a_household_of_ten_fits_a_mid_sized_code() -> None:
    key = Ed25519PrivateKey.generate()
    text = _make(key, household(10))
    assert qr_symbol(text).version <= TEN_MEMBERS_VERSION
    assert decode_image(qr_png(text)) == [text]


def test_the_largest_household_one_code_holds_round_trips_through_the_png() -> None:
    key = Ed25519PrivateKey.generate()
    text = _make(key, household(LARGEST_HOUSEHOLD))
    assert qr_symbol(text).version == 40
    [scanned] = decode_image(qr_png(text))
    code = read_code(scanned, keys=[key.public_key()], today=ISSUED, catalog_version=1)
    assert len(code.scenario["household"]) == LARGEST_HOUSEHOLD - 1
    with pytest.raises(QrTooLarge):
        qr_png(_make(key, household(LARGEST_HOUSEHOLD + 2)))


@pytest.mark.parametrize(("overrides", "message"), [
    ({"valid_days": -1}, "valid_days"),
    ({"valid_days": 400}, "valid_days"),
    ({"catalog_version": -1}, "catalog_version"),
    ({"catalog_version": True}, "catalog_version"),
    ({"town": ""}, "town and language"),
    ({"language": ""}, "town and language"),
])
def test_make_code_refuses_arguments_no_kiosk_could_use(
        overrides: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        _make(Ed25519PrivateKey.generate(), household(1), **overrides)


def test_make_code_refuses_what_json_cannot_hold() -> None:
    with pytest.raises(ValueError, match="not plain JSON"):
        _make(Ed25519PrivateKey.generate(), {"event": "x", "when": date(2026, 1, 1)})
    with pytest.raises(ValueError):
        _make(Ed25519PrivateKey.generate(), {"answers": {"ratio": float("nan")}})
