"""The bundled BIZ UD fonts, registered with reportlab as embedded TrueType subsets.

Why TrueType and not reportlab's built-in CID fonts (HeiseiMin-W3 …): a CID font is not
embedded, so the printer or CUPS filter substitutes whatever it has and Japanese text
comes out as garbage glyphs. A ``TTFont`` is embedded as a subset of the glyphs actually
used, which keeps a bundle of forms to a few hundred KB. Fonts are parsed once per process.

Coverage of a bundled face is read from reportlab's own char-to-glyph map, built when the
face is registered (which drawing needs anyway). A character the BIZ UD faces lack
(外字 beyond JIS, e.g. 𠮷 U+20BB7, common in real names) is drawn with IPAmj明朝 when that
font is installed: it covers the 文字情報基盤 MJ set the 住基 systems use (Debian's
``fonts-ipamj-mincho``; on Windows the IPA's installer; or ``resources/fonts/ipamjm.ttf``).
It is 46 MB, so it is found on the system rather than bundled, and parsed only when a
character needs it; what it covers is cached on disk (``printing.font_coverage``), so
checking a name for rare characters never reads its 60,000-glyph cmap at start-up. A
character that no face has is never dropped or printed as tofu: it becomes
``MISSING_MARKER`` and the form is flagged so the clerk writes it by hand.

Residents' languages the BIZ UD faces cannot write (Hangul, simplified Chinese, Vietnamese's
stacked letters) are drawn with the two bundled Kiosk CJK faces, small subsets of Noto Sans
CJK SC/KR (``scripts/build_fonts.py``), tried in order before IPAmj明朝. They are
registered only when a text holds a character the primary face lacks, so Japanese-only
printing never reads them; each is a few thousand entries (milliseconds).

Everything here is built once per process and may be first asked for from two threads at
once (the background warm-up and a resident's print): ``printing.once`` builds each under one lock,
so a face is never registered twice (a second ``TTFont`` under the same name would restart
a document's subset numbering half-way through it).
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.resources_path import resource
from printing.once import once

if TYPE_CHECKING:
    from printing.font_coverage import FaceCoverage

MINCHO = "UDMincho"
GOTHIC = "UDGothic"
GOTHIC_BOLD = "UDGothic-Bold"
FALLBACK = "IPAmjMincho"
MISSING_MARKER = "〓"
FALLBACK_FILE = "ipamjm.ttf"
SC = "KioskCJK-SC"
KR = "KioskCJK-KR"
# Bundled faces for the residents' other scripts, in the order they are tried.
LANGUAGE_FACES = (SC, KR)
BOLD_FACES = frozenset({GOTHIC_BOLD})

_FILES = {
    MINCHO: "BIZUDMincho-Regular.ttf",
    GOTHIC: "BIZUDGothic-Regular.ttf",
    GOTHIC_BOLD: "BIZUDGothic-Bold.ttf",
    SC: "KioskCJK-SC-Regular.ttf",
    KR: "KioskCJK-KR-Regular.ttf",
}
_PRIMARY = (MINCHO, GOTHIC, GOTHIC_BOLD)

# Variation selectors (SVS and IVS) pick a glyph variant. IPAmj明朝 carries the 文字情報基盤
# variants in its variation-sequence table (cmap format 14): such a sequence is drawn with
# that exact glyph, through a private code point standing for the sequence (reportlab
# draws characters, not sequences). A sequence no face has prints as the marker.
_SELECTORS = frozenset(range(0xFE00, 0xFE10)) | frozenset(range(0xE0100, 0xE01F0))
# Combining accents (U+0300–U+036F) are composed with the letter before them when a face
# has the result; CJK text never holds them (its voicing marks are U+3099/U+309A).
_COMBINING_ACCENTS = frozenset(range(0x300, 0x370))
_ALIAS_BASE = 0xF0000  # Supplementary Private Use Area-A: never in a name
_ALIASES: dict[int, str] = {}  # private code point -> the base character + its selector
_SEQUENCES: dict[str, int] = {}


def _fix_to_unicode_for_astral_characters() -> None:
    """reportlab writes a subset's ToUnicode entry as ``<%04X>``, which for a character
    beyond U+FFFF (𠮷 U+20BB7) is five hex digits: an invalid CMap that makes viewers and
    text extraction drop the font's text. Rewrite those entries as UTF-16 (surrogate
    pairs), as the PDF specification asks. The glyphs themselves were always right."""
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "kiosk_fixed", False):
        return

    def make(fontname: str, subset: list[int]) -> str:
        text: str = original(fontname, subset)
        for index, code in enumerate(subset):
            if code > 0xFFFF:
                # a variation sequence's private code point reads back as the sequence
                utf16 = _ALIASES.get(code, chr(code)).encode("utf-16-be").hex().upper()
                text = text.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{utf16}>")
        return text

    make.kiosk_fixed = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make


@once
def register_fonts() -> tuple[str, ...]:
    """Register the three primary faces once per process; returns their reportlab names.
    The language faces register on first need (``language_font``)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from printing.pdf_settings import configure_reportlab

    _fix_to_unicode_for_astral_characters()
    configure_reportlab()
    for name in _PRIMARY:
        pdfmetrics.registerFont(TTFont(name, str(_bundled(name))))
    return _PRIMARY


