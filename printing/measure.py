"""Text widths for layout: a line measured run by run, each run in the face that draws it.

A bundle measures the same label, era name or resident's name some three times over (to
fit it, to wrap it, to place it). ``remembered_widths`` keeps each width for the length of
one bundle, and forgets them at its end: no resident's name outlives their bundle here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from printing.fonts import drawable, runs

# (text, face, size) -> width, inside ``remembered_widths`` (one per thread: a context
# variable)
_WIDTHS: ContextVar[dict[tuple[str, str, float], float] | None] = ContextVar(
    "remembered_widths", default=None)


@contextmanager
def remembered_widths() -> Iterator[None]:
    """Inside the block (one bundle), measure each text once per face and size. The
    widths are forgotten at the end, so no resident's name outlives their bundle here."""
    token = _WIDTHS.set({})
    try:
        yield
    finally:
        _WIDTHS.reset(token)


def text_width(text: str, font: str, size: float) -> float:
    """Width in points of ``text`` drawn run by run (the fallback face has its own metrics)."""
    widths = _WIDTHS.get()
    if widths is None:
        return _measure(text, font, size)
    key = (text, font, size)
    found = widths.get(key)
    if found is None:
        found = widths[key] = _measure(text, font, size)
    return found


def _measure(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if drawable(font).issuperset(text):
        return float(stringWidth(text, font, size))
    return float(sum(stringWidth(part, face, size) for face, part in runs(text, font)))
