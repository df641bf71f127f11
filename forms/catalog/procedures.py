"""Read ``procedures.yaml``: each procedure with one compiled rule per life event."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from forms.catalog.compiler import ConditionCompiler
from forms.catalog.fields import Entry, entry_id, top_list
from forms.catalog.model import DepartmentDef, EventDef, Item, Procedure, Rule, Text
from forms.catalog.yamlio import Problems

FILE = "procedures.yaml"
_KEYS = {"id", "ref", "department", "title", "forms", "form_scope", "fee", "deadline", "when",
         "documents", "checklist", "events"}
_RULE_KEYS = {"when", "title", "forms", "documents", "deadline", "checklist"}


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
        defaults = _Defaults(
            when=item.get("when"), title=e.text("title"),
            forms=_forms(e, e.str_list("forms", []), known_forms),
            documents=_items(e, compiler, item.get("documents", []), "documents"),
            deadline=e.text("deadline"),
            checklist=_items(e, compiler, item.get("checklist", []), "checklist"),
        )
        rules = _rules(e, compiler, item.get("events"), defaults, events, known_forms)
        if pid:
            result[pid] = Procedure(pid, ref, department, defaults.title, form_scope,
                                    e.text("fee"), rules)
    return result


class _Defaults:
    def __init__(self, when: Any, title: Text, forms: tuple[str, ...],
                 documents: tuple[Item, ...], deadline: Text,
                 checklist: tuple[Item, ...]) -> None:
        self.when = when
        self.title = title
        self.forms = forms
        self.documents = documents
        self.deadline = deadline
        self.checklist = checklist


def _rules(
    e: Entry, compiler: ConditionCompiler, raw: Any, defaults: _Defaults,
    events: Mapping[str, EventDef], known_forms: frozenset[str],
) -> dict[str, Rule]:
    if not isinstance(raw, Mapping) or not raw:
        e.error("'events' must map at least one event id to its rule ({} for the defaults)")
        return {}
    rules: dict[str, Rule] = {}
    for event, raw_body in raw.items():
        label = f"{e.label}, event {event}"
        if event not in events:
            e.error(f"unknown event {event!r} (events: {', '.join(events)})")
            continue
        body = raw_body or {}
        if not isinstance(body, Mapping):
            e.error(f"event {event}: the rule must be a mapping")
            continue
        r = Entry(e.problems, e.file, label, body, _RULE_KEYS)
        r.line = r.line or e.line
        source = body.get("when", defaults.when)
        if not isinstance(source, str):
            r.error("no condition: give 'when' here or on the procedure")
            continue
        condition = compiler.condition(r, source, "when")
        forms = (_forms(r, r.str_list("forms"), known_forms) if "forms" in body
                 else defaults.forms)
        documents = (_items(r, compiler, body["documents"], "documents")
                     if "documents" in body else defaults.documents)
        checklist = (_items(r, compiler, body["checklist"], "checklist")
                     if "checklist" in body else defaults.checklist)
        if condition is not None:
            rules[event] = Rule(
                event=event, when=condition, title=r.text("title", defaults.title),
                form_ids=forms, documents=documents,
                deadline=r.text("deadline", defaults.deadline), checklist=checklist,
            )
    return rules


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
