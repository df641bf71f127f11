"""The help call's states and its figure (time to acknowledge)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.domain.help_call import HelpCall, HelpCallError, HelpReason, HelpState

T0 = datetime(2026, 11, 28, 1, 0, tzinfo=UTC)


def _call() -> HelpCall:
    return HelpCall("c1", "kiosk-1", "pin_entry", HelpReason.PIN_FORGOTTEN, T0)


def test_raised_then_acknowledged_then_resolved() -> None:
    call = _call()
    assert call.state is HelpState.RAISED and call.is_open
    assert call.seconds_to_acknowledge is None
    acked = call.acknowledge("S1024", T0 + timedelta(seconds=42))
    assert acked.state is HelpState.ACKNOWLEDGED and acked.acknowledged_by == "S1024"
    assert acked.seconds_to_acknowledge == 42.0
    assert call.state is HelpState.RAISED  # a new value: the old one is unchanged
    done = acked.resolve("S2048", T0 + timedelta(minutes=5))
    assert done.state is HelpState.RESOLVED and not done.is_open
    assert (done.acknowledged_by, done.resolved_by) == ("S1024", "S2048")


def test_resolving_a_raised_call_acknowledges_it_at_the_same_moment() -> None:
    done = _call().resolve("S1024", T0 + timedelta(seconds=10))
    assert done.acknowledged_at == done.resolved_at == T0 + timedelta(seconds=10)
    assert done.seconds_to_acknowledge == 10.0


def test_a_call_is_acknowledged_once_and_resolved_once() -> None:
    acked = _call().acknowledge("S1", T0)
    with pytest.raises(HelpCallError, match="cannot be acknowledged"):
        acked.acknowledge("S2", T0)
    done = acked.resolve("S1", T0)
    with pytest.raises(HelpCallError, match="resolved already"):
        done.resolve("S1", T0)


def test_clock_skew_never_gives_a_negative_time_to_acknowledge() -> None:
    acked = _call().acknowledge("S1", T0 - timedelta(seconds=3))
    assert acked.seconds_to_acknowledge == 0.0


@pytest.mark.parametrize("field", ["terminal_id", "screen", "id"])
def test_only_short_codes_go_in_a_call(field: str) -> None:
    values = {"id": "c1", "terminal_id": "kiosk-1", "screen": "pin_entry"}
    values[field] = "佐藤 花子"
    with pytest.raises(HelpCallError) as caught:
        HelpCall(values["id"], values["terminal_id"], values["screen"], HelpReason.RESIDENT, T0)
    assert "佐藤" not in str(caught.value)  # the message names the field, not the value


def test_times_carry_their_zone_and_states_stay_consistent() -> None:
    with pytest.raises(HelpCallError, match="time zone"):
        HelpCall("c1", "k", "s", HelpReason.RESIDENT, T0.replace(tzinfo=None))
    with pytest.raises(HelpCallError, match="both"):
        HelpCall("c1", "k", "s", HelpReason.RESIDENT, T0, acknowledged_at=T0)
    with pytest.raises(HelpCallError, match="acknowledged too"):
        HelpCall("c1", "k", "s", HelpReason.RESIDENT, T0, resolved_at=T0, resolved_by="S1")
    with pytest.raises(HelpCallError, match="staff number"):
        _call().acknowledge("", T0)


def test_the_reasons_are_the_four_fallbacks_and_the_tap() -> None:
    assert {r.value for r in HelpReason} == {
        "pin_forgotten", "last_try", "manual_entry", "print_failure", "resident"}
