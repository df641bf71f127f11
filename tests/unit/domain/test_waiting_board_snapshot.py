"""Which calls a new board announces, and the board's JSON round trip."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from kiosk.domain.waiting_board import BoardSnapshot, CalledTicket, CounterStatus

T = datetime(2026, 4, 6, 1, 0, tzinfo=UTC)


def board(*calls: CalledTicket) -> BoardSnapshot:
    return BoardSnapshot(date(2026, 4, 6), T, calls, (CounterStatus("A", 2, 90.0),))


def test_only_new_calls_are_announced_oldest_first() -> None:
    first = CalledTicket("1", "A", T)
    before = board(first)
    later = CalledTicket("3", "B", T + timedelta(minutes=2))
    earlier = CalledTicket("2", "A", T + timedelta(minutes=1))
    after = board(later, earlier, first)
    assert after.new_calls(before) == [earlier, later]
    assert after.new_calls(None) == []  # a display that starts does not chime for the past
    again = CalledTicket("1", "A", T + timedelta(minutes=5))  # called a second time
    assert board(again).new_calls(before) == [again]
    served = CalledTicket("4", "A", T, "serving")  # started without a call: already there
    assert board(served).new_calls(before) == []


def test_json_round_trip() -> None:
    snapshot = board(CalledTicket("kiosk-2-7", "A", T, "serving"))
    assert BoardSnapshot.from_json(snapshot.to_json()) == snapshot
