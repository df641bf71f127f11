"""Read ``onestop.yaml``: the town's one-stop desk (回らない窓口), if it has one.

The file is optional; without it (or with ``enabled: false``) every procedure is done at
its department's counter, as before. With it, the file names the desk (its counter code,
name and place) and places **every** procedure of ``procedures.yaml`` in exactly one of
two lists: ``at_desk`` (the desk does it) or ``specialist`` (the desk hands it to the
procedure's department, whose specialist finishes it). Nothing is placed silently: a
procedure missing from both lists, in both, or unknown is an error, so a town that adds a
procedure decides where it is done.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from forms.catalog.fields import Entry
from forms.catalog.model import DepartmentDef, OneStopDesk, Procedure
from forms.catalog.yamlio import Problems

FILE = "onestop.yaml"
_KEYS = {"enabled", "desk", "at_desk", "specialist"}
_DESK_KEYS = {"id", "name", "place"}
MAX_PROCEDURE_ID = 32  # kiosk.visits.recorder's codes


def build_onestop(
    problems: Problems, data: Any, departments: Mapping[str, DepartmentDef],
    procedures: Mapping[str, Procedure],
) -> OneStopDesk | None:
    """The desk, or ``None`` when the file is absent or the desk is not enabled."""
    if data is None:
        return None
    body = data.get("onestop") if isinstance(data, Mapping) else None
    if not isinstance(body, Mapping):
        problems.add(FILE, "", "the file must have a top-level 'onestop' mapping")
        return None
    e = Entry(problems, FILE, "onestop", body, _KEYS)
    enabled = body.get("enabled", True)
    if not isinstance(enabled, bool):
        e.error("'enabled' must be true or false")
        return None
    raw_desk = body.get("desk")
    if not isinstance(raw_desk, Mapping):
        e.error("'desk' must be a mapping with id, name and place")
        return None
    d = Entry(problems, FILE, "onestop desk", raw_desk, _DESK_KEYS)
    desk_id = d.string("id")
    if desk_id and not desk_id.isidentifier():
        d.error("'id' must be a code of letters, digits and underscores (e.g. SOGO)")
    if desk_id in departments:
        d.error(f"'id' {desk_id!r} is already a department of departments.yaml: the desk "
                "is a counter of its own")
    specialist = _placements(e, procedures, enabled)
    name, place = d.text("name"), d.text("place")
    if not enabled:
        return None
    return OneStopDesk(desk_id, name, place, frozenset(specialist))


def _placements(e: Entry, procedures: Mapping[str, Procedure], enabled: bool) -> list[str]:
    """Check ``at_desk`` and ``specialist`` against the procedures; the specialist ones."""
    at_desk = e.str_list("at_desk", [])
    specialist = e.str_list("specialist", [])
    for pid in sorted({*at_desk, *specialist} - set(procedures)):
        e.error(f"names procedure {pid!r}, which procedures.yaml does not define")
    for pid in sorted(set(at_desk) & set(specialist)):
        e.error(f"procedure {pid!r} is both 'at_desk' and 'specialist': choose one")
    for listed, what in ((at_desk, "at_desk"), (specialist, "specialist")):
        if len(set(listed)) != len(listed):
            e.error(f"a procedure is listed twice in {what!r}")
    unplaced = [pid for pid in procedures if pid not in {*at_desk, *specialist}]
    if enabled and unplaced:
        e.error(f"procedures placed neither 'at_desk' nor 'specialist': {', '.join(unplaced)}")
    for pid in procedures:  # the hand-off events carry it as a short code (the metrics)
        if enabled and len(pid) > MAX_PROCEDURE_ID:
            e.error(f"procedure id {pid!r} is longer than {MAX_PROCEDURE_ID} characters: the "
                    "desk's hand-off events cannot name it")
    return specialist


def desk_department(desk: OneStopDesk) -> DepartmentDef:
    """The desk as a counter (order 0: the resident starts there)."""
    return DepartmentDef(desk.id, desk.name, desk.place, 0)
