"""The folder adapter of the core-system link (``docs/core-link.md``, ``core.kind = "folder"``).

Many small towns integrate by files in a shared folder. :class:`FolderCoreSystem` writes a
lookup to ``requests/<id>.csv`` and waits for ``answers/<id>.csv``; it writes each
submission to ``submissions/<key>.csv`` and waits for ``results/<key>.csv``. Waiting is by
polling the folder every few milliseconds: a shared folder (SMB, NFS) gives no reliable
change notification, so polling *is* the protocol here.

No personal data stays behind: the request and its answer are deleted as soon as the
answer is read, or at the deadline. An answer that arrives after the deadline is deleted
by the next call that finds it (the adapter remembers the ids it gave up on).
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from kiosk.corelink import csv_rows, wire
from kiosk.domain.core_records import (
    CallContext,
    CoreUnavailable,
    LinkStatus,
    MoveInReservation,
    ProcedureSubmission,
    RecordedHousehold,
    SubmissionResult,
)
from kiosk.domain.resident import BasicFour

log = logging.getLogger(__name__)

T = TypeVar("T")

#: How often the folder is looked at while waiting for an answer.
POLL_SECONDS = 0.01
FOLDERS = ("requests", "answers", "submissions", "results")


class FolderCoreSystem:
    """The town's core system behind a shared folder; ``timeout`` in seconds per call."""

    kind = "folder"

    def __init__(self, folder: Path, timeout: float) -> None:
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        self._folder = Path(folder)
        self._timeout = timeout
        self._abandoned: set[str] = set()  # request ids whose answer came too late

    def __repr__(self) -> str:
        return f"FolderCoreSystem({str(self._folder)!r}, timeout={self._timeout})"

    @property
    def timeout(self) -> float:
        return self._timeout

    def close(self) -> None:
        self._sweep_late_answers()

    # ------------------------------------------------------------------ the port
    def find_resident(self, who: BasicFour, context: CallContext) -> RecordedHousehold | None:
        rows = self._lookup("resident", who, context)
        data = _read(rows, csv_rows.household_from_rows)
        return None if data is None else _read(data, wire.household_from_json)

    def find_reservation(self, who: BasicFour,
                         context: CallContext) -> MoveInReservation | None:
        rows = self._lookup("reservation", who, context)
        data = _read(rows, csv_rows.reservation_from_rows)
        return None if data is None else _read(data, wire.reservation_from_json)

    def submit(self, records: Sequence[ProcedureSubmission],
               context: CallContext) -> list[SubmissionResult]:
        submissions, results = self._ensure("submissions"), self._ensure("results")
        answers = []
        for record in records:
            started = time.monotonic()
            result_path = results / f"{record.idempotency_key}.csv"
            if not result_path.exists():  # an earlier try may have been answered already
                body = wire.submission_to_json(record)
                self._write(submissions / f"{record.idempotency_key}.csv",
                            csv_rows.submission_columns(body), [csv_rows.submission_row(body)])
            if not _wait_for(result_path, started + self._timeout):
                log.warning("core folder submission %s: no result within %.0f ms",
                            record.procedure_id, self._timeout * 1000)
                raise CoreUnavailable(_timeout_sentence(self._timeout))
            rows = self._take(result_path)
            result = _read(_read(rows, csv_rows.result_from_rows), wire.result_from_json)
            if result.idempotency_key != record.idempotency_key:
                raise CoreUnavailable("The core system answered for another submission.")
            log.info("core folder submission %s -> %s in %.0f ms", record.procedure_id,
                     result.status.value, (time.monotonic() - started) * 1000)
            answers.append(result)
        return answers

    def status(self) -> LinkStatus:
        missing = [name for name in FOLDERS if not (self._folder / name).is_dir()]
        if not self._folder.is_dir():
            return LinkStatus("folder", False, f"The folder {self._folder} does not exist.")
        if missing:
            return LinkStatus("folder", False, f"The folder {self._folder} has no "
                              f"{', '.join(missing)} folder: is the core system's agent set up?")
        return LinkStatus("folder", True, f"The shared folder {self._folder} is in place.",
                          system=f"folder {self._folder}")

    # ------------------------------------------------------------------ internals
    def _lookup(self, kind: str, who: BasicFour, context: CallContext) -> list[csv_rows.Row]:
        started = time.monotonic()
        self._sweep_late_answers()
        requests, answers = self._ensure("requests"), self._ensure("answers")
        request_id = uuid.uuid4().hex
        request_path = requests / f"{request_id}.csv"
        answer_path = answers / f"{request_id}.csv"
        row = csv_rows.request_row(kind, wire.basic_four_to_json(who))
        self._write(request_path, csv_rows.REQUEST_COLUMNS, [row])
        try:
            if not _wait_for(answer_path, started + self._timeout):
                self._abandoned.add(request_id)
                log.warning("core folder %s lookup: no answer within %.0f ms", kind,
                            self._timeout * 1000)
                raise CoreUnavailable(_timeout_sentence(self._timeout))
            rows = self._take(answer_path)
        finally:
            request_path.unlink(missing_ok=True)
            _remove_temporary(request_path)
        log.info("core folder %s lookup -> %d rows in %.0f ms", kind, len(rows),
                 (time.monotonic() - started) * 1000)
        return rows

    def _sweep_late_answers(self) -> None:
        for request_id in list(self._abandoned):
            answer = self._folder / "answers" / f"{request_id}.csv"
            if answer.exists():
                answer.unlink(missing_ok=True)
                self._abandoned.discard(request_id)

    def _ensure(self, name: str) -> Path:
        path = self._folder / name
        try:
            path.mkdir(parents=False, exist_ok=True)
        except OSError:
            raise CoreUnavailable(f"The core system's shared folder {self._folder} cannot be "
                                  "used.") from None
        return path

    def _write(self, path: Path, columns: Sequence[str], rows: list[csv_rows.Row]) -> None:
        try:
            csv_rows.write_atomically(path, columns, rows)
        except OSError:
            _remove_temporary(path)
            raise CoreUnavailable("The kiosk could not write to the core system's shared "
                                  "folder.") from None

    def _take(self, path: Path) -> list[csv_rows.Row]:
        """Read an answer and delete it, whatever it holds."""
        try:
            return _read(path, csv_rows.read_rows)
        finally:
            path.unlink(missing_ok=True)


def _wait_for(path: Path, deadline: float) -> bool:
    while True:
        if path.exists():
            return True
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        time.sleep(min(POLL_SECONDS, remaining))


def _remove_temporary(path: Path) -> None:
    path.with_name(f".{path.name}.tmp").unlink(missing_ok=True)


def _read(source: Any, read: Callable[[Any], T]) -> T:
    try:
        return read(source)
    except (OSError, UnicodeDecodeError, wire.WireError, KeyError, TypeError, ValueError):
        raise CoreUnavailable("The core system's answer did not follow the contract.") from None


def _timeout_sentence(timeout: float) -> str:
    return f"The core system did not answer within {timeout:g} seconds."


__all__ = ["FolderCoreSystem"]
