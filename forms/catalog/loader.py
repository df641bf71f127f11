"""Load and validate a catalog folder into a ``Catalog``.

What is checked, each reported with file, line, entry and problem:

* YAML syntax, duplicate keys, unknown keys, missing or mistyped fields, duplicate ids;
* conditions: syntax, unknown names (question ids, predicates, built-in facts), types
  (``age >= "x"``), choice values that are not options of the question;
* events: who the event is about (``subject``), its ``address_change``, its symbol, its
  titles on screens and on paper and its household prompt, so no code names an event;
* references: departments, events, questions listed by events, form ids (the form layouts
  are the source of truth: the bundled ``forms/layouts/`` plus the town's own
  ``<catalog folder>/layouts/``; the fixed list only when there are none);
* ``from_record``: record codes from the link's list (``record_codes.yaml``), options and
  events that exist, a rule that fits the question's type;
* ``onestop.yaml`` (optional): the one-stop desk, and every procedure placed at the desk
  or with a specialist;
* cycles: predicates defined through each other, questions whose ``ask_when`` depend on
  each other.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from forms.catalog.compiler import ConditionCompiler
from forms.catalog.events import build_events, event_ids
from forms.catalog.fields import Entry, entry_id, top_list
from forms.catalog.graph import find_cycle, topological
from forms.catalog.model import (
    Catalog,
    Condition,
    DepartmentDef,
    KioskTiming,
    Oaza,
    Predicate,
    Question,
    Text,
    Town,
)
from forms.catalog.onestop import build_onestop, desk_department
from forms.catalog.procedures import MAX_MINUTES, build_procedures
from forms.catalog.questions import build_dont_know, build_questions
from forms.catalog.record_rules import load_record_codes
from forms.catalog.translations import catalog_translations
from forms.catalog.yamlio import CatalogError, Problems, line_of, read_yaml
from kiosk.domain import conditions as cond
from kiosk.domain.fact_vocabulary import FACT_TYPES, fact_choices
from kiosk.i18n import is_locale_tag
from kiosk.resources_path import package_folder

BUNDLED_FOLDER = package_folder("forms.catalog")
DEFAULT_MINUTES = 10
"""A department's minutes per procedure when departments.yaml gives none."""
LAYOUTS_DIR = BUNDLED_FOLDER.parent / "layouts"
FILES = ("departments", "town", "events", "questions", "predicates", "procedures")

FIXED_FORM_IDS = frozenset({
    "jumin_ido", "setainushi_henko", "mynumber_card", "inkan_toroku", "jumin_hyo_kofu",
    "koseki_todoke", "kokuho_shutoku", "kokuho_soshitsu", "sosaihi", "kouki_koureisha",
    "kaigo_hoken", "nenkin_hihokensha", "nenkin_shibo", "jido_teate", "kodomo_iryo",
    "hitorioya", "tennyugaku", "hoiku_tenen", "boshi_hoken", "shogai_techo", "suido",
    "inu_toroku", "gentsuki", "kotei_shisan", "kaigo_soshitsu", "kodomo_iryo_henko",
    "jido_teate_henko", "nenkin_sanzen_sango", "kokuho_sanzen_sango", "jumin_ido_gaikoku",
    "kokuho_henko", "shussan_ichijikin",
})
"""The agreed form ids, used until the form layouts exist."""

__all__ = ["BUNDLED_FOLDER", "FIXED_FORM_IDS", "CatalogError", "known_form_ids", "load_catalog"]


def known_form_ids(
    layouts_dir: Path | None = None, town_layouts: Path | None = None
) -> frozenset[str]:
    """Form ids with a layout (``<id>.yaml``; ``_parts.yaml`` and the like are not forms)
    in ``layouts_dir`` (default: the bundled layouts) or in the town's own ``town_layouts``,
    or the fixed list when there is no layout at all yet."""
    ids: set[str] = set()
    for folder in (LAYOUTS_DIR if layouts_dir is None else layouts_dir, town_layouts):
        if folder is not None and folder.is_dir():
            ids.update(p.stem for p in folder.glob("*.yaml") if not p.stem.startswith("_"))
    return frozenset(ids) if ids else FIXED_FORM_IDS


