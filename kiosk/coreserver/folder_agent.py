"""The folder contract of ``docs/core-link.md``, answered like a core system would.

``kiosk core serve --folder DIR`` runs a :class:`FolderAgent` beside the web server. It
polls ``DIR/requests`` and ``DIR/submissions`` and answers into ``DIR/answers`` and
``DIR/results``: CSV, UTF-8 with a BOM, CRLF, a header row, written to a temporary name and
renamed. Files whose names start with a dot (a writer's temporary name) are left alone.

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

import csv
import logging
import threading
from pathlib import Path
from typing import Any

from kiosk.corelink import wire
from kiosk.coreserver.csv_io import RESERVATION_COLUMNS, write_rows
from kiosk.coreserver.store import Ambiguous, CoreStore, SubmissionConflict
from kiosk.domain.core_records import MoveInReservation, RecordedHousehold

log = logging.getLogger("kiosk.coreserver.folder")

REQUEST_COLUMNS = ("kind", "name", "address", "birth_date", "sex")
HOUSEHOLD_COLUMNS = ("household_key", "address", "resident_key", "key", "name", "kana",
                     "birth_date", "sex", "relation", "resident_since", "insurances",
                     "registrations", "nationality")
RESULT_COLUMNS = ("idempotency_key", "status", "reason")
FOLDERS = ("requests", "answers", "submissions", "results")


def _read_one_table(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [dict(row) for row in csv.DictReader(handle)]


def household_rows(household: RecordedHousehold) -> list[list[str]]:
    rows = []
    for person in household.members:
        data = wire.person_to_json(person)
        rows.append([household.household_key, household.address, household.resident_key,
                     *(_cell(data[c]) for c in HOUSEHOLD_COLUMNS[3:])])
    return rows


def reservation_rows(reservation: MoveInReservation) -> list[list[str]]:
    data = wire.reservation_to_json(reservation)
    head = [data["reservation_id"], data["previous_address"], data["previous_municipality"],
            *(data["planned_address"][c] for c in ("oaza", "banchi", "katagaki")),
            data["planned_date"], _cell(data["moved_out_on"])]
    return [[*head, *(_cell(member[c]) for c in RESERVATION_COLUMNS[8:])]
            for member in data["members"]]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(value)
    return str(value)


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
        rows = _read_one_table(path)
        kind = rows[0].get("kind", "") if len(rows) == 1 else ""
        columns = RESERVATION_COLUMNS if kind == "reservation" else HOUSEHOLD_COLUMNS
        found: list[list[str]] = []
        try:
            who = wire.basic_four_from_json(rows[0]) if kind else None
            if who is not None and kind == "resident":
                household = self.store.find_household(who)
                found = household_rows(household) if household else []
            elif who is not None and kind == "reservation":
                reservation = self.store.find_reservation(who)
                found = reservation_rows(reservation) if reservation else []
        except (wire.WireError, Ambiguous) as exc:
            log.info("request %s answered with no match (%s)", path.stem, type(exc).__name__)
        write_rows(answer, columns, found)
        path.unlink(missing_ok=True)
        log.info("request %s answered: %d rows", path.stem, len(found))

    def _answer_submission(self, path: Path) -> None:
        result_path = self.folder / "results" / path.name
        rows = _read_one_table(path)
        key = path.stem
        status, reason = "rejected", "the submission file is malformed"
        if len(rows) == 1:
            row = rows[0]
            body: dict[str, Any] = {k: v for k, v in row.items() if not k.startswith("field.")}
            body["fields"] = {k[len("field."):]: v for k, v in row.items()
                              if k.startswith("field.")}
            try:
                record = wire.submission_from_json(body)
                if record.idempotency_key != key:
                    raise wire.WireError("'idempotency_key' differs from the file name")
                result = self.store.submit(record, body)
                status, reason = result.status.value, result.reason
            except wire.WireError as exc:
                reason = str(exc)
            except SubmissionConflict:
                reason = "conflict"
        write_rows(result_path, RESULT_COLUMNS, [[key, status, reason]])
        path.unlink(missing_ok=True)
        log.info("submission %s answered: %s", key, status)
