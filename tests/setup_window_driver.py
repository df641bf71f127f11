"""Drives ``kiosk setup --gui``'s window like the IT clerk: fill a page, press its test,
wait (on a real worker thread) for the result, go on. ``KIOSK_TEST_SHOTS=DIR`` saves a
1280×800 picture of every page it passes through."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.setup.step_page import StepPage
from kiosk.ui.setup.window import SetupWindow, setup_stylesheet
from kiosk.ui.tasks import TaskRunner

WAIT_MS = 60_000  # a test page through CUPS, a card through pcscd: seconds, not minutes


class SetupDriver:
    def __init__(self, qtbot: Any, path: Path, shots_prefix: str = "") -> None:
        from kiosk.ui.app import create_application

        app = create_application()
        app.setStyleSheet(setup_stylesheet())
        # The language is application-wide and an earlier test may have left Japanese on:
        # these walks read the window's English texts.
        LanguageSwitcher.shared().set_language("en")
        self.qtbot = qtbot
        self.runner = TaskRunner()
        self.window = SetupWindow(path, self.runner)
        qtbot.addWidget(self.window)
        self.window.resize(1280, 800)
        self.window.show()
        self.shots = os.environ.get("KIOSK_TEST_SHOTS", "")
        self.prefix = shots_prefix

    @property
    def page(self) -> StepPage:
        page = self.window.current_page()
        assert isinstance(page, StepPage), page
        return page

    def click(self, button: Any) -> None:
        assert button.isEnabled() and button.isVisible(), button.objectName()
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def test_step(self) -> str:
        """Press the page's test; wait until it has finished; the result's text."""
        page = self.page
        self.qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)  # its look-up on entry
        self.click(page.test_button)
        self.qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
        self.shot(f"{page.number}-{type(page).__name__}")
        return page.result_text

    def passes(self) -> str:
        """Test the page, which must pass, then press Next; the result's text."""
        result = self.test_step()
        assert self.page.passed, result
        self.qtbot.waitUntil(self.window.next_button.isEnabled)
        self.click(self.window.next_button)
        return result

    def wait_for_doctor(self) -> None:
        doctor = self.window.doctor
        assert self.window.current_page() is doctor
        self.qtbot.waitUntil(lambda: doctor.report is not None and not doctor.busy,
                             timeout=WAIT_MS)
        self.shot("7-DoctorPage")

    def shot(self, name: str) -> None:
        if self.shots:
            Path(self.shots).mkdir(parents=True, exist_ok=True)
            self.window.grab().save(str(Path(self.shots) / f"{self.prefix}{name}.png"))

    def close(self) -> None:
        from PySide6.QtWidgets import QApplication

        self.runner.wait()
        QApplication.processEvents()  # the last results reach the (still open) window
        self.window.close()
