"""The resident screens show the town of the configured catalog, never a built-in one.

With a copied catalog whose ``town.yaml`` names 鹿児島県肝属郡肝付町, every wizard screen
(manual entry with its 大字 picker, the new address, the summary …) shows that town, in
Japanese and in English, and no text or accessible name anywhere says 南関.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from renamed_town import OAZA, OLD_TOWN, family_of_four, renamed_town_catalog

from kiosk.app.composition import Services
from kiosk.app.visit import session_from_scenario
from kiosk.config import Config

WIZARD = ("life_event", "household", "questions", "new_address", "furigana", "summary",
          "manual_entry")


def texts(widget: QWidget) -> list[str]:
    """Every text a resident can see or hear on ``widget`` and inside it."""
    found = [widget.accessibleName()]
    for child in widget.findChildren(QWidget):
        found.append(child.accessibleName())
        if isinstance(child, QLabel | QAbstractButton):
            found.append(child.text())
    return [t for t in found if t]


def every_page(screen: Any) -> Iterator[None]:
    """Show each page of a multi-page screen in turn."""
    pages = getattr(screen, "pages", None)
    for index in range(pages.count() if pages is not None else 1):
        if pages is not None:
            pages.setCurrentIndex(index)
            if hasattr(screen, "_page"):
                screen._page(index)
        if hasattr(screen, "_render"):
            screen._render()
        yield


@pytest.fixture
def town_window(make_window: Callable[..., Any], tmp_path: Path) -> Iterator[Callable[[str], Any]]:
    from kiosk.ui.registry import resident_screens

    folder = renamed_town_catalog(tmp_path)
    windows: list[Any] = []

    def build(language: str) -> Any:
        config = Config().replace("ui", language=language).replace("catalog", folder=str(folder))
        services = Services(config, clock=lambda: date(2026, 4, 6))
        window = make_window(config, services=services, screens=resident_screens())
        session_from_scenario(family_of_four(), window.session)
        window.session.channel = "card"
        windows.append(window)
        return window

    yield build
    for window in windows:
        window.allow_close()
        window.close()
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize(("language", "town"), [("ja", "肝付町"), ("en", "Kimotsuki Town")])
def test_no_screen_names_the_bundled_town(town_window: Callable[[str], Any], qtbot: Any,
                                          language: str, town: str) -> None:
    window = town_window(language)
    manual = window.screens["manual_entry"]
    # Qt delivers the language change as an event: wait for the screens to take it.
    qtbot.waitUntil(lambda: manual.in_town.title.text() == town)
    seen: list[str] = []
    for screen_id in WIZARD:
        window.flow.go(screen_id)
        screen = window.screens[screen_id]
        for _ in every_page(screen):
            seen += texts(screen)
    assert [t for t in seen if OLD_TOWN in t or "Nankan" in t] == []
    assert manual.in_town.title.text() == town
    assert list(manual.picker.buttons) == list(OAZA)
    assert list(window.screens["new_address"].picker.buttons) == list(OAZA)
    assert any("肝付町" in t for t in seen)


def test_manual_entry_writes_the_configured_town(town_window: Callable[[str], Any],
                                                 qtbot: Any) -> None:
    window = town_window("ja")
    window.session.resident = None
    window.flow.go("manual_entry")
    screen = window.screens["manual_entry"]

    def tap(button: QWidget) -> None:
        assert button.isVisible() and button.isEnabled(), button.objectName()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    tap(screen.start_button)
    editor = screen.editor
    editor.keyboard.press("ヤマタ")
    tap(editor.keyboard.dakuten_button)
    tap(editor.keyboard.ok_button)
    tap(editor.birth.field_buttons["year"])
    editor.birth.keypad.press("45")
    editor.birth.keypad.press("1")
    tap(editor.birth.field_buttons["day"])
    editor.birth.keypad.press("15")
    tap(editor.birth.keypad.submit_button)
    tap(editor.female_button)
    tap(screen.in_town)
    tap(screen.picker.buttons["前田"])
    screen.keypad.press("7")
    with qtbot.waitSignal(screen.done):
        tap(screen.keypad.submit_button)
    assert window.session.resident is not None
    assert window.session.resident.address == "鹿児島県肝属郡肝付町大字前田7"
