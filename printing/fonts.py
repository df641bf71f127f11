"""The bundled BIZ UD fonts, registered with reportlab as embedded TrueType subsets.

Why TrueType and not reportlab's built-in CID fonts (HeiseiMin-W3 …): a CID font is not
embedded, so the printer or CUPS filter substitutes whatever it has and Japanese text
comes out as garbage glyphs. A ``TTFont`` is embedded as a subset of the glyphs actually
used, which keeps a bundle of forms to a few hundred KB. Fonts are parsed once per process.

Coverage is checked with the font's cmap (fontTools): a character the fonts lack (外字
beyond JIS, e.g. 𠮷 U+20BB7) is never dropped or printed as tofu; callers replace it with
``MISSING_MARKER`` and flag the form so the clerk writes that character by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kiosk.resources_path import resource

MINCHO = "UDMincho"
GOTHIC = "UDGothic"
GOTHIC_BOLD = "UDGothic-Bold"
MISSING_MARKER = "〓"

_FILES = {
    MINCHO: "BIZUDMincho-Regular.ttf",
    GOTHIC: "BIZUDGothic-Regular.ttf",
    GOTHIC_BOLD: "BIZUDGothic-Bold.ttf",
}

# Variation selectors (SVS and IVS) pick a glyph variant; the fonts carry no variants, so
# a base character followed by one is treated as a character the fonts lack.
_SELECTORS = frozenset(range(0xFE00, 0xFE10)) | frozenset(range(0xE0100, 0xE01F0))


@cache
def register_fonts() -> tuple[str, ...]:
    """Register the three faces once per process; returns their reportlab names."""
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    # Binary (zlib only) streams: ASCII85 makes files a quarter larger and, in reportlab's
    # pure-Python encoder, costs a third of the render time; printers never need 7-bit PDFs.
    rl_config.useA85 = 0
    for name, filename in _FILES.items():
        path = resource("fonts", filename)
        if not path.is_file():
            raise FileNotFoundError(f"bundled font {filename} is missing: reinstall the kiosk")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    return tuple(_FILES)


@cache
def cmap(font: str = MINCHO) -> frozenset[int]:
    """The code points a bundled face has a glyph for (read once with fontTools)."""
    from fontTools.ttLib import TTFont as FTFont

    with FTFont(str(resource("fonts", _FILES[font])), lazy=True) as face:
        return frozenset(face.getBestCmap())


@dataclass(frozen=True, slots=True)
class Coverage:
    """Text made printable: unknown characters replaced by the marker, and how many."""

    text: str
    missing: int


def printable(text: str, font: str = MINCHO) -> Coverage:
    """Replace every character the face lacks (with its variation selector) by 〓."""
    known = cmap(font)
    out: list[str] = []
    missing = 0
    for ch in text:
        code = ord(ch)
        if code in _SELECTORS:
            if out and out[-1] != MISSING_MARKER:
                out[-1] = MISSING_MARKER
                missing += 1
            continue
        if code in known or ch in "\n\t" or ch.isspace():
            out.append(ch)
        else:
            out.append(MISSING_MARKER)
            missing += 1
    return Coverage("".join(out), missing)