def load_catalog(
    folder: Path | str | None = None, known_forms: Iterable[str] | None = None
) -> Catalog:
    """Load the catalog in ``folder`` (empty or ``None``: the bundled one).

    Raises ``CatalogError`` listing every problem found.
    """
    root = Path(folder) if folder else BUNDLED_FOLDER
    problems = Problems()
    if not root.is_dir():
        problems.add(str(root), "", "the catalog folder does not exist")
        problems.raise_if_any()
    raw = {name: read_yaml(root / f"{name}.yaml", problems) for name in FILES}
    # optional: a town without a one-stop desk has no onestop.yaml
    onestop_raw = (read_yaml(root / "onestop.yaml", problems)
                   if (root / "onestop.yaml").exists() else None)
    problems.locales = _locales(problems, root)
    problems.translations, unreadable = catalog_translations(
        root, [loc for loc in problems.locales if loc not in ("ja", "en")])
    for sentence in unreadable:
        problems.add(str(root.name), "", sentence)
    problems.raise_if_any()  # nothing sensible can be said about files that do not parse
    forms = (frozenset(known_forms) if known_forms is not None
             else known_form_ids(town_layouts=root / "layouts"))

    departments = _departments(problems, raw["departments"])
    town = _town(problems, raw["town"])
    kiosk_timing = _kiosk_timing(problems, raw["departments"])
    questions, question_entries = build_questions(problems, raw["questions"],
                                                  load_record_codes(problems))
    dont_know = build_dont_know(problems, raw["questions"])
    predicate_entries = _predicate_entries(problems, raw["predicates"])
    _check_namespace(problems, questions, predicate_entries)

    types: dict[str, str] = dict(FACT_TYPES)
    choices = fact_choices(event_ids(raw["events"]))
    for q in questions.values():
        types[q.id] = q.value_type
        if q.type == "choice":
            choices[q.id] = q.option_ids
    compiler = ConditionCompiler(types, choices)
    predicates = _predicates(compiler, predicate_entries)
    questions = _compile_ask_when(problems, compiler, questions, question_entries)
    events = build_events(problems, raw["events"], questions, compiler)
    for qid, question in questions.items():
        for eid in question.text_by_event:
            if events and eid not in events:
                question_entries[qid].error(f"'text_by_event' names unknown event {eid!r}")
        for rule in question.from_record:
            for eid in sorted(rule.events - set(events)):
                if events:
                    question_entries[qid].error(f"'from_record' names unknown event {eid!r}")
    procedures = build_procedures(
        problems, raw["procedures"], compiler, departments, events, forms
    )
    onestop = build_onestop(problems, onestop_raw, departments, procedures)
    problems.raise_if_any()
    if onestop is not None:  # the desk is a counter too: queues, consoles, statistics
        departments = {onestop.id: desk_department(onestop), **departments}
    return Catalog(
        folder=root,
        departments=MappingProxyType(departments),
        events=MappingProxyType(events),
        questions=MappingProxyType(questions),
        predicates=MappingProxyType(predicates),
        procedures=MappingProxyType(procedures),
        town=town,
        known_forms=forms,
        locales=problems.locales,
        onestop=onestop,
        dont_know=dont_know,
        kiosk_timing=kiosk_timing,
    )


def _locales(problems: Problems, root: Path) -> tuple[str, ...]:
    """The locales the catalog's texts carry, from the optional ``locales.yaml``
    (``locales: [ja, en, vi]``; ``ja`` is required); without it, Japanese and English."""
    path = root / "locales.yaml"
    if not path.exists():
        return ("ja", "en")
    data = read_yaml(path, problems)
    declared = data.get("locales") if isinstance(data, Mapping) else None
    if not isinstance(declared, list) or not all(is_locale_tag(x) for x in declared):
        problems.add(path.name, "", "'locales' must be a list of locale tags such as ja, en, vi")
        return ("ja", "en")
    if "ja" not in declared:
        problems.add(path.name, "", "'locales' must include 'ja'", line_of(data))
    return tuple(dict.fromkeys(declared))


