"""Drawing primitives on a reportlab canvas, in millimetres from the page's top-left.

Forms are designed top-down in mm; reportlab draws bottom-up in points. ``Pen`` hides
that, and it owns the one rule that matters most for a clerk: text is never clipped
silently. ``Pen.fit`` shrinks text to the field's floor size, then wraps it; if it still
does not fit it shrinks further while wrapped (never below 7 pt), then condenses the
lines (長体, down to 60 % width), and only then prints
what fits, ends with "…" and reports an overflow so the form is flagged. Lines break by
the Japanese 禁則 rules (no line starts with 「）」 or 「、」). Characters the BIZ UD faces
lack are drawn with the fallback face when it is installed; characters no face has are
replaced by 〓 and counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from forms.geometry import PAGE_H
from kiosk.i18n.ruby import inline, plain
from printing.fonts import BOLD_FACES, MINCHO, printable, runs
from printing.measure import text_width
from printing.text_ops import draw_string

LINE = 1.18  # line height as a multiple of the font size
PT = 0.3528  # mm per point
MIN_SIZE = 7.0  # the smallest text a form prints (the layout loader's floor)
MIN_SCALE = 0.6  # the narrowest a line is condensed before it is cut (and flagged)


@dataclass(frozen=True, slots=True)
class Fit:
    size: float
    lines: tuple[str, ...]
    overflow: bool
    scale: float = 1.0  # horizontal scale (長体) when even the smallest size is too wide


# 禁則: characters that may not start a line (closing brackets and punctuation, small
# kana, prolonged sound mark) and those that may not end one (opening brackets).
NO_START = frozenset("）)]｝}〕〉》」』】、。，．,.:;：；!?！？・ー～"
                     "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々")
NO_END = frozenset("（([｛{〔〈《「『【")


def _break_at(line: str) -> int:
    """Where to cut a full line so that neither side breaks the 禁則 rules (and a Latin
    word is not split when a space comes before it); 0 when nothing better is found."""
    if " " in line.rstrip() and line[-1:].isascii() and line[-1:].isalnum():
        space = line.rstrip().rfind(" ")
        if space > 0:
            return space + 1
    cut = len(line)
    while cut > 1 and (line[cut - 1] in NO_END):
        cut -= 1
    return cut if cut < len(line) else 0


def _wrap(text: str, font: str, size: float, width_pt: float) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        line = ""
        for ch in para:
            if line and text_width(line + ch, font, size) > width_pt:
                if ch in NO_START and len(line) > 1:
                    # pull characters down until the new line starts well (追い出し)
                    moved = ch
                    while len(line) > 1 and moved[0] in NO_START:
                        moved, line = line[-1] + moved, line[:-1]
                    lines.append(line)
                    line = moved
                    continue
                cut = 0 if ch.isspace() else _break_at(line)
                if cut:
                    lines.append(line[:cut].rstrip())
                    line = line[cut:] + ch
                else:
                    lines.append(line)
                    line = "" if ch.isspace() else ch
            else:
                line += ch
        lines.append(line)
    return lines


def fit_text(text: str, font: str, w: float, h: float, size: float, floor: float) -> Fit:
    """Choose a size (shrinking to ``floor``) and lines for a box of ``w`` × ``h`` mm.

    A long 方書 or Latin name first shrinks on one line, then wraps, then shrinks while
    wrapped down to ``MIN_SIZE``; only what still does not fit is cut, with 「…」, and
    reported as an overflow so the form is flagged for the clerk."""
    width_pt = w * mm
    s = size
    while s >= floor - 1e-6:
        if "\n" not in text and text_width(text, font, s) <= width_pt and s * LINE * PT <= h:
            return Fit(s, (text,), False)
        s -= 0.5
    s = floor
    while True:
        lines = _wrap(text, font, s, width_pt)
        room = max(1, int(h / (s * LINE * PT)))
        if len(lines) <= room:
            return Fit(s, tuple(lines), False)
        if s - 0.5 < min(floor, MIN_SIZE) - 1e-6:
            break
        s -= 0.5
    condensed = _condense(text, font, s, width_pt, room)
    if condensed is not None:
        return condensed
    kept = lines[:room]
    last = kept[-1]
    while last and text_width(last + "…", font, s) > width_pt:
        last = last[:-1]
    kept[-1] = last + "…"
    return Fit(s, tuple(kept), True)


def _condense(text: str, font: str, size: float, width_pt: float, room: int) -> Fit | None:
    """The text on ``room`` lines drawn narrower (down to ``MIN_SCALE``), as forms do
    with a long name in a fixed box; None when even that does not fit."""
    lines = _wrap(text, font, size, width_pt / MIN_SCALE)
    if len(lines) > room:
        return None
    widest = max(text_width(line, font, size) for line in lines)
    return Fit(size, tuple(lines), False, min(1.0, width_pt / widest))


@dataclass
class Pen:
    """A canvas wrapper that draws in mm from the top-left and counts problems."""

    canvas: Canvas
    missing: int = 0
    overflows: list[str] = field(default_factory=list)

    def _y(self, y_mm: float) -> float:
        return float((PAGE_H - y_mm) * mm)

    def rect(self, x: float, y: float, w: float, h: float, width: float = 0.6,
             fill: float | None = None) -> None:
        c = self.canvas
        c.setLineWidth(width)
        if fill is not None:
            c.setFillGray(fill)
        c.rect(x * mm, self._y(y + h), w * mm, h * mm, stroke=1, fill=1 if fill is not None else 0)
        if fill is not None:  # back to black; nothing else changes the fill colour
            c.setFillGray(0)

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.5,
             dash: tuple[float, ...] | None = None) -> None:
        c = self.canvas
        c.setLineWidth(width)
        if dash:
            c.setDash(list(dash))
        c.line(x1 * mm, self._y(y1), x2 * mm, self._y(y2))
        if dash:
            c.setDash([])

    def ellipse(self, cx: float, cy: float, rx: float, ry: float) -> None:
        """Circle an option: an ellipse round a short word, a rounded box round a long one
        (an ellipse narrow enough for the line would cut through its first and last
        characters)."""
        self.canvas.setLineWidth(0.9)
        if rx > 2.5 * ry:
            self.canvas.roundRect((cx - rx) * mm, self._y(cy + ry), 2 * rx * mm, 2 * ry * mm,
                                  ry * mm)
            return
        self.canvas.ellipse((cx - rx) * mm, self._y(cy + ry), (cx + rx) * mm, self._y(cy - ry))

    def text(self, x: float, baseline: float, text: str, font: str = MINCHO,
             size: float = 11.0, align: str = "left", scale: float = 1.0) -> float:
        """Draw one line (already made printable), ``scale`` times as wide as usual;
        returns its width in mm."""
        c = self.canvas
        # one line in a fixed place (a title, a heading, a box): readings of ruby markup
        # (やさしい日本語) are dropped, as they would not fit; wrapped text keeps them (safe)
        text = plain(text)
        width: float = text_width(text, font, size) * scale / mm
        if align == "center":
            x -= width / 2
        elif align == "right":
            x -= width
        # Run by run: a character the face lacks is drawn by a language face or IPAmj.
        at = x * mm
        parts = runs(text, font)
        for face, part in parts:
            # The language faces have no bold weight: stroke their outlines as well as
            # filling them, so a bold line does not turn thin at its Hangul or 简体 glyphs.
            embolden = face != font and font in BOLD_FACES
            if scale < 1.0 or embolden:
                c.saveState()  # the render mode and line width apply to this run only
                line = c.beginText(at, self._y(baseline))
                line.setFont(face, size)
                line.setHorizScale(scale * 100)
                if embolden:
                    c.setLineWidth(size * 0.04)
                    line.setTextRenderMode(2)
                line.textOut(part)
                c.drawText(line)
                c.restoreState()
            else:
                c.setFont(face, size)
                draw_string(c, at, self._y(baseline), part)
            if len(parts) > 1:
                at += text_width(part, face, size) * scale
        return width

    def safe(self, text: str, font: str = MINCHO) -> str:
        """``text`` as it can be printed: readings written inline after their kanji
        (``漢字（かんじ）``), characters no face has as 〓 (counted as missing)."""
        cov = printable(inline(text), font)
        self.missing += cov.missing
        return cov.text

    def fitted(self, x: float, y: float, w: float, h: float, text: str, name: str,
               font: str = MINCHO, size: float = 11.0, floor: float = 9.0,
               align: str = "left", pad: float = 1.5, vpad: float = 1.0) -> None:
        """Draw ``text`` inside the box, shrinking then wrapping; record overflows."""
        if not text:
            return
        text = self.safe(text, font)
        fit = fit_text(text, font, w - 2 * pad, h - vpad, size, floor)
        if fit.overflow:
            self.overflows.append(name)
        lh = fit.size * LINE * PT
        top = y + (h - lh * len(fit.lines)) / 2
        for i, line in enumerate(fit.lines):
            base = top + lh * i + fit.size * PT * 0.92
            if align == "center":
                self.text(x + w / 2, base, line, font, fit.size, "center", fit.scale)
            else:
                self.text(x + pad, base, line, font, fit.size, scale=fit.scale)

    def qr(self, x: float, y: float, size: float, data: str) -> None:
        """A QR code drawn as one 1-bit image with a quiet zone (deterministic output).

        An image rather than one rectangle per module: a bundle carries a QR on every
        page, and hundreds of rectangles each made the PDF bigger and slower to write.
        """
        image = _qr_image(data)
        self.canvas.drawImage(ImageReader(image), x * mm, self._y(y + size), size * mm,
                              size * mm)


def _qr_image(data: str) -> Image.Image:
    import segno

    # A fixed mask skips segno's mask search (most of its time); any mask is valid QR.
    code = segno.make_qr(data, error="m", mask=0, boost_error=False)
    rows = [list(r) for r in code.matrix]
    n = len(rows)
    image = Image.new("1", (n + 4, n + 4), 1)
    pixels = image.load()
    assert pixels is not None
    for r, row in enumerate(rows):
        for c, dark in enumerate(row):
            if dark:
                pixels[c + 2, r + 2] = 0
    return image
