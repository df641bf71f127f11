"""On screen, Hangul, simplified hanzi and Vietnamese letters are drawn by the bundled Kiosk
CJK faces (never by whatever the machine has installed, never as tofu), and Japanese keeps
its BIZ UD face."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont, QTextLayout

from kiosk.ui import theme
from kiosk.ui.app import UI_FAMILY, load_ui_fonts


def _faces(text: str) -> dict[str, str]:
    """Which family draws which characters of ``text`` in the UI font (laid out one by one:
    a glyph run's string indexes are not reliable across fallback faces)."""
    font = QFont(theme.UI_FONT_FAMILY)
    font.setPixelSize(theme.base_pixel_size(2))
    drawn: dict[str, str] = {}
    for ch in text.replace(" ", ""):
        layout = QTextLayout(ch, font)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        (run,) = layout.glyphRuns()
        family = run.rawFont().familyName()
        drawn[family] = drawn.get(family, "") + ch
    return drawn


def test_the_language_faces_are_the_ui_family_fallbacks(qapp: Any) -> None:
    families = load_ui_fonts()
    assert {"BIZ UDPGothic", "Kiosk CJK SC", "Kiosk CJK KR"} <= set(families)
    assert QFont.substitutes(UI_FAMILY) == ["kiosk cjk sc", "kiosk cjk kr"]  # Qt folds case
    assert theme.UI_FONT_FAMILY == UI_FAMILY
    load_ui_fonts()  # a second start in the same process keeps one substitution list
    assert QFont.substitutes(UI_FAMILY) == ["kiosk cjk sc", "kiosk cjk kr"]  # Qt folds case


def test_each_script_is_drawn_by_a_bundled_face(qapp: Any) -> None:
    load_ui_fonts()
    korean = _faces("주민등록")
    assert set(korean) == {"Kiosk CJK KR"}, korean
    chinese = _faces("请带上在留卡")
    assert set(chinese) <= {"Kiosk CJK SC", "BIZ UDPGothic"} and "请" in chinese["Kiosk CJK SC"]
    vietnamese = _faces("Tiếng Việt")
    assert set(vietnamese) == {"Kiosk CJK SC", "BIZ UDPGothic"}, vietnamese
    assert "ế" in vietnamese["Kiosk CJK SC"] and "T" in vietnamese["BIZ UDPGothic"]
    japanese = _faces("住民異動届　マイナンバーカード")
    assert set(japanese) == {"BIZ UDPGothic"}, japanese


def test_a_line_of_hangul_or_hanzi_is_as_tall_as_a_line_of_japanese(qapp: Any) -> None:
    """The bundled faces keep BIZ UD's one-em line: Noto's 1.45 em made Korean and Chinese
    screens outgrow an 800 px tablet at 特大."""
    load_ui_fonts()
    font = QFont(theme.UI_FONT_FAMILY)
    font.setPixelSize(theme.base_pixel_size(2))

    def line_height(text: str) -> float:
        layout = QTextLayout(text, font)
        layout.beginLayout()
        line = layout.createLine()
        layout.endLayout()
        return line.height()

    japanese = line_height("住所を入力")
    assert line_height("주소 입력") <= japanese + 1
    assert line_height("输入地址") <= japanese + 1
