"""The waiting-area display runs under the least-privilege ``terminal`` role: it reads the
board a clerk's call changed, and it cannot read any personal table."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import pytest
from test_pg_roles import Town, _clerk_store, record_a_visit, refused, town

from kiosk.app.clerk_service import ClerkService
from kiosk.app.waiting_board import WaitingBoardService
from kiosk.domain.help_call import HelpCall, HelpReason
from kiosk.visits.help_calls import HelpCalls, HelpCallStore
from kiosk.visits.help_watch import HelpCallWatcher
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsRecorder

pytestmark = pytest.mark.postgres
__all__ = ["town"]  # the fixture, shared with test_pg_roles


def test_the_display_reads_the_board_as_a_terminal(town: Town, tmp_path: Path) -> None:
    visit = record_a_visit(town.terminal, tmp_path)
    clerk = ClerkService(town.clerk, MetricsRecorder(town.clerk, Outbox(tmp_path / "c.sqlite3"),
                                                     "clerk-1"), _clerk_store(town.clerk))
    board = WaitingBoardService(town.terminal, ["JUMIN", "HOKEN"])
    assert board.snapshot().calls == ()
    clerk.mark(visit, "called", "JUMIN")
    snapshot = board.snapshot()
    assert [(c.counter, c.state) for c in snapshot.calls] == [("JUMIN", "called")]
    assert [(s.counter, s.waiting) for s in snapshot.counters] == [("JUMIN", 0), ("HOKEN", 1)]
    refused(town.terminal, "SELECT * FROM personal_audit")


def test_the_display_hears_help_calls_as_a_terminal(town: Town) -> None:
    """LISTEN under the ``terminal`` role: a kiosk's call reaches the display in 2 s."""
    heard: list[list[HelpCall]] = []
    told = threading.Condition()

    class Display:
        def help_calls_changed(self, calls: Sequence[HelpCall]) -> None:
            with told:
                heard.append(list(calls))
                told.notify_all()

    watcher = HelpCallWatcher(HelpCalls(HelpCallStore(town.terminal), "display-1"), Display())
    watcher.start()
    try:
        with told:
            assert told.wait_for(lambda: heard == [[]], 5)  # the first read: nothing open
        call = HelpCalls(HelpCallStore(town.terminal), "kiosk-2").raise_call(
            "welcome", HelpReason.RESIDENT)
        with told:
            assert told.wait_for(lambda: [c.id for c in heard[-1]] == [call.id], 2)
    finally:
        watcher.stop()
    refused(town.terminal, "UPDATE help_call SET acknowledged_by = 'S1'")  # it only reads
