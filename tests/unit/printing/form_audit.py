"""Reading a rendered bundle back box by box, for the printed-form audit.

Every form page is matched with its layout: each placed box (millimetres from the top
left, ``forms.geometry``) becomes a rectangle on the PDF page, and the characters that
pdfplumber finds inside it are the box's printed value. Circled options are the
characters inside a drawn ellipse. The furigana line of a name box is its top strip, as
the renderer draws it (``printing.render.FormPainter._text``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pdfplumber
from reportlab.lib.units import mm

from forms.geometry import label_width
from forms.layout import Layout, Placed

SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")
_SPACE = re.compile(r"[\s\u3000\-]")


def squash(text: str) -> str:
    """Text without white space, hyphens or variation selectors, for comparisons."""
    return SELECTORS.sub("", _SPACE.sub("", text))


@dataclass
class Page:
    """One PDF page: its characters and ellipses, in points from the top left."""

    chars: list[dict[str, Any]]
    curves: list[dict[str, Any]]
    text: str
    lines: list[str] = field(default_factory=list)

    def _inside(self, x0: float, top: float, x1: float, bottom: float) -> list[dict[str, Any]]:
        found = []
        for ch in self.chars:
            cx = (ch["x0"] + ch["x1"]) / 2
            cy = (ch["top"] + ch["bottom"]) / 2
            if x0 <= cx <= x1 and top <= cy <= bottom:
                found.append(ch)
        return sorted(found, key=lambda c: (round(c["top"]), c["x0"]))

    def text_in(self, x: float, y: float, w: float, h: float) -> str:
        """The characters inside a box given in mm, in reading order."""
        return "".join(c["text"] for c in self._inside(x * mm, y * mm, (x + w) * mm,
                                                         (y + h) * mm))

    def line_in(self, x: float, y: float, w: float, h: float) -> str:
        """The characters of a one-line box (a date), left to right."""
        chars = self._inside(x * mm, y * mm, (x + w) * mm, (y + h) * mm)
        return "".join(c["text"] for c in sorted(chars, key=lambda c: c["x0"]))

    def circled_in(self, x: float, y: float, w: float, h: float) -> str:
        """The characters inside the box that have an ellipse drawn round them."""
        out = []
        for ch in self._inside(x * mm, y * mm, (x + w) * mm, (y + h) * mm):
            cx = (ch["x0"] + ch["x1"]) / 2
            cy = (ch["top"] + ch["bottom"]) / 2
            if any(c["x0"] <= cx <= c["x1"] and c["top"] <= cy <= c["bottom"]
                   for c in self.curves):
                out.append(ch["text"])
        return "".join(out)


def read(pdf: Path) -> list[Page]:
    pages = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            text = page.extract_text() or ""
            pages.append(Page(list(page.chars), list(page.curves), text, text.splitlines()))
    return pages


@dataclass(frozen=True)
class Box:
    """A field's value area (its label cell excluded) and, for a name, the kana strip."""

    placed: Placed
    x: float
    y: float
    w: float
    h: float

    @property
    def kana_h(self) -> float:
        return min(4.6, self.h * 0.38)

    def value(self, page: Page) -> str:
        if self.placed.field.kana:
            return page.text_in(self.x, self.y + self.kana_h, self.w, self.h - self.kana_h)
        return page.text_in(self.x, self.y, self.w, self.h)

    def line(self, page: Page) -> str:
        return page.line_in(self.x, self.y, self.w, self.h)

    def kana(self, page: Page) -> str:
        return page.text_in(self.x, self.y, self.w, self.kana_h)

    def circled(self, page: Page) -> str:
        return page.circled_in(self.x, self.y, self.w, self.h)


def boxes(layout: Layout) -> list[Box]:
    """Every bound box of a layout with its value area."""
    out = []
    for p in layout.placed:
        if p.role not in ("field", "cell") or not p.field.bind:
            continue
        lw = label_width(p.field, p.role == "cell")
        out.append(Box(p, p.x + lw, p.y, p.w - lw, p.h))
    return out
