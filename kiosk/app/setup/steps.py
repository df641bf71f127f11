"""The six steps: check the answer for real, then write its section of the configuration.

Each returns a ``StepResult`` (``area: what was found``) or raises ``SetupStop``. A step
writes only after its check passed, except the printer and the card reader: their live
test reads the configuration it just saved, so a refused test leaves the new section
written (the doctor then names it) and the clerk fixes the answer and tests again.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.app.setup.answers import (
    AdminAnswers,
    CardAnswers,
    DatabaseAnswers,
    PrinterAnswers,
    RetentionAnswers,
    TerminalAnswers,
)
from kiosk.app.setup.config_file import valid_config, write_section
from kiosk.app.setup.outcome import BACKENDS, ROLES, SetupStop, StepResult

if TYPE_CHECKING:
    from kiosk.card.service import CardBackend

__all__ = [
    "AdminAnswers", "CardAnswers", "DatabaseAnswers", "PrinterAnswers", "RetentionAnswers",
    "TerminalAnswers", "add_admin", "save_card", "save_database", "save_printer",
    "save_retention", "save_terminal", "staff_configured",
]


def save_terminal(path: Path, answers: TerminalAnswers) -> StepResult:
    """1/6: the terminal's id and role."""
    if answers.role not in ROLES:
        raise SetupStop(f"the role must be one of {', '.join(ROLES)}")
    write_section(path, "terminal", {"role": answers.role, "id": answers.terminal_id})
    return StepResult(f"terminal: {answers.terminal_id or '(generated)'} as {answers.role}")


def save_database(path: Path, answers: DatabaseAnswers) -> StepResult:
    """2/6: connect and migrate the database live; only then write its URL."""
    from kiosk.storage import migrate
    from kiosk.storage.db import DatabaseUnavailable, check_connection, describe, make_engine

    url = "" if answers.url.strip() in ("", "local") else answers.url.strip()
    engine = make_engine(url)
    try:
        check_connection(engine)
        before, after = migrate.upgrade(engine)
    except (DatabaseUnavailable, migrate.SchemaTooNew) as exc:
        raise SetupStop(f"the database cannot be used: {exc}") from None
    finally:
        engine.dispose()
    write_section(path, "database", {"url": url})
    state = "already at" if before == after else f"migrated from {before or 'empty'} to"
    return StepResult(f"database: {describe(engine)} answers, schema {state} {after}")


def save_printer(path: Path, answers: PrinterAnswers) -> StepResult:
    """3/6: the printer back-end and queue (or folder), then a test page through it."""
    if answers.backend not in BACKENDS:
        raise SetupStop(f"the printer back-end must be one of {', '.join(BACKENDS)}")
    values: dict[str, Any] = {"backend": answers.backend}
    if answers.backend == "folder":
        values["folder"] = answers.folder
    else:
        values["queue"] = answers.queue
    write_section(path, "printer", values)
    if not answers.test_page:
        return StepResult("printer: saved (no test page, as asked)", done=False)
    from printing.backends import PrintError, make_backend
    from printing.queue import PrintQueue
    from printing.test_page import render_test_page

    printer = valid_config(path).printer
    try:
        queue = PrintQueue(make_backend(printer), timeout_seconds=float(printer.job_timeout_seconds))
        with tempfile.TemporaryDirectory() as tmp:
            job = queue.submit(render_test_page(Path(tmp) / "test-page.pdf"))
    except PrintError as exc:
        raise SetupStop(f"the test page did not print: {exc}") from None
    return StepResult(f"printer: test page sent (job {job}); check that it came out")


def save_card(path: Path, answers: CardAnswers, backend: CardBackend | None = None) -> StepResult:
    """4/6: the reader, then a talk with the card on it that spends no PIN try and reads
    nothing personal (it asks how many PIN tries are left)."""
    write_section(path, "card", {"reader": answers.reader})
    if not answers.test:
        return StepResult("card reader: saved (not tested, as asked)", done=False)
    from kiosk.card.errors import CardError
    from kiosk.card.service import ReaderService

    if backend is None:
        from kiosk.card.pcsc import PcscBackend

        backend = PcscBackend()
    service = ReaderService(backend, answers.reader)
    try:
        reader = service.pick_reader()
        tries = service.tries_left(reader)
    except CardError as exc:
        raise SetupStop(f"the card reader test failed: {exc.message()}") from None
    return StepResult(f"card reader: {reader} read a My Number card ({tries} PIN tries left; "
                      "no PIN was asked and nothing personal was read)")


def card_readers() -> list[str]:
    """The readers the PC/SC service lists now (empty when it is not running)."""
    from kiosk.card.errors import CardError
    from kiosk.card.pcsc import PcscBackend

    try:
        return PcscBackend().list_readers()
    except CardError:
        return []


def staff_configured(path: Path) -> bool:
    """Whether the configured database already has a staff account (then 5/6 has nothing
    to do: more are added with ``kiosk staff add``)."""
    from kiosk.staff.directory import StaffDirectory
    from kiosk.storage.db import make_engine

    engine = make_engine(valid_config(path).database.url)
    try:
        return StaffDirectory(engine).configured()
    finally:
        engine.dispose()


ALREADY_SET_UP = "staff accounts: already set up (add more with kiosk staff add)"


def add_admin(path: Path, answers: AdminAnswers) -> StepResult:
    """5/6: the first admin account, in the configured database (only when there is none)."""
    from kiosk.staff.access import Role
    from kiosk.staff.directory import StaffDirectory, StaffError
    from kiosk.staff.passwords import PasswordPolicyError
    from kiosk.storage.db import make_engine

    engine = make_engine(valid_config(path).database.url)
    try:
        staff = StaffDirectory(engine)
        if staff.configured():
            return StepResult(ALREADY_SET_UP)
        if not answers.account:
            return StepResult("staff accounts: none yet; the clerk console then admits only the "
                              "demo account under --demo (kiosk staff add)", done=False)
        staff.add(None, answers.account, answers.name or answers.account, Role.ADMIN,
                  answers.password)
    except (StaffError, PasswordPolicyError) as exc:
        raise SetupStop(f"the admin account was not added: {exc}") from None
    finally:
        engine.dispose()
    return StepResult(f"staff accounts: admin {answers.account} added")


def save_retention(path: Path, answers: RetentionAnswers) -> StepResult:
    """6/6: how long prefilled personal data and anonymous metrics are kept."""
    days = answers.metrics_days.strip()
    if not days.isdigit():
        raise SetupStop("the metrics retention is a number of days, e.g. 0 or 1825")
    personal = answers.personal_data.strip()
    write_section(path, "retention", {"personal_data": personal, "metrics_days": int(days)})
    kept = "kept" if int(days) == 0 else f"{int(days)} days"
    return StepResult(f"retention: personal data {personal}, metrics {kept}")
