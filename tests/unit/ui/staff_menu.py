"""Open the kiosk's staff menu as staff do: hold the town's name on the top bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


def open_staff_menu(window: Any, qtbot: Any) -> None:
    """Press and hold the town's name until the staff PIN prompt opens (the hold is
    shortened: the two seconds themselves are checked in test_staff_menu_long_press)."""
    logo = window.town_logo
    logo.hold_ms = 30
    qtbot.mousePress(logo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.staff_pin.is_open, timeout=2000)
    qtbot.mouseRelease(logo, Qt.MouseButton.LeftButton)
