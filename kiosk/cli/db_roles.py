"""``kiosk db roles``: create the least-privilege PostgreSQL roles of a town database.

Registered into the ``kiosk db`` group by ``kiosk.cli.db`` (``register_roles_action``), so
``kiosk db roles`` exists whenever ``kiosk db`` does. Run it with the ``database.url`` of the database's
owner (a role with CREATEROLE, or a superuser), after ``kiosk db upgrade`` and again after
every later upgrade: it is safe to repeat. What each role may do is documented in
``kiosk.storage.roles`` and the README ("Town database: roles and TLS").
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any


def register_roles_action(db_sub: argparse._SubParsersAction[Any]) -> None:
    roles = db_sub.add_parser(
        "roles", help="create the PostgreSQL roles admin, terminal, clerk and manager",
        description="Create or update the roles <prefix>admin (owner, migrations), "
        "<prefix>terminal (kiosks: insert only), <prefix>clerk (audited reads) and "
        "<prefix>manager (aggregates only), and grant each exactly what it needs.",
    )
    roles.add_argument("--prefix", default="kiosk_",
                       help="role name prefix; roles are cluster-wide (default: kiosk_)")
    roles.add_argument("--passwords", metavar="FOLDER",
                       help="set a new random password per role and write each to "
                       "FOLDER/<role>.password (mode 0600)")
    roles.add_argument("--drop", action="store_true",
                       help="drop the roles instead (the schema goes back to you)")
    roles.set_defaults(func=_roles)


def _roles(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import DBAPIError

    from kiosk.cli.main import fail
    from kiosk.storage import roles
    from kiosk.storage.db import DatabaseUnavailable, check_connection, make_engine

    try:
        names = roles.RoleNames.with_prefix(args.prefix)
    except roles.RolesError as exc:
        return fail(str(exc))
    engine = make_engine(args.config.database.url)
    try:
        check_connection(engine)
        with engine.begin() as connection:
            if args.drop:
                roles.drop(connection, names)
                print(f"dropped roles {', '.join(names.all())}")
                return 0
            passwords = {name: roles.new_password() for name in names.all()} \
                if args.passwords else {}
            roles.apply(connection, names, passwords)
            if passwords:  # written inside the transaction: no file without its role
                _write_passwords(Path(args.passwords), passwords)
    except (DatabaseUnavailable, roles.RolesError) as exc:
        return fail(str(exc))
    except DBAPIError as exc:
        first = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        return fail(f"the database refused the roles ({first})")
    except OSError as exc:
        return fail(f"cannot write the passwords to {args.passwords} ({exc.strerror})")
    finally:
        engine.dispose()
    _report(engine.url, names, args.passwords)
    return 0


def _write_passwords(folder: Path, passwords: dict[str, str]) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    for name, password in passwords.items():
        path = folder / f"{name}.password"
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(password + "\n")
        path.chmod(0o600)  # an existing file keeps its mode through O_CREAT


def _report(url: Any, names: Any, passwords: str | None) -> None:
    host = url.host or "localhost"
    port = f":{url.port}" if url.port else ""
    base = f"postgresql://{{role}}@{host}{port}/{url.database}"
    tls = "?sslmode=verify-full&sslrootcert=/etc/kiosk/town-ca.crt"
    print(f"roles ready in {url.database}:")
    for role, use in zip(names.all(), ("owner: kiosk db upgrade / purge", "kiosks",
                                        "clerk consoles", "manager"), strict=True):
        print(f"  {role:<24} {use:<32} {base.format(role=role)}{tls}")
    if passwords:
        print(f"passwords written to {passwords}/<role>.password (mode 0600)")
    print("run kiosk db roles again after every kiosk db upgrade")
