"""The clerk console shows where each value came from: the card, the town's record, the
resident, or staff; a correction makes the value staff's.

The visit is a 転入 the kiosk filled from a 転入予約 (``apply_core_records``) and stored as
the clerks' copy (``Visit.scenario_json``), opened in the real console.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app"))
from record_fixtures import CARD, TODAY, reservation  # the shared records
from staff_support import clerk_login, log_in

from forms.catalog.loader import load_catalog
from kiosk.app.clerk_service import ClerkService
from kiosk.app.record_prefill import apply_core_records
from kiosk.app.session import ResidentSession
from kiosk.app.visit import Visit
from kiosk.navigation.engine import Navigator
from kiosk.personal.store import PersonalStore
from kiosk.sealing.box import TownKeyPair
from kiosk.storage import migrate
from kiosk.storage.db import make_engine
from kiosk.ui.clerk.payload import apply_changes, value_source
from kiosk.ui.dialogs import ScriptedDialogs
from kiosk.ui.tasks import SyncTaskRunner
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsRecorder
from printing.backends.folder import FolderBackend
from printing.queue import PrintQueue

TOWN_KEYS = TownKeyPair.generate()
CATALOG = load_catalog()
NAVIGATOR = Navigator(CATALOG)


def _payload() -> dict[str, Any]:
    event = next(e.id for e in CATALOG.events.values() if e.uses_reservation)
    session = ResidentSession(channel="card", resident=CARD, event_id=event)
    session.core_reservation = reservation()
    apply_core_records(session, CATALOG, TODAY)
    return Visit(session, NAVIGATOR, lambda: TODAY).scenario_json()


def test_the_sources_of_the_payload_s_values() -> None:
    payload = _payload()
    assert value_source(payload, "resident.name") == "card"
    assert value_source(payload, "resident.furigana") == "record"
    assert value_source(payload, "household.m2.name") == "record"
    assert value_source(payload, "new_address.banchi") == "record"
    corrected = apply_changes(payload, {"new_address.banchi": "123-5"}, catalog=CATALOG,
                              today=TODAY)
    assert value_source(corrected, "new_address.banchi") == "staff"
    assert value_source(corrected, "new_address.oaza") == "record"
    assert value_source(payload, "new_address.banchi") == "record", "a copy is corrected"
    assert value_source({"resident": {}}, "resident.name") == ""


@pytest.fixture
def console(qtbot: Any, tmp_path: Path, isolated_dirs: Path) -> Iterator[tuple[Any, str]]:
    from kiosk.ui.app import create_application
    from kiosk.ui.clerk.window import ClerkContext, ClerkWindow

    engine = make_engine(f"sqlite:///{(tmp_path / 'kiosk.sqlite3').as_posix()}")
    migrate.upgrade(engine)
    recorder = MetricsRecorder(engine, Outbox(tmp_path / "outbox.sqlite3"), "clerk-test")
    personal = PersonalStore(engine, opener=TOWN_KEYS)
    ticket = recorder.start_visit(channel="card")
    recorder.record(ticket.visit_id, "identified", method="card")
    recorder.record(ticket.visit_id, "navigation_done", life_event="IN",
                    departments=["JUMIN"], household_size=4)
    recorder.record(ticket.visit_id, "forms_printed")
    personal.put(ticket.visit_id, json.loads(json.dumps(_payload())))
    create_application()
    context = ClerkContext(
        ClerkService(engine, recorder, personal), CATALOG, NAVIGATOR,
        PrintQueue(FolderBackend(tmp_path / "printed"), tmp_path / "spool"),
        clerk_login(engine), today=lambda: TODAY)
    window = ClerkWindow(context, department="JUMIN", runner=SyncTaskRunner(),
                         dialogs=ScriptedDialogs(answers=[True]))
    qtbot.addWidget(window)
    window.resize(1366, 800)
    window.show()
    log_in(window, qtbot)
    yield window, ticket.visit_id
    engine.dispose()


def _marker(window: Any, key: str) -> str:
    from PySide6.QtWidgets import QLabel

    label = window.page.person.findChild(QLabel, f"source_{key}")
    assert label is not None, key
    return str(label.text())


def test_the_console_marks_each_value_with_its_source(
        console: tuple[Any, str], qtbot: Any, tmp_path: Path) -> None:
    from kiosk.ui.i18n import LanguageSwitcher

    window, visit_id = console
    window.open_visit(visit_id)
    assert _marker(window, "resident.name") == "Card"
    assert _marker(window, "resident.furigana") == "Record"
    assert _marker(window, "household.m1.name") == "Record"
    assert _marker(window, "new_address.oaza") == "Record"
    person = window.page.person
    assert person.fields["household.m1.name"].text() == "髙橋　一郎"

    person.set_value("new_address.banchi", "123-5")
    qtbot.mouseClick(person.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.visit.payload["new_address"]["banchi"] == "123-5")
    qtbot.waitUntil(lambda: _marker(window, "new_address.banchi") == "Staff")
    assert _marker(window, "new_address.oaza") == "Record"

    switcher = LanguageSwitcher.shared()
    before = switcher.current
    try:
        switcher.set_language("ja")
        qtbot.waitUntil(lambda: _marker(window, "household.m1.name") == "記録")
        assert _marker(window, "resident.name") == "カード"
        assert _marker(window, "new_address.banchi") == "職員"
        window.page.visit_tabs.setCurrentWidget(person)
        window.grab().save(str(tmp_path / "clerk_provenance.png"))
    finally:
        switcher.set_language(before)
