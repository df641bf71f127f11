"""The clerk console's one-stop tab exists only where the catalog has a desk, and lists
the visit's procedures with their staff guidance in the console's language."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from staff_support import clerk_login, log_in

from forms.catalog import BUNDLED_FOLDER, Catalog, load_catalog
from kiosk.app.clerk_service import ClerkService
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

KEYS = TownKeyPair.generate()
SCENARIO = BUNDLED_FOLDER.parent / "scenarios" / "tennyu_family4.json"


def onestop_catalog(tmp_path: Path) -> Catalog:
    copy = tmp_path / "catalog"
    copy.mkdir()
    for path in BUNDLED_FOLDER.glob("*.yaml"):
        shutil.copy(path, copy / path.name)
    desk = copy / "onestop.yaml"
    desk.write_text(desk.read_text(encoding="utf-8").replace("enabled: false", "enabled: true"),
                    encoding="utf-8")
    return load_catalog(copy)


def window_for(qtbot: Any, tmp_path: Path, catalog: Catalog, department: str) -> Any:
    from kiosk.ui.app import create_application
    from kiosk.ui.clerk.window import ClerkContext, ClerkWindow

    create_application()
    engine = make_engine(f"sqlite:///{(tmp_path / 'kiosk.sqlite3').as_posix()}")
    migrate.upgrade(engine)
    recorder = MetricsRecorder(engine, Outbox(tmp_path / "outbox.sqlite3"), "clerk-test")
    personal = PersonalStore(engine, opener=KEYS)
    context = ClerkContext(
        ClerkService(engine, recorder, personal), catalog, Navigator(catalog),
        PrintQueue(FolderBackend(tmp_path / "printed"), tmp_path / "spool"),
        clerk_login(engine),
        today=lambda: local_day(utc_now()))
    window = ClerkWindow(context, department=department, runner=SyncTaskRunner(),
                         dialogs=ScriptedDialogs(answers=[True]))
    qtbot.addWidget(window)
    window.show()
    log_in(window, qtbot)
    return window


def test_without_a_desk_the_console_is_as_before(qtbot: Any, tmp_path: Path,
                                                 isolated_dirs: Path) -> None:
    window = window_for(qtbot, tmp_path, load_catalog(), "JUMIN")
    assert window.onestop.panel is None
    assert window.page.visit_tabs.count() == 4


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_desk_lists_every_procedure_with_its_guidance(
        qtbot: Any, tmp_path: Path, isolated_dirs: Path, language: str) -> None:
    from kiosk.ui.i18n import LanguageSwitcher

    catalog = onestop_catalog(tmp_path)
    window = window_for(qtbot, tmp_path, catalog, "SOGO")
    switcher = LanguageSwitcher.shared()
    before = switcher.current
    switcher.set_language(language)
    try:
        clerk = window.desk.clerk
        ticket = clerk.recorder.start_visit(channel="card")
        clerk.recorder.record(ticket.visit_id, "navigation_done", life_event="IN",
                              departments=["SOGO"])
        clerk.personal.put(ticket.visit_id, json.loads(SCENARIO.read_text(encoding="utf-8")))
        window.open_visit(ticket.visit_id)
        panel = window.onestop.panel
        assert window.page.visit_tabs.currentWidget() is panel
        tree = panel.procedure_tree
        assert tree.topLevelItemCount() == len(window.visit.plan.procedure_ids())
        panel.choose("jumin_ido")
        top = tree.currentItem()
        sections = {top.child(i).text(0): [top.child(i).child(j).text(0)
                                           for j in range(top.child(i).childCount())]
                    for i in range(top.childCount())}
        basis = sections["根拠法令" if language == "ja" else "Legal basis"]
        assert any(("住民基本台帳法第22条" if language == "ja" else "art. 22") in t for t in basis)
        assert len(sections) == 4
        specialist = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())
                      if ("［専門窓口］" if language == "ja" else "[specialist]")
                      in tree.topLevelItem(i).text(0)]
        assert len(specialist) == 2  # 保育所 and 転入学
    finally:
        switcher.set_language(before)
