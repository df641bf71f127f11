"""A disabled button looks disabled (issue 15: a disabled 「決定」 looked ready to tap): flat,
greyed and dashed in the normal and the high-contrast theme, whatever its role, with its
label still at least 3:1 against its surface."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kiosk.ui import theme


def _luminance(colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.redF()) + 0.7152 * channel(q.greenF()) + 0.0722 * channel(q.blueF())


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("palette", [theme.NORMAL, theme.HIGH_CONTRAST])
def test_the_disabled_label_keeps_three_to_one(palette: theme.Palette) -> None:
    assert _contrast(palette.disabled_text, palette.disabled_surface) >= 3.0


@pytest.mark.parametrize("high_contrast", [False, True])
@pytest.mark.parametrize(("role", "accent"), [("primary", False), ("key", True), ("", False),
                                              ("danger", False)])
def test_a_disabled_button_is_drawn_flat_and_grey(qtbot: Any, high_contrast: bool, role: str,
                                                 accent: bool) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    host.setStyleSheet(theme.stylesheet(1, high_contrast))
    layout = QVBoxLayout(host)
    buttons = []
    for _ in range(2):
        button = QPushButton("決定", host)
        if role:
            button.setProperty("role", role)
        if accent:
            button.setProperty("accent", True)
        layout.addWidget(button)
        buttons.append(button)
    enabled, disabled = buttons
    disabled.setEnabled(False)
    host.resize(300, 300)
    host.show()
    qtbot.waitExposed(host)
    palette = theme.HIGH_CONTRAST if high_contrast else theme.NORMAL

    def inside(button: QPushButton) -> str:
        # a pixel just inside the border, away from the label
        image = button.grab().toImage()
        return image.pixelColor(8, button.height() // 2).name().upper()

    assert inside(disabled) == palette.disabled_surface.upper()
    assert inside(enabled) != inside(disabled)
