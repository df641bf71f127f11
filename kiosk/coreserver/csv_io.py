"""The residents and reservations CSV layouts of ``docs/core-link.md``, read into records.

UTF-8 with or without a BOM, a header row, one row per person (residents) or per mover
(reservations, the first row of a reservation being the one who filed it). Codes are
``;``-separated. Errors name the line and the column, never a value.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from kiosk.corelink.csv_rows import RESERVATION_COLUMNS
from kiosk.domain.core_records import (
    MoveInReservation,
    PlannedAddress,
    RecordedHousehold,
    RecordedPerson,
    ReservedPerson,
)
from kiosk.domain.resident import Sex

# The reservations file is the folder link's answer layout (docs/core-link.md), one row per
# mover; the residents file is a household answer without the matched resident's key.
RESIDENT_COLUMNS = ("household_key", "address", "key", "name", "kana", "birth_date", "sex",
                    "relation", "resident_since", "insurances", "registrations", "nationality")


class CsvLayoutError(ValueError):
    """The file does not follow the documented layout (line and column named)."""


def _rows(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            raise CsvLayoutError(f"the header lacks {', '.join(missing)}")
        for row in reader:
            yield reader.line_num, {k: (row.get(k) or "").strip() for k in columns}


def _date(row: dict[str, str], column: str, line: int, *, optional: bool = False) -> date | None:
    value = row[column]
    if not value and optional:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CsvLayoutError(f"line {line}: {column} must be YYYY-MM-DD") from None


def _required(row: dict[str, str], column: str, line: int) -> date:
    found = _date(row, column, line)
    assert found is not None
    return found


def _sex(row: dict[str, str], line: int) -> Sex:
    if row["sex"] not in {s.value for s in Sex}:
        raise CsvLayoutError(f"line {line}: sex must be 1, 2 or 9")
    return Sex(row["sex"])


def _codes(text: str) -> frozenset[str]:
    return frozenset(c.strip() for c in text.split(";") if c.strip())


def read_residents(path: Path) -> list[RecordedHousehold]:
    """Households in file order; each member in the order of their rows."""
    households: dict[str, tuple[str, list[RecordedPerson]]] = {}
    for line, row in _rows(path, RESIDENT_COLUMNS):
        for column in ("household_key", "key", "name"):
            if not row[column]:
                raise CsvLayoutError(f"line {line}: {column} is empty")
        person = RecordedPerson(
            key=row["key"], name=row["name"], kana=row["kana"],
            birth_date=_required(row, "birth_date", line), sex=_sex(row, line),
            relation=row["relation"],
            resident_since=_date(row, "resident_since", line, optional=True),
            insurances=_codes(row["insurances"]), registrations=_codes(row["registrations"]),
            nationality=row["nationality"])
        households.setdefault(row["household_key"], (row["address"], []))[1].append(person)
    return [RecordedHousehold(key, address, members[0].key, tuple(members))
            for key, (address, members) in households.items()]


def read_reservations(path: Path) -> list[MoveInReservation]:
    """Reservations in file order; movers in row order (the first one filed it)."""
    heads: dict[str, dict[str, str]] = {}
    movers: dict[str, list[ReservedPerson]] = {}
    for line, row in _rows(path, RESERVATION_COLUMNS):
        rid = row["reservation_id"]
        if not rid or not row["name"]:
            raise CsvLayoutError(f"line {line}: reservation_id and name must not be empty")
        if rid not in heads:
            code = row["previous_municipality"]
            if not (len(code) == 6 and code.isascii() and code.isdigit()):
                raise CsvLayoutError(f"line {line}: previous_municipality must have 6 digits")
            _required(row, "planned_date", line)
            _date(row, "moved_out_on", line, optional=True)
            heads[rid] = row
        movers.setdefault(rid, []).append(ReservedPerson(
            name=row["name"], kana=row["kana"], birth_date=_required(row, "birth_date", line),
            sex=_sex(row, line), relation=row["relation"], nationality=row["nationality"],
            insurances=_codes(row["insurances"]), registrations=_codes(row["registrations"])))
    return [MoveInReservation(
        reservation_id=rid, previous_address=head["previous_address"],
        previous_municipality=head["previous_municipality"],
        planned_address=PlannedAddress(head["oaza"], head["banchi"], head["katagaki"]),
        planned_date=date.fromisoformat(head["planned_date"]),
        moved_out_on=date.fromisoformat(head["moved_out_on"]) if head["moved_out_on"] else None,
        members=tuple(movers[rid])) for rid, head in heads.items()]
