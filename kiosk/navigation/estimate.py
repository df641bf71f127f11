"""「約N分」: about how long the rest of the visit takes, at the kiosk and at the counters.

The figures are the catalog's (``departments.yaml``: each counter's ``minutes`` per
procedure, a procedure's own ``minutes``, and the kiosk's seconds to finish and per printed
form), so a town replaces them with its own measurements without touching code. Waiting
in the queue is not included: it depends on the day (the waiting display shows it).

Rounding: a resident needs an order of magnitude, not a promise. Counter time is rounded
up to the next 5 minutes (up to the next minute below 10); kiosk time to the next minute.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from forms.catalog import KioskTiming
from kiosk.navigation.plan import Plan


@dataclass(frozen=True, slots=True)
class VisitEstimate:
    """Minutes still to spend: at the kiosk (checking and printing) and at the counters."""

    kiosk_minutes: int
    counter_minutes: int

    @property
    def total_minutes(self) -> int:
        return self.kiosk_minutes + self.counter_minutes


def estimate(plan: Plan, timing: KioskTiming) -> VisitEstimate:
    """The estimate for a plan: one printed form per form request, plus the guide sheet."""
    sheets = len(plan.form_requests()) + 1
    kiosk_seconds = timing.seconds_to_finish + timing.seconds_per_form * sheets
    counter = sum(p.minutes for p in plan.procedures())
    return VisitEstimate(kiosk_minutes=max(1, math.ceil(kiosk_seconds / 60)),
                         counter_minutes=_round_up(counter))


def _round_up(minutes: int) -> int:
    if minutes <= 0:
        return 0
    if minutes < 10:
        return minutes
    return 5 * math.ceil(minutes / 5)
