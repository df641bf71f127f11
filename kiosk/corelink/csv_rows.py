"""The CSV spelling of the folder link (``docs/core-link.md``, "Folder"), both ways.

The kiosk's folder adapter and the reference core system's folder agent read and write
through here, so the files have one layout: UTF-8 with a BOM, CRLF, a header row of the
JSON keys. Rows are converted to and from the wire's JSON shapes, so reading stays as
strict as :mod:`kiosk.corelink.wire` (a bad row raises :class:`wire.WireError`).

Files are written to a hidden temporary name (``.<name>.tmp``) and renamed, so a reader
that lists ``*.csv`` never sees half a file.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from kiosk.corelink.wire import Json, WireError

REQUEST_COLUMNS = ("kind", "name", "address", "birth_date", "sex")
REQUEST_KINDS = ("resident", "reservation")
HOUSEHOLD_COLUMNS = ("household_key", "address", "resident_key", "key", "name", "kana",
                     "birth_date", "sex", "relation", "resident_since", "insurances",
                     "registrations", "nationality")
RESERVATION_COLUMNS = ("reservation_id", "previous_address", "previous_municipality", "oaza",
                       "banchi", "katagaki", "planned_date", "moved_out_on", "name", "kana",
                       "birth_date", "sex", "relation", "nationality", "insurances",
                       "registrations")
SUBMISSION_COLUMNS = ("idempotency_key", "visit_id", "procedure_id", "department", "event",
                      "event_date", "accepted_at", "staff_id", "person_key", "name", "kana",
                      "birth_date", "sex")
RESULT_COLUMNS = ("idempotency_key", "status", "reason")
FIELD_PREFIX = "field."
_PERSON_KEYS = ("name", "kana", "birth_date", "sex", "relation", "nationality")

Row = dict[str, str]


# ---------------------------------------------------------------------- files
def write_atomically(path: Path, columns: Sequence[str], rows: Iterable[Mapping[str, str]]) -> None:
    """Write a CSV (BOM, CRLF) to a hidden temporary name beside ``path``, then rename it."""
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=list(columns), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    temporary = path.with_name(f".{path.name}.tmp")
    with open(temporary, "w", encoding="utf-8-sig", newline="") as handle:
        handle.write(buffer.getvalue())
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def read_rows(path: Path) -> list[Row]:
    """The rows of a CSV written by :func:`write_atomically` (a BOM is optional)."""
    text = path.read_text(encoding="utf-8-sig")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows = []
    for row in reader:
        if None in row or any(value is None for value in row.values()):
            raise WireError("a row does not have as many cells as the header")
        rows.append({str(k): str(v) for k, v in row.items()})
    return rows


def _codes(cell: str) -> list[str]:
    return sorted(code for code in cell.split(";") if code)


def _optional(cell: str) -> str | None:
    return cell or None


def _cell(row: Mapping[str, str], key: str) -> str:
    if key not in row:
        raise WireError(f"the column {key!r} is missing")
    return row[key]


# ---------------------------------------------------------------------- requests
def request_row(kind: str, basic_four: Json) -> Row:
    if kind not in REQUEST_KINDS:
        raise ValueError(f"unknown request kind {kind!r}")
    return {"kind": kind, **{k: str(basic_four[k]) for k in REQUEST_COLUMNS[1:]}}


def request_from_rows(rows: Sequence[Mapping[str, str]]) -> tuple[str, Json]:
    """The request's kind and its basic four as wire JSON (``wire.basic_four_from_json``)."""
    if len(rows) != 1:
        raise WireError("a request has exactly one row")
    kind = _cell(rows[0], "kind")
    if kind not in REQUEST_KINDS:
        raise WireError("'kind' must be resident or reservation")
    return kind, {k: _cell(rows[0], k) for k in REQUEST_COLUMNS[1:]}


