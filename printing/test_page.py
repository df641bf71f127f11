"""The printer test page: fonts, a ruler, grey levels and a QR, with no personal data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from forms.geometry import MARGIN_X, PAGE_W
from kiosk.domain.era import to_wareki
from printing.draw import Pen
from printing.fonts import GOTHIC, GOTHIC_BOLD, MINCHO, register_fonts


def render_test_page(path: Path, today: date | None = None) -> Path:
    """Write the test page PDF to ``path`` and return it."""
    register_fonts()
    canvas = Canvas(str(path), pagesize=A4, invariant=1, initialFontName=MINCHO)
    pen = Pen(canvas)
    pen.text(PAGE_W / 2, 30, "印刷テストページ", GOTHIC_BOLD, 22, "center")
    pen.text(PAGE_W / 2, 40, to_wareki(today or date.today()).format_ja(), GOTHIC, 11, "center")
    y = 55.0
    for font in (MINCHO, GOTHIC, GOTHIC_BOLD):
        for size in (9, 11, 14):
            pen.text(MARGIN_X, y, f"{font} {size}pt 住民異動届 髙﨑 令和元年 0123456789",
                     font, size)
            y += size * 0.3528 * 1.6
    y += 5
    for i in range(19):
        pen.line(MARGIN_X + i * 10, y, MARGIN_X + i * 10, y + (6 if i % 5 == 0 else 3), 0.5)
    pen.line(MARGIN_X, y, MARGIN_X + 180, y, 0.5)
    pen.text(MARGIN_X, y + 11, "目盛は10mm間隔（180mm）", GOTHIC, 9)
    for i, gray in enumerate((0.0, 0.3, 0.6, 0.8, 0.9)):
        pen.rect(MARGIN_X + i * 22, y + 20, 20, 12, 0.5, fill=gray)
    pen.qr(PAGE_W - MARGIN_X - 40, y + 18, 40, "KKS1:test-page")
    canvas.showPage()
    canvas.save()
    return path
