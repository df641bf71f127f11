"""The wizard's screens one by one, in a real main window (offscreen, synchronous).

Each screen: fits the 1280×800 kiosk at every text size, in Japanese and English and in
high contrast, with every button named for screen readers; emits the right result; and
"back" works (inside multi-page screens first, then out of the screen).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from kiosk.app.composition import Services
from kiosk.app.session import Member, NewAddress
from kiosk.app.visit import FLAG_KANJI_BY_STAFF, session_from_scenario
from kiosk.config import Config
from kiosk.domain.resident import BasicFour, Sex
from kiosk.navigation.scenario import Status
from kiosk.ui.widgets.era_date import EraDateInput
from kiosk.ui.widgets.kana_keyboard import KanaKeyboard

TODAY = date(2026, 4, 6)
SCENARIOS = Path(__file__).resolve().parents[3] / "forms" / "scenarios"
WIZARD = ("life_event", "household", "questions", "household_split", "new_address", "furigana",
          "summary", "manual_entry")


class Wizard:
    def __init__(self, window: Any, qtbot: Any) -> None:
        self.window = window
        self.qtbot = qtbot
        self.session = window.session

    def load(self, name: str, *, answers: bool = False) -> None:
        data = json.loads((SCENARIOS / f"{name}.json").read_text(encoding="utf-8"))
        if not answers:
            data["answers"] = {}
        session_from_scenario(data, self.session)
        self.session.channel = "card"

    def show(self, screen_id: str) -> Any:
        self.window.flow.go(screen_id)
        return self.window.screens[screen_id]

    def tap(self, button: QWidget) -> None:
        assert button.isVisible() and button.isEnabled(), button.objectName()
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def wizard(make_window: Callable[..., Any], qtbot: Any) -> Iterator[Callable[..., Wizard]]:
    from kiosk.ui.registry import screens_in
    from kiosk.ui.screens.welcome import WelcomeScreen

    built: list[Wizard] = []

    def build(language: str = "en") -> Wizard:
        # The wizard's own screens only: printing is tested elsewhere (and is slow).
        config = Config().replace("ui", language=language)
        services = Services(config, clock=lambda: TODAY)
        screens = [WelcomeScreen, *screens_in("wizard")]
        built.append(Wizard(make_window(config, services=services, screens=screens), qtbot))
        return built[-1]

    yield build
    # Delete the windows: hidden ones would still be re-styled by every later theme
    # change in this process, making each following test slower.
    for w in built:
        w.window.allow_close()
        w.window.close()
        w.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _show_page(screen: Any, index: int, step: int | None = None) -> None:
    screen.pages.setCurrentIndex(index)
    if hasattr(screen, "_page"):
        screen._page(index)
    if hasattr(screen, "_render"):
        screen._render()
    if step is not None:
        screen.editor.index = step
        screen.editor._show_step()


def _pages(screen: Any) -> list[Callable[[], None]]:
    """Ways to show each page of a screen (and each step of its member editor)."""
    pages = getattr(screen, "pages", None)
    if pages is None:
        return [lambda: None]
    shows: list[Callable[[], None]] = []
    editor = getattr(screen, "editor", None)
    for index in range(pages.count()):
        if editor is not None and pages.widget(index) is editor:
            shows += [lambda i=index, s=step: _show_page(screen, i, s)
                      for step in range(len(editor.steps))]
        else:
            shows.append(lambda i=index: _show_page(screen, i))
    return shows


@pytest.mark.parametrize("language", ["ja", "en"])
def test_every_page_fits_the_screen_and_is_named(wizard: Callable[..., Wizard],
                                                 language: str) -> None:
    w = wizard(language)
    w.load("tennyu_family4")
    window = w.window
    top = window.findChild(QWidget, "topBar")
    for size, contrast in ((0, False), (1, True), (2, True)):
        window.set_text_size(size)
        window.set_high_contrast(contrast)
        for screen_id in WIZARD:
            screen = w.show(screen_id)
            for show in _pages(screen):
                show()
                QApplication.processEvents()  # let the layouts settle
                hint = screen.minimumSizeHint()
                where = f"{screen_id} at text size {size}"
                assert hint.height() + top.sizeHint().height() <= 800, where
                assert hint.width() <= 1280, where
                for button in screen.findChildren(QPushButton):
                    if button.isVisibleTo(screen):
                        assert button.objectName(), where
                        assert button.accessibleName(), f"{where}: {button.objectName()}"


def test_japanese_and_english_texts_differ(wizard: Callable[..., Wizard]) -> None:
    w = wizard("ja")
    w.load("tennyu_family4")
    screen = w.show("life_event")
    QApplication.processEvents()  # LanguageChange is delivered through the event loop
    japanese = (screen.title.text(), screen.event_buttons["IN"].title.text())
    w.window.set_language("en")
    QApplication.processEvents()
    english = (screen.title.text(), screen.event_buttons["IN"].title.text())
    assert japanese == ("今日はどのような手続きですか？", "転入")
    assert english == ("What brings you here today?", "Moving in")


def test_life_event_sets_the_event_and_back_leaves(wizard: Callable[..., Wizard],
                                                   qtbot: Any) -> None:
    w = wizard()
    w.load("tennyu_family4")
    screen = w.show("life_event")
    assert len(screen.event_buttons) == 8
    with qtbot.waitSignal(screen.done) as done:
        w.tap(screen.event_buttons["D"])
    assert done.args == ["D"] and w.session.event_id == "D"
    assert w.session.new_address is None, "a death records no new address"
    screen = w.show("life_event")
    with qtbot.waitSignal(screen.back):
        w.tap(screen.back_button)


def test_questions_answer_undo_and_leave(wizard: Callable[..., Wizard], qtbot: Any) -> None:
    w = wizard()
    w.load("tennyu_family4")
    screen = w.show("questions")
    assert screen.step.question_id == "from_area"
    assert screen.progress_label.text().startswith("Question 1 of about")
    w.tap(screen.answer_buttons["answer_other_pref"])
    assert screen.step.question_id == "has_mnc"
    assert screen.about.text().startswith("For everyone: You")
    assert screen.progress_label.text().startswith("Question 2 of about")
    w.tap(screen.answer_buttons["answerSplit"])
    assert screen.about.text() == "About: You"
    w.tap(screen.answer_buttons["answerYes"])
    assert "Wife" in screen.about.text() or "妻" in screen.about.text()
    w.tap(screen.back_button)
    assert screen.step.question_id == "has_mnc" and "answerSplit" in screen.answer_buttons
    w.tap(screen.back_button)
    assert screen.step.question_id == "from_area" and w.session.answers == {}
    with qtbot.waitSignal(screen.back):
        w.tap(screen.back_button)


def test_questions_finish_with_the_plan(wizard: Callable[..., Wizard], qtbot: Any) -> None:
    w = wizard()
    w.load("setai_henko")
    screen = w.show("questions")
    with qtbot.waitSignal(screen.done, timeout=5000):
        for _ in range(60):  # bounded: a screen that never advances fails, not hangs
            if w.window.flow.current != "questions":
                break
            name = "answerNo" if "answerNo" in screen.answer_buttons else next(
                iter(screen.answer_buttons))
            w.tap(screen.answer_buttons[name])
    assert w.session.plan is not None and w.session.plan.stops


def _type_member(w: Wizard, editor: Any, relation: str, kana: str, era: str,
                 digits: tuple[str, str, str]) -> None:
    w.tap(editor.relation_buttons[relation])
    editor.keyboard.press(kana)
    w.tap(editor.keyboard.ok_button)
    w.tap(editor.birth.era_buttons[era])
    for field, value in zip(("year", "month", "day"), digits, strict=True):
        w.tap(editor.birth.field_buttons[field])
        editor.birth.keypad.press(value)
    w.tap(editor.birth.keypad.submit_button)


def test_household_adds_the_deceased_first_then_others(wizard: Callable[..., Wizard],
                                                       qtbot: Any) -> None:
    w = wizard()
    w.session.resident = BasicFour("佐藤　花子", "熊本県", date(1950, 1, 1), Sex.FEMALE)
    w.session.event_id = "D"
    screen = w.show("household")
    assert not screen.continue_button.isEnabled()
    w.tap(screen.add_button)
    editor = screen.editor
    assert editor.prompt.text().startswith("The person who passed away")
    w.tap(screen.back_button)  # back from the first editor page returns to the list
    assert screen.pages.currentIndex() == 0
    w.tap(screen.add_button)
    # the family name comes proposed from the resident's reading (佐藤 → サトウ)
    assert editor.keyboard.text == "サトウ\u3000"
    _type_member(w, editor, "夫", "タロウ", "昭和", ("20", "12", "1"))
    w.tap(screen.back_button)  # one editor page back: the birth date again
    assert editor.step == "birth"
    w.tap(editor.birth.keypad.submit_button)
    w.tap(editor.male_button)
    assert w.session.household == [Member(
        "m1", "サトウ\u3000タロウ", "サトウ\u3000タロウ", date(1945, 12, 1), Sex.MALE, "夫",
        Status.DECEASED)]
    assert FLAG_KANJI_BY_STAFF in w.session.flags
    assert w.session.characters_typed == 3 + 5
    assert screen.continue_button.isEnabled()
    w.tap(screen.remove_buttons["m1"])  # asks first
    w.tap(w.window.dialogs.yes_button)
    assert w.session.household == [] and not screen.continue_button.isEnabled()


def test_household_continue_and_back(wizard: Callable[..., Wizard], qtbot: Any) -> None:
    w = wizard()
    w.load("tenkyo_elderly")
    screen = w.show("household")
    with qtbot.waitSignal(screen.done):
        w.tap(screen.continue_button)
    screen = w.show("household")
    with qtbot.waitSignal(screen.back):
        w.tap(screen.back_button)


def test_new_address_picks_the_oaza_and_types_the_banchi(wizard: Callable[..., Wizard],
                                                         qtbot: Any) -> None:
    w = wizard()
    w.load("tennyu_family4")
    w.session.new_address = None
    screen = w.show("new_address")
    w.tap(screen.picker.buttons["豊永"])
    assert "861-0815" in screen.address.text()
    assert not screen.keypad.submit_button.isEnabled()
    screen.keypad.extra_button.click()  # a leading "-" is ignored
    screen.keypad.press("12")
    screen.keypad.extra_button.click()
    screen.keypad.extra_button.click()  # no "--"
    screen.keypad.press("3")
    assert screen.banchi == "12-3"
    w.tap(screen.back_button)
    assert screen.pages.currentIndex() == 0
    w.tap(screen.picker.buttons["豊永"])
    w.tap(screen.keypad.submit_button)
    screen.keyboard.press("コーポ")
    screen.keyboard.keys["2"].click()
    with qtbot.waitSignal(screen.done):
        w.tap(screen.keyboard.ok_button)
    assert w.session.new_address == NewAddress(oaza="豊永", banchi="12-3", katagaki="コーポ2",
                                               postal_code="861-0815")
    assert w.session.characters_typed == 6 + 5  # コ ー ホ ゜ 2


def test_new_address_is_skipped_for_a_death(wizard: Callable[..., Wizard]) -> None:
    w = wizard()
    w.load("okuyami")
    assert not w.window.screens["new_address"].should_show(w.session)
    w.window.flow.go("questions")
    assert w.window.flow.resolve("questions", None) == "furigana"


def test_furigana_suggests_and_corrects(wizard: Callable[..., Wizard], qtbot: Any) -> None:
    w = wizard()
    w.load("tennyu_family4")
    w.session.furigana = ""
    screen = w.show("furigana")
    assert screen.reading_label.text() == "ナンカン\u3000タロウ"
    w.tap(screen.fix_button)
    for _ in range(3):
        w.tap(screen.keyboard.delete_button)
    screen.keyboard.press("イチ")
    w.tap(screen.keyboard.ok_button)
    assert w.session.furigana == "ナンカン\u3000イチ"
    assert w.session.characters_typed == 5
    screen = w.show("furigana")
    w.tap(screen.fix_button)
    screen.keyboard.set_text("")
    w.tap(screen.keyboard.ok_button)
    assert screen.error.isVisible() and w.window.flow.current == "furigana"
    w.tap(screen.back_button)
    assert screen.pages.currentIndex() == 0
    with qtbot.waitSignal(screen.done):
        w.tap(screen.yes_button)
    w.session.channel = "manual"
    assert not screen.should_show(w.session)


def test_summary_lists_counters_in_order_and_prints(wizard: Callable[..., Wizard],
                                                    qtbot: Any) -> None:
    w = wizard()
    w.load("okuyami", answers=True)
    screen = w.show("summary")
    plan = w.session.plan
    assert tuple(screen.shown_procedures) == plan.procedure_ids()
    first = screen.findChild(QWidget, f"stop_{plan.stops[0].department.id}")
    assert first is not None and first.text().startswith("①")
    death = screen.findChild(QWidget, "procedure_koseki_todoke")
    assert death is not None and "For: " in death.text()
    with qtbot.waitSignal(screen.done):
        w.tap(screen.print_button)


def test_manual_entry_in_town(wizard: Callable[..., Wizard], qtbot: Any) -> None:
    w = wizard()
    screen = w.show("manual_entry")
    w.tap(screen.start_button)
    editor = screen.editor
    assert editor.step == "name"
    editor.keyboard.press("ヤマタ")
    w.tap(editor.keyboard.dakuten_button)
    w.tap(editor.keyboard.ok_button)
    w.tap(editor.birth.field_buttons["year"])
    editor.birth.keypad.press("45")
    editor.birth.keypad.press("1")
    w.tap(editor.birth.field_buttons["day"])  # "1" may be 10-12: move on by hand
    editor.birth.keypad.press("15")
    w.tap(editor.birth.keypad.submit_button)
    w.tap(editor.female_button)
    w.tap(screen.in_town)
    w.tap(screen.picker.buttons["関町"])
    screen.keypad.press("7")
    with qtbot.waitSignal(screen.done):
        w.tap(screen.keypad.submit_button)
    resident = w.session.resident
    assert resident is not None
    assert (resident.name, resident.birth_date, resident.sex) == (
        "ヤマダ", date(1970, 1, 15), Sex.FEMALE)
    assert resident.address == "熊本県玉名郡南関町大字関町7"
    assert w.session.furigana == "ヤマダ" and w.session.channel == "manual"
    assert FLAG_KANJI_BY_STAFF in w.session.flags
    assert w.session.characters_typed == 4 + 5 + 1


def test_manual_entry_elsewhere_back_and_staff(wizard: Callable[..., Wizard],
                                               qtbot: Any) -> None:
    w = wizard()
    screen = w.show("manual_entry")
    w.tap(screen.staff_help)
    assert w.window.call_staff.overlay.isVisible()
    w.window.call_staff.overlay.close_overlay()
    w.tap(screen.start_button)
    screen.editor.keyboard.press("キム")
    w.tap(screen.editor.keyboard.ok_button)
    w.tap(screen.editor.birth.era_buttons["西暦"])
    w.tap(screen.editor.birth.field_buttons["year"])
    screen.editor.birth.keypad.press("1990")
    screen.editor.birth.keypad.press("12")
    screen.editor.birth.keypad.press("31")
    w.tap(screen.editor.birth.keypad.submit_button)
    w.tap(screen.editor.male_button)
    w.tap(screen.elsewhere)
    w.tap(screen.back_button)
    assert screen.pages.currentIndex() == 2  # back to "where do you live"
    w.tap(screen.elsewhere)
    screen.keyboard.press("フクオカ")
    with qtbot.waitSignal(screen.done):
        w.tap(screen.keyboard.ok_button)
    assert w.session.resident is not None
    assert w.session.resident.birth_date == date(1990, 12, 31)
    assert w.session.resident.address == "フクオカ"
    screen = w.show("manual_entry")
    with qtbot.waitSignal(screen.back):
        w.tap(screen.back_button)


def test_kana_keyboard_marks_small_letters_and_counts(qtbot: Any) -> None:
    keyboard = KanaKeyboard(None, max_length=5)
    qtbot.addWidget(keyboard)
    presses: list[int] = []
    keyboard.typed.connect(lambda: presses.append(1))
    keyboard.press("ハ")
    keyboard.handakuten_button.click()
    assert keyboard.text == "パ"
    keyboard.dakuten_button.click()
    assert keyboard.text == "パ", "パ takes no dakuten"
    keyboard.handakuten_button.click()
    assert keyboard.text == "ハ", "a second press takes the mark off"
    keyboard.press("ツ")
    keyboard.small_button.click()
    keyboard.press("ウ")
    keyboard.dakuten_button.click()
    assert keyboard.text == "ハッヴ"
    keyboard.press("　ー")
    keyboard.press("ア")  # max_length 5: refused, but still a key press
    assert keyboard.text == "ハッヴ\u3000ー"
    keyboard.delete_button.click()
    assert keyboard.text == "ハッヴ\u3000"
    assert len(presses) == 12
    with qtbot.waitSignal(keyboard.submitted) as sent:
        keyboard.ok_button.click()
    assert sent.args == ["ハッヴ\u3000"]


def test_era_date_checks_the_era_and_the_calendar(qtbot: Any) -> None:
    era = EraDateInput(None)
    qtbot.addWidget(era)
    era.set_era("平成")
    era.keypad.press("31")
    era.keypad.press("5")
    era.keypad.press("1")
    assert era.value() is None, "平成31年5月1日 is 令和元年"
    era.submit()
    assert era.error.text()
    era.clear("令和")
    era.keypad.press("01")
    era.keypad.press("5")
    era.keypad.press("1")
    assert era.value() == date(2019, 5, 1)
    assert "令和元年5月1日" in era.result.text()
    era.clear("昭和")
    era.keypad.press("64")
    era.keypad.press("2")
    era.keypad.press("30")
    assert era.value() is None, "no 30 February"
    era.keypad.backspace.emit()
    era.keypad.backspace.emit()
    era.keypad.press("28")
    assert era.value() is None, "昭和64 ended on 7 January"
    era.set_date(date(1989, 1, 7))
    assert era.value() == date(1989, 1, 7)
    with qtbot.waitSignal(era.date_chosen) as chosen:
        era.submit()
    assert chosen.args == [date(1989, 1, 7)]
