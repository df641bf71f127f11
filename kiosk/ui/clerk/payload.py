"""The clerk's view of a visit's prefilled data, in plain Python (no Qt), tested directly.

The payload a kiosk stores for the clerks (``PersonalStore.put``) is the scenario file
format (``Scenario.from_json``: event, event_date, resident, household, answers,
new_address) plus, optionally, ``flags`` from the print. This module:

* turns a scanned guide-sheet QR text (``KKS1:<visit id>[:<form id>]``) into a visit key;
* lists the values a clerk may correct (names, furigana, birth dates, relations, the
  current and the new address) and applies corrections to a copy of the payload, which
  must then pass the same strict validation as every scenario (``validate_scenario``:
  no birth date in the future, no empty name, the town's 大字 and postal codes …);
* works out which of a counter's forms a correction touches, from the layouts' bindings,
  so only those are re-rendered and reprinted;
* says where each value came from (``provenance``: the card, the town's record, the
  resident, or staff), and marks a corrected value as staff's.

Nothing here logs, and no exception message carries a value: keys only.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from forms.catalog import Catalog
from forms.layout import FieldSpec, Layout
from kiosk.navigation.scenario import SELF_ID, ScenarioError
from kiosk.navigation.validation import validate_scenario

QR_PREFIX = "KKS1"
MEMBER_ATTRS = ("name", "furigana", "birth_date", "relation")
ADDRESS_ATTRS = ("oaza", "banchi", "katagaki", "postal_code")

# Which binding paths each corrected attribute feeds (``forms.bindings`` vocabulary).
_FEEDS: dict[str, tuple[str, ...]] = {
    "name": (".name", "derived.head_name"),
    "furigana": (".furigana",),
    "birth_date": (".birth_date",),
    "relation": (".relation", ".kinship", "derived.head_name", "derived.filer_role"),
    "address": (".address", ".postal_code", "derived.old_address", "derived.honseki_note"),
    "oaza": ("derived.new_address", ".address", ".postal_code"),
    "banchi": ("derived.new_address", ".address"),
    "katagaki": (".katagaki", ".address", "derived.new_address"),
    "postal_code": (".postal_code",),
}


class CorrectionError(ValueError):
    """A correction that cannot be applied; names the field key, never its value."""

    def __init__(self, key: str, reason: str) -> None:
        super().__init__(f"{key}: {reason}")
        self.key = key


def visit_key_from_scan(text: str) -> str:
    """The visit id (or ticket) a scan names: ``KKS1:<id>[:<form>]`` or the bare text."""
    text = text.strip()
    head, sep, rest = text.partition(":")
    if sep and head.upper() == QR_PREFIX:
        return rest.split(":", 1)[0].strip()
    return text


@dataclass(frozen=True)
class EditableField:
    """One correctable value. ``member`` is "self", a household id, or "" (new address)."""

    key: str
    member: str
    attr: str
    value: str

    def __repr__(self) -> str:
        return f"EditableField(key={self.key!r}, <redacted>)"

    __str__ = __repr__


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def editable_fields(payload: Mapping[str, Any]) -> list[EditableField]:
    """The values a clerk may correct, resident first, then each member, then the address."""
    out: list[EditableField] = []
    resident = payload.get("resident") or {}
    for attr in (*MEMBER_ATTRS, "address"):
        if attr == "relation":
            continue
        out.append(EditableField(f"resident.{attr}", SELF_ID, attr, _text(resident.get(attr))))
    for index, member in enumerate(payload.get("household") or [], start=1):
        if not isinstance(member, Mapping):
            continue
        member_id = str(member.get("id") or f"m{index}")
        for attr in MEMBER_ATTRS:
            out.append(EditableField(f"household.{member_id}.{attr}", member_id, attr,
                                     _text(member.get(attr))))
    new_address = payload.get("new_address")
    if isinstance(new_address, Mapping):
        for attr in ADDRESS_ATTRS:
            out.append(EditableField(f"new_address.{attr}", "", attr,
                                     _text(new_address.get(attr))))
    return out


#: The sources a value may have (``kiosk.domain.core_records.Provenance`` values).
SOURCES = ("card", "record", "resident", "staff")


def provenance_keys(key: str) -> tuple[str, ...]:
    """The payload's ``provenance`` keys of an editable value, most precise first:
    ``household.m1.name`` → ``m1.name``; ``new_address.banchi`` → itself, then the
    whole address's ``new_address``."""
    parts = key.split(".")
    if parts[0] == "household" and len(parts) == 3:
        return (f"{parts[1]}.{parts[2]}",)
    if parts[0] == "new_address":
        return (key, "new_address")
    return (key,)


