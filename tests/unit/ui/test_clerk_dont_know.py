"""The clerk console shows "check at the counter" on each procedure the resident's
「わからない」 kept, and names the question to ask again.

The visit is stored as the kiosk stores it (``Visit.scenario_json``, the clerks' copy) and
opened in the real console at the counter of the first procedure to check.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app"))
from record_fixtures import CARD, TODAY  # the shared records
from staff_support import clerk_login, log_in

from forms.catalog.loader import load_catalog
from kiosk.app.clerk_service import ClerkService
from kiosk.app.session import Member, ResidentSession
from kiosk.app.visit import Visit
from kiosk.domain.answers import DONT_KNOW
from kiosk.domain.resident import Sex
from kiosk.navigation.engine import Navigator
from kiosk.personal.store import PersonalStore
from kiosk.sealing.box import TownKeyPair
from kiosk.storage import migrate
from kiosk.storage.db import make_engine
from kiosk.ui.dialogs import ScriptedDialogs
from kiosk.ui.tasks import SyncTaskRunner
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsRecorder
from printing.backends.folder import FolderBackend
from printing.queue import PrintQueue

TOWN_KEYS = TownKeyPair.generate()
CATALOG = load_catalog()
NAVIGATOR = Navigator(CATALOG)
UNSURE = "insurance"


def _visit() -> Visit:
    event = next(e.id for e in CATALOG.events.values()
                 if e.brings_new_address and UNSURE in e.questions)
    session = ResidentSession(channel="card", resident=CARD, event_id=event)
    session.household.append(Member("m1", "南関　花子", "ナンカン　ハナコ",
                                    CARD.birth_date.replace(year=CARD.birth_date.year + 2),
                                    Sex.FEMALE, "妻"))
    session.answers[(UNSURE, None)] = DONT_KNOW
    return Visit(session, NAVIGATOR, lambda: TODAY)


def _first_unsure() -> Any:
    plan = _visit().plan()
    flagged = plan.unsure_procedures()
    assert flagged, "a 「わからない」 insurance answer keeps procedures to check"
    return flagged[0]


@pytest.fixture
def console(qtbot: Any, tmp_path: Path, isolated_dirs: Path) -> Iterator[tuple[Any, str]]:
    from kiosk.ui.app import create_application
    from kiosk.ui.clerk.window import ClerkContext, ClerkWindow

    engine = make_engine(f"sqlite:///{(tmp_path / 'kiosk.sqlite3').as_posix()}")
    migrate.upgrade(engine)
    recorder = MetricsRecorder(engine, Outbox(tmp_path / "outbox.sqlite3"), "clerk-test")
    personal = PersonalStore(engine, opener=TOWN_KEYS)
    ticket = recorder.start_visit(channel="card")
    department = _first_unsure().department_id
    recorder.record(ticket.visit_id, "identified", method="card")
    recorder.record(ticket.visit_id, "navigation_done", life_event=_visit().session.event_id,
                    departments=[department], household_size=2)
    recorder.record(ticket.visit_id, "forms_printed")
    payload = _visit().scenario_json()
    assert payload["answers"][UNSURE] == DONT_KNOW  # it travels in the clerks' copy
    personal.put(ticket.visit_id, json.loads(json.dumps(payload)))
    create_application()
    context = ClerkContext(
        ClerkService(engine, recorder, personal), CATALOG, NAVIGATOR,
        PrintQueue(FolderBackend(tmp_path / "printed"), tmp_path / "spool"),
        clerk_login(engine), today=lambda: TODAY)
    window = ClerkWindow(context, department=department, runner=SyncTaskRunner(),
                         dialogs=ScriptedDialogs(answers=[True]))
    qtbot.addWidget(window)
    window.resize(1366, 800)
    window.show()
    log_in(window, qtbot)
    yield window, ticket.visit_id
    engine.dispose()


def _tree_texts(window: Any) -> list[str]:
    tree = window.page.checklist.procedure_tree
    texts: list[str] = []

    def walk(item: Any) -> None:
        texts.append(item.text(0))
        for index in range(item.childCount()):
            walk(item.child(index))

    for index in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(index))
    return texts


def test_the_console_flags_what_to_check_at_the_counter(
        console: tuple[Any, str], qtbot: Any, tmp_path: Path) -> None:
    from kiosk.ui.i18n import LanguageSwitcher

    window, visit_id = console
    switcher = LanguageSwitcher.shared()
    before = switcher.current
    try:
        switcher.set_language("en")
        window.open_visit(visit_id)
        procedure = _first_unsure()
        title = procedure.title.get("en")
        qtbot.waitUntil(lambda: f"{title} — check at the counter" in _tree_texts(window))
        assert CATALOG.questions[UNSURE].text.get("en") in _tree_texts(window)
        flags = window.page.checklist.flag_list
        lines = [flags.item(i).text() for i in range(flags.count())]
        assert (f"{title}: check at the counter (the resident answered “I don't know”)"
                in lines)
        switcher.set_language("ja")
        ja_title = procedure.title.get("ja")
        qtbot.waitUntil(lambda: f"{ja_title} — 窓口で確認" in _tree_texts(window))
        window.page.visit_tabs.setCurrentWidget(window.page.checklist)
        window.grab().save(str(tmp_path / "clerk_dont_know.png"))
    finally:
        switcher.set_language(before)