def _bundled(name: str) -> Path:
    path = resource("fonts", _FILES[name])
    if not path.is_file():
        raise FileNotFoundError(f"bundled font {_FILES[name]} is missing: reinstall the kiosk")
    return path


@once
def language_font(name: str) -> str:
    """Register a bundled language face (SC, KR) on first need; its reportlab name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(name, str(_bundled(name))))
    return name


def fallback_candidates() -> list[Path]:
    """Where IPAmj明朝 may be: the kiosk's own resources, then the system's font folders."""
    places = [resource("fonts", FALLBACK_FILE),
              Path("/usr/share/fonts/truetype/ipamj") / FALLBACK_FILE]
    windows = os.environ.get("WINDIR")
    if windows:
        places.append(Path(windows) / "Fonts" / FALLBACK_FILE)
    local = os.environ.get("LOCALAPPDATA")
    if local:
        places.append(Path(local) / "Microsoft" / "Windows" / "Fonts" / FALLBACK_FILE)
    return places


@once
def fallback_path() -> Path | None:
    """The installed IPAmj明朝, or None (then rare characters print as the marker)."""
    return next((path for path in fallback_candidates() if path.is_file()), None)


@once
def fallback_font() -> str | None:
    """Register the fallback face on first need; its reportlab name, or None."""
    path = fallback_path()
    if path is None:
        return None
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FALLBACK, str(path)))
    return FALLBACK


@once
def cmap(font: str = MINCHO) -> frozenset[int]:
    """The code points a face has a glyph for: a bundled face's from reportlab's map
    (registering the face), IPAmj明朝's from its coverage cached on disk."""
    if font == FALLBACK:
        coverage = fallback_coverage()
        return coverage.codes if coverage is not None else frozenset()
    from reportlab.pdfbase import pdfmetrics

    if font in LANGUAGE_FACES:
        language_font(font)
    else:
        register_fonts()
    face = pdfmetrics.getFont(font).face
    # glyph 0 is .notdef: a format-4 table's closing 0xFFFF segment maps there
    return frozenset(code for code, glyph in face.charToGlyph.items() if glyph)


@once
def fallback_coverage() -> FaceCoverage | None:
    """IPAmj明朝's code points and variation sequences, from the disk cache (built from
    the font on the first start after it is installed or updated); None without it."""
    path = fallback_path()
    if path is None:
        return None
    from printing.font_coverage import face_coverage

    return face_coverage(path, coverage_cache_folders(path))


def coverage_cache_folders(font: Path) -> list[Path]:
    """Where a face's coverage is cached: the kiosk's cache folder, else beside the font."""
    folders = [font.parent]
    try:
        from kiosk.paths import cache_dir

        folders.insert(0, cache_dir() / "fonts")
    except OSError:  # a profile that cannot be written: beside the font, or nowhere
        pass
    return folders


def variation_glyphs() -> dict[tuple[int, int], int]:
    """``(base, selector) -> glyph id`` from the fallback face's variation-sequence table
    (empty without IPAmj明朝)."""
    coverage = fallback_coverage()
    return coverage.variations if coverage is not None else {}