def value_source(payload: Mapping[str, Any], key: str) -> str:
    """Where an editable value came from (one of ``SOURCES``), or "" when not known."""
    sources = payload.get("provenance")
    if not isinstance(sources, Mapping):
        return ""
    for candidate in provenance_keys(key):
        found = sources.get(candidate)
        if isinstance(found, str) and found in SOURCES:
            return found
    return ""


def _member_entry(data: dict[str, Any], member_id: str, key: str) -> dict[str, Any]:
    for index, member in enumerate(data.get("household") or [], start=1):
        if isinstance(member, dict) and str(member.get("id") or f"m{index}") == member_id:
            member.setdefault("id", member_id)
            return member
    raise CorrectionError(key, "no such household member")


def apply_changes(
    payload: Mapping[str, Any], changes: Mapping[str, str], *, catalog: Catalog, today: date
) -> dict[str, Any]:
    """A corrected copy of ``payload``; raises ``CorrectionError`` naming the bad key.

    The corrections are applied one by one and the scenario validated after each, so a
    refusal names the change that made the data unacceptable (a future birth date, an
    empty name, a 大字 that is not the town's …), exactly as the scenario loader would
    refuse it."""
    data: dict[str, Any] = copy.deepcopy(dict(payload))
    for key, raw in changes.items():
        _apply_one(data, key, raw.strip())
        sources = data.get("provenance")
        if not isinstance(sources, dict):
            sources = data["provenance"] = {}
        sources[provenance_keys(key)[0]] = "staff"
        try:
            validate_scenario(data, catalog, today)
        except ScenarioError as exc:
            raise CorrectionError(key, str(exc)) from None
    return data


def _apply_one(data: dict[str, Any], key: str, value: str) -> None:
    parts = key.split(".")
    attr = parts[-1]
    if attr == "birth_date":
        try:
            date.fromisoformat(value)
        except ValueError:
            raise CorrectionError(key, "a date is written YYYY-MM-DD") from None
    if parts[0] == "resident" and len(parts) == 2 and attr in (*MEMBER_ATTRS, "address"):
        data.setdefault("resident", {})[attr] = value
    elif parts[0] == "household" and len(parts) == 3 and attr in MEMBER_ATTRS:
        _member_entry(data, parts[1], key)[attr] = value
    elif parts[0] == "new_address" and len(parts) == 2 and attr in ADDRESS_ATTRS:
        data.setdefault("new_address", {})[attr] = value
    else:
        raise CorrectionError(key, "this value cannot be corrected here")


def changed_keys(payload: Mapping[str, Any], edited: Mapping[str, str]) -> dict[str, str]:
    """Only the edits that differ from the stored values."""
    current = {f.key: f.value for f in editable_fields(payload)}
    return {k: v for k, v in edited.items() if current.get(k, "") != v.strip()}


def _fields(layout: Layout) -> Iterable[FieldSpec]:
    for section in layout.sections:
        for row in section.rows:
            yield from row.fields
        if section.table is not None:
            yield from section.table.columns


def layout_bindings(layout: Layout) -> set[str]:
    """Every value path a layout prints (its fields' ``bind`` and ``kana``)."""
    return {path for f in _fields(layout) for path in (f.bind, f.kana) if path}


def touches(layout: Layout, attr: str) -> bool:
    """True when a corrected ``attr`` shows up somewhere on ``layout``."""
    feeds = _FEEDS.get(attr, ())
    return any(
        path == feed or (feed.startswith(".") and path.endswith(feed))
        for path in layout_bindings(layout) for feed in feeds
    )


def affected_form_ids(
    requests: Iterable[Any], layouts: Mapping[str, Layout], changes: Iterable[str]
) -> list[str]:
    """The form ids (of ``requests``, a plan's ``FormRequest``s) a set of changes touches.

    A member's correction touches only the forms that list that member; a change to the
    resident or the new address touches every form that prints the value.
    """
    parsed = []
    for key in changes:
        parts = key.split(".")
        member = parts[1] if parts[0] == "household" else (SELF_ID if parts[0] == "resident"
                                                            else "")
        parsed.append((member, parts[-1]))
    found: list[str] = []
    for request in requests:
        layout = layouts.get(request.form_id)
        if layout is None or request.form_id in found:
            continue
        for member, attr in parsed:
            if member and member != SELF_ID and member not in request.member_ids:
                continue
            if touches(layout, attr):
                found.append(request.form_id)
                break
    return found
