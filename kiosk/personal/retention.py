"""When prefilled personal data expires: ``retention.personal_data`` turned into an instant.

``"next-working-day"`` (the default) keeps the data to the end of the next working day in
Japan (``kiosk.visits.working_days``), so a resident who starts on Friday afternoon can still
finish on Monday. A number keeps the data that many hours.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from kiosk.visits.clock import LOCAL_TZ, as_utc
from kiosk.visits.working_days import next_working_day


def expires_at(created: datetime, policy: str) -> datetime:
    """The instant (UTC) at which data created at ``created`` must be gone."""
    if policy == "next-working-day":
        local = as_utc(created).astimezone(LOCAL_TZ).date()
        end = datetime.combine(next_working_day(local) + timedelta(days=1), time(0), LOCAL_TZ)
        return as_utc(end)
    if policy.isdigit() and int(policy) > 0:
        return as_utc(created) + timedelta(hours=int(policy))
    raise ValueError("retention.personal_data must be next-working-day or a number of hours")
