"""``kiosk core sync``: send the accepted procedures still waiting for the core system.

Run it from cron or a systemd timer on a terminal that holds the town key (a clerk
terminal, or the host that runs the timers); the clerk console sends them too, while it
runs. Safe to run at any time and several times at once: each record goes under its
idempotency key and the core system keeps one per key. ``--all`` sends every waiting
record now, without waiting out the back-off after a failure. Exit status: 0 when every
due record got its answer (or none was due), 1 when the core system could not be reached
(the records wait for the next run), 2 when there is no core link to sync with.

Registered into the ``kiosk core`` group by ``register_sync_command(subparsers)``; until
then ``python -m kiosk.cli.core_sync_cmd [--config FILE] sync`` runs it alone.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any


def register_sync_command(subparsers: argparse._SubParsersAction[Any]) -> None:
    sync = subparsers.add_parser(
        "sync", help="send the accepted procedures waiting for the core system")
    sync.add_argument("--all", action="store_true",
                      help="send every waiting record now, ignoring the back-off")
    sync.add_argument("--limit", type=int, default=500, metavar="N",
                      help="send at most N records in this run (default 500)")
    sync.set_defaults(func=_sync)


def _sync(args: argparse.Namespace) -> int:
    from kiosk.app.core_sync import linked, submission_queue, submission_sender
    from kiosk.cli.main import fail
    from kiosk.config import ConfigError
    from kiosk.storage import migrate
    from kiosk.storage.db import DatabaseUnavailable, check_connection, make_engine
    from kiosk.visits.terminal import terminal_id

    config = args.config
    if not linked(config):
        return fail("no core system is configured (core.kind = none): nothing to sync", 2)
    engine = make_engine(config.database.url)
    try:
        check_connection(engine)
        if not migrate.is_up_to_date(engine):
            return fail("the database schema is not up to date; run `kiosk db upgrade` first")
        queue = submission_queue(config, engine)
        sender = submission_sender(config, queue, terminal_id(config))
        report = sender.send_due(limit=max(args.limit, 1), ignore_backoff=args.all)
        waiting = len(queue.pending())
    except (DatabaseUnavailable, ConfigError) as exc:
        return fail(str(exc))
    finally:
        engine.dispose()
    print(f"sent {report.sent} record(s): {report.accepted} accepted, "
          f"{report.rejected} rejected; {waiting} waiting")
    if not report.ok:
        return fail(f"{report.error} The waiting records are sent on the next run.")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m kiosk.cli.core_sync_cmd``: the command alone, before it joins ``kiosk core``."""
    from kiosk.cli.main import _dispatch, fail
    from kiosk.config import ConfigError, load_config
    from kiosk.sealing.files import restrict_umask

    restrict_umask()
    parser = argparse.ArgumentParser(prog="kiosk core")
    parser.add_argument("--config", metavar="FILE", help="configuration file (TOML)")
    register_sync_command(parser.add_subparsers(dest="command", metavar="COMMAND",
                                                required=True))
    args = parser.parse_args(argv)
    try:
        args.config = load_config(args.config)
    except ConfigError as exc:
        return fail(f"configuration error: {exc}")
    return _dispatch(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
