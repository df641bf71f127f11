"""The folder contract of ``docs/core-link.md``, answered like a core system would.

``kiosk core serve --folder DIR`` runs a :class:`FolderAgent` beside the web server. It
polls ``DIR/requests`` and ``DIR/submissions`` and answers into ``DIR/answers`` and
``DIR/results``: CSV, UTF-8 with a BOM, CRLF, a header row, written to a temporary name and
renamed, through :mod:`kiosk.corelink.csv_rows` (the kiosk's folder adapter writes and
reads the same way). Files whose names start with a dot (a writer's temporary name) are
left alone.

* ``requests/<id>.csv`` (``kind,name,address,birth_date,sex``) is answered in
  ``answers/<id>.csv``: :data:`HOUSEHOLD_COLUMNS` or :data:`RESERVATION_COLUMNS`, one row
  per member with the household's or the reservation's columns repeated on every row, or
  a header only for no match (an ambiguous match and a malformed request too). The request
  file is deleted once answered.
* ``submissions/<key>.csv`` (the submission's JSON keys as columns, ``fields`` as
  ``field.<name>`` columns) is answered in ``results/<key>.csv`` with
  ``idempotency_key,status,reason``, and deleted. The same rules as ``PUT`` apply; a body
  that differs from the first one under its key is answered ``rejected`` with the reason
  ``conflict``, and the first answer stays in the database.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from kiosk.corelink import csv_rows, wire
from kiosk.corelink.csv_rows import HOUSEHOLD_COLUMNS, RESERVATION_COLUMNS, RESULT_COLUMNS, Row
from kiosk.coreserver.store import Ambiguous, CoreStore, SubmissionConflict

__all__ = ["HOUSEHOLD_COLUMNS", "RESERVATION_COLUMNS", "FolderAgent"]

log = logging.getLogger("kiosk.coreserver.folder")

FOLDERS = ("requests", "answers", "submissions", "results")


def _read(path: Path) -> list[Row]:
    """The file's rows; a file that is not a well-formed table has none (it is answered as
    malformed, like any other bad request, and never retried)."""
    try:
        return csv_rows.read_rows(path)
    except (wire.WireError, ValueError):
        return []


class FolderAgent:
    """Polls the shared folder on a thread until :meth:`stop`."""

    def __init__(self, store: CoreStore, folder: Path, *, poll_seconds: float = 0.05) -> None:
        self.store = store
        self.folder = folder
        self.poll_seconds = poll_seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        for name in FOLDERS:
            (folder / name).mkdir(parents=True, exist_ok=True)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="core-folder-agent", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.poll_once()
            except Exception as exc:  # noqa: BLE001 - a bad file must not stop the agent
                log.warning("folder poll failed: %s", type(exc).__name__)
            self._stop.wait(self.poll_seconds)

    def poll_once(self) -> int:
        """Answer every complete request and submission there is; return how many."""
        handled = 0
        for path in sorted((self.folder / "requests").glob("*.csv")):
            if not path.name.startswith("."):
                self._answer_request(path)
                handled += 1
        for path in sorted((self.folder / "submissions").glob("*.csv")):
            if not path.name.startswith("."):
                self._answer_submission(path)
                handled += 1
        return handled

    def _answer_request(self, path: Path) -> None:
        answer = self.folder / "answers" / path.name
        rows = _read(path)
        kind = rows[0].get("kind", "") if len(rows) == 1 else ""
        columns = RESERVATION_COLUMNS if kind == "reservation" else HOUSEHOLD_COLUMNS
        found: list[Row] = []
        try:
            kind, basic_four = csv_rows.request_from_rows(rows)
            who = wire.basic_four_from_json(basic_four)
            if kind == "resident":
                household = self.store.find_household(who)
                if household is not None:
                    found = csv_rows.household_rows(wire.household_to_json(household))
            else:
                reservation = self.store.find_reservation(who)
                if reservation is not None:
                    found = csv_rows.reservation_rows(wire.reservation_to_json(reservation))
        except (wire.WireError, Ambiguous) as exc:
            log.info("request %s answered with no match (%s)", path.stem, type(exc).__name__)
        csv_rows.write_atomically(answer, columns, found)
        path.unlink(missing_ok=True)
        log.info("request %s answered: %d rows", path.stem, len(found))

    def _answer_submission(self, path: Path) -> None:
        result_path = self.folder / "results" / path.name
        rows = _read(path)
        key = path.stem
        status, reason = "rejected", "the submission file is malformed"
        if len(rows) == 1:
            try:
                body = csv_rows.submission_from_rows(rows)
                record = wire.submission_from_json(body)
                if record.idempotency_key != key:
                    raise wire.WireError("'idempotency_key' differs from the file name")
                result = self.store.submit(record, body)
                status, reason = result.status.value, result.reason
            except wire.WireError as exc:
                reason = str(exc)
            except SubmissionConflict:
                reason = "conflict"
        csv_rows.write_atomically(result_path, RESULT_COLUMNS, [csv_rows.result_row(
            {"idempotency_key": key, "status": status, "reason": reason})])
        path.unlink(missing_ok=True)
        log.info("submission %s answered: %s", key, status)
