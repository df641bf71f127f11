"""Help-call figures: where residents get stuck, and how fast staff come (issue 14 §1).

Defined here in prose, as every figure of the statistics is:

* **calls per day** and **calls per screen**: the ``help_call`` rows raised on each local
  day (the town's day, ``kiosk.visits.clock.local_day``) and on each screen id, in the
  chosen days; **calls per reason** likewise (PIN forgotten, last try, manual entry, print
  failure, the resident's own tap);
* **time to acknowledge**: for each acknowledged call, ``acknowledged_at − raised_at`` in
  seconds (never below zero: ``kiosk.domain.help_call``); its median and 90th percentile
  (``percentile_cont``, as the visit figures), over the acknowledged calls only. Calls
  still waiting are counted as ``unacknowledged``, not as a time.

Only codes, days and times are read: the table holds no personal data.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Engine, Table, select

from kiosk.domain.help_call import HelpCall, HelpReason
from kiosk.statistics.aggregate import percentile_cont
from kiosk.storage.help_calls import HelpCallRow
from kiosk.visits.clock import as_utc


@dataclass(frozen=True)
class HelpCallStats:
    calls: int = 0
    unacknowledged: int = 0
    per_day: dict[date, int] = field(default_factory=dict)
    per_screen: dict[str, int] = field(default_factory=dict)
    per_reason: dict[str, int] = field(default_factory=dict)
    acknowledge_median_seconds: float | None = None
    acknowledge_p90_seconds: float | None = None

    def as_dict(self) -> dict[str, Any]:
        """For ``kiosk stats summary --json`` (days as ISO text)."""
        return {
            "calls": self.calls, "unacknowledged": self.unacknowledged,
            "per_day": {day.isoformat(): n for day, n in self.per_day.items()},
            "per_screen": dict(self.per_screen), "per_reason": dict(self.per_reason),
            "acknowledge_median_seconds": self.acknowledge_median_seconds,
            "acknowledge_p90_seconds": self.acknowledge_p90_seconds,
        }


def figures(calls: list[tuple[date, HelpCall]]) -> HelpCallStats:
    """The figures of the given calls (each with its local day)."""
    waits = sorted(s for _, call in calls if (s := call.seconds_to_acknowledge) is not None)
    per_screen = Counter(call.screen for _, call in calls)
    per_reason = Counter(call.reason.value for _, call in calls)
    return HelpCallStats(
        calls=len(calls), unacknowledged=len(calls) - len(waits),
        per_day=dict(sorted(Counter(day for day, _ in calls).items())),
        per_screen=dict(per_screen.most_common()),
        per_reason=dict(per_reason.most_common()),
        acknowledge_median_seconds=percentile_cont(waits, 0.5) if waits else None,
        acknowledge_p90_seconds=percentile_cont(waits, 0.9) if waits else None,
    )


def help_call_stats(engine: Engine, date_from: date | None = None,
                    date_to: date | None = None) -> HelpCallStats:
    """The figures of the calls raised between the two local days (inclusive)."""
    table = HelpCallRow.__table__
    assert isinstance(table, Table)
    c = table.c
    query = select(table)
    if date_from is not None:
        query = query.where(c.day >= date_from)
    if date_to is not None:
        query = query.where(c.day <= date_to)
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    calls = []
    for row in rows:
        acknowledged = row.acknowledged_at
        calls.append((row.day, HelpCall(
            str(row.id), str(row.terminal_id), str(row.screen), HelpReason(row.reason),
            as_utc(row.raised_at),
            None if acknowledged is None else as_utc(acknowledged), row.acknowledged_by)))
    return figures(calls)
