"""Reading rendered bundles back for the text-level tests (pdfplumber)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pdfplumber

_FOOTER = re.compile(r"様式 ?([a-z_]+)")
ERA_MARKS = "明大昭平令"


@dataclass
class PageText:
    form: str  # a form id, or "guide"
    text: str
    circled: list[str]  # characters with an ellipse drawn round them, top to bottom

    @property
    def compact(self) -> str:
        """The text without white space or hyphens (character boxes hold one digit each)."""
        return re.sub(r"[\s\-]", "", self.text)


def read_pages(pdf: Path) -> list[PageText]:
    pages = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            text = page.extract_text() or ""
            match = _FOOTER.search(text)
            circled = []
            for curve in sorted(page.curves, key=lambda c: (c["top"], c["x0"])):
                for ch in page.chars:
                    cx = (ch["x0"] + ch["x1"]) / 2
                    cy = (ch["top"] + ch["bottom"]) / 2
                    if curve["x0"] <= cx <= curve["x1"] and curve["top"] <= cy <= curve["bottom"]:
                        circled.append(ch["text"])
            pages.append(PageText(match.group(1) if match else "guide", text, circled))
    return pages
