"""``kiosk db …``: schema migrations, the retention purge (``kiosk.cli.db_purge``), backups
(``kiosk.cli.db_backup``)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("db", help="database schema and retention")
    db_sub = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = db_sub.add_parser("upgrade", help="apply Alembic migrations (safe to repeat)")
    upgrade.set_defaults(func=_upgrade)
    status = db_sub.add_parser("status", help="show the schema revision")
    status.set_defaults(func=_status)
    from kiosk.cli.db_backup import register_backup_actions
    from kiosk.cli.db_purge import register_db_actions
    from kiosk.cli.db_roles import register_roles_action

    register_db_actions(db_sub)
    register_roles_action(db_sub)
    register_backup_actions(db_sub)


def _upgrade(args: argparse.Namespace) -> int:
    from kiosk.cli.main import fail
    from kiosk.storage import migrate
    from kiosk.storage.db import DatabaseUnavailable, check_connection, describe, make_engine

    engine = make_engine(args.config.database.url)
    try:
        check_connection(engine)
        before, after = migrate.upgrade(engine)
    except (DatabaseUnavailable, migrate.SchemaTooNew) as exc:
        return fail(str(exc))
    finally:
        engine.dispose()
    if before == after:
        print(f"{describe(engine)}: already at revision {after}")
    else:
        print(f"{describe(engine)}: upgraded from {before or 'empty'} to {after}")
    return 0


def _status(args: argparse.Namespace) -> int:
    from kiosk.cli.main import fail
    from kiosk.storage import migrate
    from kiosk.storage.db import DatabaseUnavailable, check_connection, describe, make_engine

    engine = make_engine(args.config.database.url)
    try:
        check_connection(engine)
        current = migrate.current_revision(engine)
    except DatabaseUnavailable as exc:
        return fail(str(exc))
    finally:
        engine.dispose()
    head = migrate.head_revision()
    if current is not None and current not in migrate.known_revisions():
        state = f"written by a newer version; this one knows up to {head}"
    else:
        state = "up to date" if current == head else f"needs upgrade to {head}"
    print(f"{describe(engine)}: revision {current or 'none'} ({state})")
    return 0
