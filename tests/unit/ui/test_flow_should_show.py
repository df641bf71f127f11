"""Flow: a screen the visit does not need (``should_show`` false) is skipped, and back
never lands on it."""

from __future__ import annotations

from kiosk.ui.flow import RESIDENT_ROUTES, Flow


def test_pin_entry_can_give_up_for_manual_entry() -> None:
    flow = Flow(RESIDENT_ROUTES, {"welcome", "pin_entry", "manual_entry", "life_event"},
                lambda _sid: None)
    assert flow.resolve("pin_entry", "manual") == "manual_entry"
    assert flow.resolve("pin_entry", "card") == "life_event"


def test_household_comes_before_questions() -> None:
    assert RESIDENT_ROUTES[("life_event", None)] == "household"
    assert RESIDENT_ROUTES[("household", None)] == "questions"
    # the split step needs the answer that says the household splits
    assert RESIDENT_ROUTES[("questions", None)] == "household_split"
    assert RESIDENT_ROUTES[("household_split", None)] == "new_address"


def test_screens_that_should_not_show_are_skipped_both_ways() -> None:
    shown: list[str] = []
    hidden = {"new_address"}
    available = {"welcome", "questions", "new_address", "furigana", "summary"}
    flow = Flow(RESIDENT_ROUTES, available, shown.append,
                should_show=lambda sid: sid not in hidden)
    flow.restart()
    flow.go("questions")
    flow.finished("questions", None)
    assert flow.current == "furigana"
    flow.back()
    assert flow.current == "questions"
    hidden.clear()
    flow.finished("questions", None)
    assert flow.current == "new_address"
    assert shown == ["welcome", "questions", "furigana", "questions", "new_address"]
