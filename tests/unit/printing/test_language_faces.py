"""Korean, simplified Chinese and Vietnamese print in real glyphs: the bundled Kiosk CJK
faces (subsets of Noto Sans CJK, ``scripts/build_fonts.py``) draw what BIZ UD lacks."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from forms.catalog import load_catalog
from forms.catalog.model import Town
from kiosk.resources_path import resource
from printing import fonts
from printing.context import VisitInfo
from printing.fonts import GOTHIC, GOTHIC_BOLD, KR, MINCHO, SC, cmap, printable, runs
from printing.guide_sheet import GuideWriter

LINES = {
    "ko": "한국어: 주민등록 신고서를 1번 창구에 제출해 주십시오. 김민준",
    "zh": "简体中文：请把住民登记申请书交到1号窗口。带上在留卡。",
    "vi": "Tiếng Việt: Vui lòng nộp tờ khai ở quầy số 1. Nguyễn Thị Hương",
}
JAPANESE = "日本語：住民異動届を１番窓口にお出しください。"


def _town() -> Town:
    return load_catalog().town


def _guide_like_pdf(path: Path) -> int:
    """A page as the guide sheet writes it: a title, then paragraphs in the three faces."""
    fonts.register_fonts()
    canvas = Canvas(str(path))
    writer = GuideWriter(canvas, VisitInfo("v-langfaces", "A-012", date(2026, 4, 1)), _town(),
                         "ja")
    writer.new_page()
    for text in LINES.values():
        for face in (GOTHIC_BOLD, GOTHIC, MINCHO):
            writer.para(text, face, 11)
    writer.para(JAPANESE, GOTHIC, 11)
    canvas.showPage()
    canvas.save()
    return writer.pen.missing


def test_every_character_of_the_three_languages_has_a_face() -> None:
    for text in LINES.values():
        for face in (GOTHIC, GOTHIC_BOLD, MINCHO):
            assert printable(text, face).missing == 0, text


def test_vietnamese_typed_decomposed_prints_as_its_precomposed_letters() -> None:
    """e + dot below + circumflex (U+0323 U+0302): no face has those marks, every face
    has ệ through the language face."""
    decomposed = "Tie\u0302\u0301ng Vie\u0323\u0302t, Nguye\u0302\u0303n, tha\u0309o"
    coverage = printable(decomposed, GOTHIC)
    assert (coverage.text, coverage.missing) == ("Tiếng Việt, Nguyễn, thảo", 0)
    # a mark that makes no letter stays a missing glyph, flagged for the clerk
    assert printable("x\u0309", GOTHIC).missing == 1


def test_hangul_and_simplified_hanzi_and_vietnamese_letters_use_the_bundled_faces() -> None:
    assert {face for face, part in runs("한국어", GOTHIC)} == {KR}
    assert dict(runs("简体", GOTHIC)).keys() >= {SC}  # 简 is not in BIZ UD; 体 is
    assert [face for face, part in runs("Việt", GOTHIC) if "ệ" in part] == [SC]
    # Japanese stays in its UD face, even for hanzi the Chinese face also has
    assert {face for face, part in runs(JAPANESE, GOTHIC)} == {GOTHIC}


def test_japanese_only_text_never_reads_the_language_faces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Start-up and Japanese printing stay as fast as before: the language faces are
    read only when a text needs them."""
    read: list[str] = []

    def spy(*parts: str) -> Path:
        read.append(parts[-1])
        return resource(*parts)

    cmap.cache_clear()
    fonts.language_font.cache_clear()
    monkeypatch.setattr(fonts, "resource", spy)
    try:
        assert printable(JAPANESE, GOTHIC).missing == 0
        runs(JAPANESE, MINCHO)
        assert not [name for name in read if name.startswith("KioskCJK")]
        printable(LINES["ko"], GOTHIC)
        assert "KioskCJK-KR-Regular.ttf" in read
    finally:
        cmap.cache_clear()
        fonts.language_font.cache_clear()


@pytest.mark.skipif(shutil.which("pdffonts") is None or shutil.which("pdftotext") is None,
                    reason="needs poppler-utils")
def test_a_guide_like_page_embeds_the_faces_and_keeps_the_text(tmp_path: Path) -> None:
    pdf = tmp_path / "languages.pdf"
    assert _guide_like_pdf(pdf) == 0, "no character printed as 〓"
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                             check=True).stdout
    embedded = {line.split()[0].split("+")[-1]: line.split()[-5] for line in
                listing.splitlines()[2:]}
    for name in ("KioskCJKSC-Regular", "KioskCJKKR-Regular", "BIZUDGothic-Regular"):
        assert embedded.get(name) == "yes", listing
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    flat = "".join(text.split())
    for line in [*LINES.values(), JAPANESE]:
        assert "".join(line.split()) in flat, line
