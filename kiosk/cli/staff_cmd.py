"""``kiosk staff add|list|disable|set-password``: personal staff accounts (admins only).

Every change needs an admin's log-in (``--as ID``), except the first account of an empty
directory, which must be an admin. Passwords are read without echo, twice, or one a line
from standard input with ``--password-stdin`` (the admin's own first, then the new one).
"""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: argparse._SubParsersAction[Any]) -> None:
    from kiosk.cli.staff_login import add_login_arguments

    staff = sub.add_parser("staff", help="personal staff accounts: add, list, disable, passwords")
    staff_sub = staff.add_subparsers(dest="staff_command", required=True)
    add = staff_sub.add_parser("add", help="add an account (asks its password)")
    add.add_argument("account", metavar="ID", help="the staff number, e.g. S1024")
    add.add_argument("--name", required=True, help="display name (shown to colleagues)")
    add.add_argument("--role", required=True, choices=("clerk", "manager", "admin"))
    add_login_arguments(add)
    add.set_defaults(func=_add)
    listing = staff_sub.add_parser("list", help="list the accounts (never a password)")
    listing.set_defaults(func=_list)
    disable = staff_sub.add_parser("disable", help="refuse every further log-in of an account")
    disable.add_argument("account", metavar="ID")
    add_login_arguments(disable, required=True)
    disable.set_defaults(func=_disable)
    password = staff_sub.add_parser("set-password",
                                    help="a new password (also lifts a lock-out)")
    password.add_argument("account", metavar="ID")
    add_login_arguments(password, required=True)
    password.set_defaults(func=_set_password)


def _new_password(args: argparse.Namespace) -> str | None:
    from kiosk.cli.staff_login import read_password

    first = read_password(args, f"New password for {args.account}: ")
    if args.password_stdin:
        return first
    return first if read_password(args, "Repeat: ") == first else None


def _change(args: argparse.Namespace, work: Any) -> int:
    """Log the admin in, then run ``work(directory, session)``; one sentence on failure."""
    from kiosk.cli.main import fail
    from kiosk.cli.staff_login import directory, log_in
    from kiosk.cli.stats import _engine
    from kiosk.staff.access import AccessRefused, Permission
    from kiosk.staff.directory import StaffError
    from kiosk.staff.passwords import PasswordPolicyError

    engine = _engine(args)
    if isinstance(engine, str):
        return fail(engine)
    try:
        staff = directory(args, engine)
        session = log_in(args, staff, Permission.MANAGE_STAFF) if args.login or \
            staff.configured() else None
        if isinstance(session, str):
            return fail(session)
        message: str = work(staff, session)
    except (StaffError, PasswordPolicyError, AccessRefused) as exc:
        return fail(str(exc))
    finally:
        engine.dispose()
    print(message)
    return 0


def _add(args: argparse.Namespace) -> int:
    from kiosk.cli.main import fail
    from kiosk.staff.access import Role

    def work(staff: Any, session: Any) -> str:
        password = _new_password(args)
        if password is None:
            raise ValueError("the two passwords differ")
        staff.add(session, args.account, args.name, Role.parse(args.role), password)
        return f"added {args.account} ({args.role})"

    try:
        return _change(args, work)
    except ValueError as exc:
        return fail(f"{exc}; nothing was changed")


def _disable(args: argparse.Namespace) -> int:
    return _change(args, lambda staff, session: (
        staff.disable(session, args.account), f"disabled {args.account}")[1])


def _set_password(args: argparse.Namespace) -> int:
    from kiosk.cli.main import fail

    def work(staff: Any, session: Any) -> str:
        password = _new_password(args)
        if password is None:
            raise ValueError("the two passwords differ")
        staff.set_password(session, args.account, password)
        return f"new password set for {args.account}"

    try:
        return _change(args, work)
    except ValueError as exc:
        return fail(f"{exc}; nothing was changed")


def _list(args: argparse.Namespace) -> int:
    from kiosk.cli.main import fail
    from kiosk.cli.staff_login import directory
    from kiosk.cli.stats import _engine

    engine = _engine(args)
    if isinstance(engine, str):
        return fail(engine)
    try:
        accounts = directory(args, engine).accounts()
    finally:
        engine.dispose()
    if not accounts:
        print("no staff accounts (an unconfigured terminal: only --demo logs in)")
    for a in accounts:
        state = "disabled" if a.disabled else (
            f"locked until {a.locked_until:%Y-%m-%d %H:%M} UTC" if a.locked_until else "active")
        print(f"{a.id}\t{a.role.id}\t{state}\t{a.display_name}")
    return 0
