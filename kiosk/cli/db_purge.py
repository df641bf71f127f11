"""``kiosk db purge``: end the retention of personal data (and, if configured, of metrics).

Registered into ``kiosk db`` by ``kiosk.cli.db``. It deletes every prefilled payload whose
``expires_at`` has passed (``retention.personal_data``; the expiry is fixed when the data
is stored) and, when ``retention.metrics_days`` is above 0, the anonymous visits, events
and summaries of days older than that. Run it daily (cron / a systemd timer); it is safe
to repeat; the kiosk and the clerk console also run it by themselves daily
(``kiosk.app.purge_service``). ``--now`` lets IT check what a later run would delete.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any


def register_db_actions(db_sub: argparse._SubParsersAction[Any]) -> None:
    purge = db_sub.add_parser("purge", help="delete personal data whose retention has ended")
    purge.add_argument("--now", metavar="ISO-TIME", help="pretend it is this time (ISO 8601)")
    purge.set_defaults(func=_purge)


def _purge(args: argparse.Namespace) -> int:
    from kiosk.app.purge_service import purge_now
    from kiosk.cli.main import fail
    from kiosk.storage import migrate
    from kiosk.storage.db import DatabaseUnavailable, check_connection, make_engine
    from kiosk.visits.clock import as_utc, utc_now

    try:
        now = as_utc(datetime.fromisoformat(args.now)) if args.now else utc_now()
    except ValueError:
        return fail("--now must be an ISO 8601 time, e.g. 2026-12-01T09:00+09:00")
    config = args.config
    engine = make_engine(config.database.url)
    try:
        check_connection(engine)
        if not migrate.is_up_to_date(engine):
            return fail("the database schema is not up to date; run `kiosk db upgrade` first")
        record = purge_now(engine, config, now)  # also recorded for `kiosk doctor`
    except DatabaseUnavailable as exc:
        return fail(str(exc))
    finally:
        engine.dispose()
    if not record.ok:
        return fail(f"the purge failed ({record.error}); is the schema up to date "
                    "(kiosk db upgrade)?")
    personal, visits = record.personal, record.visits
    print(f"purged personal data of {personal} visit(s)")
    print(f"purged {record.jobs} failed print job(s) from the spool")
    if config.retention.metrics_days:
        print(f"purged metrics of {visits} visit(s) older than "
              f"{config.retention.metrics_days} day(s)")
    return 0
