"""The welcome, pre-application scan and review screens fit at every text size, in Japanese and in
English, at 1280×800 (the common 10-inch tablet) and 1920×1080: nothing clipped, cut or
overlapping, and the window never grows past the screen (issue 13 added a third button)."""

from __future__ import annotations

from typing import Any

import pytest
from layout_check import layout_problems
from PySide6.QtWidgets import QApplication

from kiosk.ui import theme

SIZES = [(1280, 800), (1920, 1080)]


def _settle() -> None:
    for _ in range(3):  # the style sheet and the LanguageChange event are posted
        QApplication.processEvents()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_first_screens_fit_at_every_text_size_and_language(
    make_window: Any, width: int, height: int,
) -> None:
    window = make_window()
    window.resize(width, height)
    found: list[str] = []
    try:
        for language in ("ja", "en"):
            window.set_language(language)
            for step in range(len(theme.TEXT_SIZES_PX)):
                window.set_text_size(step)
                for screen_id in ("welcome", "prefill_scan", "prefill_review"):
                    window.flow.go(screen_id)
                    _settle()
                    where = f"{screen_id} {language} size {step} {width}×{height}"
                    if window.width() > width or window.height() > height:
                        found.append(f"{where}: the window grew to "
                                     f"{window.width()}×{window.height()}")
                    found += [f"{where}: {p}" for p in layout_problems(window.screens[screen_id])]
    finally:
        window.set_language("ja")
        window.set_text_size(0)
    assert not found, "\n".join(found)


def test_the_check_sees_a_clipped_button(make_window: Any) -> None:
    """The check itself: a button squeezed below its text's width is reported."""
    window = make_window()
    window.flow.go("welcome")
    _settle()
    button = window.screens["welcome"].start_card
    assert not layout_problems(window.screens["welcome"])
    button.setFixedWidth(80)
    _settle()
    assert any("startWithCard" in p for p in layout_problems(window.screens["welcome"]))
