"""The kiosk's staff side: after the staff PIN, failed print jobs are listed (visit, age,
reason; no personal data) to retry or discard before the kiosk closes."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from staff_menu import open_staff_menu

from kiosk.app.composition import Services
from kiosk.config import Config
from kiosk.sealing.box import Keyring, SecretBox
from kiosk.security import hash_pin
from printing.backends import JobHandle, JobState, PrintBackend, PrinterUnavailable
from printing.backends.folder import FolderBackend
from printing.queue import PrintQueue

CLICK = Qt.MouseButton.LeftButton
DOCUMENT = b"%PDF-1.4 a resident's forms"


class Paused(PrintBackend):
    name = "paused"

    def submit(self, pdf_path: Path) -> JobHandle:
        raise PrinterUnavailable("the print queue kiosk-pdf is paused: resume it (cupsenable "
                                 "kiosk-pdf) and check the printer, then retry the job", "paused")

    def status(self, job: JobHandle) -> JobState:
        raise AssertionError("never submitted")


def _unlock(window: Any, qtbot: Any) -> None:
    open_staff_menu(window, qtbot)
    for digit in "2468":
        qtbot.mouseClick(window.staff_pin.keypad.digit_buttons[digit], CLICK)
    qtbot.mouseClick(window.staff_pin.keypad.submit_button, CLICK)


def test_staff_retry_and_discard_failed_jobs_before_closing(
        make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    queue = PrintQueue(Paused(), tmp_path / "spool", keyring=Keyring.of(SecretBox.generate()))
    for visit in ("0190aaaa-0000-7000-8000-00000000aaaa", "0190aaaa-0000-7000-8000-00000000bbbb"):
        with pytest.raises(PrinterUnavailable):
            queue.submit_data(DOCUMENT, visit_id=visit)
    config = Config().replace("staff", pin_hash=hash_pin("2468")).replace("ui", language="en")
    window = make_window(config, services=Services(config=config, printer=queue),
                         kiosk_mode=True)
    _unlock(window, qtbot)
    menu = window.print_jobs
    assert menu.is_open and window.isVisible(), "failed jobs first, the kiosk stays open"
    texts = [menu.job_list.item(i).text() for i in range(menu.job_list.count())]
    assert sorted(t.split(" · ")[0] for t in texts) == ["Visit …0000aaaa", "Visit …0000bbbb"]
    assert all("paused" in t for t in texts)
    assert "cupsenable kiosk-pdf" in menu.reason.text()
    if os.environ.get("SCREENSHOT_DIR"):
        window.grab().save(str(Path(os.environ["SCREENSHOT_DIR"]) / "kiosk-print-jobs.png"))

    queue.backend = FolderBackend(tmp_path / "printed")  # staff resumed the printer
    qtbot.mouseClick(menu.retry_button, CLICK)
    assert menu.reason.text() == "Printed."
    assert [p.read_bytes() for p in (tmp_path / "printed").iterdir()] == [DOCUMENT]
    assert menu.job_list.count() == 1
    qtbot.mouseClick(menu.discard_button, CLICK)
    assert menu.job_list.count() == 0 and queue.jobs() == []
    assert list((tmp_path / "spool").iterdir()) == []
    qtbot.mouseClick(menu.close_button, CLICK)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_with_nothing_waiting_the_staff_pin_closes_at_once(
        make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    queue = PrintQueue(Paused(), tmp_path / "spool", keyring=Keyring.of(SecretBox.generate()))
    config = Config().replace("staff", pin_hash=hash_pin("2468")).replace("ui", language="en")
    window = make_window(config, services=Services(config=config, printer=queue),
                         kiosk_mode=True)
    _unlock(window, qtbot)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not window.print_jobs.is_open
