"""``kiosk setup --gui`` walked end to end against real parts: SQLite in a temporary folder,
a test page through the folder back-end and through the CUPS queue ``kiosk-pdf``, a card
in pcscd's vpcd reader (the emulator), a first admin, the retention, the doctor's page.

On a machine shared with other runs, hold a common lock around it (``flock -o LOCK pytest …``):
the vpcd reader serves one emulator at a time.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
import tomllib
from pathlib import Path
from typing import Any

import pytest
from card_vpcd_support import VPCD_READER, StartCard
from kiosk_test_support import service_missing
from setup_window_driver import SetupDriver

from kiosk.card import apdu
from kiosk.config import config_path
from kiosk.staff.access import Role
from kiosk.staff.directory import StaffDirectory
from kiosk.storage.db import make_engine

pytestmark = [pytest.mark.pcsc, pytest.mark.e2e]

QUEUE = os.environ.get("KIOSK_CUPS_QUEUE", "kiosk-pdf")
CUPS_OUT = Path(os.environ.get("KIOSK_CUPS_PDF_OUT", "/var/spool/cups-pdf/kiosk"))
PASSWORD = "Secret-Pass-2026!"


def _cups_ready() -> bool:
    from printing.backends.cups import queue_state

    if shutil.which("lpstat") is None:
        return False
    running = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, check=False)
    if "is running" not in running.stdout:
        return False
    enabled, accepting, _ = queue_state(QUEUE)
    return enabled and accepting and CUPS_OUT.is_dir()


@pytest.fixture(params=["folder", pytest.param("cups", marks=pytest.mark.cups)])
def printer(request: pytest.FixtureRequest) -> str:
    if request.param == "cups" and not _cups_ready():
        service_missing(f"cupsd with the {QUEUE} cups-pdf queue")
    return str(request.param)


def _printed_by_cups(job: str, timeout: float = 30.0) -> Path:
    """cups-pdf's output of the job titled ``job-<id>`` (a file that appears: polled)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [p for p in CUPS_OUT.glob(f"job-{job}*.pdf") if p.stat().st_size > 0]
        if found:
            return found[0]
        time.sleep(0.05)
    raise TimeoutError(f"cups-pdf wrote nothing for job {job}")


def test_the_window_sets_up_a_terminal_step_by_step_and_ends_with_the_doctor(
        qtbot: Any, vpcd_card: StartCard, isolated_dirs: Path, tmp_path: Path,
        printer: str) -> None:
    _, card = vpcd_card("standard-adult")
    path = config_path()
    driver = SetupDriver(qtbot, path, f"{printer}-")
    window = driver.window
    driver.shot("1-TerminalPage-empty")

    terminal = window.steps[0]
    terminal.role_combo.setCurrentIndex(terminal.role_combo.findData("clerk"))  # type: ignore[attr-defined]
    qtbot.keyClicks(terminal.terminal_id, "desk-2")  # type: ignore[attr-defined]
    assert driver.passes() == "✔ OK: terminal: desk-2 as clerk"

    assert window.steps[1].database_url.text() == "local"  # type: ignore[attr-defined]
    assert "schema migrated from empty to" in driver.passes()

    page = driver.page
    if printer == "folder":
        page.backend_combo.setCurrentIndex(page.backend_combo.findData("folder"))  # type: ignore[attr-defined]
        page.printer_folder.setText(str(tmp_path / "printed"))  # type: ignore[attr-defined]
    else:
        page.backend_combo.setCurrentIndex(page.backend_combo.findData("cups"))  # type: ignore[attr-defined]
        page.printer_queue.setText(QUEUE)  # type: ignore[attr-defined]
    printed = driver.passes()
    job = re.search(r"test page sent \(job ([^)]+)\)", printed)
    assert job, printed
    if printer == "folder":
        assert len(list((tmp_path / "printed").glob("*.pdf"))) == 1
    else:
        _printed_by_cups(job.group(1)).unlink()

    cards = driver.page
    qtbot.waitUntil(lambda: cards.reader_combo.findText(VPCD_READER) >= 0)  # type: ignore[attr-defined]
    cards.reader_combo.setEditText(VPCD_READER)  # type: ignore[attr-defined]
    read = driver.passes()
    assert read.startswith(f"✔ OK: card reader: {VPCD_READER} read a My Number card (3 PIN "
                           "tries left"), read
    assert card.sent(apdu.INS_VERIFY, with_data=True) == 0  # no PIN try spent

    admin = driver.page
    qtbot.waitUntil(lambda: not admin.busy)
    qtbot.keyClicks(admin.admin_id, "S001")  # type: ignore[attr-defined]
    qtbot.keyClicks(admin.admin_name, "Setup Admin")  # type: ignore[attr-defined]
    qtbot.keyClicks(admin.password, PASSWORD)  # type: ignore[attr-defined]
    qtbot.keyClicks(admin.password_again, PASSWORD)  # type: ignore[attr-defined]
    assert driver.passes() == "✔ OK: staff accounts: admin S001 added"

    retention = driver.page
    retention.personal_combo.setCurrentIndex(1)  # type: ignore[attr-defined]
    retention.personal_hours.setValue(48)  # type: ignore[attr-defined]
    retention.metrics_days.setValue(1825)  # type: ignore[attr-defined]
    assert driver.passes() == "✔ OK: retention: personal data 48, metrics 1825 days"

    driver.wait_for_doctor()
    report = window.doctor.report
    assert report is not None and window.doctor.findings.rowCount() == len(report.findings)
    verdict = window.doctor.verdict_text
    if report.ready:
        assert verdict == "This terminal is ready."
    else:
        assert verdict.startswith("Still needs attention: " + ", ".join(report.needs_attention))
    areas = {f.area: f.status.value for f in report.findings}
    assert areas["database"] == "ok" and areas["staff accounts"] == "ok"
    assert areas["card readers"] == "ok" and areas["printer"] == "ok"
    driver.close()

    config = tomllib.loads(path.read_text(encoding="utf-8"))
    assert config["terminal"] == {"role": "clerk", "id": "desk-2"}
    assert config["database"] == {"url": ""}
    assert config["printer"] == ({"backend": "folder", "folder": str(tmp_path / "printed")}
                                 if printer == "folder" else {"backend": "cups", "queue": QUEUE})
    assert config["card"] == {"reader": VPCD_READER}
    assert config["retention"] == {"personal_data": "48", "metrics_days": 1825}
    assert PASSWORD not in path.read_text(encoding="utf-8")
    engine = make_engine("")
    try:
        staff = StaffDirectory(engine)
        [account] = staff.accounts()
        assert (account.id, account.role, account.disabled) == ("S001", Role.ADMIN, False)
        assert staff.authenticate("S001", PASSWORD).session is not None
        assert account.display_name == "Setup Admin"
    finally:
        engine.dispose()
