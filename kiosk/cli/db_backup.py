"""``kiosk db backup`` / ``kiosk db restore``: the single terminal's SQLite database.

Registered into ``kiosk db`` by ``kiosk.cli.db``; the work is ``kiosk.storage.backup``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def register_backup_actions(db_sub: argparse._SubParsersAction[Any]) -> None:
    backup = db_sub.add_parser(
        "backup", help="copy the SQLite database to a file (safe while the kiosk runs)")
    backup.add_argument("--out", metavar="FILE", type=Path,
                        help="the backup file (default: backups/kiosk-<time>.sqlite3 in the "
                             "data folder)")
    backup.set_defaults(func=_backup)
    restore = db_sub.add_parser(
        "restore", help="replace the SQLite database with a backup (the current one is kept)")
    restore.add_argument("file", metavar="FILE", type=Path, help="a file made by kiosk db backup")
    restore.set_defaults(func=_restore)


def _backup(args: argparse.Namespace) -> int:
    from kiosk.cli.main import fail
    from kiosk.paths import data_dir
    from kiosk.storage.backup import BackupError, backup, default_backup_name
    from kiosk.storage.db import make_engine

    out: Path = args.out or data_dir() / "backups" / default_backup_name()
    engine = make_engine(args.config.database.url)
    try:
        revision = backup(engine, out)
    except BackupError as exc:
        return fail(str(exc))
    finally:
        engine.dispose()
    print(f"backed up the database (schema {revision or 'none'}) to {out}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from kiosk.cli.main import fail
    from kiosk.storage.backup import BackupError, restore
    from kiosk.storage.db import make_engine

    engine = make_engine(args.config.database.url)
    try:
        done = restore(engine, args.file)
    except BackupError as exc:
        return fail(str(exc))
    finally:
        engine.dispose()
    print(f"restored {args.file} (schema {done.revision})")
    if done.upgraded_to:
        print(f"migrated it to schema {done.upgraded_to}")
    if done.kept:
        print(f"the database it replaced is kept as {done.kept}")
    return 0
