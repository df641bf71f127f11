"""Read ``events.yaml``: each life event and its behaviour (whom it is about, what it does
to the address, its symbol, titles and household prompt), so no code names an event."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from forms.catalog.compiler import ConditionCompiler
from forms.catalog.fields import Entry, entry_id, top_list
from forms.catalog.model import AddressChange, EventDef, Question, Subject
from forms.catalog.yamlio import Problems, line_of


def event_ids(data: Any) -> tuple[str, ...]:
    """The event ids as written (checked properly by ``build_events``), for the ``event`` fact."""
    items = data.get("events") if isinstance(data, Mapping) else None
    if not isinstance(items, list):
        return ()
    return tuple(str(i["id"]) for i in items if isinstance(i, Mapping) and "id" in i)


_EVENT_KEYS = {"id", "title", "paper_title", "description", "subject", "address_change",
               "symbol", "household_prompt", "questions", "household_split",
               "uses_reservation"}


def _choice(e: Entry, key: str, allowed: list[str], fallback: str) -> str:
    """The value of an enumerated field; ``fallback`` after reporting a wrong one."""
    value = e.string(key)
    if value and value not in allowed:
        e.error(f"{key!r} must be one of {', '.join(allowed)}, not {value!r}")
    return value if value in allowed else fallback


def _flag(e: Entry, key: str) -> bool:
    value = e.data.get(key, False)
    if not isinstance(value, bool):
        e.error(f"{key!r} must be true or false")
        return False
    return value


def build_events(
    problems: Problems, data: Any, questions: Mapping[str, Question],
    compiler: ConditionCompiler | None = None,
) -> dict[str, EventDef]:
    file = "events.yaml"
    result: dict[str, EventDef] = {}
    seen: dict[str, int] = {}
    for i, item in enumerate(top_list(problems, file, data, "events")):
        eid = entry_id(problems, file, "event", i, item, seen)
        e = Entry(problems, file, f"event {eid!r}", item, _EVENT_KEYS)
        qids = e.str_list("questions", [])
        for qid in qids:
            if qid not in questions:
                e.error(f"unknown question id {qid!r}")
        if len(set(qids)) != len(qids):
            e.error("a question is listed twice")
        symbol = e.string("symbol")
        if e.has("symbol") and not symbol.strip():
            e.error("'symbol' must not be empty")
        title = e.text("title")
        event = EventDef(
            eid, title, e.text("description", title),
            tuple(q for q in qids if q in questions),
            paper_title=e.text("paper_title"),
            subject=Subject(_choice(e, "subject", [m.value for m in Subject],
                                    Subject.RESIDENT.value)),
            address_change=AddressChange(_choice(
                e, "address_change", [m.value for m in AddressChange],
                AddressChange.NONE.value)),
            symbol=symbol,
            household_prompt=e.text("household_prompt"),
            household_split=(compiler.condition(e, e.string("household_split"),
                                                "household_split")
                             if compiler is not None and e.has("household_split") else None),
            uses_reservation=_flag(e, "uses_reservation"),
        )
        if event.uses_reservation and not event.brings_new_address:
            e.error("'uses_reservation' needs address_change: new_address")
        if eid:
            result[eid] = event
    if data is not None and not result:
        problems.add(file, "", "no events are defined", line_of(data))
    return result

