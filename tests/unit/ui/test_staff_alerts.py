"""Staff are told on the kiosk itself when the terminal needs attention (issue 11): the
staff button is marked, and after the staff PIN the alert is read out before anything
else; "Back to the kiosk" keeps it running. The alert comes from the real outbox set aside
as corrupt, through the real recorder and lifecycle."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel
from staff_menu import open_staff_menu

from kiosk.app.composition import Services
from kiosk.config import Config
from kiosk.security import hash_pin
from kiosk.storage import migrate
from kiosk.storage.db import make_engine
from kiosk.ui.dialogs import ScriptedDialogs
from kiosk.visits.lifecycle import VisitLifecycle
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsRecorder

CLICK = Qt.MouseButton.LeftButton


def shown(widget: QLabel | QAbstractButton) -> str:
    """A top-bar text as one line (a narrow bar breaks long ones onto two)."""
    return " ".join(widget.text().split())


def _unlock(window: Any, qtbot: Any) -> None:
    open_staff_menu(window, qtbot)
    for digit in "2468":
        qtbot.mouseClick(window.staff_pin.keypad.digit_buttons[digit], CLICK)
    qtbot.mouseClick(window.staff_pin.keypad.submit_button, CLICK)


def test_a_corrupt_outbox_marks_the_staff_button_and_is_told_after_the_pin(
        make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    outbox_file = tmp_path / "outbox.sqlite3"
    outbox_file.write_bytes(b"this is not a SQLite database" * 100)
    engine = make_engine(f"sqlite:///{(tmp_path / 'kiosk.sqlite3').as_posix()}")
    migrate.upgrade(engine)
    recorder = MetricsRecorder(engine, Outbox(outbox_file), "kiosk-9")
    lifecycle = VisitLifecycle(recorder)
    alerts = lifecycle.staff_alerts()
    assert alerts and "set aside" in alerts[0]

    config = Config().replace("staff", pin_hash=hash_pin("2468")).replace("ui", language="en")
    dialogs = ScriptedDialogs(answers=[False])
    window = make_window(config, services=Services(config=config), kiosk_mode=True,
                         dialogs=dialogs)
    town = window.services.navigator.catalog.town.name.get("en")
    assert shown(window.town_logo) == town
    window.show_staff_alerts(alerts)
    assert shown(window.town_logo) == f"⚠ {town}"
    assert "needs attention" in window.town_logo.accessibleName()
    assert window.town_logo.property("alert") is True

    _unlock(window, qtbot)
    [(title, text)] = dialogs.asked
    assert title == "This terminal needs attention" and alerts[0] in text
    assert window.isVisible(), "'Back to the kiosk' keeps it running"

    window.show_staff_alerts([])
    assert shown(window.town_logo) == town
    engine.dispose()
