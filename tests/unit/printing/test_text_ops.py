"""``draw_string`` writes what reportlab's ``drawString`` writes, operator for operator, so
the faster path can never change a printed page (checked on the installed reportlab)."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from printing.fonts import GOTHIC, MINCHO, register_fonts
from printing.text_ops import draw_string

# Enough distinct kanji to fill reportlab's first 256-glyph subset and start a second, so a
# line that crosses subsets is compared too; brackets and a backslash need escaping.
KANJI = "".join(chr(code) for code in range(0x4E00, 0x4E00 + 1200, 2))
LINES = ["", "ABC (1) \\ 2", "熊本県玉名郡　住民異動届", KANJI[:200], KANJI[150:400],
         "（自署）", KANJI[380:], "0123456789"]


def _page(draw: bool) -> list[str]:
    canvas = Canvas(io.BytesIO(), initialFontName=MINCHO)
    for index, line in enumerate(LINES):
        canvas.setFont(GOTHIC if index % 3 == 0 else MINCHO, 9 + index * 0.5)
        x, y = 10.25 + index, 800.125 - index * 13.7
        if draw:
            draw_string(canvas, x, y, line)
        else:
            canvas.drawString(x, y, line)
    return list(canvas._code)


def test_draw_string_writes_what_reportlab_writes() -> None:
    register_fonts()
    ours, theirs = _page(True), _page(False)
    assert ours == theirs
    font_changes = sum(op.count(" Tf ") for op in ours)
    assert font_changes > sum(1 for line in LINES if line), "a line crossed glyph subsets"


def test_a_builtin_font_falls_back_to_reportlab() -> None:
    canvas = Canvas(io.BytesIO())
    canvas.setFont("Helvetica", 10)
    draw_string(canvas, 10, 10, "plain (ASCII)")
    reference = Canvas(io.BytesIO())
    reference.setFont("Helvetica", 10)
    reference.drawString(10, 10, "plain (ASCII)")
    assert canvas._code == reference._code
