"""A clerk sees the kiosks' failed print jobs, reprints one from the visit's personal copy
on the counter's printer, discards another, and each kiosk deletes its sealed copy at its
next sweep. Real services on a temporary SQLite database; the list shows no personal data."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import Engine, text
from staff_support import clerk_login, log_in

from forms.catalog.loader import load_catalog
from kiosk.app.clerk_service import ClerkService
from kiosk.navigation.engine import Navigator
from kiosk.personal.store import PersonalStore
from kiosk.sealing.box import Keyring, SecretBox, TownKeyPair
from kiosk.storage import migrate
from kiosk.storage.db import make_engine
from kiosk.ui.dialogs import ScriptedDialogs
from kiosk.ui.tasks import SyncTaskRunner
from kiosk.visits.clock import local_day, utc_now
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsRecorder
from printing.backends import JobHandle, JobState, PrintBackend, PrinterUnavailable
from printing.backends.folder import FolderBackend
from printing.failures import DatabaseFailureLog
from printing.queue import PrintQueue
from printing.spool_sweep import sweep

SCENARIO = Path(__file__).resolve().parents[3] / "forms" / "scenarios" / "tennyu_family4.json"
CLICK = Qt.MouseButton.LeftButton

# The town key pair: the kiosk seals the clerks' copy to it, the clerk console opens it.
TOWN_KEY = TownKeyPair.generate()


class Paused(PrintBackend):
    name = "paused"

    def submit(self, pdf_path: Path) -> JobHandle:
        raise PrinterUnavailable("the print queue kiosk-pdf is paused: resume it (cupsenable "
                                 "kiosk-pdf) and check the printer, then retry the job", "paused")

    def status(self, job: JobHandle) -> JobState:
        raise AssertionError("never submitted")


@pytest.fixture
def engine(tmp_path: Path, isolated_dirs: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{(tmp_path / 'kiosk.sqlite3').as_posix()}")
    migrate.upgrade(engine)
    yield engine
    engine.dispose()


def _kiosk_visit(engine: Engine, tmp_path: Path, kiosk: PrintQueue) -> str:
    """A resident at a kiosk whose printer is paused: the job fails and is reported."""
    recorder = MetricsRecorder(engine, Outbox(tmp_path / "kiosk-outbox.sqlite3"), "kiosk-3")
    ticket = recorder.start_visit(channel="card")
    copy = json.loads(SCENARIO.read_text(encoding="utf-8"))
    PersonalStore(engine, sealer=TOWN_KEY.sealer()).put(ticket.visit_id, copy)
    with pytest.raises(PrinterUnavailable):
        kiosk.submit_data(b"%PDF-1.4 sealed bundle", visit_id=ticket.visit_id)
    return ticket.visit_id


@pytest.fixture
def console(qtbot: Any, engine: Engine, tmp_path: Path) -> Any:
    from kiosk.ui.app import create_application
    from kiosk.ui.clerk.window import ClerkContext, ClerkWindow

    create_application()
    from kiosk.ui.i18n import LanguageSwitcher

    LanguageSwitcher.shared().set_language("en")  # an earlier test may have left Japanese
    recorder = MetricsRecorder(engine, Outbox(tmp_path / "outbox.sqlite3"), "clerk-1")
    personal = PersonalStore(engine, opener=TOWN_KEY)
    catalog = load_catalog()
    context = ClerkContext(
        ClerkService(engine, recorder, personal), catalog, Navigator(catalog),
        PrintQueue(FolderBackend(tmp_path / "printed"), tmp_path / "clerk-spool"),
        clerk_login(engine),
        today=lambda: local_day(utc_now()))
    window = ClerkWindow(context, department="JUMIN", runner=SyncTaskRunner(),
                         dialogs=ScriptedDialogs(answers=[True]))
    qtbot.addWidget(window)
    window.resize(1366, 860)
    window.show()
    log_in(window, qtbot)
    assert window.stack.currentWidget() is window.page
    return window


def test_a_clerk_reprints_and_discards_kiosks_failed_jobs(
        console: Any, engine: Engine, tmp_path: Path, qtbot: Any) -> None:
    kiosk = PrintQueue(Paused(), tmp_path / "kiosk-spool", keyring=Keyring.of(SecretBox.generate()),
                       failures=DatabaseFailureLog(engine, "kiosk-3"))
    first, second = (_kiosk_visit(engine, tmp_path, kiosk) for _ in range(2))
    console.refresh()
    console.page.visit_tabs.setCurrentWidget(console.page.printing)
    panel = console.page.printing.kiosk_jobs
    assert panel.isVisible()
    texts = [panel.failure_list.item(i).text() for i in range(panel.failure_list.count())]
    assert len(texts) == 2 and all("kiosk-3" in t and "paused" in t for t in texts)
    assert {first[-8:], second[-8:]} == {t.split("…")[1][:8] for t in texts}
    assert all(" · ticket " in t for t in texts)
    assert "cupsenable kiosk-pdf" in panel.reason.text()
    for text_ in texts:  # no personal data in the list: the scenario's names are absent
        assert "南関" not in text_
    if os.environ.get("SCREENSHOT_DIR"):
        console.grab().save(str(Path(os.environ["SCREENSHOT_DIR"]) / "clerk-kiosk-jobs.png"))

    panel.failure_list.setCurrentRow(0)
    reprinted_visit = panel.failures[0].visit_id
    qtbot.mouseClick(panel.kiosk_reprint_button, CLICK)
    assert "Reprinted" in console.statusBar().currentMessage(), console.statusBar().currentMessage()
    [pdf] = (tmp_path / "printed").glob("*.pdf")
    assert len(pypdf.PdfReader(pdf).pages) > 5, "the whole bundle, re-rendered"
    assert "Reprinted" in console.statusBar().currentMessage()
    assert panel.failure_list.count() == 1
    qtbot.mouseClick(panel.kiosk_discard_button, CLICK)
    assert panel.failure_list.count() == 0 and not panel.kiosk_reprint_button.isEnabled()

    assert sweep(kiosk) == 2, "the kiosk deletes both sealed copies at its next sweep"
    assert list((tmp_path / "kiosk-spool").iterdir()) == []
    with engine.connect() as c:
        states = dict(c.execute(text("SELECT visit_id, state FROM print_failure")).all())
        audited = c.execute(text("SELECT count(*) FROM personal_audit WHERE visit_id = :v"),
                            {"v": reprinted_visit}).scalar_one()
    assert states == {reprinted_visit: "reprinted",
                      ({first, second} - {reprinted_visit}).pop(): "discarded"}
    assert audited >= 1, "reading the personal copy to reprint is audited"
