"""The top bar's row fits its width by breaking the longest texts onto two lines."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.ui.widgets.button_row_fit import ButtonRowFit, two_lines


def test_a_text_breaks_at_the_space_nearest_its_middle() -> None:
    assert two_lines("Tumawag ng staff") == "Tumawag\nng staff"
    assert two_lines("Wika / 言語 / Language") == "Wika / 言語 /\nLanguage"
    assert two_lines("Boses") == "Boses"


def test_a_narrow_row_breaks_its_widest_texts_and_a_wide_one_gets_them_back(
        qtbot: Any) -> None:
    row = QWidget()
    qtbot.addWidget(row)
    layout = QHBoxLayout(row)
    # as in the window, where the bar is as wide as the screen, not as its buttons
    layout.setSizeConstraint(QHBoxLayout.SizeConstraint.SetNoConstraint)
    town, call, voice = QLabel(row), QPushButton(row), QPushButton(row)
    for widget in (town, call, voice):
        layout.addWidget(widget)
    fit = ButtonRowFit(row)
    row.resize(2000, 80)
    row.show()
    qtbot.waitExposed(row)
    fit.set_text(town, "Bayan ng Nankan (南関町)")
    fit.set_text(call, "Tumawag ng staff")
    fit.set_text(voice, "Boses")
    assert "\n" not in town.text() + call.text()
    one_line = fit.needed_width()

    row.resize(one_line - 20, 80)  # a window: its resize event comes from the platform
    qtbot.waitUntil(lambda: "\n" in town.text() + call.text())
    assert town.text() == "Bayan ng\nNankan (南関町)", "the widest text breaks first"
    assert call.text() == "Tumawag ng staff", "one break was enough"
    assert fit.needed_width() <= row.width()

    row.resize(one_line + 10, 80)
    qtbot.waitUntil(lambda: "\n" not in town.text() + call.text())
