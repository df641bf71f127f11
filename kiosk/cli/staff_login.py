"""Log-in for commands that need a role (``kiosk staff``, ``kiosk stats export``).

``--as ID`` names the account; its password is read without echo (``getpass``) or, with
``--password-stdin``, as the next line of standard input (scripts). A directory with no
account at all is an unconfigured (demo) terminal: commands that need a role then run
with a warning on stderr, which ``kiosk doctor`` repeats; ``kiosk staff add`` of the
first admin is how to leave that state.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.staff.access import Permission, StaffSession
    from kiosk.staff.directory import StaffDirectory

UNCONFIGURED = ("kiosk: warning: no staff accounts exist, so nobody is asked to log in; "
                "add the first admin with `kiosk staff add ID --name NAME --role admin`")


def add_login_arguments(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument("--as", dest="login", metavar="ID", required=required,
                        help="your staff account (its password is asked)")
    parser.add_argument("--password-stdin", action="store_true",
                        help="read passwords from standard input, one a line (scripts)")


def read_password(args: argparse.Namespace, prompt: str) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    return getpass.getpass(prompt)


def directory(args: argparse.Namespace, engine: Engine) -> StaffDirectory:
    from kiosk.staff.directory import StaffDirectory

    staff = args.config.staff
    return StaffDirectory(engine, max_attempts=staff.max_attempts,
                          lockout_seconds=staff.lockout_seconds)


def log_in(args: argparse.Namespace, staff: StaffDirectory,
           permission: Permission) -> StaffSession | str | None:
    """The session allowed ``permission``; None on an unconfigured terminal (warned);
    else a plain sentence saying why not, for ``fail``."""
    from kiosk.staff.access import AccessRefused, require

    if not staff.configured():
        print(UNCONFIGURED, file=sys.stderr)
        return None
    if not args.login:
        return f"this needs a staff account: add --as ID (the {permission.needs.id} role)"
    result = staff.authenticate(args.login, read_password(args, f"Password for {args.login}: "))
    if result.locked:
        return f"account {args.login} is locked for {result.seconds_left} more second(s)"
    if result.session is None:
        return "wrong account or password"
    try:
        return require(result.session, permission)
    except AccessRefused as exc:
        return str(exc)
