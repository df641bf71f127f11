#!/usr/bin/env python3
"""Build the bundled fallback faces for Chinese, Korean and Vietnamese from Noto Sans CJK.

The BIZ UD faces cover Japanese (JIS X 0208/0213) only: no Hangul, about 2,600 of the 6,763
GB2312 hanzi and none of Vietnamese's stacked letters (ế, ư, ủ …). Noto Sans CJK (SIL OFL 1.1)
covers them all, but Debian ships it as CFF outlines in a 19 MB collection, and reportlab
embeds only TrueType outlines. This script subsets it to what residents' text and names need
and converts the outlines to TrueType quadratics (fontTools' cu2qu, as fontTools' own
``otf2ttf`` snippet does):

* ``KioskCJK-SC-Regular.ttf`` (family "Kiosk CJK SC", from Noto Sans CJK SC): every GB2312
  character (hanzi and symbols), CJK punctuation, full-width forms, and Latin with
  Vietnamese (Latin-1, Extended-A/B, Extended Additional, combining marks, ₫).
* ``KioskCJK-KR-Regular.ttf`` (family "Kiosk CJK KR", from Noto Sans CJK KR): all 11,172
  Hangul syllables, Hangul jamo and compatibility jamo, and the KS X 1001 characters (hanja
  and symbols) the bundled BIZ UD faces lack.

The faces are renamed ("Kiosk CJK …") because a subset is a Modified Version under the OFL,
and so that Qt never confuses them with a system-wide Noto install. Run from the checkout:

    python scripts/build_fonts.py [--source /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc]

(Debian/Ubuntu: ``apt-get install fonts-noto-cjk``). The output is deterministic for a given
source file and fontTools version; the faces are committed, so a build machine does not need it.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts"
JAPANESE_FACE = "BIZUDPGothic-Regular.ttf"
MAX_ERR = 1.0  # font units (1000 per em): the curve conversion's tolerance, as otf2ttf's

PUNCTUATION = [*range(0x2000, 0x2070), *range(0x3000, 0x3040), *range(0xFF00, 0xFFF0)]
ASCII = list(range(0x20, 0x7F))
LATIN = [*ASCII, *range(0xA0, 0x250), *range(0x300, 0x370),
         *range(0x1E00, 0x1F00), 0x20AB, 0x20AC]


def _codec_set(codec: str, rows: Iterable[int]) -> list[int]:
    """Every character of a two-byte EUC code page (GB2312, KS X 1001) in the given rows."""
    found: set[int] = set()
    for first in rows:
        for second in range(0xA1, 0xFF):
            try:
                text = bytes((first, second)).decode(codec)
            except UnicodeDecodeError:
                continue
            found.update(ord(ch) for ch in text)
    return sorted(found)


def faces() -> dict[str, tuple[str, list[int]]]:
    """Output file -> (the collection member's family, the code points it keeps)."""
    gb2312 = _codec_set("gb2312", range(0xA1, 0xF8))
    ksx1001 = _codec_set("euc_kr", range(0xA1, 0xFE))
    hangul = [*range(0xAC00, 0xD7A4), *range(0x1100, 0x1200), *range(0x3130, 0x3190)]
    # Korean text is Hangul; hanja appear in names, and the BIZ UD faces (always tried
    # first) already draw 4,493 of KS X 1001's 4,888: keep only the ones they lack.
    with TTFont(str(OUT / JAPANESE_FACE), lazy=True) as face:
        japanese = set(face.getBestCmap())
    ksx1001_rest = [code for code in ksx1001 if code not in japanese]
    return {
        "KioskCJK-SC-Regular.ttf": ("Noto Sans CJK SC", gb2312 + PUNCTUATION + LATIN),
        "KioskCJK-KR-Regular.ttf": ("Noto Sans CJK KR",
                                    hangul + ksx1001_rest + PUNCTUATION + ASCII),
    }


def _member(collection: TTCollection, family: str) -> TTFont:
    for font in collection.fonts:
        if font["name"].getDebugName(1) == family:
            return font
    raise SystemExit(f"{family} is not in the source collection")


def _subset(font: TTFont, codes: list[int]) -> None:
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 7, 13, 14]
    options.notdef_outline = True
    options.hinting = False
    options.drop_tables += ["VORG", "vhea", "vmtx", "BASE"]
    sub = subset.Subsetter(options)
    sub.populate(unicodes=codes)
    sub.subset(font)


def _to_truetype(font: TTFont) -> None:
    """CFF outlines -> glyf quadratics (the recipe of fontTools' ``otf2ttf`` snippet)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        hmtx[name] = (hmtx[name][0], getattr(glyph, "xMin", 0))
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    font["maxp"] = maxp
    maxp.compile(font)
    post = font["post"]
    post.formatType = 3.0  # no glyph names: nothing reads them, and they cost space
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def _rename(font: TTFont, family: str, source_family: str) -> None:
    """A Modified Version gets its own name; the copyright and licence lines stay."""
    name = font["name"]
    postscript = family.replace(" ", "") + "-Regular"
    copyright_line = name.getDebugName(0) or ""
    version = name.getDebugName(5) or ""
    for record in list(name.names):
        if record.nameID in (16, 17, 21, 22):
            name.removeNames(nameID=record.nameID)
    for platform in ((3, 1, 0x409), (1, 0, 0)):
        name.setName(f"{copyright_line} Subset of {source_family} made for the kiosk.",
                     0, *platform)
        name.setName(family, 1, *platform)
        name.setName("Regular", 2, *platform)
        name.setName(f"{postscript};{version}", 3, *platform)
        name.setName(family, 4, *platform)
        name.setName(postscript, 6, *platform)


def match_ui_line_height(font: TTFont) -> None:
    """The UI font's line: one em (ascent 0.88, descent 0.12, no gap), as BIZ UD has.

    Noto Sans CJK asks for 1.448 em, so a line with one Hangul or simplified Chinese
    character was 45 % taller than the Japanese one, and Korean screens outgrew an 800 px
    tablet at 特大. The CJK glyphs are drawn inside the ideographic em box (0.88/0.12), so
    nothing is cut; only the spacing between lines changes."""
    em = font["head"].unitsPerEm
    ascent, descent = round(em * 0.88), round(em * 0.12)
    hhea, os2 = font["hhea"], font["OS/2"]
    hhea.ascent, hhea.descent, hhea.lineGap = ascent, -descent, 0
    os2.sTypoAscender, os2.sTypoDescender, os2.sTypoLineGap = ascent, -descent, 0
    os2.usWinAscent, os2.usWinDescent = ascent, descent


def build(source: Path, out: Path) -> list[Path]:
    collection = TTCollection(str(source))
    written: list[Path] = []
    for filename, (source_family, codes) in faces().items():
        font = _member(collection, source_family)
        _subset(font, codes)
        _to_truetype(font)
        family = "Kiosk CJK " + source_family.rsplit(" ", 1)[-1]
        _rename(font, family, source_family)
        match_ui_line_height(font)
        target = out / filename
        font.recalcTimestamp = False  # keep the source's date: the same input, the same file
        font.save(str(target), reorderTables=True)
        written.append(target)
        collection = TTCollection(str(source))  # subsetting changed the shared tables
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if not args.source.is_file():
        print(f"build_fonts: {args.source} not found (apt-get install fonts-noto-cjk)",
              file=sys.stderr)
        return 1
    started = time.monotonic()
    for path in build(args.source, args.out):
        with TTFont(str(path), lazy=True) as font:
            count = len(font.getBestCmap())
        print(f"{path.name}: {path.stat().st_size / 1e6:.1f} MB, {count} characters")
    print(f"built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
