"""One QR symbol for a code, made one way: a fixed mask (no mask search), drawn into the
PNG module for module with its quiet zone, and the same symbol on the printed sheet."""

from __future__ import annotations

import io

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image
from prefill_support import ISSUED, household

from kiosk.prefill import make_code, qr_pdf, qr_png, sheet
from kiosk.prefill.qr import FIXED_MASK, QUIET_ZONE, qr_symbol


def _code(members: int) -> str:
    return make_code(household(members), key=Ed25519PrivateKey.generate(), town="試験町",
                     catalog_version=1, language="ja", issued=ISSUED, valid_days=14)


def test_the_symbol_uses_the_fixed_mask() -> None:
    for members in (1, 4, 12):
        assert qr_symbol(_code(members)).mask == FIXED_MASK


def test_the_png_is_the_symbol_module_for_module_inside_its_quiet_zone() -> None:
    text = _code(4)
    matrix = qr_symbol(text).matrix
    with Image.open(io.BytesIO(qr_png(text))) as image:
        grey = image.convert("L")
    side = len(matrix) + 2 * QUIET_ZONE
    assert grey.width == grey.height and grey.width % side == 0
    scale = grey.width // side

    def dark(row: int, column: int) -> bool:  # the pixel in the middle of a module
        return grey.getpixel((column * scale + scale // 2, row * scale + scale // 2)) < 128

    drawn = [[dark(r, c) for c in range(side)] for r in range(side)]
    quiet = [drawn[r][c] for r in range(side) for c in range(side)
             if min(r, c) < QUIET_ZONE or max(r, c) >= side - QUIET_ZONE]
    assert not any(quiet)
    assert [row[QUIET_ZONE:-QUIET_ZONE] for row in drawn[QUIET_ZONE:-QUIET_ZONE]] == \
        [[bool(m) for m in row] for row in matrix]


def test_the_printed_sheet_draws_the_same_symbol(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _code(2)
    drawn: list[object] = []
    real = sheet.draw_sheet

    def spy(symbol: object, *args: object) -> bytes:
        drawn.append(symbol)
        return real(symbol, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(sheet, "draw_sheet", spy)
    assert qr_pdf(text, locale="ja").startswith(b"%PDF")
    [symbol] = drawn
    assert symbol.matrix == qr_symbol(text).matrix  # type: ignore[attr-defined]
