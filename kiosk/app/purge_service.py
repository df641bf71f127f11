"""The retention purge, run by every terminal by itself: at start and then once a day.

``purge_if_due`` runs ``kiosk db purge``'s work (the expired personal copies, and the
metrics beyond ``retention.metrics_days``) when the last run is 24 hours old or there was
none, and records the run in ``<data>/last-purge.json``: when, how many rows, and the
error's type if it failed — never any personal data. ``kiosk doctor`` reports that record.
The kiosk and the clerk console call it from a timer, off the UI thread; ``kiosk db
purge`` records its runs too. Running it on several terminals at once is harmless: a
purge deletes what has expired, and the second finds nothing.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from kiosk.app.spool_maintenance import purge_spool
from kiosk.app.submission_queue import purge_submissions
from kiosk.config import Config
from kiosk.paths import data_dir
from kiosk.personal.store import PersonalStore
from kiosk.sealing.files import write_private
from kiosk.visits.clock import as_utc, utc_now
from kiosk.visits.purge import purge_metrics

log = logging.getLogger(__name__)

PURGE_EVERY = timedelta(hours=24)
#: ``kiosk doctor`` warns when the last purge is older than this (a terminal off for a
#: weekend is fine; one whose purge keeps failing is not).
PURGE_OVERDUE = timedelta(hours=72)


@dataclass(frozen=True)
class PurgeRecord:
    at: datetime
    personal: int = 0
    visits: int = 0
    jobs: int = 0  # failed print jobs deleted from the spool
    error: str = ""
    submissions: int = 0  # answered core-system records whose sealed body was wiped

    @property
    def ok(self) -> bool:
        return not self.error


def record_path() -> Path:
    return data_dir() / "last-purge.json"


def last_purge(path: Path | None = None) -> PurgeRecord | None:
    """The last recorded run, or None (never run, or an unreadable record)."""
    try:
        raw = json.loads((path or record_path()).read_text(encoding="utf-8"))
        return PurgeRecord(as_utc(datetime.fromisoformat(raw["at"])), int(raw["personal"]),
                           int(raw["visits"]), int(raw.get("jobs", 0)),
                           str(raw.get("error", "")), int(raw.get("submissions", 0)))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save(record: PurgeRecord, path: Path | None = None) -> None:
    data = {**asdict(record), "at": record.at.isoformat()}
    write_private(path or record_path(), json.dumps(data).encode("utf-8"))


def purge_now(engine: Engine, config: Config, now: datetime | None = None) -> PurgeRecord:
    """Purge what has expired and record the run (a failure is recorded, not raised)."""
    at = as_utc(now or utc_now())
    try:
        personal = PersonalStore(engine, config.retention.personal_data).purge(at)
        visits = purge_metrics(engine, config.retention.metrics_days, at)
        jobs = purge_spool(config, at, engine)
        submissions = purge_submissions(engine, config, at)
        record = PurgeRecord(at, personal, visits, jobs, submissions=submissions)
        log.info("retention purge: %d personal copies, %d visits, %d print jobs",
                 personal, visits, jobs)
    except SQLAlchemyError as exc:
        record = PurgeRecord(at, error=type(exc).__name__)
        log.warning("retention purge failed (%s); retried later", type(exc).__name__)
    save(record)
    return record


def purge_if_due(engine: Engine, config: Config, now: datetime | None = None,
                 ) -> PurgeRecord | None:
    """Purge when the last successful run is ``PURGE_EVERY`` old; the run, or None."""
    at = as_utc(now or utc_now())
    last = last_purge()
    if last is not None and last.ok and at - last.at < PURGE_EVERY:
        return None
    if last is not None and not last.ok and at - last.at < timedelta(hours=1):
        return None  # a failed run is retried hourly, not on every tick
    return purge_now(engine, config, at)


def describe_last_purge(now: datetime | None = None) -> tuple[bool, str]:
    """For ``kiosk doctor``: (healthy, one sentence)."""
    last = last_purge()
    if last is None:
        return False, ("no purge has run on this terminal yet; start the kiosk or the clerk "
                       "console (they purge daily), or run 'kiosk db purge'")
    age = as_utc(now or utc_now()) - last.at
    when = f"{last.at.astimezone():%Y-%m-%d %H:%M}"
    if not last.ok:
        return False, f"the last purge at {when} failed ({last.error}); run 'kiosk db purge'"
    if age > PURGE_OVERDUE:
        return False, f"the last purge ran at {when}, over 3 days ago"
    return True, (f"last purge at {when}: {last.personal} personal copies, "
                  f"{last.visits} visits removed")
