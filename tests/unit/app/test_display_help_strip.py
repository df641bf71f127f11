"""The display's help-call strip text: terminal and minutes waited, never the reason."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kiosk.app.display_help_calls import calling, strip_text, strip_texts, waited_minutes
from kiosk.domain.help_call import HelpCall, HelpReason

RAISED = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)


def _call(call_id: str, terminal: str, minutes_earlier: int) -> HelpCall:
    return HelpCall(call_id, terminal, "pin_entry", HelpReason.LAST_TRY,
                    RAISED - timedelta(minutes=minutes_earlier))


def test_oldest_unacknowledged_first_with_the_minutes_waited() -> None:
    newer, older = _call("b", "kiosk-5", 0), _call("a", "kiosk-2", 3)
    taken = _call("c", "kiosk-9", 9).acknowledge("S001", RAISED)
    now = RAISED + timedelta(seconds=59)
    assert calling([newer, taken, older]) == [older, newer]
    assert strip_text([newer, taken, older], "ja", now) == "職員呼び出し中: kiosk-2（3分）、kiosk-5（0分）"
    assert strip_text([newer, taken, older], "en", now) == (
        "Staff requested at: kiosk-2 (3 min), kiosk-5 (0 min)")
    assert "暗証" not in strip_texts([older], ("ja", "en"), now)  # the reason is never shown


def test_nothing_to_show_and_clocks_that_disagree() -> None:
    taken = _call("c", "kiosk-9", 1).resolve("S001", RAISED)
    assert strip_texts([taken], ("ja", "en"), RAISED) == ""
    assert strip_texts([], ("ja", "en"), RAISED) == ""
    ahead = _call("d", "kiosk-1", -2)  # raised on a kiosk whose clock runs ahead
    assert waited_minutes(ahead, RAISED) == 0