# ---------------------------------------------------------------------- households
def household_rows(household: Json) -> list[Row]:
    """One row per member, the household's columns repeated (``wire.household_to_json``)."""
    shared = {k: str(household[k]) for k in ("household_key", "address", "resident_key")}
    return [{**shared, "key": m["key"], **{k: str(m[k]) for k in _PERSON_KEYS},
             "resident_since": m["resident_since"] or "",
             "insurances": ";".join(m["insurances"]),
             "registrations": ";".join(m["registrations"])}
            for m in household["members"]]


def household_from_rows(rows: Sequence[Mapping[str, str]]) -> Json | None:
    """Wire JSON of the household (``wire.household_from_json``), ``None`` for no row."""
    if not rows:
        return None
    first = rows[0]
    members: list[dict[str, Any]] = [
        {"key": _cell(r, "key"), **{k: _cell(r, k) for k in _PERSON_KEYS},
         "resident_since": _optional(_cell(r, "resident_since")),
         "insurances": _codes(_cell(r, "insurances")),
         "registrations": _codes(_cell(r, "registrations"))}
        for r in rows]
    return {"household_key": _cell(first, "household_key"), "address": _cell(first, "address"),
            "resident_key": _cell(first, "resident_key"), "members": members}


# ---------------------------------------------------------------------- reservations
def reservation_rows(reservation: Json) -> list[Row]:
    """One row per mover, the reservation's columns repeated (``wire.reservation_to_json``)."""
    planned = reservation["planned_address"]
    shared = {"reservation_id": reservation["reservation_id"],
              "previous_address": reservation["previous_address"],
              "previous_municipality": reservation["previous_municipality"],
              "oaza": planned["oaza"], "banchi": planned["banchi"],
              "katagaki": planned["katagaki"], "planned_date": reservation["planned_date"],
              "moved_out_on": reservation["moved_out_on"] or ""}
    return [{**shared, **{k: str(m[k]) for k in _PERSON_KEYS},
             "insurances": ";".join(m["insurances"]),
             "registrations": ";".join(m["registrations"])}
            for m in reservation["members"]]


def reservation_from_rows(rows: Sequence[Mapping[str, str]]) -> Json | None:
    """Wire JSON of the reservation (``wire.reservation_from_json``), ``None`` for no row."""
    if not rows:
        return None
    first = rows[0]
    members = [{**{k: _cell(r, k) for k in _PERSON_KEYS},
                "insurances": _codes(_cell(r, "insurances")),
                "registrations": _codes(_cell(r, "registrations"))} for r in rows]
    return {"reservation_id": _cell(first, "reservation_id"),
            "previous_address": _cell(first, "previous_address"),
            "previous_municipality": _cell(first, "previous_municipality"),
            "planned_address": {k: _cell(first, k) for k in ("oaza", "banchi", "katagaki")},
            "planned_date": _cell(first, "planned_date"),
            "moved_out_on": _optional(_cell(first, "moved_out_on")), "members": members}


# ---------------------------------------------------------------------- submissions
def submission_columns(submission: Json) -> list[str]:
    return [*SUBMISSION_COLUMNS, *(FIELD_PREFIX + name for name in sorted(submission["fields"]))]


def submission_row(submission: Json) -> Row:
    """The submission's keys as columns, ``fields`` as ``field.<name>`` (``submission_to_json``)."""
    row = {k: str(submission[k]) for k in SUBMISSION_COLUMNS}
    row.update({FIELD_PREFIX + k: v for k, v in submission["fields"].items()})
    return row


def submission_from_rows(rows: Sequence[Mapping[str, str]]) -> Json:
    if len(rows) != 1:
        raise WireError("a submission has exactly one row")
    row = rows[0]
    body: Json = {k: _cell(row, k) for k in SUBMISSION_COLUMNS}
    body["fields"] = {k[len(FIELD_PREFIX):]: v for k, v in row.items()
                      if k.startswith(FIELD_PREFIX)}
    return body


def result_from_rows(rows: Sequence[Mapping[str, str]]) -> Json:
    if len(rows) != 1:
        raise WireError("a result has exactly one row")
    return {k: _cell(rows[0], k) for k in RESULT_COLUMNS}


def result_row(result: Json) -> Row:
    return {"idempotency_key": result["idempotency_key"], "status": result["status"],
            "reason": result.get("reason", "")}
