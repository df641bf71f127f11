"""The household list's 修正, confirmed 削除 with 元に戻す, and the proposed family name,
in a real window (offscreen, synchronous, the real confirmation overlay)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk.app.composition import Services
from kiosk.config import Config
from kiosk.domain.resident import BasicFour, Sex

TODAY = date(2026, 4, 6)


class Household:
    def __init__(self, window: Any, qtbot: Any) -> None:
        self.window, self.qtbot = window, qtbot
        self.session = window.session
        self.session.resident = BasicFour("佐藤　花子", "熊本県", date(1985, 4, 12), Sex.FEMALE)
        self.session.channel = "card"
        self.session.event_id = "IN"
        window.flow.go("household")
        self.screen = window.screens["household"]

    def tap(self, button: QWidget) -> None:
        assert button.isVisible() and button.isEnabled(), button.objectName()
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def add(self, given: str, relation: str = "夫", year: str = "58") -> None:
        editor = self.screen.editor
        self.tap(self.screen.add_button)
        self.tap(editor.relation_buttons[relation])
        editor.keyboard.press(given)
        self.tap(editor.keyboard.ok_button)
        self.tap(editor.birth.era_buttons["昭和"])
        self.tap(editor.birth.field_buttons["year"])
        editor.birth.keypad.press(year)
        self.tap(editor.birth.field_buttons["month"])
        editor.birth.keypad.press("3")
        self.tap(editor.birth.field_buttons["day"])
        editor.birth.keypad.press("3")
        self.tap(editor.birth.keypad.submit_button)
        self.tap(editor.male_button)

    @property
    def names(self) -> list[str]:
        return [m.name for m in self.session.household]


@pytest.fixture
def household(make_window: Callable[..., Any], qtbot: Any) -> Callable[[], Household]:
    from kiosk.ui.registry import screens_in
    from kiosk.ui.screens.welcome import WelcomeScreen

    def build() -> Household:
        config = Config().replace("ui", language="en")
        services = Services(config, clock=lambda: TODAY)
        window = make_window(config, services=services,
                             screens=[WelcomeScreen, *screens_in("wizard")])
        window.set_language("en")
        return Household(window, qtbot)

    return build


def test_a_new_member_starts_with_the_residents_family_name(
        household: Callable[[], Household]) -> None:
    h = household()
    h.tap(h.screen.add_button)
    assert h.screen.editor.keyboard.text == "サトウ\u3000"
    assert not any(b.isChecked() for b in h.screen.editor.relation_buttons.values())
    h.tap(h.screen.back_button)
    h.add("タロウ")
    assert h.names == ["サトウ\u3000タロウ"]
    assert h.session.characters_typed == 3 + 4  # タロウ, then 58 3 3: the family name is free


def test_edit_opens_the_editor_on_the_members_data_and_writes_it_back(
        household: Callable[[], Household]) -> None:
    h = household()
    h.add("タロウ")
    editor = h.screen.editor
    assert h.screen.edit_buttons["m1"].text() == "Edit"
    h.tap(h.screen.edit_buttons["m1"])
    assert h.screen.pages.currentWidget() is editor
    assert editor.prompt.text().startswith("サトウ\u3000タロウ")
    assert editor.relation_buttons["夫"].isChecked() and editor.male_button.isChecked()
    assert not editor.relation_buttons["子"].isChecked()
    h.tap(editor.relation_buttons["子"])
    assert editor.keyboard.text == "サトウ\u3000タロウ"
    for _ in range(3):
        h.tap(editor.keyboard.delete_button)
    editor.keyboard.press("ジロウ")
    h.tap(editor.keyboard.ok_button)
    assert editor.birth.value() == date(1983, 3, 3)
    h.tap(editor.birth.keypad.submit_button)
    h.tap(editor.female_button)
    member = h.session.member("m1")
    assert member is not None and len(h.session.household) == 1
    assert (member.name, member.relation, member.birth_date, member.sex) == (
        "サトウ\u3000ジロウ", "子", date(1983, 3, 3), Sex.FEMALE)
    assert h.screen.pages.currentIndex() == 0 and h.screen.continue_button.isVisible()


def test_remove_asks_first_then_offers_undo(household: Callable[[], Household]) -> None:
    h = household()
    h.add("タロウ")
    h.add("ジロウ", relation="子", year="60")
    h.session.answers[("insurance", "m1")] = "kokuho"
    dialogs = h.window.dialogs
    h.tap(h.screen.remove_buttons["m1"])
    assert dialogs.overlay.isVisible() and dialogs.title.text() == "Remove サトウ\u3000タロウ?"
    h.tap(dialogs.no_button)
    assert len(h.session.household) == 2 and not h.screen.undo_bar.isVisible()
    h.tap(h.screen.remove_buttons["m1"])
    h.tap(dialogs.yes_button)
    assert h.names == ["サトウ\u3000ジロウ"]
    bar = h.screen.undo_bar
    assert bar.isVisible() and bar.message.text() == "サトウ\u3000タロウ was removed."
    h.tap(bar.undo_button)
    assert h.names == ["サトウ\u3000タロウ", "サトウ\u3000ジロウ"]
    assert h.session.answers[("insurance", "m1")] == "kokuho"
    assert not bar.isVisible()


def test_the_undo_goes_with_the_next_action_or_after_a_while(
        household: Callable[[], Household], qtbot: Any) -> None:
    h = household()
    h.add("タロウ")
    h.add("ジロウ", relation="子", year="60")
    bar = h.screen.undo_bar
    h.tap(h.screen.remove_buttons["m2"])
    h.tap(h.window.dialogs.yes_button)
    assert bar.offered
    h.tap(h.screen.add_button)  # the next action: the undo is gone
    assert not bar.offered
    h.tap(h.screen.back_button)
    assert not bar.isVisible()
    bar.undo_ms = 200
    h.tap(h.screen.remove_buttons["m1"])
    h.tap(h.window.dialogs.yes_button)
    assert bar.isVisible()
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=3000)
    assert h.names == []


def test_the_undo_bar_is_gone_after_the_session_ends(household: Callable[[], Household]) -> None:
    h = household()
    h.add("タロウ")
    h.tap(h.screen.remove_buttons["m1"])
    h.tap(h.window.dialogs.yes_button)
    assert h.screen.undo_bar.offered
    h.window.end_session("timeout")
    assert not h.screen.undo_bar.offered and h.screen.undo_bar.message.text() == ""
