"""The clerk console queues the accepted procedures for the core system and shows each status.

Real services (SQLite, the recorder, the sealed clerks' copy, the engine, the queue, the
sender) with an in-process core system (``core_submission_support.FakeCore``); the tasks
run at once (``SyncTaskRunner``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from core_submission_support import FakeCore
from PySide6.QtCore import Qt
from sqlalchemy import Engine
from staff_support import clerk_login, log_in

from forms.catalog.loader import load_catalog
from kiosk.app.clerk_service import ClerkService
from kiosk.app.submission_queue import SubmissionQueue
from kiosk.app.submission_sender import SubmissionSender
from kiosk.domain.core_records import SubmissionStatus
from kiosk.navigation.engine import Navigator
from kiosk.personal.store import PersonalStore
from kiosk.sealing.box import TownKeyPair
from kiosk.storage import migrate
from kiosk.storage.db import make_engine
from kiosk.ui.dialogs import ScriptedDialogs
from kiosk.ui.tasks import SyncTaskRunner
from kiosk.visits.clock import local_day, utc_now
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsRecorder
from printing.backends.folder import FolderBackend
from printing.queue import PrintQueue

TOWN_KEYS = TownKeyPair.generate()
SCENARIO = Path(__file__).resolve().parents[3] / "forms" / "scenarios" / "tennyu_family4.json"
SHOTS = Path(__file__).resolve().parents[3] / "build" / "screenshots"


class Parts:
    def __init__(self, tmp_path: Path) -> None:
        self.engine: Engine = make_engine(f"sqlite:///{(tmp_path / 'k.sqlite3').as_posix()}")
        migrate.upgrade(self.engine)
        self.recorder = MetricsRecorder(self.engine, Outbox(tmp_path / "o.sqlite3"), "clerk-1")
        self.personal = PersonalStore(self.engine, opener=TOWN_KEYS)
        self.queue = SubmissionQueue(self.engine, sealer=TOWN_KEYS, opener=TOWN_KEYS)
        self.clerk = ClerkService(self.engine, self.recorder, self.personal, self.queue)
        self.core = FakeCore()
        self.sender = SubmissionSender(self.queue, self.core, "clerk-1")
        self.tmp = tmp_path

    def visit(self, departments: list[str]) -> str:
        ticket = self.recorder.start_visit(channel="card")
        self.recorder.record(ticket.visit_id, "identified", method="card")
        self.recorder.record(ticket.visit_id, "navigation_done", life_event="IN",
                             departments=departments, household_size=4)
        payload = json.loads(SCENARIO.read_text(encoding="utf-8"))
        payload["resident"]["record_key"] = "P0001001"
        self.personal.put(ticket.visit_id, payload)
        return ticket.visit_id


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    """The console in English (another test may have left the shared switcher in Japanese)."""
    from kiosk.ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher.shared()
    before = switcher.current
    switcher.set_language("en")
    yield
    switcher.set_language(before)


@pytest.fixture
def parts(tmp_path: Path, isolated_dirs: Path, english: None) -> Iterator[Parts]:
    made = Parts(tmp_path)
    yield made
    made.engine.dispose()


def _window(qtbot: Any, parts: Parts, sender: SubmissionSender | None) -> Any:
    from kiosk.ui.app import create_application
    from kiosk.ui.clerk.window import ClerkContext, ClerkWindow

    create_application()
    catalog = load_catalog()
    context = ClerkContext(
        parts.clerk, catalog, Navigator(catalog),
        PrintQueue(FolderBackend(parts.tmp / "printed"), parts.tmp / "spool"),
        clerk_login(parts.engine),
        today=lambda: local_day(utc_now()), core_sender=sender)
    window = ClerkWindow(context, department="JUMIN", runner=SyncTaskRunner(),
                         dialogs=ScriptedDialogs(answers=[True]))
    qtbot.addWidget(window)
    window.resize(1366, 800)
    window.show()
    log_in(window, qtbot)
    assert window.desk is not None
    return window


def _table(window: Any) -> list[list[str]]:
    table = window.page.core_status.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_finished_queues_this_counters_procedures_and_the_panel_shows_each_status(
        qtbot: Any, parts: Parts) -> None:
    visit_id = parts.visit(["JUMIN", "HOKEN"])
    window = _window(qtbot, parts, parts.sender)
    window.open_visit(visit_id)
    tabs = window.page.visit_tabs
    assert tabs.isTabVisible(tabs.indexOf(window.page.core_status))
    window.core_status.kick()
    assert _table(window) == [] and "Nothing sent" in window.page.core_status.summary.text()

    parts.core.down = True  # the first round finds the core system away
    qtbot.keyClick(window, Qt.Key.Key_F7)  # Finished
    plan = window.visit.plan
    expected = [(p.id, m) for s in plan.stops if s.department.id == "JUMIN"
                for p in s.procedures for m in p.member_ids]
    rows = parts.queue.of_visit(visit_id)
    assert [(r.procedure_id, r.member_id) for r in rows] == expected  # all of JUMIN's
    assert {r.department for r in rows} == {"JUMIN"}
    shown = _table(window)
    assert [row[2] for row in shown] == ["Sent"] + ["Waiting to send"] * (len(rows) - 1)
    assert shown[0][3] == "The core system does not answer."
    assert shown[0][1] == "南関 太郎"

    parts.core.down = False
    parts.core.reject = {rows[-1].procedure_id}
    window.core_status.kick()  # the sender pauses 5 s after the core system was away
    assert [row[2] for row in _table(window)] == ["Sent"] + ["Waiting to send"] * (len(rows) - 1)
    qtbot.keyClick(window, Qt.Key.Key_F7)  # pressed again: the same keys, nothing new
    assert len(parts.queue.of_visit(visit_id)) == len(rows)
    parts.sender.send_due(ignore_backoff=True)
    window.core_status.kick()
    statuses = {r.idempotency_key: r.status for r in parts.queue.of_visit(visit_id)}
    assert set(statuses.values()) <= {SubmissionStatus.ACCEPTED, SubmissionStatus.REJECTED}
    assert len(parts.core.stored) == len(rows)  # each key reached the core system once
    shown = _table(window)
    returned = [row for row in shown if row[2] == "Returned"]
    assert returned and all(row[3] == "異動日が未来です" for row in returned)
    assert "answered" in window.page.core_status.summary.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    tabs.setCurrentWidget(window.page.core_status)
    window.grab().save(str(SHOTS / "clerk_core_status.png"))

    from kiosk.ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher.shared()
    try:
        switcher.set_language("ja")
        qtbot.waitUntil(lambda: "差戻し" in {row[2] for row in _table(window)})  # posted
        assert {row[2] for row in _table(window)} == {"受理", "差戻し"}
        assert tabs.tabText(tabs.indexOf(window.page.core_status)) == "基幹系連携"
        window.grab().save(str(SHOTS / "clerk_core_status_ja.png"))
    finally:
        switcher.set_language("en")

    window.visits.close_visit()
    window.core_status.kick()
    assert _table(window) == []  # another visit never shows this one's rows


def test_without_a_core_link_nothing_is_queued_and_the_tab_is_hidden(
        qtbot: Any, parts: Parts) -> None:
    parts.clerk.core_queue = None
    visit_id = parts.visit(["JUMIN"])
    window = _window(qtbot, parts, None)
    window.open_visit(visit_id)
    tabs = window.page.visit_tabs
    assert not tabs.isTabVisible(tabs.indexOf(window.page.core_status))
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert parts.queue.of_visit(visit_id) == []


def test_the_console_gets_a_sender_only_with_a_core_link(tmp_path: Path,
                                                         isolated_dirs: Path) -> None:
    from kiosk.config import Config
    from kiosk.ui.clerk.app import StartError, build_context

    url = f"sqlite:///{(tmp_path / 'fresh.sqlite3').as_posix()}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    config = Config().replace("database", url=url)
    plain = build_context(config)
    assert plain.core_sender is None and plain.clerk.core_queue is None
    linked = build_context(config.replace("core", kind="rest", url="http://127.0.0.1:9"))
    assert linked.core_sender is not None
    assert linked.clerk.core_queue is linked.core_sender.queue
    with pytest.raises(StartError, match=r"core\.url"):
        build_context(config.replace("core", kind="rest", url="ftp://nowhere"))
