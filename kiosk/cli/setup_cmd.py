"""``kiosk setup``: the first-run assistant an IT clerk follows, step by step, on the command line.

Each step asks (or takes from its option, for scripts) one thing, checks it for real, and only
then writes it into the configuration file: the terminal's id and role; the database URL,
connected and migrated live; the printer, with a test page; the card reader, with a test that
talks to the card without a PIN (it asks the card how many PIN tries are left, so no try is
spent and nothing personal is read; a staff-held card or the emulator); the first admin
account; the retention. It ends with ``kiosk doctor`` in plain words. A step that fails stops
the assistant with the reason; what the earlier steps wrote stays, so running it again resumes.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROLES = ("kiosk", "clerk", "manager")
BACKENDS = ("cups", "qt", "folder")


class SetupStop(Exception):
    """A step cannot go on; the message says why and what to do."""


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("setup", help="first-run assistant: terminal, database, printer, card "
                                     "reader, admin account, retention, then kiosk doctor")
    p.add_argument("--no-input", action="store_true",
                   help="never ask: take every answer from the options (for scripts)")
    p.add_argument("--terminal-id", help="this terminal's id, e.g. tablet-1")
    p.add_argument("--role", choices=ROLES)
    p.add_argument("--database-url", help="postgresql://… for a town hall, or 'local' for the "
                                          "SQLite file of this terminal")
    p.add_argument("--printer-backend", choices=BACKENDS)
    p.add_argument("--printer-queue", help="CUPS queue or Windows printer name ('' = default)")
    p.add_argument("--printer-folder", help="folder of the folder back-end")
    p.add_argument("--skip-test-page", action="store_true", help="do not print a test page")
    p.add_argument("--card-reader", help="reader name pattern ('' = the first with a card)")
    p.add_argument("--skip-card-test", action="store_true", help="do not test the card reader")
    p.add_argument("--admin-id", help="the first admin's staff number")
    p.add_argument("--admin-name", help="the first admin's display name")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the admin's password from the first line of standard input")
    p.add_argument("--retention-personal", help="'next-working-day' or a number of hours")
    p.add_argument("--retention-metrics-days", help="days anonymous metrics are kept (0: always)")
    p.set_defaults(func=_run, tolerate_bad_config=True)


def _run(args: argparse.Namespace) -> int:
    from kiosk.cli.main import fail
    from kiosk.config import config_path

    path = config_path(args.config_file)
    ask = _asker(args)
    print(f"kiosk setup: the configuration is {path}")
    try:
        for step in (_terminal, _database, _printer, _card, _admin, _retention):
            step(args, path, ask)
    except SetupStop as exc:
        return fail(f"{exc} (nothing after this step was changed; run kiosk setup again)")
    return _doctor(path)


Ask = Callable[[str, str, str | None], str]


def _asker(args: argparse.Namespace) -> Ask:
    def ask(question: str, default: str, given: str | None) -> str:
        if given is not None:
            return given
        if args.no_input or not sys.stdin.isatty():
            return default
        answer = input(f"{question} [{default}]: ").strip()
        return answer or default
    return ask


# ------------------------------------------------------------------ configuration file
def _read(path: Path) -> dict[str, Any]:
    from kiosk.config_validation import read_config_text

    try:
        return tomllib.loads(read_config_text(path)) if path.exists() else {}
    except (OSError, ValueError) as exc:
        raise SetupStop(f"{path} cannot be read: {getattr(exc, 'strerror', None) or exc}") from None


def _write(path: Path, section: str, values: dict[str, Any]) -> None:
    """Set ``values`` in ``[section]``; keep the file unchanged when the result is not valid."""
    import tomli_w

    from kiosk.config import ConfigError, load_config

    data = _read(path)
    before = path.read_bytes() if path.exists() else None
    data.setdefault(section, {}).update(values)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    try:
        load_config(path)
    except ConfigError as exc:
        if before is None:
            path.unlink()
        else:
            path.write_bytes(before)
        raise SetupStop(f"not saved: {exc}") from None


def _config(path: Path) -> Any:
    from kiosk.config import ConfigError, load_config

    try:
        return load_config(path)
    except ConfigError as exc:
        raise SetupStop(f"the configuration is not valid: {exc}") from None


# ------------------------------------------------------------------ the steps
def _terminal(args: argparse.Namespace, path: Path, ask: Ask) -> None:
    current = _read(path).get("terminal", {})
    role = ask("1/6 Role of this terminal (kiosk, clerk, manager)",
               current.get("role", "kiosk"), args.role)
    if role not in ROLES:
        raise SetupStop(f"the role must be one of {', '.join(ROLES)}")
    terminal_id = ask("1/6 Terminal id (empty: generated at first start)",
                      current.get("id", ""), args.terminal_id)
    _write(path, "terminal", {"role": role, "id": terminal_id})
    print(f"ok  terminal: {terminal_id or '(generated)'} as {role}")


def _database(args: argparse.Namespace, path: Path, ask: Ask) -> None:
    from kiosk.storage import migrate
    from kiosk.storage.db import DatabaseUnavailable, check_connection, describe, make_engine

    current = _read(path).get("database", {}).get("url", "") or "local"
    url = ask("2/6 Database (postgresql://user@host/db, or local)", current, args.database_url)
    url = "" if url == "local" else url
    engine = make_engine(url)
    try:
        check_connection(engine)
        before, after = migrate.upgrade(engine)
    except (DatabaseUnavailable, migrate.SchemaTooNew) as exc:
        raise SetupStop(f"the database cannot be used: {exc}") from None
    finally:
        engine.dispose()
    _write(path, "database", {"url": url})
    state = "already at" if before == after else f"migrated from {before or 'empty'} to"
    print(f"ok  database: {describe(engine)} answers, schema {state} {after}")


def _printer(args: argparse.Namespace, path: Path, ask: Ask) -> None:
    current = _read(path).get("printer", {})
    default_backend = current.get("backend", "qt" if sys.platform == "win32" else "cups")
    backend = ask("3/6 Printer back-end (cups, qt, folder)", default_backend, args.printer_backend)
    if backend not in BACKENDS:
        raise SetupStop(f"the printer back-end must be one of {', '.join(BACKENDS)}")
    values: dict[str, Any] = {"backend": backend}
    if backend == "folder":
        values["folder"] = ask("3/6 Folder for the printed PDFs", current.get("folder", ""),
                               args.printer_folder)
    else:
        values["queue"] = ask("3/6 Printer (empty: the system default)",
                              current.get("queue", ""), args.printer_queue)
    _write(path, "printer", values)
    if args.skip_test_page:
        print("ok  printer: saved (no test page, as asked)")
        return
    from printing.backends import PrintError, make_backend
    from printing.queue import PrintQueue
    from printing.test_page import render_test_page

    printer = _config(path).printer
    import tempfile

    try:
        queue = PrintQueue(make_backend(printer), timeout_seconds=float(printer.job_timeout_seconds))
        with tempfile.TemporaryDirectory() as tmp:
            job = queue.submit(render_test_page(Path(tmp) / "test-page.pdf"))
    except PrintError as exc:
        raise SetupStop(f"the test page did not print: {exc}") from None
    print(f"ok  printer: test page sent (job {job}); check that it came out")


def _card(args: argparse.Namespace, path: Path, ask: Ask) -> None:
    current = _read(path).get("card", {}).get("reader", "")
    pattern = ask("4/6 Card reader name (empty: the first with a card)", current, args.card_reader)
    _write(path, "card", {"reader": pattern})
    if args.skip_card_test:
        print("ok  card reader: saved (not tested, as asked)")
        return
    from kiosk.card.errors import CardError
    from kiosk.card.pcsc import PcscBackend
    from kiosk.card.service import ReaderService

    if not args.no_input and sys.stdin.isatty():
        input("4/6 Put a staff-held My Number card (or start the emulator) on the reader, "
              "then press Enter: ")
    service = ReaderService(PcscBackend(), pattern)
    try:
        reader = service.pick_reader()
        tries = service.tries_left(reader)  # talks to the card; spends no PIN try
    except CardError as exc:
        raise SetupStop(f"the card reader test failed: {exc.message()}") from None
    print(f"ok  card reader: {reader} read a My Number card ({tries} PIN tries left; "
          "no PIN was asked and nothing personal was read)")


def _admin(args: argparse.Namespace, path: Path, ask: Ask) -> None:
    from kiosk.staff.access import Role
    from kiosk.staff.directory import StaffDirectory, StaffError
    from kiosk.staff.passwords import PasswordPolicyError
    from kiosk.storage.db import make_engine

    engine = make_engine(_config(path).database.url)
    try:
        staff = StaffDirectory(engine)
        if staff.configured():
            print("ok  staff accounts: already set up (add more with kiosk staff add)")
            return
        account = ask("5/6 First admin's staff number", "", args.admin_id)
        if not account:
            print("--  staff accounts: none yet; the clerk console then admits only the demo "
                  "account under --demo (kiosk staff add)")
            return
        name = ask("5/6 Their display name", account, args.admin_name)
        password = _password(args)
        staff.add(None, account, name, Role.ADMIN, password)
    except (StaffError, PasswordPolicyError) as exc:
        raise SetupStop(f"the admin account was not added: {exc}") from None
    finally:
        engine.dispose()
    print(f"ok  staff accounts: admin {account} added")


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("5/6 Their password: ")
    if getpass.getpass("5/6 Repeat: ") != first:
        raise SetupStop("the two passwords differ")
    return first


def _retention(args: argparse.Namespace, path: Path, ask: Ask) -> None:
    current = _read(path).get("retention", {})
    personal = ask("6/6 Keep prefilled personal data (next-working-day, or hours)",
                   current.get("personal_data", "next-working-day"), args.retention_personal)
    days = ask("6/6 Keep anonymous metrics for how many days (0: always)",
               str(current.get("metrics_days", 0)), args.retention_metrics_days)
    if not days.isdigit():
        raise SetupStop("the metrics retention is a number of days, e.g. 0 or 1825")
    _write(path, "retention", {"personal_data": personal, "metrics_days": int(days)})
    print(f"ok  retention: personal data {personal}, metrics "
          f"{'kept' if days == '0' else days + ' days'}")


def _doctor(path: Path) -> int:
    from kiosk.doctor import Status, run_checks

    print("\nkiosk doctor:")
    findings = run_checks(_config(path))
    for finding in findings:
        print(f"{finding.status.value.upper():4}  {finding.area}: {finding.message}")
    failed = [f.area for f in findings if f.status is Status.FAIL]
    if failed:
        print(f"\nAlmost there: {', '.join(failed)} still need attention (see above); "
              "fix them and run kiosk doctor again.")
        return 1
    print("\nThis terminal is ready.")
    return 0