# ------------------------------------------------------------------------------ files


def _departments(problems: Problems, data: Any) -> dict[str, DepartmentDef]:
    file = "departments.yaml"
    result: dict[str, DepartmentDef] = {}
    seen: dict[str, int] = {}
    for i, item in enumerate(top_list(problems, file, data, "departments")):
        did = entry_id(problems, file, "department", i, item, seen)
        e = Entry(problems, file, f"department {did!r}", item,
                  {"id", "order", "name", "counter", "minutes"})
        minutes = e.integer("minutes", DEFAULT_MINUTES)
        if not 0 <= minutes <= MAX_MINUTES:
            e.error(f"'minutes' must be between 0 and {MAX_MINUTES}")
        dept = DepartmentDef(did, e.text("name"), e.text("counter"), e.integer("order"),
                             minutes)
        if did:
            result[did] = dept
    if data is not None and not result:
        problems.add(file, "", "no departments are defined")
    return dict(sorted(result.items(), key=lambda kv: kv[1].order))


def _kiosk_timing(problems: Problems, data: Any) -> KioskTiming:
    """``kiosk: {seconds_to_finish, seconds_per_form}`` in departments.yaml (optional)."""
    raw = data.get("kiosk") if isinstance(data, Mapping) else None
    if raw is None:
        return KioskTiming()
    if not isinstance(raw, Mapping):
        problems.add("departments.yaml", "kiosk", "'kiosk' must be a mapping")
        return KioskTiming()
    e = Entry(problems, "departments.yaml", "kiosk", raw, {"seconds_to_finish",
                                                          "seconds_per_form"})
    timing = KioskTiming(e.integer("seconds_to_finish", 60), e.integer("seconds_per_form", 15))
    if min(timing.seconds_to_finish, timing.seconds_per_form) < 0:
        e.error("the kiosk's seconds must not be negative")
    return timing


def _town(problems: Problems, data: Any) -> Town:
    file = "town.yaml"
    body = data.get("town") if isinstance(data, Mapping) else None
    if not isinstance(body, Mapping):
        problems.add(file, "", "the file must have a top-level 'town' mapping")
        body = {}
    e = Entry(problems, file, "town", body, {
        "name", "prefecture", "district", "kana", "jis_code", "default_postal_code",
        "child_medical_age", "oaza", "addressee", "oaza_prefix", "catalog_version",
    })
    jis = e.string("jis_code")
    if jis and not (len(jis) == 5 and jis.isdigit()):
        e.error("'jis_code' must be the 5-digit JIS X 0402 code of the town")
    age = e.integer("child_medical_age")
    if not 0 <= age <= 22:
        e.error("'child_medical_age' must be between 0 and 22")
    catalog_version = e.integer("catalog_version", 1)  # a catalog from before the codes
    if catalog_version < 1:
        e.error("'catalog_version' must be a whole number from 1 (raise it when events or "
                "questions change)")
    oaza: list[Oaza] = []
    names: set[str] = set()
    for item in e.mapping_list("oaza"):
        oe = Entry(problems, file, f"oaza {item.get('name')!r}", item,
                   {"name", "kana", "postal_code"})
        entry = Oaza(oe.string("name"), oe.string("kana"), oe.string("postal_code"))
        if entry.name in names:
            oe.error("duplicate 大字")
        names.add(entry.name)
        _check_postal(oe, entry.postal_code)
        oaza.append(entry)
    default = e.string("default_postal_code")
    _check_postal(e, default)
    return Town(
        name=e.text("name"), prefecture=e.text("prefecture"), district=e.text("district"),
        kana=e.string("kana", ""), jis_code=jis, default_postal_code=default,
        child_medical_age=age, oaza=tuple(oaza), addressee=e.text("addressee"),
        oaza_prefix=e.string("oaza_prefix", ""), catalog_version=catalog_version,
    )


