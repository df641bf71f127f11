"""End to end: the one-stop desk (回らない窓口) from the kiosk to the last department.

A family of four moves in (転入) at the real kiosk window with the emulated card, in a
town whose catalog enables its one-stop desk. The summary, the printed guide sheet and
the finished screen name that desk and, after it, only the two departments whose specialist is needed
(保育所 → 子育て支援係, 転入学 → 教育委員会); the other six counters are not named.
Then three real clerk consoles on the same database (three terminals): the desk completes
8 procedures and hands 2 to departments, each department finds the visit in its queue,
finishes its procedure, and the visit is marked left. The stored dwell, wait and service
figures equal a computation by hand from the recorded event times.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel
from resident_driver import Resident
from sqlalchemy import select
from staff_support import clerk_login, log_in

from forms.catalog import BUNDLED_FOLDER, load_catalog
from kiosk.app.clerk_service import ClerkService
from kiosk.app.metrics_services import MetricsServices, open_services
from kiosk.config import Config
from kiosk.navigation.engine import Navigator
from kiosk.storage import migrate
from kiosk.storage.tables import DepartmentSummary, VisitEvent, VisitSummary
from kiosk.ui.dialogs import ScriptedDialogs
from kiosk.ui.kiosk_app import attach_metrics
from kiosk.ui.tasks import SyncTaskRunner
from kiosk.visits.clock import as_utc, local_day, utc_now
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsRecorder
from printing.backends.folder import FolderBackend
from printing.queue import PrintQueue

pytestmark = pytest.mark.timeout(300)

ANSWERS: dict[str, Any] = {
    "from_area": "other_pref", "has_mnc": True, "insurance": "national", "pregnant": False,
    "kaigo_nintei": False, "in_childcare": True, "disability_book": False,
    "single_parent": False, "public_servant": False, "claimant": "self",
    "wants_inkan": {"self": True, "m1": False}, "town_water": True, "has_dog": False,
    "has_moped": False, "wants_certificate": False, "foreign_national": False,
}
SPECIALIST = {"hoiku_tenen": "KOSO", "tennyugaku": "KYOIKU"}


def onestop_catalog(folder: Path) -> Path:
    """A copy of the bundled catalog with its one-stop desk enabled (what a town edits)."""
    folder.mkdir()
    for path in BUNDLED_FOLDER.glob("*.yaml"):
        shutil.copy(path, folder / path.name)
    desk = folder / "onestop.yaml"
    desk.write_text(desk.read_text(encoding="utf-8").replace("enabled: false", "enabled: true"),
                    encoding="utf-8")
    return folder


@pytest.fixture
def town(qtbot: Any, isolated_dirs: Path,
         tmp_path: Path) -> Iterator[tuple[Resident, MetricsServices, Path, Config]]:
    printed = tmp_path / "printed"
    config = (Config().replace("ui", language="ja")
              .replace("printer", backend="folder", folder=str(printed))
              .replace("database", url=f"sqlite:///{tmp_path / 'town.sqlite3'}")
              .replace("catalog", folder=str(onestop_catalog(tmp_path / "catalog"))))
    driver = Resident(qtbot, config)
    driver.window.screens["pin_entry"].read_number = config.card.read_my_number
    metrics = open_services(config)
    migrate.upgrade(metrics.engine)
    attach_metrics(driver.window, metrics)
    yield driver, metrics, printed, config
    driver.window.allow_close()
    driver.window.close()
    driver.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    metrics.close()


def console(qtbot: Any, metrics: MetricsServices, config: Config, tmp_path: Path,
            department: str) -> Any:
    """A clerk terminal of its own at ``department``, unlocked with the staff PIN."""
    from kiosk.ui.clerk.window import ClerkContext, ClerkWindow

    recorder = MetricsRecorder(metrics.engine, Outbox(tmp_path / f"outbox-{department}.sqlite3"),
                               f"clerk-{department.lower()}")
    catalog = load_catalog(config.catalog.folder)
    context = ClerkContext(
        ClerkService(metrics.engine, recorder, metrics.personal), catalog, Navigator(catalog),
        PrintQueue(FolderBackend(tmp_path / f"printed-{department}"),
                   tmp_path / f"spool-{department}"),
        clerk_login(metrics.engine),
        today=lambda: local_day(utc_now()),
    )
    window = ClerkWindow(context, department=department, runner=SyncTaskRunner(),
                         dialogs=ScriptedDialogs(answers=[True]))
    qtbot.addWidget(window)
    window.resize(1366, 800)
    window.show()
    log_in(window, qtbot)
    assert window.desk is not None and window.desk.department == department
    return window


def serve(qtbot: Any, window: Any, visit_id: str, settle: list[str],
          hand: dict[str, str]) -> None:
    """Open the visit from the queue, call and start, settle / hand over, finish."""
    window.refresh()
    assert visit_id in [e.visit_id for e in window.page.queue.entries]
    window.open_visit(visit_id)
    qtbot.waitUntil(lambda: window.visit is not None and window.visit.visit_id == visit_id)
    buttons = window.page.event_buttons.buttons
    qtbot.mouseClick(buttons["called"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons["service_started"], Qt.MouseButton.LeftButton)
    panel = window.onestop.panel
    assert window.page.visit_tabs.currentWidget() is panel
    listed = [i.procedure.id for i in panel.items]
    assert sorted(listed) == sorted([*settle, *hand]), listed
    for pid in settle:
        panel.choose(pid)
        qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    for pid, department in hand.items():
        panel.choose(pid)
        # the desk's default target is the procedure's own department
        assert panel.department_combo.currentData() == department
        qtbot.mouseClick(panel.hand_off_button, Qt.MouseButton.LeftButton)
    assert all(i.state.state != "open" for i in panel.items)
    assert "F7" in panel.notice.text()
    qtbot.mouseClick(buttons["service_finished"], Qt.MouseButton.LeftButton)


def test_a_family_of_four_is_served_at_one_desk(
        town: tuple[Resident, MetricsServices, Path, Config], qtbot: Any,
        tmp_path: Path) -> None:
    resident, metrics, printed, config = town
    catalog = load_catalog(config.catalog.folder)
    desk = catalog.onestop
    assert desk is not None

    # --- the kiosk: a family of four moves in
    resident.sign_in_with_card()
    resident.choose_event("IN")
    resident.add_member("夫", "サトウ タロウ", "昭和", ("58", "3", "3"), male=True)
    resident.add_member("子", "サトウ イチロウ", "平成", ("27", "5", "20"), male=True)
    resident.add_member("子", "サトウ サクラ", "令和", ("3", "3", "10"), male=False)
    resident.tap(resident.screen("household").continue_button)
    resident.wait_for("questions")
    resident.answer_questions(ANSWERS)
    resident.wait_for("new_address")
    resident.type_new_address("関町", "1234-5")
    resident.confirm_reading()
    session = resident.window.session
    visit_id, plan = session.visit_id, session.plan
    assert visit_id and plan is not None
    assert len(plan.procedure_ids()) == 10 and len(plan.stops) == 6  # six counters today
    summary = resident.screen("summary")
    headings = {label.objectName() for label in summary.findChildren(QLabel)
                if label.objectName().startswith("stop_") and label.isVisible()
                and not label.objectName().endswith("_note")}
    assert headings == {f"stop_{desk.id}", "stop_KOSO", "stop_KYOIKU"}
    assert sorted(summary.shown_procedures) == sorted(plan.procedure_ids())
    resident.print_bundle()

    # The finished screen: the desk, then only the two specialists' departments.
    finished = resident.screen("finished")
    stops = [label.text() for label in finished.stops.findChildren(QLabel)
             if label.objectName().startswith("counter")]
    assert len(stops) == 3
    assert desk.name.get("ja") in stops[0] and desk.place.get("ja") in stops[0]
    assert catalog.departments["KOSO"].name.get("ja") in stops[1]
    assert catalog.departments["KYOIKU"].name.get("ja") in stops[2]

    # The guide sheet (first page of the printed bundle) names one desk.
    pdfs = list(printed.glob("*.pdf"))
    assert len(pdfs) == 1
    guide = (PdfReader(pdfs[0]).pages[0].extract_text() or "").replace(" ", "")
    assert desk.name.get("ja").replace(" ", "") in guide
    assert desk.place.get("ja").replace(" ", "") in guide
    for did in ("KOSO", "KYOIKU"):  # the specialists, after the desk
        assert catalog.departments[did].counter.get("ja") in guide
    for did in ("JUMIN", "HOKEN", "SUIDO", "KANKYO"):  # the desk does theirs
        assert catalog.departments[did].counter.get("ja") not in guide, did
    resident.tap(finished.done_button)
    resident.wait_for("welcome")

    # --- the desk: 8 procedures done, 2 handed to departments
    at_desk = [pid for pid in plan.procedure_ids() if pid not in SPECIALIST]
    assert len(at_desk) == 8
    sogo = console(qtbot, metrics, config, tmp_path, desk.id)
    serve(qtbot, sogo, visit_id, at_desk, SPECIALIST)
    assert "left" not in kinds(metrics, visit_id), "two departments still have to finish"

    # --- each department finds it in its queue and finishes its procedure
    for procedure, department in SPECIALIST.items():
        window = console(qtbot, metrics, config, tmp_path, department)
        serve(qtbot, window, visit_id, [procedure], {})
    assert kinds(metrics, visit_id)[-1] == "left"

    # --- the figures, by hand from the recorded times
    events = recorded(metrics, visit_id)

    def first(kind: str, department: str | None = None) -> datetime:
        return next(at for k, d, at in events if k == kind and d == department)

    printed_at = first("forms_printed")
    ends = {d: first("service_finished", d) for d in (desk.id, "KOSO", "KYOIKU")}
    starts = {d: first("service_started", d) for d in (desk.id, "KOSO", "KYOIKU")}
    expected_wait = {
        desk.id: starts[desk.id] - printed_at,  # ready once the forms were printed
        "KOSO": starts["KOSO"] - ends[desk.id],  # walks over after the desk
        "KYOIKU": starts["KYOIKU"] - ends["KOSO"],  # after the nursery's specialist
    }
    by_hand = {d: (expected_wait[d].total_seconds(), (ends[d] - starts[d]).total_seconds())
               for d in ends}
    with metrics.engine.connect() as connection:
        stored = {r.department: (r.wait_seconds, r.service_seconds) for r in connection.execute(
            select(DepartmentSummary.department, DepartmentSummary.wait_seconds,
                   DepartmentSummary.service_seconds)
            .where(DepartmentSummary.visit_id == visit_id))}
        dwell = connection.execute(select(VisitSummary.dwell_seconds)
                                   .where(VisitSummary.visit_id == visit_id)).scalar_one()
    assert stored.keys() == by_hand.keys()
    for department, (wait, service) in by_hand.items():
        assert stored[department][0] == pytest.approx(wait, abs=1e-3), department
        assert stored[department][1] == pytest.approx(service, abs=1e-3), department
    assert dwell == pytest.approx((first("left") - first("visit_started")).total_seconds(),
                                  abs=1e-3)
    settled = [(k, d) for k, d, _ in events if k in ("procedure_done", "handed_off")]
    assert settled.count(("procedure_done", desk.id)) == 8
    assert sorted(d for k, d in settled if k == "handed_off") == ["KOSO", "KYOIKU"]
    assert sorted(d for k, d in settled if k == "procedure_done" and d != desk.id) == [
        "KOSO", "KYOIKU"]


def kinds(metrics: MetricsServices, visit_id: str) -> list[str]:
    return [k for k, _d, _at in recorded(metrics, visit_id)]


def recorded(metrics: MetricsServices, visit_id: str) -> list[tuple[str, str | None, datetime]]:
    c = VisitEvent.__table__.c
    with metrics.engine.connect() as connection:
        rows = connection.execute(select(c.kind, c.department, c.occurred_at)
                                  .where(c.visit_id == visit_id)
                                  .order_by(c.occurred_at, c.id))
        return [(r.kind, r.department, as_utc(r.occurred_at)) for r in rows]