def variation_alias(base: str, selector: str) -> str | None:
    """A private character that draws the variation sequence with its exact glyph, or
    None when no face has the sequence."""
    key = base + selector
    if key in _SEQUENCES:
        return chr(_SEQUENCES[key])
    gid = variation_glyphs().get((ord(base), ord(selector)))
    name = fallback_font() if gid is not None else None
    if gid is None or name is None:
        return None
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(name).face
    code = _ALIAS_BASE + len(_ALIASES)
    face.charToGlyph[code] = gid
    face.glyphToChar.setdefault(gid, []).append(code)
    face.charWidths[code] = face.charWidths.get(ord(base), face.defaultWidth)
    _ALIASES[code] = key
    _SEQUENCES[key] = code
    return chr(code)


def face_for(ch: str, font: str) -> str:
    """The face that draws ``ch``: ``font`` when it can, else the first language face that
    can, else IPAmj明朝 when it can."""
    code = ord(ch)
    if code in _ALIASES:
        return FALLBACK
    if code in cmap(font) or ch.isspace():
        return font
    for face in LANGUAGE_FACES:
        if code in cmap(face):
            return language_font(face)
    if fallback_path() is not None and code in cmap(FALLBACK):
        return fallback_font() or font
    return font


def _any_face_has(code: int) -> bool:
    """Whether a language face or IPAmj明朝 draws the code point (cmaps read lazily, in the
    order ``face_for`` tries them, so Chinese or Korean text never loads IPAmj's)."""
    return any(code in cmap(face) for face in LANGUAGE_FACES) or code in cmap(FALLBACK)


# Every character str.isspace() accepts: drawn as the run's own face whether it has the
# glyph or not (the faces' own checks below treat them so, one character at a time).
_SPACES = frozenset(chr(code) for code in range(0x3001) if chr(code).isspace())
# Characters ``printable`` must look at one by one (selectors join the character before).
_SPECIAL = frozenset(map(chr, _SELECTORS | _COMBINING_ACCENTS))


@once
def drawable(font: str) -> frozenset[str]:
    """The characters ``font`` draws itself (its cmap and the spaces), as one-character
    strings: ``drawable(font).issuperset(text)`` checks a whole line in C, the common case
    for Japanese text in its own face, instead of a Python loop per character."""
    return frozenset(map(chr, cmap(font))) | _SPACES


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """Split printable text into (face, text) runs, so each run is drawn by one face."""
    if text and drawable(font).issuperset(text):
        return [(font, text)]
    out: list[tuple[str, str]] = []
    for ch in text:
        face = face_for(ch, font)
        if out and out[-1][0] == face:
            out[-1] = (face, out[-1][1] + ch)
        else:
            out.append((face, ch))
    return out


@dataclass(frozen=True, slots=True)
class Coverage:
    """Text made printable: unknown characters replaced by the marker, and how many."""

    text: str
    missing: int


def _composed(base: str, mark: str, known: frozenset[int]) -> str | None:
    """A Latin letter and a combining accent as the one precomposed letter a face has
    (``e`` + U+0323 + U+0302 → ``ệ``): Vietnamese typed decomposed, whose marks (hook
    above, dot below) no bundled face has and reportlab could not place anyway."""
    composed = unicodedata.normalize("NFC", base + mark)
    if len(composed) != 1:
        return None
    code = ord(composed)
    return composed if code in known or _any_face_has(code) else None


def printable(text: str, font: str = MINCHO) -> Coverage:
    """Replace every character no face has, and a variation sequence no face has, by 〓;
    a sequence the fallback face has becomes its private drawing character."""
    if drawable(font).issuperset(text) and _SPECIAL.isdisjoint(text):
        return Coverage(text, 0)  # the common case, checked in C
    known = cmap(font)
    out: list[str] = []
    missing = 0
    for ch in text:
        code = ord(ch)
        if code in _SELECTORS:
            if out and out[-1] != MISSING_MARKER and ord(out[-1]) not in _ALIASES:
                alias = variation_alias(out[-1], ch)
                if alias is None:
                    missing += 1
                out[-1] = alias or MISSING_MARKER
            continue
        if code in _COMBINING_ACCENTS and out and out[-1] != MISSING_MARKER:
            letter = _composed(out[-1], ch, known)
            if letter is not None:
                out[-1] = letter
                continue
        if code in known or ch in "\n\t" or ch.isspace():
            out.append(ch)
            continue
        if _any_face_has(code):
            out.append(ch)
        else:
            out.append(MISSING_MARKER)
            missing += 1
    return Coverage("".join(out), missing)