def _check_postal(entry: Entry, code: str) -> None:
    digits = code.replace("-", "")
    if code and not (len(digits) == 7 and digits.isdigit() and code[3:4] == "-"):
        entry.error(f"postal code {code!r} must be written like 861-0803")


def _predicate_entries(problems: Problems, data: Any) -> dict[str, tuple[Entry, str]]:
    file = "predicates.yaml"
    result: dict[str, tuple[Entry, str]] = {}
    seen: dict[str, int] = {}
    for i, item in enumerate(top_list(problems, file, data, "predicates")):
        pid = entry_id(problems, file, "predicate", i, item, seen)
        e = Entry(problems, file, f"predicate {pid!r}", item, {"id", "when", "label"})
        source = e.string("when")
        if pid:
            result[pid] = (e, source)
    return result


def _check_namespace(
    problems: Problems, questions: Mapping[str, Question],
    predicates: Mapping[str, tuple[Entry, str]],
) -> None:
    for qid in questions:
        if qid in FACT_TYPES:
            problems.add("questions.yaml", f"question {qid!r}",
                         "the id is a built-in fact's name; choose another")
    for pid, (entry, _) in predicates.items():
        if pid in FACT_TYPES:
            entry.error("the id is a built-in fact's name; choose another")
        elif pid in questions:
            entry.error("the id is already a question's id")


def _predicates(
    compiler: ConditionCompiler, entries: Mapping[str, tuple[Entry, str]]
) -> dict[str, Predicate]:
    parsed: dict[str, cond.Node] = {}
    for pid, (entry, source) in entries.items():
        node = compiler.parse(entry, source, "when")
        if node is not None:
            parsed[pid] = node
        else:
            compiler.types[pid] = "bool"  # reported once here, not again in every user
    graph = {pid: [n.name for n in cond.names(node) if n.name in parsed]
             for pid, node in parsed.items()}
    cycle = find_cycle(graph)
    if cycle:
        entries[cycle[0]][0].error("predicates form a cycle: " + " -> ".join(cycle))
        return {}
    result: dict[str, Predicate] = {}
    for pid in topological(graph):
        entry, source = entries[pid]
        compiled = compiler.compile(entry, source, parsed[pid], "when", want_bool=False)
        if compiled is None:
            compiler.types[pid] = "bool"  # reported once here, not again in every user
            continue
        expr, kind = compiled
        compiler.define(pid, expr, kind)
        result[pid] = Predicate(pid, Condition(source, expr),
                                entry.text("label", Text(pid, pid)), kind)
    return {pid: result[pid] for pid in entries if pid in result}


def _compile_ask_when(
    problems: Problems, compiler: ConditionCompiler, questions: dict[str, Question],
    entries: Mapping[str, Entry],
) -> dict[str, Question]:
    result: dict[str, Question] = {}
    graph: dict[str, list[str]] = {}
    for qid, q in questions.items():
        entry = entries[qid]
        ask_when = _compiled(compiler, entry, q.ask_when.source, "ask_when")
        implied = (_compiled(compiler, entry, q.implied_by.source, "implied_by")
                   if q.implied_by is not None else None)
        graph[qid] = [n.name for c in (ask_when, implied) if c is not None
                      for n in cond.names(c.expr) if n.name in questions]
        result[qid] = replace(q, ask_when=ask_when, implied_by=implied)
    cycle = find_cycle(graph)
    if cycle:
        entries[cycle[0]].error(
            "ask_when/implied_by conditions form a cycle: " + " -> ".join(cycle))
    return result


def _compiled(compiler: ConditionCompiler, entry: Entry, source: str, what: str) -> Condition:
    """The compiled condition, or ``true`` after reporting a problem."""
    node = compiler.parse(entry, source, what)
    compiled = compiler.compile(entry, source, node, what) if node else None
    return Condition(source, compiled[0] if compiled else cond.TRUE)
