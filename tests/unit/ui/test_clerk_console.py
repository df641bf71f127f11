"""The clerk console end to end on a temporary SQLite database (``kiosk db upgrade``).

Real services throughout: the metrics recorder, the personal-data store with its audit
log, the navigation engine, the bundle renderer and a print queue on the folder back-end.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import Engine, select
from staff_support import CLERK, CLERK_PASSWORD, clerk_login, log_in

from forms.catalog.loader import load_catalog
from kiosk.app.clerk_service import ClerkService
from kiosk.navigation.engine import Navigator
from kiosk.personal import audit
from kiosk.personal.store import PersonalStore
from kiosk.sealing.box import TownKeyPair
from kiosk.storage import migrate
from kiosk.storage.db import make_engine
from kiosk.storage.tables import VisitEvent
from kiosk.ui.dialogs import ScriptedDialogs
from kiosk.ui.tasks import SyncTaskRunner
from kiosk.visits.clock import local_day, utc_now
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsRecorder, VisitTicket
from printing.backends.folder import FolderBackend
from printing.queue import PrintQueue

TOWN_KEYS = TownKeyPair.generate()  # the clerk terminal's town key pair
SCENARIO = Path(__file__).resolve().parents[3] / "forms" / "scenarios" / "tennyu_family4.json"


@dataclass
class Desk:
    engine: Engine
    recorder: MetricsRecorder
    personal: PersonalStore
    clerk: ClerkService
    printed: Path
    spool: Path


@pytest.fixture
def desk(tmp_path: Path, isolated_dirs: Path) -> Iterator[Desk]:
    engine = make_engine(f"sqlite:///{(tmp_path / 'kiosk.sqlite3').as_posix()}")
    migrate.upgrade(engine)
    recorder = MetricsRecorder(engine, Outbox(tmp_path / "outbox.sqlite3"), "clerk-test")
    personal = PersonalStore(engine, opener=TOWN_KEYS)
    yield Desk(engine, recorder, personal, ClerkService(engine, recorder, personal),
               tmp_path / "printed", tmp_path / "spool")
    engine.dispose()


def _visit(desk: Desk, departments: list[str]) -> VisitTicket:
    """A resident who finished at the kiosk: identified, navigated, printed."""
    ticket = desk.recorder.start_visit(channel="card")
    desk.recorder.record(ticket.visit_id, "identified", method="card")
    desk.recorder.record(ticket.visit_id, "navigation_done", life_event="IN",
                         departments=departments, household_size=4)
    desk.recorder.record(ticket.visit_id, "forms_printed")
    desk.personal.put(ticket.visit_id, json.loads(SCENARIO.read_text(encoding="utf-8")))
    return ticket


@pytest.fixture
def console(qtbot: Any, desk: Desk) -> Any:
    from kiosk.ui.app import create_application
    from kiosk.ui.clerk.window import ClerkContext, ClerkWindow

    create_application()
    catalog = load_catalog()
    context = ClerkContext(
        desk.clerk, catalog, Navigator(catalog),
        PrintQueue(FolderBackend(desk.printed), desk.spool),
        clerk_login(desk.engine),
        today=lambda: local_day(utc_now()),
    )
    window = ClerkWindow(context, department="JUMIN", runner=SyncTaskRunner(),
                         dialogs=ScriptedDialogs(answers=[True]))
    qtbot.addWidget(window)
    window.resize(1366, 800)
    window.show()
    return window


def _unlock(window: Any, qtbot: Any, password: str = CLERK_PASSWORD) -> None:
    log_in(window, qtbot, CLERK, password)


def _events(engine: Engine, visit_id: str) -> list[tuple[str, str | None]]:
    c = VisitEvent.__table__.c
    with engine.connect() as connection:
        rows = connection.execute(select(c.kind, c.department).where(c.visit_id == visit_id)
                                  .order_by(c.occurred_at))
        return [(r.kind, r.department) for r in rows]


def test_the_account_password_guards_the_console(console: Any, qtbot: Any, desk: Desk) -> None:
    _visit(desk, ["JUMIN"])
    _unlock(console, qtbot, "not-my-password")
    assert console.stack.currentWidget() is console.start_page
    assert console.desk is None and console.session is None
    # in whichever language an earlier test left the process-wide switcher
    assert any(sentence in console.start_page.message.text() for sentence in (
        "Wrong staff number or password", "職員番号またはパスワードが違います"))
    assert console.start_page.password.text() == ""  # never kept in the field
    assert console.page.queue.entries == []  # nothing read before the log-in
    _unlock(console, qtbot)
    assert console.stack.currentWidget() is console.page
    assert console.session is not None and console.session.account_id == CLERK
    assert len(console.page.queue.entries) == 1
    assert console.page.scan.scan_field.hasFocus()
    console.lock()
    assert console.stack.currentWidget() is console.start_page
    assert console.session is None
    assert console.page.person.fields == {}
    assert console.page.printing.preview.pages == []


def test_a_scanned_qr_code_opens_the_visit_and_writes_an_audit_row(
        console: Any, qtbot: Any, desk: Desk) -> None:
    ticket = _visit(desk, ["JUMIN", "HOKEN"])
    _unlock(console, qtbot)
    assert audit.entries(desk.engine) == []
    qtbot.keyClicks(console.page.scan.scan_field, f"KKS1:{ticket.visit_id}")
    qtbot.keyClick(console.page.scan.scan_field, Qt.Key.Key_Return)

    assert console.visit is not None and console.visit.visit_id == ticket.visit_id
    rows = audit.entries(desk.engine, ticket.visit_id)
    assert [(r.staff_id, r.terminal_id, r.action) for r in rows] == [
        ("S1024", "clerk-test", "view")]
    name = console.page.person.fields["resident.name"]
    assert name.text() == "南関 太郎" and name.isReadOnly()
    tree = console.page.checklist.procedure_tree
    titles = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert "住民異動届（転入）" in titles[0] or titles  # JUMIN's procedures only
    assert tree.topLevelItemCount() == len(console.visit.stop.procedures)
    assert all(p.department_id == "JUMIN" for p in console.visit.stop.procedures)
    assert "jumin_ido" in console.visit.rendered_forms
    preview = console.page.printing.preview
    assert len(preview.pages) == len(pypdf.PdfReader(io.BytesIO(console.visit.pdf)).pages) > 1
    assert not preview.page_view.pixmap().isNull()
    assert "南関 太郎" not in console.windowTitle()
    assert console.page.scan.scan_field.text() == ""
    assert console.page.scan.scan_field.hasFocus()


def test_an_unknown_code_opens_nothing(console: Any, qtbot: Any, desk: Desk) -> None:
    _unlock(console, qtbot)
    qtbot.keyClicks(console.page.scan.scan_field, "KKS1:no-such-visit")
    qtbot.keyClick(console.page.scan.scan_field, Qt.Key.Key_Return)
    assert console.visit is None
    assert audit.entries(desk.engine) == []


def test_f_keys_record_called_started_finished_and_the_last_counter_marks_left(
        console: Any, qtbot: Any, desk: Desk) -> None:
    ticket = _visit(desk, ["JUMIN"])
    _unlock(console, qtbot)
    queue = console.page.queue
    queue.queue_table.selectRow(0)
    qtbot.mouseClick(queue.open_button, Qt.MouseButton.LeftButton)
    assert console.visit.visit_id == ticket.visit_id

    qtbot.keyClick(console.page.scan.scan_field, Qt.Key.Key_F5)
    assert queue.entries[0].state == "called"
    qtbot.keyClick(console.page.scan.scan_field, Qt.Key.Key_F6)
    assert queue.entries[0].state == "serving"
    qtbot.keyClick(console.page.scan.scan_field, Qt.Key.Key_F7)
    assert _events(desk.engine, ticket.visit_id)[-4:] == [
        ("called", "JUMIN"), ("service_started", "JUMIN"), ("service_finished", "JUMIN"),
        ("left", None)]
    assert queue.entries == []  # left: gone from the queue


def test_sent_back_and_left_by_hand(console: Any, qtbot: Any, desk: Desk) -> None:
    ticket = _visit(desk, ["JUMIN", "HOKEN"])
    _unlock(console, qtbot)
    console.open_visit(ticket.visit_id)
    qtbot.mouseClick(console.page.event_buttons.called_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(console.page.event_buttons.sent_back_button, Qt.MouseButton.LeftButton)
    assert console.page.queue.entries[0].state == "sent_back"
    qtbot.keyClick(console.page.scan.scan_field, Qt.Key.Key_F9)  # the scripted dialog answers yes
    assert _events(desk.engine, ticket.visit_id)[-3:] == [
        ("called", "JUMIN"), ("sent_back", "JUMIN"), ("left", None)]
    assert console.dialogs.asked


def _pdf_text(document: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(document))
    return "".join(page.extract_text() or "" for page in reader.pages)


def test_a_correction_re_renders_the_affected_forms_and_reprints_them(
        console: Any, qtbot: Any, desk: Desk) -> None:
    ticket = _visit(desk, ["JUMIN", "HOKEN"])
    _unlock(console, qtbot)
    console.open_visit(ticket.visit_id)
    before = console.visit.rendered_forms
    person = console.page.person
    qtbot.mouseClick(person.correct_button, Qt.MouseButton.LeftButton)
    assert not person.fields["new_address.banchi"].isReadOnly()
    person.fields["new_address.banchi"].setText("987-6")
    qtbot.mouseClick(person.apply_button, Qt.MouseButton.LeftButton)

    visit = console.visit
    assert visit.payload["new_address"]["banchi"] == "987-6"
    assert "jumin_ido" in visit.rendered_forms  # prints the new address
    assert "inkan_toroku" not in visit.rendered_forms or "inkan_toroku" in before
    text = _pdf_text(visit.pdf)
    assert "987" in text and "1234-5" not in text
    assert [r.action for r in audit.entries(desk.engine, ticket.visit_id)] == ["view", "correct"]
    stored = desk.personal.read(ticket.visit_id, staff_id="t", terminal_id="t")
    assert stored is not None and stored["new_address"]["banchi"] == "987-6"

    qtbot.mouseClick(console.page.printing.reprint_button, Qt.MouseButton.LeftButton)
    printed = list(desk.printed.glob("printed-*.pdf"))
    assert len(printed) == 1
    assert "987" in _pdf_text(printed[0].read_bytes())
    assert [r.action for r in audit.entries(desk.engine, ticket.visit_id)][-1] == "reprint"
    assert list(desk.spool.glob("job-*")) == []  # printed jobs leave nothing behind


def test_a_bad_correction_is_refused_without_showing_the_value(
        console: Any, qtbot: Any, desk: Desk) -> None:
    ticket = _visit(desk, ["JUMIN"])
    _unlock(console, qtbot)
    console.open_visit(ticket.visit_id)
    console.page.person.set_value("resident.birth_date", "1986/13/99")
    qtbot.mouseClick(console.page.person.apply_button, Qt.MouseButton.LeftButton)
    message = console.page.person.message.text()
    assert message and "1986/13/99" not in message
    assert [r.action for r in audit.entries(desk.engine, ticket.visit_id)] == ["view"]


@pytest.mark.parametrize(("key", "value", "field"), [
    ("resident.birth_date", "future", "Date of birth"),
    ("household.child1.name", "", "Name"),
    ("new_address.oaza", "霞が関", "Ōaza"),
    ("new_address.postal_code", "8610803", "Postal code"),
])
def test_a_correction_the_scenario_validation_refuses_is_not_saved(
        console: Any, qtbot: Any, desk: Desk, key: str, value: str, field: str) -> None:
    """The console runs the loader's strict validation: one sentence naming the field,
    nothing stored, no correction audited, nothing re-rendered."""
    from datetime import timedelta

    if value == "future":
        value = (local_day(utc_now()) + timedelta(days=30)).isoformat()
    ticket = _visit(desk, ["JUMIN"])
    _unlock(console, qtbot)
    console.open_visit(ticket.visit_id)
    before = desk.personal.read(ticket.visit_id, staff_id="t", terminal_id="t")
    pdf = console.visit.pdf
    console.page.person.set_value(key, value)
    qtbot.mouseClick(console.page.person.apply_button, Qt.MouseButton.LeftButton)

    message = console.page.person.message.text()
    # one sentence naming the field, in the console's language (an earlier test may
    # have left it in Japanese)
    label = console.page.person.attr_text(key.rsplit(".", 1)[-1])
    assert message and message.endswith(label) and len(message) > len(label)
    from kiosk.ui.i18n import LanguageSwitcher

    if LanguageSwitcher.shared().current == "en":
        assert message == f"This value cannot be used: {label}" and field in label
    if value:
        assert value not in message
    assert desk.personal.read(ticket.visit_id, staff_id="t", terminal_id="t") == before
    assert [r.action for r in audit.entries(desk.engine, ticket.visit_id)][-1] != "correct"
    assert console.visit.pdf == pdf and not console.visits.busy
    # the desk (the service the console calls) refuses it the same way, naming the key
    from kiosk.ui.clerk.payload import CorrectionError

    with pytest.raises(CorrectionError) as caught:
        console.desk.correct(console.visit, {key: value})
    assert caught.value.key == key
    assert desk.personal.read(ticket.visit_id, staff_id="t", terminal_id="t") == before


def test_a_failed_reprint_stays_listed_and_can_be_retried(
        console: Any, qtbot: Any, desk: Desk) -> None:
    ticket = _visit(desk, ["JUMIN"])
    _unlock(console, qtbot)
    console.open_visit(ticket.visit_id)
    desk.printed.write_text("not a folder")  # the "printer" is broken
    qtbot.mouseClick(console.page.printing.reprint_all_button, Qt.MouseButton.LeftButton)
    jobs = console.page.printing.jobs
    assert [j.state for j in jobs] == ["failed"]
    desk.printed.unlink()  # repaired
    qtbot.mouseClick(console.page.printing.retry_button, Qt.MouseButton.LeftButton)
    assert console.page.printing.jobs == []
    assert len(list(desk.printed.glob("printed-*.pdf"))) == 1


def test_expired_data_is_not_shown_but_the_attempt_is_audited(
        console: Any, qtbot: Any, desk: Desk) -> None:
    from datetime import timedelta

    ticket = _visit(desk, ["JUMIN"])
    desk.personal.purge(utc_now() + timedelta(days=30))  # retention ended
    _unlock(console, qtbot)
    console.open_visit(ticket.visit_id)
    assert console.visit.problem == "no_data"
    assert console.page.person.fields == {}
    assert [r.action for r in audit.entries(desk.engine, ticket.visit_id)] == ["view"]
    assert ticket.ticket in console.statusBar().currentMessage()


def test_a_terminal_without_the_town_key_says_so_in_one_sentence(
        console: Any, qtbot: Any, desk: Desk) -> None:
    ticket = _visit(desk, ["JUMIN"])
    desk.personal.opener = None  # a kiosk's store, or a clerk terminal the key was not copied to
    _unlock(console, qtbot)
    console.open_visit(ticket.visit_id)
    assert console.visit.problem == "no_key"
    assert console.page.person.fields == {}
    message = console.statusBar().currentMessage()
    assert ticket.ticket in message and "kiosk keys status" in message  # either language


def test_the_console_switches_to_japanese_and_back(console: Any, qtbot: Any, desk: Desk) -> None:
    from kiosk.ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher.shared()
    before = switcher.current
    _unlock(console, qtbot)
    try:
        switcher.set_language("en")

        def choose(language: str) -> None:  # two languages toggle; more open the picker
            console.page.language_button.click()
            if console.language_picker is not None:
                console.language_picker.buttons[language].click()

        choose("ja")
        assert switcher.current == "ja"
        called = console.page.event_buttons.called_button
        qtbot.waitUntil(lambda: called.text() == "呼出 [F5]")  # LanguageChange is posted
        assert console.page.counter_label.text().startswith("1番窓口")
        assert "English" in console.page.language_button.text()
        choose("en")
        qtbot.waitUntil(lambda: called.text() == "Called [F5]")
        assert console.page.counter_label.text().startswith("Counter 1")
    finally:
        switcher.set_language(before)


def test_start_up_needs_an_upgraded_database(tmp_path: Path, isolated_dirs: Path) -> None:
    from kiosk.config import Config
    from kiosk.ui.clerk.app import StartError, build_context
    from kiosk.ui.clerk.window import ClerkContext

    url = f"sqlite:///{(tmp_path / 'fresh.sqlite3').as_posix()}"
    config = Config().replace("database", url=url)
    with pytest.raises(StartError, match="kiosk db upgrade"):
        build_context(config)
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    context = build_context(config)
    assert isinstance(context, ClerkContext)
    assert "JUMIN" in context.catalog.departments
    assert context.printer.spool.name == "clerk"


def test_a_walk_in_gets_a_ticket_for_this_counter(console: Any, qtbot: Any, desk: Desk) -> None:
    from kiosk.storage.tables import Visit

    _unlock(console, qtbot)
    qtbot.mouseClick(console.page.queue.walk_in_button, Qt.MouseButton.LeftButton)
    entries = console.page.queue.entries
    assert len(entries) == 1 and entries[0].state == "waiting"
    with desk.engine.connect() as connection:
        channel, route = connection.execute(
            select(Visit.channel, Visit.departments).where(Visit.id == entries[0].visit_id)).one()
    assert (channel, route) == ("walk_in", "JUMIN")
    assert entries[0].ticket in console.statusBar().currentMessage()
    console.open_visit(entries[0].visit_id)
    assert console.visit.problem == "no_data" and console.page.person.fields == {}
    qtbot.keyClick(console.page.scan.scan_field, Qt.Key.Key_F5)
    assert _events(desk.engine, entries[0].visit_id)[-1] == ("called", "JUMIN")


def test_the_console_offers_every_configured_language(qtbot: Any, desk: Desk) -> None:
    """No dead end: with three languages the button opens the picker (like the resident's
    top bar); with two that are not ja/en it toggles between those two."""
    from kiosk import i18n
    from kiosk.ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher.shared()
    before = switcher.current
    try:
        i18n.configure(languages=("ja", "en", "vi"), folders=[])
        switcher.set_language("ja")
        window = console.__wrapped__(qtbot, desk)  # type: ignore[attr-defined]
        _unlock(window, qtbot)
        button = window.page.language_button
        names = [i18n.language_name(x) for x in ("ja", "en", "vi")]
        assert button.text() == " / ".join(names)
        assert window.language_picker is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.language_picker.is_open
        qtbot.mouseClick(window.language_picker.buttons["vi"], Qt.MouseButton.LeftButton)
        assert switcher.current == "vi" and not window.language_picker.is_open

        i18n.configure(languages=("ja", "vi"), folders=[])
        switcher.set_language("ja")
        window = console.__wrapped__(qtbot, desk)  # type: ignore[attr-defined]
        _unlock(window, qtbot)
        assert window.language_picker is None
        assert window.page.language_button.text() == names[2]
        qtbot.mouseClick(window.page.language_button, Qt.MouseButton.LeftButton)
        assert switcher.current == "vi"  # never "en", which this town does not offer
        qtbot.waitUntil(lambda: window.page.language_button.text() == "日本語")
    finally:
        i18n.configure(languages=("ja", "en"), folders=[])
        switcher.set_language(before)
