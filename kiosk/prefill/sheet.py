"""The printable page of a code (A4): a title, the QR code, what to do, the expiry date.

reportlab draws the modules as filled squares (vector, sharp at any printer resolution)
with the bundled BIZ UD Gothic, embedded as a subset. This package sits beside
``printing`` in the services layer, so it registers the font itself rather than import
``printing.fonts``.
"""

from __future__ import annotations

import io
from datetime import date
from functools import cache

import segno

from kiosk.i18n import translate
from kiosk.prefill.errors import CONTEXT
from kiosk.resources_path import resource

FONT = "PrefillGothic"
FONT_FILE = "BIZUDGothic-Regular.ttf"
QR_SIDE_MM = 120.0  # a version 40 code then has 0.65 mm modules: fine for any scanner


@cache
def _font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", FONT_FILE))))
    return FONT


def draw_sheet(symbol: segno.QRCode, expires: date | None, locale: str) -> bytes:
    """The page as PDF bytes."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from kiosk.prefill.qr import QUIET_ZONE, instruction

    font = _font()
    out = io.BytesIO()
    width, height = A4
    canvas = Canvas(out, pagesize=A4, invariant=True)
    canvas.setTitle(translate(CONTEXT, "Pre-application code", locale))
    canvas.setFont(font, 20)
    canvas.drawCentredString(width / 2, height - 40 * mm,
                             translate(CONTEXT, "Pre-application code", locale))
    modules = symbol.symbol_size(scale=1, border=QUIET_ZONE)[0]
    module = QR_SIDE_MM * mm / modules
    left = (width - QR_SIDE_MM * mm) / 2
    top = height - 55 * mm
    canvas.setFillColorRGB(0, 0, 0)
    for row_index, row in enumerate(symbol.matrix_iter(scale=1, border=QUIET_ZONE)):
        for column, dark in enumerate(row):
            if dark:
                canvas.rect(left + column * module, top - (row_index + 1) * module,
                            module, module, stroke=0, fill=1)
    below = top - QR_SIDE_MM * mm - 12 * mm
    canvas.setFont(font, 12)
    canvas.drawCentredString(width / 2, below, instruction(locale))
    if expires is not None:
        line = translate(CONTEXT, "Valid until {date}.", locale).format(
            date=expires.isoformat())
        canvas.setFont(font, 14)
        canvas.drawCentredString(width / 2, below - 10 * mm, line)
    canvas.showPage()
    canvas.save()
    return out.getvalue()
