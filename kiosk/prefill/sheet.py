"""The printable page of a code (A4): a title, the QR code, what to do, the expiry date.

reportlab draws the modules as filled squares (vector, sharp at any printer resolution)
with the bundled BIZ UD Gothic, embedded as a subset. This package sits beside
``printing`` in the services layer, so it registers the font itself rather than import
``printing.fonts``.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache

import segno

from kiosk.i18n import translate
from kiosk.prefill.codec import peek
from kiosk.prefill.errors import CONTEXT, PrefillError
from kiosk.prefill.qr import QUIET_ZONE, qr_symbol
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


def qr_pdf(text: str, *, locale: str) -> bytes:
    """An A4 page to print at home: the code, what to do with it, and its expiry date.
    ``QrTooLarge`` when the text does not fit one QR code."""
    try:
        expires: date | None = peek(text).expires
    except PrefillError:  # not one of our codes: the page still shows it, without a date
        expires = None
    return draw_sheet(qr_symbol(text), expires, locale)


def instruction(locale: str) -> str:
    """The line printed below the code."""
    return translate(CONTEXT, "Show this code at the town hall's kiosk, then place your "
                              "My Number card on the reader.", locale)


def draw_sheet(symbol: segno.QRCode, expires: date | None, locale: str) -> bytes:
    """The page as PDF bytes."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

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
    path = canvas.beginPath()
    for row_index, row in enumerate(symbol.matrix_iter(scale=1, border=QUIET_ZONE)):
        for start, length in _dark_runs(row):  # one rectangle per run: a smaller file
            path.rect(left + start * module, top - (row_index + 1) * module,
                      length * module, module)
    canvas.drawPath(path, stroke=0, fill=1)
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


def _dark_runs(row: Iterable[int]) -> Iterator[tuple[int, int]]:
    """(first column, length) of each run of dark modules in a row."""
    start = None
    column = 0
    for column, dark in enumerate(row):
        if dark and start is None:
            start = column
        elif not dark and start is not None:
            yield start, column - start
            start = None
    if start is not None:
        yield start, column + 1 - start
