"""The household split screen (世帯分離) in a real main window: shown only when the event's
data says the household splits, the resident taps who leaves and who heads them, the
choice lands in the session (checked by the scenario rule), and back never dead-ends."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from kiosk.app.composition import Services
from kiosk.app.visit import Visit, session_from_scenario
from kiosk.config import Config
from kiosk.navigation.scenario import NewHousehold

TODAY = date(2026, 6, 1)
CASE = Path(__file__).resolve().parents[2] / "domain" / "cases" / \
    "household_split_three_generations.json"


def _scenario(**answers: Any) -> dict[str, Any]:
    data: dict[str, Any] = copy.deepcopy(json.loads(CASE.read_text(encoding="utf-8"))["scenario"])
    del data["new_household"]  # the screen asks it
    data["answers"].update(answers)
    return data


@pytest.fixture
def window(make_window: Callable[..., Any]) -> Iterator[Callable[..., Any]]:
    from kiosk.ui.registry import screens_in
    from kiosk.ui.screens.welcome import WelcomeScreen

    built: list[Any] = []

    def build(language: str = "en", **answers: Any) -> Any:
        config = Config().replace("ui", language=language)
        services = Services(config, clock=lambda: TODAY)
        w = make_window(config, services=services, screens=[WelcomeScreen, *screens_in("wizard")])
        session_from_scenario(_scenario(**answers), w.session)
        w.session.channel = "card"
        built.append(w)
        return w

    yield build
    for w in built:
        w.allow_close()
        w.close()
        w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _tap(qtbot: Any, button: QWidget) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_resident_picks_who_leaves_and_who_heads_them(window: Callable[..., Any],
                                                          qtbot: Any) -> None:
    w = window()
    screen = w.screens["household_split"]
    assert screen.should_show(w.session)
    w.flow.go("household_split")
    assert list(screen.buttons) == ["self", "son", "daughter_in_law", "grandchild"]
    assert screen.buttons["self"].title.text() == "You"
    assert not screen.continue_button.isEnabled()  # nobody leaves yet
    for member in ("son", "daughter_in_law", "grandchild", "self"):
        _tap(qtbot, screen.buttons[member])
    assert not screen.continue_button.isEnabled(), "somebody must stay"
    assert screen.buttons["self"].symbol.text() == "✓"
    _tap(qtbot, screen.buttons["self"])  # tapped again: stays
    assert screen.buttons["self"].symbol.text() == "□"
    assert screen.buttons["son"].detail.text() == "Leaves: in the new household"
    _tap(qtbot, screen.continue_button)

    assert screen.title.text() == "Who is the head of the new household?"
    assert list(screen.buttons) == ["son", "daughter_in_law", "grandchild"]
    _tap(qtbot, screen.back_button)  # back to the people who leave, the choice kept
    assert "self" in screen.buttons and screen.buttons["son"].isChecked()
    _tap(qtbot, screen.continue_button)
    with qtbot.waitSignal(screen.done):
        _tap(qtbot, screen.buttons["son"])
    assert w.session.new_household == NewHousehold(
        ("son", "daughter_in_law", "grandchild"), "son")
    # what the window prints from: the 世帯変更届 lists the three who leave
    plan = Visit(w.session, w.services.navigator, lambda: TODAY).plan()
    found = plan.find("jumin_ido")
    assert found is not None and found.member_ids == ("son", "daughter_in_law", "grandchild")


def test_one_person_leaving_heads_the_new_household_without_asking(
        window: Callable[..., Any], qtbot: Any) -> None:
    w = window()
    w.flow.go("household_split")
    screen = w.screens["household_split"]
    _tap(qtbot, screen.buttons["self"])
    with qtbot.waitSignal(screen.done):
        _tap(qtbot, screen.continue_button)
    assert w.session.new_household == NewHousehold(("self",), "self")


def test_a_changed_answer_asks_again_and_other_changes_skip_the_screen(
        window: Callable[..., Any], qtbot: Any) -> None:
    w = window()
    visit = Visit(w.session, w.services.navigator, lambda: TODAY)
    visit.set_new_household(["son"], "son")
    w.flow.go("household_split")
    screen = w.screens["household_split"]
    assert screen.buttons["son"].isChecked()  # the earlier choice is shown again
    visit.undo()  # "back" into the questions: an answer may change, so ask again
    assert w.session.new_household is None
    visit.set_new_household(["son"], "son")
    visit.remove_member("grandchild")
    assert w.session.new_household is None
    merge = window(household_change="merge")
    assert not merge.screens["household_split"].should_show(merge.session)
    assert merge.flow.resolve("questions", None) == "furigana"  # no address, no split
    with qtbot.waitSignal(screen.back):
        _tap(qtbot, screen.back_button)


@pytest.mark.parametrize("language", ["ja", "en"])
def test_both_steps_fit_the_kiosk_and_every_button_is_named(window: Callable[..., Any],
                                                            qtbot: Any, language: str) -> None:
    w = window(language)
    top = w.findChild(QWidget, "topBar")
    screen = w.screens["household_split"]
    for size, contrast in ((0, False), (2, True)):
        w.set_text_size(size)
        w.set_high_contrast(contrast)
        w.flow.go("household_split")
        for member in ("son", "daughter_in_law", "grandchild"):
            _tap(qtbot, screen.buttons[member])
        for _step in ("leavers", "head"):
            QApplication.processEvents()
            hint = screen.minimumSizeHint()
            assert hint.height() + top.sizeHint().height() <= 800, (size, _step)
            assert hint.width() <= 1280
            for button in screen.findChildren(QPushButton):
                if button.isVisibleTo(screen):
                    assert button.objectName() and button.accessibleName(), button.objectName()
            if _step == "leavers":
                _tap(qtbot, screen.continue_button)
        _tap(qtbot, screen.back_button)
