"""One line of TrueType text written straight into a reportlab page.

A bundle draws some 1,500 lines of text. reportlab's ``Canvas.drawString`` builds a text
object for each, measures the string (and throws the width away) and formats it through
several layers: a quarter of a bundle's render time. ``draw_string`` writes exactly the
operators ``drawString`` writes for a TrueType face (``BT``, the origin, each glyph
subset's font and the escaped bytes, ``T*``, ``ET``; a test checks the two agree
operator for operator on the installed reportlab) and falls back to ``drawString`` for
anything else.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas


def draw_string(canvas: Canvas, x: float, y: float, text: str) -> None:
    """``canvas.drawString(x, y, text)`` in the canvas's current font and size."""
    font = getFont(canvas._fontname)
    if not getattr(font, "_dynamicFont", False) or not canvas.bottomup:
        canvas.drawString(x, y, text)
        return
    doc = canvas._doc
    escape = canvas._escape
    size_and_leading = _size_and_leading(canvas._fontsize, canvas._leading)
    ops: list[str] = []
    current = -1
    for subset, chunk in font.splitString(text, doc):
        if subset != current:
            ops.append(f"{font.getSubsetInternalName(subset, doc)} {size_and_leading}")
            current = subset
        ops.append(f"({escape(chunk)}) Tj")
    canvas._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm {' '.join(ops)} T* ET")


@lru_cache(maxsize=256)
def _size_and_leading(size: float, leading: float) -> str:
    """The font operator's tail (reportlab's ends in the leading); a form uses few sizes."""
    return f"{fp_str(size)} Tf {fp_str(leading)} TL"
