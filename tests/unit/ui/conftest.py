"""Fixtures for UI tests: a main window with in-process services and no real threads."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from kiosk.app.composition import Services
from kiosk.app.session import ResidentSession
from kiosk.config import Config
from kiosk.ui.screens.base import Screen


class ProbeScreen(Screen):
    """A stand-in second screen for shell tests that need to leave the welcome screen."""

    screen_id = "manual_entry"

    def setup_ui(self) -> None:
        self.shown_with: ResidentSession | None = None

    def on_enter(self, session: ResidentSession) -> None:
        super().on_enter(session)
        self.shown_with = session


@pytest.fixture
def ui_config(isolated_dirs: Any) -> Config:
    return Config()


@pytest.fixture
def make_window(qtbot: Any, ui_config: Config) -> Iterator[Callable[..., Any]]:
    from kiosk.ui.app import create_application
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.registry import resident_screens
    from kiosk.ui.tasks import SyncTaskRunner

    create_application()
    windows: list[Any] = []

    def build(config: Config | None = None, **kwargs: Any) -> MainWindow:
        services = kwargs.pop("services", None) or Services(config=config or ui_config)
        kwargs.setdefault("runner", SyncTaskRunner())
        kwargs.setdefault("kiosk_mode", False)
        screens = kwargs.pop("screens", [*resident_screens(), ProbeScreen])
        window = MainWindow(services, screens, **kwargs)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        windows.append(window)
        return window

    yield build
    for window in windows:
        if not shiboken6.isValid(window):
            continue  # the test deleted it already
        window.allow_close()
        window.close()
        # Delete now: a window left alive would be restyled by every later test's theme
        # change (the style sheet is application-wide), which makes the suite crawl.
        window.deleteLater()
    # processEvents() leaves deferred deletes for the event loop, which a test may never run
    # again: without this the windows lived on into later tests (1,250 widgets each).
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
