"""The resident's screens with the town's core system (issue 12), against an in-process one.

The lookup starts when the life-event screen shows; the household screen starts filled
(kanji, kana beneath), confirms with one tap, removes after a confirmation, picks the
deceased with one tap; a reservation's address is confirmed with one tap; a reading from
the record is not asked again; a core system that is away or slow leaves one sentence and
the manual path, never a wait past the deadline.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from kiosk.app.composition import Services
from kiosk.app.core_lookup import CoreLookup, LookupOutcome, look_up
from kiosk.app.record_prefill import apply_core_records
from kiosk.config import Config
from kiosk.domain.core_records import (
    CallContext,
    CoreUnavailable,
    LinkStatus,
    MoveInReservation,
    PlannedAddress,
    ProcedureSubmission,
    Provenance,
    RecordedHousehold,
    RecordedPerson,
    ReservedPerson,
    SubmissionResult,
)
from kiosk.domain.resident import BasicFour, Sex
from kiosk.navigation.scenario import Status
from kiosk.ui.dialogs import ScriptedDialogs

TODAY = date(2026, 4, 6)
HANAKO = BasicFour("佐藤　花子", "熊本県玉名郡南関町大字関町123番地", date(1985, 4, 12), Sex.FEMALE)


def _person(key: str, name: str, kana: str, born: date, sex: Sex, relation: str) -> RecordedPerson:
    return RecordedPerson(key, name, kana, born, sex, relation)


HOUSEHOLD = RecordedHousehold("H1", HANAKO.address, "P1", (
    _person("P1", "佐藤　花子", "サトウ　ハナコ", date(1985, 4, 12), Sex.FEMALE, "世帯主"),
    _person("P2", "佐藤　太郎", "サトウ　タロウ", date(1983, 3, 3), Sex.MALE, "夫"),
    _person("P3", "佐藤　一郎", "サトウ　イチロウ", date(2015, 5, 20), Sex.MALE, "子"),
    _person("P4", "佐藤　さくら", "サトウ　サクラ", date(2021, 3, 10), Sex.FEMALE, "子"),
))
RESERVATION = MoveInReservation(
    "R1", "福岡県福岡市中央区天神1丁目1番1号", "401331", PlannedAddress("大字関町", "123-4"),
    TODAY, date(2026, 3, 31), tuple(
        ReservedPerson(p.name, p.kana, p.birth_date, p.sex, p.relation)
        for p in HOUSEHOLD.members))


class FakeCore:
    """A core system in memory: answers, refuses (``down``) or takes ``delay`` seconds."""

    def __init__(self, *, household: RecordedHousehold | None = None,
                 reservation: MoveInReservation | None = None, down: bool = False,
                 delay: float = 0.0) -> None:
        self.household, self.reservation = household, reservation
        self.down, self.delay = down, delay
        self.contexts: list[CallContext] = []
        self.release = threading.Event()

    def _answer(self, value: Any, context: CallContext) -> Any:
        self.contexts.append(context)
        if self.delay:
            self.release.wait(self.delay)
        if self.down:
            raise CoreUnavailable("the core system is away")
        return value

    def find_resident(self, who: BasicFour, context: CallContext) -> RecordedHousehold | None:
        return self._answer(self.household, context)  # type: ignore[no-any-return]

    def find_reservation(self, who: BasicFour,
                         context: CallContext) -> MoveInReservation | None:
        return self._answer(self.reservation, context)  # type: ignore[no-any-return]

    def submit(self, records: Sequence[ProcedureSubmission],
               context: CallContext) -> list[SubmissionResult]:
        return []

    def status(self) -> LinkStatus:
        return LinkStatus("fake", True, "in memory")


class HeldRunner:
    """A task runner that holds the work until the test lets it run (a slow lookup)."""

    def __init__(self) -> None:
        self.held: list[tuple[Callable[[], Any], Callable[[Any], None]]] = []

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None]) -> None:
        self.held.append((work, on_done))

    def finish(self) -> None:
        while self.held:
            work, on_done = self.held.pop(0)
            on_done(work())


class Kiosk:
    def __init__(self, window: Any, qtbot: Any, core: FakeCore) -> None:
        self.window, self.qtbot, self.core = window, qtbot, core
        self.session = window.session
        self.session.resident = HANAKO
        self.session.channel = "card"
        self.session.visit_id = "V1"

    def show(self, screen_id: str) -> Any:
        self.window.flow.go(screen_id)
        return self.window.screens[screen_id]

    def tap(self, button: QWidget) -> None:
        assert button.isVisible() and button.isEnabled(), button.objectName()
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def choose(self, event_id: str) -> Any:
        life = self.show("life_event")
        self.tap(life.event_buttons[event_id])
        return self.window.screens[self.window.flow.current]


@pytest.fixture
def kiosk(make_window: Callable[..., Any], qtbot: Any) -> Iterator[Callable[..., Kiosk]]:
    from kiosk.ui.registry import screens_in
    from kiosk.ui.screens.welcome import WelcomeScreen
    from kiosk.ui.tasks import SyncTaskRunner

    built: list[Kiosk] = []

    def build(core: FakeCore, *, runner: Any = None, timeout_ms: int = 2000,
              dialogs: ScriptedDialogs | None = None, language: str = "en") -> Kiosk:
        config = Config().replace("ui", language=language).replace("core", kind="rest",
                                                                     timeout_ms=timeout_ms)
        services = Services(config, clock=lambda: TODAY, core=core)
        window = make_window(config, services=services, screens=[WelcomeScreen,
                                                                  *screens_in("wizard")],
                             runner=runner or SyncTaskRunner(),
                             dialogs=dialogs or ScriptedDialogs())
        built.append(Kiosk(window, qtbot, core))
        return built[-1]

    yield build
    for k in built:
        k.window.allow_close()
        k.window.close()
        k.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _names(screen: Any) -> list[str]:
    return [label.text() for label in screen.findChildren(QLabel)
            if label.objectName().startswith("memberName_") and label.isVisible()]


def test_the_household_starts_filled_in_kanji_with_kana_and_confirms_in_one_tap(
        kiosk: Callable[..., Kiosk], qtbot: Any) -> None:
    k = kiosk(FakeCore(household=HOUSEHOLD))
    household = k.choose("MV")
    assert k.window.flow.current == "household"
    assert _names(household) == ["佐藤　太郎", "佐藤　一郎", "佐藤　さくら"]
    kana = household.findChild(QLabel, "memberKana_m1")
    assert kana is not None and kana.text() == "サトウ　タロウ"
    assert household.continue_button.text() == "Continue with these people"
    assert not household.notice.isVisible()
    assert [c.staff_id for c in k.core.contexts] == ["resident", "resident"]
    assert {c.visit_id for c in k.core.contexts} == {"V1"}
    with qtbot.waitSignal(household.done):
        k.tap(household.continue_button)
    assert [m.record_key for m in k.session.household] == ["P2", "P3", "P4"]
    assert k.session.characters_typed == 0


def test_removing_a_recorded_member_asks_first(kiosk: Callable[..., Kiosk]) -> None:
    dialogs = ScriptedDialogs(answers=[False, True])
    k = kiosk(FakeCore(household=HOUSEHOLD), dialogs=dialogs)
    household = k.choose("MV")
    k.tap(household.remove_buttons["m3"])
    assert len(k.session.household) == 3 and "佐藤　さくら" in dialogs.asked[0][0]
    k.tap(household.remove_buttons["m3"])
    assert [m.id for m in k.session.household] == ["m1", "m2"]


def test_at_a_death_the_deceased_is_tapped_in_the_list(kiosk: Callable[..., Kiosk]) -> None:
    k = kiosk(FakeCore(household=HOUSEHOLD))
    household = k.choose("D")
    assert not household.continue_button.isEnabled()
    assert household.hint.text() == "Tap the person who passed away."
    k.tap(household.deceased_buttons["m1"])
    assert k.session.member("m1").status is Status.DECEASED
    assert household.continue_button.isEnabled()
    k.tap(household.deceased_buttons["m2"])  # changed their mind: only one is chosen
    assert [m.status for m in k.session.household] == [Status.PRESENT, Status.DECEASED,
                                                       Status.PRESENT]
    assert household.deceased_buttons["m2"].isChecked()
    assert k.session.characters_typed == 0


def test_a_reservation_fills_the_movers_and_confirms_the_address(
        kiosk: Callable[..., Kiosk], qtbot: Any) -> None:
    k = kiosk(FakeCore(reservation=RESERVATION))
    household = k.choose("IN")
    assert _names(household) == ["佐藤　太郎", "佐藤　一郎", "佐藤　さくら"]
    address = k.show("new_address")
    assert address.title.text() == "Is this your new address?"
    assert "861-0803" in address.address.text() and "関町 123-4" in address.address.text()
    with qtbot.waitSignal(address.done):
        k.tap(address.address_yes)
    assert k.session.provenance["new_address"] is Provenance.RECORD
    new = k.session.new_address
    assert (new.oaza, new.banchi, new.katagaki, new.postal_code) == ("関町", "123-4", "",
                                                                      "861-0803")
    assert not k.window.screens["furigana"].should_show(k.session), "the record's reading"
    assert k.session.furigana == "サトウ　ハナコ"


def test_no_to_the_planned_address_takes_todays_path(kiosk: Callable[..., Kiosk]) -> None:
    k = kiosk(FakeCore(reservation=RESERVATION))
    k.choose("IN")
    address = k.show("new_address")
    k.tap(address.address_no)
    assert address.pages.currentIndex() == 0 and address.oaza is None
    k.tap(address.back_button)  # back to the question, not out of the screen
    assert address.title.text() == "Is this your new address?"
    k.tap(address.address_no)
    k.tap(address.picker.buttons["関東"])
    address.keypad.press("9")
    k.tap(address.keypad.submit_button)
    k.tap(address.no_katagaki)
    assert k.session.new_address.banchi == "9"
    assert k.session.provenance["new_address"] is Provenance.RESIDENT
    address = k.show("new_address")  # coming back: their own address, not the question
    assert address.pages.currentIndex() == 0


def test_a_removed_members_id_keeps_nothing_of_the_record(kiosk: Callable[..., Kiosk]) -> None:
    k = kiosk(FakeCore(household=HOUSEHOLD), dialogs=ScriptedDialogs(answers=[True]))
    household = k.choose("MV")
    k.session.provenance["insurance@m3"] = Provenance.RECORD
    k.tap(household.remove_buttons["m3"])
    assert not [key for key in k.session.provenance if "m3" in key]
    assert k.session.provenance["m2.name"] is Provenance.RECORD


def test_without_an_answer_one_sentence_and_the_manual_path(kiosk: Callable[..., Kiosk]) -> None:
    k = kiosk(FakeCore(household=HOUSEHOLD, down=True), language="ja")
    household = k.choose("MV")
    assert household.notice.isVisible()
    assert household.notice.text() == "町の記録を確認できませんでした。このまま入力してください。"
    assert k.session.household == [] and household.add_button.isEnabled()
    assert household.continue_button.isEnabled()
    assert k.window.screens["furigana"].should_show(k.session)
    k.window.set_language("en")
    QApplication.processEvents()  # the language change reaches the screens as an event
    assert household.notice.text() == ("We could not check the town's records. "
                                       "Please go on and enter the details.")


def test_a_lookup_still_running_shows_progress_then_the_list(kiosk: Callable[..., Kiosk]) -> None:
    runner = HeldRunner()
    k = kiosk(FakeCore(household=HOUSEHOLD), runner=runner)
    household = k.choose("MV")
    assert household.progress.isVisible() and not household.continue_button.isEnabled()
    assert not household.add_button.isEnabled()
    runner.finish()
    assert not household.progress.isVisible()
    assert _names(household) == ["佐藤　太郎", "佐藤　一郎", "佐藤　さくら"]
    assert household.continue_button.isEnabled()


def test_the_household_screen_waits_no_longer_than_the_deadline(
        kiosk: Callable[..., Kiosk], qtbot: Any) -> None:
    runner = HeldRunner()  # the answer never comes
    k = kiosk(FakeCore(household=HOUSEHOLD), runner=runner, timeout_ms=100)
    household = k.choose("MV")
    started = time.monotonic()
    qtbot.waitUntil(lambda: household.notice.isVisible(), timeout=3000)
    assert time.monotonic() - started < 1.5
    assert household.continue_button.isEnabled() and not household.progress.isVisible()
    runner.finish()  # the late answer is dropped: the visit went on without it
    assert k.session.household == [] and k.session.core_household is None


def test_a_lookup_that_ends_after_the_visit_leaves_nothing(kiosk: Callable[..., Kiosk]) -> None:
    runner = HeldRunner()
    k = kiosk(FakeCore(household=HOUSEHOLD), runner=runner)
    k.choose("MV")
    k.window.end_session("card_removed")
    runner.finish()
    assert not k.session.has_personal_data


def test_look_up_is_bounded_by_the_deadline() -> None:
    core = FakeCore(household=HOUSEHOLD, delay=5.0)
    started = time.monotonic()
    outcome = look_up(core, HANAKO, CallContext("T1", "resident", "V1"), 0.2)
    core.release.set()
    assert time.monotonic() - started < 1.0
    assert outcome.unavailable and outcome.household is None
    assert "佐藤" not in repr(outcome)


def test_one_answer_is_kept_when_the_other_call_fails() -> None:
    class HalfCore(FakeCore):
        def find_reservation(self, who: BasicFour,
                             context: CallContext) -> MoveInReservation | None:
            raise RuntimeError("adapter bug")

    outcome = look_up(HalfCore(household=HOUSEHOLD), HANAKO, CallContext("T", "r", "V"), 1.0)
    assert outcome == LookupOutcome(HOUSEHOLD, None, True, outcome.seconds)


def test_without_a_core_system_nothing_is_asked() -> None:
    lookup = CoreLookup(lambda: None, "T1", 2000, apply_core_records)
    from kiosk.app.session import ResidentSession

    session = ResidentSession(resident=HANAKO)
    assert not lookup.enabled and not lookup.start(session, HeldRunner())


# One window per test: every window alive is restyled by each text-size change.
@pytest.mark.parametrize("state", ["list", "notice", "address"])
@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_new_states_fit_the_screen_at_every_text_size(kiosk: Callable[..., Kiosk],
                                                          language: str, state: str) -> None:
    core = {"list": lambda: FakeCore(household=HOUSEHOLD), "notice": lambda: FakeCore(down=True),
            "address": lambda: FakeCore(reservation=RESERVATION)}[state]()
    k = kiosk(core, language=language)
    top = k.window.findChild(QWidget, "topBar")
    screen = k.choose("D" if state == "list" else "IN")
    if state == "address":
        screen = k.show("new_address")
    for size in (0, 1, 2):
        k.window.set_text_size(size)
        QApplication.processEvents()
        where = f"{state} at text size {size}"
        assert screen.minimumSizeHint().height() + top.sizeHint().height() <= 800, where
        for button in screen.findChildren(QPushButton):
            if button.isVisibleTo(screen):
                assert button.objectName() and button.accessibleName(), where


def test_the_configured_core_system_is_audited(isolated_dirs: Any) -> None:
    from kiosk.app.composition import core_system
    from kiosk.app.core_audit import AuditedCoreSystem

    class Audit:
        def record(self, action: str, context: CallContext) -> None:
            pass

    assert core_system(Config(), Audit()) is None
    linked = Config().replace("core", kind="rest", url="http://127.0.0.1:9")
    assert isinstance(core_system(linked, Audit()), AuditedCoreSystem)
