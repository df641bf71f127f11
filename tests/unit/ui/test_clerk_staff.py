"""The clerk console's staff rules (issue 14 §4), end to end on a temporary SQLite database:
log-in with an account, the lock-out across a restarted console, the demo account only
under ``--demo``, the idle lock, and the reason asked (and audited) for an off-route visit.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import Engine, select
from staff_support import CLERK, CLERK_PASSWORD, directory, log_in, with_accounts

from forms.catalog.loader import load_catalog
from kiosk.app.clerk_service import ClerkService
from kiosk.navigation.engine import Navigator
from kiosk.personal import audit
from kiosk.personal.store import PersonalStore
from kiosk.sealing.box import TownKeyPair
from kiosk.staff.login import DEMO_ACCOUNT, DEMO_PASSWORD, StaffLogin, TerminalLogin
from kiosk.storage import migrate
from kiosk.storage.db import make_engine
from kiosk.storage.staff_tables import OffRouteAccess
from kiosk.ui.dialogs import ScriptedDialogs
from kiosk.ui.tasks import SyncTaskRunner
from kiosk.visits.clock import local_day, utc_now
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsRecorder, VisitTicket
from printing.backends.folder import FolderBackend
from printing.queue import PrintQueue

TOWN_KEYS = TownKeyPair.generate()
SCENARIO = Path(__file__).resolve().parents[3] / "forms" / "scenarios" / "tennyu_family4.json"
CATALOG = load_catalog()


@dataclass
class Desk:
    tmp: Path
    engine: Engine
    recorder: MetricsRecorder
    personal: PersonalStore

    def visit(self, departments: list[str]) -> VisitTicket:
        ticket = self.recorder.start_visit(channel="card")
        self.recorder.record(ticket.visit_id, "navigation_done", life_event="IN",
                             departments=departments, household_size=4)
        self.personal.put(ticket.visit_id, json.loads(SCENARIO.read_text(encoding="utf-8")))
        return ticket


@pytest.fixture
def desk(tmp_path: Path, isolated_dirs: Path) -> Iterator[Desk]:
    engine = make_engine(f"sqlite:///{(tmp_path / 'kiosk.sqlite3').as_posix()}")
    migrate.upgrade(engine)
    recorder = MetricsRecorder(engine, Outbox(tmp_path / "outbox.sqlite3"), "clerk-test")
    yield Desk(tmp_path, engine, recorder, PersonalStore(engine, opener=TOWN_KEYS))
    engine.dispose()


def _console(qtbot: Any, desk: Desk, login: StaffLogin, *, idle_lock_seconds: int = 300) -> Any:
    from kiosk.ui.app import create_application
    from kiosk.ui.clerk.window import ClerkContext, ClerkWindow

    create_application()
    context = ClerkContext(
        ClerkService(desk.engine, desk.recorder, desk.personal), CATALOG, Navigator(CATALOG),
        PrintQueue(FolderBackend(desk.tmp / "printed"), desk.tmp / "spool"), login,
        today=lambda: local_day(utc_now()), idle_lock_seconds=idle_lock_seconds)
    window = ClerkWindow(context, department="JUMIN", runner=SyncTaskRunner(),
                         dialogs=ScriptedDialogs(answers=[True]))
    qtbot.addWidget(window)
    window.resize(1366, 800)
    window.show()
    return window


def _scan(window: Any, qtbot: Any, visit_id: str) -> None:
    qtbot.keyClicks(window.page.scan.scan_field, f"KKS1:{visit_id}")
    qtbot.keyClick(window.page.scan.scan_field, Qt.Key.Key_Return)


def test_the_lock_out_holds_when_the_console_is_restarted(qtbot: Any, desk: Desk) -> None:
    first = _console(qtbot, desk, TerminalLogin(with_accounts(desk.engine, max_attempts=2)))
    log_in(first, qtbot, CLERK, "wrong-password-1")
    assert "1 try(s) left" in first.start_page.message.text()
    log_in(first, qtbot, CLERK, "wrong-password-2")
    assert "Try again in 300 second" in first.start_page.message.text()
    first.close()
    # A new console on a new engine: the count lives in the database, not in the window.
    engine = make_engine(f"sqlite:///{(desk.tmp / 'kiosk.sqlite3').as_posix()}")
    second = _console(qtbot, desk, TerminalLogin(directory(engine, max_attempts=2)))
    log_in(second, qtbot)  # the right password, refused while locked
    assert second.stack.currentWidget() is second.start_page and second.desk is None
    assert "Try again in" in second.start_page.message.text()
    engine.dispose()


def test_an_unconfigured_console_lets_in_only_the_demo_account_under_demo(
        qtbot: Any, desk: Desk) -> None:
    plain = _console(qtbot, desk, TerminalLogin(directory(desk.engine)))
    log_in(plain, qtbot, DEMO_ACCOUNT, DEMO_PASSWORD)
    assert plain.desk is None
    assert "kiosk staff add" in plain.start_page.message.text()
    demo = _console(qtbot, desk, TerminalLogin(directory(desk.engine), demo=True))
    ticket = desk.visit(["JUMIN"])
    log_in(demo, qtbot, DEMO_ACCOUNT, DEMO_PASSWORD)
    assert demo.session is not None and demo.session.demo
    _scan(demo, qtbot, ticket.visit_id)
    assert [e.staff_id for e in audit.entries(desk.engine, ticket.visit_id)] == ["demo"]
    # Once an account exists, the demo account is refused even under --demo.
    with_accounts(desk.engine)
    again = _console(qtbot, desk, TerminalLogin(directory(desk.engine), demo=True))
    log_in(again, qtbot, DEMO_ACCOUNT, DEMO_PASSWORD)
    assert again.desk is None and "Wrong staff number or password" in \
        again.start_page.message.text()


def test_the_idle_lock_restarts_on_activity(qtbot: Any, desk: Desk) -> None:
    window = _console(qtbot, desk, TerminalLogin(with_accounts(desk.engine)),
                      idle_lock_seconds=120)
    timer = window.idle_lock.timer
    assert not timer.isActive(), "nothing to lock before the log-in"
    log_in(window, qtbot)
    assert timer.isActive() and timer.interval() == 120_000
    before = timer.remainingTime()
    qtbot.waitUntil(lambda: timer.remainingTime() < before - 30)
    qtbot.keyClick(window.page.scan.scan_field, Qt.Key.Key_A)  # the clerk is still there
    assert timer.remainingTime() > before - 30
    window.lock()
    assert not timer.isActive()


def test_the_idle_lock_hides_the_open_visit_at_once(qtbot: Any, desk: Desk) -> None:
    window = _console(qtbot, desk, TerminalLogin(with_accounts(desk.engine)),
                      idle_lock_seconds=1)  # below the setting's floor of 30 s: tests only
    ticket = desk.visit(["JUMIN"])
    log_in(window, qtbot)
    _scan(window, qtbot, ticket.visit_id)
    assert window.page.person.fields["resident.name"].text() == "南関 太郎"
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.start_page, timeout=5000)
    assert window.visit is None and window.session is None and window.desk is None
    assert window.page.person.fields == {}
    assert window.page.printing.preview.pages == []
    assert "Locked after 1 minute" in window.start_page.message.text()


def _off_route_rows(engine: Engine) -> list[tuple[str, str, str, str]]:
    c = OffRouteAccess.__table__.c
    with engine.connect() as connection:
        return [tuple(r) for r in connection.execute(  # type: ignore[misc]
            select(c.staff_id, c.visit_id, c.department, c.reason).order_by(c.id))]


def test_an_off_route_visit_opens_only_with_a_reason_which_is_audited(
        qtbot: Any, desk: Desk) -> None:
    window = _console(qtbot, desk, TerminalLogin(with_accounts(desk.engine)))
    elsewhere = desk.visit(["HOKEN"])
    log_in(window, qtbot)
    assert [e.visit_id for e in window.page.queue.entries] == []  # not in this queue
    _scan(window, qtbot, elsewhere.visit_id)
    assert window.route_reason.is_open
    assert window.visit is None and window.page.person.fields == {}
    assert audit.entries(desk.engine, elsewhere.visit_id) == []  # nothing read yet
    qtbot.mouseClick(window.route_reason.cancel_button, Qt.MouseButton.LeftButton)
    assert not window.route_reason.is_open and window.visit is None
    assert _off_route_rows(desk.engine) == []

    _scan(window, qtbot, elsewhere.visit_id)
    qtbot.mouseClick(window.route_reason.buttons["covering_colleague"],
                     Qt.MouseButton.LeftButton)
    assert window.visit is not None and window.visit.visit_id == elsewhere.visit_id
    assert _off_route_rows(desk.engine) == [
        (CLERK, elsewhere.visit_id, "JUMIN", "covering_colleague")]
    assert [(e.staff_id, e.action) for e in audit.entries(desk.engine, elsewhere.visit_id)] \
        == [(CLERK, "view")]


def test_a_routed_visit_opens_without_a_question(qtbot: Any, desk: Desk) -> None:
    window = _console(qtbot, desk, TerminalLogin(with_accounts(desk.engine)))
    here = desk.visit(["HOKEN", "JUMIN"])
    log_in(window, qtbot, CLERK, CLERK_PASSWORD)
    _scan(window, qtbot, here.visit_id)
    assert not window.route_reason.is_open and window.visit is not None
    assert _off_route_rows(desk.engine) == []
