"""Read ``procedures.yaml``: each procedure with one compiled rule per life event.

Every rule (one variant of the procedure: registration, change, cancellation …) states
its own forms, documents, fee and deadline, or names the variant it copies with
``same_as: <event>``. Nothing is inherited silently from another variant: the procedure
itself holds only its id, department, name, form scope, a default condition and the
staff guidance (legal basis, common mistakes, documents to see) its variants share.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from forms.catalog.compiler import ConditionCompiler
from forms.catalog.fields import Entry, entry_id, top_list
from forms.catalog.model import DepartmentDef, EventDef, Guidance, Item, Procedure, Rule, Text
from forms.catalog.yamlio import Problems

FILE = "procedures.yaml"
_KEYS = {"id", "ref", "department", "title", "form_scope", "when", "events", "guidance",
         "minutes"}
#: Staff guidance beside each variant's checklist (what to check), for the clerk console.
_GUIDANCE_KEYS = {"legal_basis", "mistakes", "to_see"}
# What a variant must state for itself, unless it copies another with ``same_as``.
MAX_MINUTES = 240
"""The most minutes one procedure (or a department's default) may state."""
_OWN_KEYS = ("forms", "documents", "fee", "deadline")
_COPIED_KEYS = {*_OWN_KEYS, "checklist", "filing_days", "filing_counts_event_day"}
_RULE_KEYS = {"when", "title", "same_as", "core_fills_with", *_COPIED_KEYS}
#: What a rule's ``core_fills_with`` may name: the record that lets the core system fill
#: the form itself (only a 転入予約 so far).
CORE_FILLS_WITH = ("reservation",)


def build_procedures(
    problems: Problems, data: Any, compiler: ConditionCompiler,
    departments: Mapping[str, DepartmentDef], events: Mapping[str, EventDef],
    known_forms: frozenset[str],
) -> dict[str, Procedure]:
    result: dict[str, Procedure] = {}
    seen: dict[str, int] = {}
    for i, item in enumerate(top_list(problems, FILE, data, "procedures")):
        pid = entry_id(problems, FILE, "procedure", i, item, seen)
        e = Entry(problems, FILE, f"procedure {pid!r}", item, _KEYS)
        department = e.string("department")
        if department and department not in departments:
            e.error(f"unknown department {department!r}")
        form_scope = e.string("form_scope", "member")
        if form_scope not in ("member", "household"):
            e.error(f"form_scope {form_scope!r} must be 'member' or 'household'")
        ref = item.get("ref")
        if ref is not None and (isinstance(ref, bool) or not isinstance(ref, int)):
            e.error("'ref' must be the reference's row number")
            ref = None
        title = e.text("title")
        rules = _rules(e, compiler, item.get("events"), item.get("when"), title, events,
                       known_forms)
        guidance = _guidance(e, item.get("guidance"))
        minutes = e.integer("minutes") if e.has("minutes") else None
        if minutes is not None and not 0 <= minutes <= MAX_MINUTES:
            e.error(f"'minutes' must be between 0 and {MAX_MINUTES}")
        if pid:
            result[pid] = Procedure(pid, ref, department, title, form_scope, rules, guidance,
                                    minutes)
    return result


@dataclass(frozen=True, slots=True)
class _Variant:
    """What a variant states for itself (and what ``same_as`` copies)."""

    forms: tuple[str, ...]
    documents: tuple[Item, ...]
    fee: Text
    deadline: Text
    checklist: tuple[Item, ...]
    filing_days: int | None
    filing_counts_event_day: bool


def _rules(
    e: Entry, compiler: ConditionCompiler, raw: Any, default_when: Any, title: Text,
    events: Mapping[str, EventDef], known_forms: frozenset[str],
) -> dict[str, Rule]:
    if not isinstance(raw, Mapping) or not raw:
        e.error("'events' must map at least one event id to its rule")
        return {}
    bodies: dict[str, tuple[Entry, Mapping[str, Any]]] = {}
    for event, raw_body in raw.items():
        if event not in events:
            e.error(f"unknown event {event!r} (events: {', '.join(events)})")
            continue
        body = raw_body or {}
        if not isinstance(body, Mapping):
            e.error(f"event {event}: the rule must be a mapping")
            continue
        r = Entry(e.problems, e.file, f"{e.label}, event {event}", body, _RULE_KEYS)
        r.line = r.line or e.line
        bodies[str(event)] = (r, body)
    variants = {ev: _own_variant(r, compiler, body, known_forms)
                for ev, (r, body) in bodies.items() if "same_as" not in body}
    rules: dict[str, Rule] = {}
    for event, (r, body) in bodies.items():
        variant = variants.get(event) or _copied_variant(r, body, variants)
        source = body.get("when", default_when)
        if not isinstance(source, str):
            r.error("no condition: give 'when' here or on the procedure")
            continue
        condition = compiler.condition(r, source, "when")
        if condition is not None and variant is not None:
            rules[event] = Rule(
                event=event, when=condition, title=r.text("title", title),
                form_ids=variant.forms, documents=variant.documents,
                deadline=variant.deadline, checklist=variant.checklist, fee=variant.fee,
                filing_days=variant.filing_days,
                filing_counts_event_day=variant.filing_counts_event_day,
                core_fills_with=_core_fills_with(r, events[event]),
            )
    return rules


def _core_fills_with(r: Entry, event: EventDef) -> str:
    value = r.string("core_fills_with", "")
    if value and value not in CORE_FILLS_WITH:
        r.error(f"'core_fills_with' must be one of {', '.join(CORE_FILLS_WITH)}, "
                f"not {value!r}")
        return ""
    if value and not event.uses_reservation:
        r.error(f"'core_fills_with: {value}' needs an event with uses_reservation: true")
        return ""
    return value


def _own_variant(r: Entry, compiler: ConditionCompiler, body: Mapping[str, Any],
                 known_forms: frozenset[str]) -> _Variant:
    missing = [key for key in _OWN_KEYS if key not in body]
    if missing:
        r.error(f"states no {', '.join(repr(k) for k in missing)}: every variant gives its "
                "own forms, documents, fee and deadline, or copies one with 'same_as: <event>'")
    days = body.get("filing_days")
    if days is not None and (isinstance(days, bool) or not isinstance(days, int) or days < 1):
        r.error("'filing_days' must be a whole number of days (1 or more)")
        days = None
    counts = body.get("filing_counts_event_day", False)
    if not isinstance(counts, bool):
        r.error("'filing_counts_event_day' must be true or false")
        counts = False
    return _Variant(
        forms=_forms(r, r.str_list("forms", []), known_forms),
        documents=_items(r, compiler, body.get("documents", []), "documents"),
        fee=r.text("fee"), deadline=r.text("deadline"),
        checklist=_items(r, compiler, body.get("checklist", []), "checklist"),
        filing_days=days, filing_counts_event_day=counts,
    )


def _copied_variant(r: Entry, body: Mapping[str, Any],
                    variants: Mapping[str, _Variant]) -> _Variant | None:
    target = body.get("same_as")
    stated = sorted(key for key in body if key in _COPIED_KEYS)
    if stated:
        r.error(f"'same_as' copies {', '.join(stated)}: state them or copy them, not both")
    found = variants.get(target) if isinstance(target, str) else None
    if found is None:
        r.error(f"'same_as: {target}' must name another event of this procedure that "
                f"states its own variant (stated: {', '.join(variants) or 'none'})")
    return found


def _guidance(e: Entry, raw: Any) -> Guidance:
    """``guidance: {legal_basis: […], mistakes: […], to_see: […]}``, lists of {ja, en}."""
    if raw is None:
        return Guidance()
    if not isinstance(raw, Mapping):
        e.error("'guidance' must be a mapping of legal_basis, mistakes and to_see")
        return Guidance()
    g = Entry(e.problems, e.file, f"{e.label}, guidance", raw, _GUIDANCE_KEYS)
    g.line = g.line or e.line
    lists: dict[str, tuple[Text, ...]] = {}
    for key in sorted(_GUIDANCE_KEYS):
        value = raw.get(key, [])
        if not isinstance(value, list):
            g.error(f"{key!r} must be a list of {{ja, en}} texts")
            value = []
        lists[key] = tuple(g.text_value(v, f"{key}[{i}]") for i, v in enumerate(value))
    return Guidance(lists["legal_basis"], lists["mistakes"], lists["to_see"])


def _forms(e: Entry, ids: list[str], known: frozenset[str]) -> tuple[str, ...]:
    for form_id in ids:
        if form_id not in known:
            e.error(f"names form {form_id!r}, which does not exist (known forms: "
                    f"{len(known)}, e.g. {', '.join(sorted(known)[:3])})")
    if len(set(ids)) != len(ids):
        e.error("a form is listed twice")
    return tuple(ids)


def _items(e: Entry, compiler: ConditionCompiler, raw: Any, what: str) -> tuple[Item, ...]:
    if not isinstance(raw, list):
        e.error(f"{what!r} must be a list of {{ja, en}} items")
        return ()
    items: list[Item] = []
    for index, body in enumerate(raw):
        text = e.text_value(body, f"{what}[{index}]")
        condition = None
        if isinstance(body, Mapping) and "when" in body:
            when = body["when"]
            if not isinstance(when, str):
                e.error(f"{what}[{index}]: 'when' must be a condition text")
                continue
            condition = compiler.condition(e, when, f"{what}[{index}] when")
        items.append(Item(text, condition))
    return tuple(items)
