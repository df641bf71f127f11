"""``kiosk setup``: the first-run assistant an IT clerk follows, step by step.

On the command line each step asks (or takes from its option, for scripts) one thing; with
``--gui`` a window shows one page per step (``kiosk.ui.setup``). Either way the steps are
``kiosk.app.setup``'s: each checks its answer for real, and only then writes it into the
configuration file: the terminal's id and role; the database URL, connected and migrated
live; the printer, with a test page; the card reader, with a test that talks to the card
without a PIN (it asks the card how many PIN tries are left, so no try is spent and nothing
personal is read; a staff-held card or the emulator); the first admin account; the
retention. It ends with ``kiosk doctor`` in plain words. A step that fails stops the
assistant with the reason; what the earlier steps wrote stays, so running it again resumes.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.app.setup import StepResult

ROLES = ("kiosk", "clerk", "manager")
BACKENDS = ("cups", "qt", "folder")

# The options that answer a step: given any of them, the clerk (or a script) chose the
# command line, so the window never opens on its own.
ANSWER_OPTIONS = ("no_input", "terminal_id", "role", "database_url", "printer_backend",
                  "printer_queue", "printer_folder", "skip_test_page", "card_reader",
                  "skip_card_test", "admin_id", "admin_name", "password_stdin",
                  "retention_personal", "retention_metrics_days")


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser(
        "setup", help="first-run assistant: terminal, database, printer, card reader, admin "
                      "account, retention, then kiosk doctor (in a window with --gui)",
        description="The first-run assistant. In a terminal it asks each step's question; "
                    "with --gui it opens a window with one page per step. Started with no "
                    "terminal on standard input (a menu entry or a desktop shortcut), no "
                    "answer option and a display, it opens the window too; a script that "
                    "passes --no-input or any answer option always gets the command line.")
    p.add_argument("--gui", action="store_true",
                   help="open the assistant's window (one page per step, each tested live)")
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


def wants_window(args: argparse.Namespace, stdin_is_terminal: bool, has_display: bool) -> bool:
    """``--gui``; or started from a menu (no terminal, a display) with no answer given."""
    if args.gui:
        return True
    answered = any(getattr(args, name) not in (None, False) for name in ANSWER_OPTIONS)
    return not answered and not stdin_is_terminal and has_display


def display_available(environ: Mapping[str, str] | None = None) -> bool:
    """A screen a person sees: always on Windows and macOS; on Linux an X or Wayland session
    or a framebuffer platform (``QT_QPA_PLATFORM=eglfs``), not the offscreen one of tests."""
    if sys.platform in ("win32", "darwin"):
        return True
    environ = os.environ if environ is None else environ
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform in ("offscreen", "minimal"):
        return False
    return bool(platform or environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def _run(args: argparse.Namespace) -> int:
    from kiosk.cli.main import fail
    from kiosk.config import config_path

    path = config_path(args.config_file)
    if wants_window(args, sys.stdin.isatty(), display_available()):
        from kiosk.ui.setup.app import run_setup_window

        return run_setup_window(path)
    from kiosk.app.setup import SetupStop

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


def _show(result: StepResult) -> None:
    print(f"{'ok' if result.done else '--'}  {result.message}")


# ------------------------------------------------------------------ the steps: ask, then call
def _terminal(args: argparse.Namespace, path: Path, ask: Ask) -> None:
    from kiosk.app.setup import TerminalAnswers, current_answers, save_terminal

    current = current_answers(path).terminal
    role = ask("1/6 Role of this terminal (kiosk, clerk, manager)", current.role, args.role)
    terminal_id = ask("1/6 Terminal id (empty: generated at first start)",
                      current.terminal_id, args.terminal_id)
    _show(save_terminal(path, TerminalAnswers(role, terminal_id)))


def _database(args: argparse.Namespace, path: Path, ask: Ask) -> None:
    from kiosk.app.setup import DatabaseAnswers, current_answers, save_database

    current = current_answers(path).database.url
    url = ask("2/6 Database (postgresql://user@host/db, or local)", current, args.database_url)
    _show(save_database(path, DatabaseAnswers(url)))


def _printer(args: argparse.Namespace, path: Path, ask: Ask) -> None:
    from kiosk.app.setup import PrinterAnswers, current_answers, save_printer

    current = current_answers(path).printer
    backend = ask("3/6 Printer back-end (cups, qt, folder)", current.backend, args.printer_backend)
    folder, queue = current.folder, current.queue
    if backend == "folder":
        folder = ask("3/6 Folder for the printed PDFs", current.folder, args.printer_folder)
    elif backend in BACKENDS:
        queue = ask("3/6 Printer (empty: the system default)", current.queue, args.printer_queue)
    _show(save_printer(path, PrinterAnswers(backend, queue, folder,
                                            test_page=not args.skip_test_page)))


def _card(args: argparse.Namespace, path: Path, ask: Ask) -> None:
    from kiosk.app.setup import CardAnswers, current_answers, save_card

    pattern = ask("4/6 Card reader name (empty: the first with a card)",
                  current_answers(path).card.reader, args.card_reader)
    if not args.skip_card_test and not args.no_input and sys.stdin.isatty():
        input("4/6 Put a staff-held My Number card (or start the emulator) on the reader, "
              "then press Enter: ")
    _show(save_card(path, CardAnswers(pattern, test=not args.skip_card_test)))


def _admin(args: argparse.Namespace, path: Path, ask: Ask) -> None:
    from kiosk.app.setup import AdminAnswers, SetupStop, add_admin, staff_configured

    if staff_configured(path):
        _show(add_admin(path, AdminAnswers()))  # says it is already set up
        return
    account = ask("5/6 First admin's staff number", "", args.admin_id)
    if not account:
        _show(add_admin(path, AdminAnswers()))  # says there is none yet
        return
    name = ask("5/6 Their display name", account, args.admin_name)
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("5/6 Their password: ")
        if getpass.getpass("5/6 Repeat: ") != password:
            raise SetupStop("the two passwords differ")
    _show(add_admin(path, AdminAnswers(account, name, password)))


def _retention(args: argparse.Namespace, path: Path, ask: Ask) -> None:
    from kiosk.app.setup import RetentionAnswers, current_answers, save_retention

    current = current_answers(path).retention
    personal = ask("6/6 Keep prefilled personal data (next-working-day, or hours)",
                   current.personal_data, args.retention_personal)
    days = ask("6/6 Keep anonymous metrics for how many days (0: always)",
               current.metrics_days, args.retention_metrics_days)
    _show(save_retention(path, RetentionAnswers(personal, days)))


def _doctor(path: Path) -> int:
    from kiosk.app.setup import SetupStop, run_doctor
    from kiosk.cli.main import fail

    print("\nkiosk doctor:")
    try:
        report = run_doctor(path)
    except SetupStop as exc:
        return fail(str(exc))
    for finding in report.findings:
        print(f"{finding.status.value.upper():4}  {finding.area}: {finding.message}")
    if report.needs_attention:
        print(f"\nAlmost there: {', '.join(report.needs_attention)} still need attention (see "
              "above); fix them and run kiosk doctor again.")
        return 1
    print("\nThis terminal is ready.")
    return 0
