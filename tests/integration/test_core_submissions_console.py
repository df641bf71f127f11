"""The clerk console against the reference core system: *Finished*, then the answers shown.

The real window (tasks run at once), the real queue and sender, the REST adapter and
``kiosk core serve`` as its own process (fixtures of ``test_core_submissions_exactly_once.py``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from staff_support import clerk_login, log_in
from test_core_submissions_exactly_once import SCENARIO, Kiosk, ReferenceServer, kiosk, server

from forms.catalog.loader import load_catalog
from kiosk.app import core_sync
from kiosk.app.clerk_service import ClerkService
from kiosk.config import load_config
from kiosk.domain.core_records import SubmissionStatus
from kiosk.navigation.engine import Navigator
from kiosk.personal import audit, town_key
from kiosk.personal.store import PersonalStore
from kiosk.sealing.keystore import default_keystore
from kiosk.ui.dialogs import ScriptedDialogs
from kiosk.ui.tasks import SyncTaskRunner
from kiosk.visits.clock import local_day, utc_now
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsRecorder
from printing.backends.folder import FolderBackend
from printing.queue import PrintQueue

__all__ = ["kiosk", "server"]  # the fixtures


def test_finished_at_the_console_reaches_the_core_system_and_the_answers_show(
    server: ReferenceServer, kiosk: Kiosk, qtbot: Any, tmp_path: Path,
) -> None:
    from kiosk.ui.app import create_application
    from kiosk.ui.clerk.window import ClerkContext, ClerkWindow
    from kiosk.ui.i18n import LanguageSwitcher

    create_application()
    LanguageSwitcher.shared().set_language("en")
    config = load_config(str(kiosk.config_file))
    engine = kiosk.engine
    recorder = MetricsRecorder(engine, Outbox(tmp_path / "outbox.sqlite3"), "clerk-it")
    keys = town_key.HeldTownKeys(default_keystore())
    personal = PersonalStore(engine, sealer=keys, opener=keys)
    clerk = ClerkService(engine, recorder, personal, kiosk.queue)
    ticket = recorder.start_visit(channel="card")
    recorder.record(ticket.visit_id, "navigation_done", life_event="IN",
                    departments=["JUMIN", "HOKEN"], household_size=4)
    personal.put(ticket.visit_id, json.loads(SCENARIO.read_text(encoding="utf-8")))
    catalog = load_catalog()
    context = ClerkContext(
        clerk, catalog, Navigator(catalog),
        PrintQueue(FolderBackend(tmp_path / "printed"), tmp_path / "spool"),
        clerk_login(engine),
        today=lambda: local_day(utc_now()),
        core_sender=core_sync.submission_sender(config, kiosk.queue, "clerk-it"))
    window = ClerkWindow(context, department="JUMIN", runner=SyncTaskRunner(),
                         dialogs=ScriptedDialogs(answers=[True]))
    qtbot.addWidget(window)
    window.show()
    log_in(window, qtbot)
    window.open_visit(ticket.visit_id)
    assert window.visit is not None and window.visit.plan is not None

    qtbot.keyClick(window, Qt.Key.Key_F7)  # Finished: queued, then sent by the next round
    rows = kiosk.rows(ticket.visit_id)
    assert len(rows) == 9 and {r.department for r in rows} == {"JUMIN"}
    assert {r.status for r in rows} == {SubmissionStatus.ACCEPTED}
    assert sorted(server.submissions()) == sorted(r.idempotency_key for r in rows)
    table = window.page.core_status.table
    assert [table.item(r, 2).text() for r in range(table.rowCount())] == ["Accepted"] * 9
    assert table.item(0, 1).text() == "南関 太郎"
    calls = [(e.staff_id, e.terminal_id) for e in audit.entries(engine, ticket.visit_id)
             if e.action == "core_submit"]
    assert calls == [("S1024", "clerk-it")] * 9  # every call audited before it was made
    window.lock()
