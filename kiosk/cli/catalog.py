"""``kiosk catalog check|show`` and ``kiosk navigate``: the catalog and the engine from a shell.

A town that edits its catalog runs ``kiosk catalog check`` before putting it live; every
problem is printed as one line naming the file, line, entry and what is wrong.
``kiosk navigate --scenario FILE.json`` prints the plan as JSON (the same scenario files
``kiosk forms render`` reads, read and checked by ``load_scenario_file``: one ``kiosk:``
line and exit 1 for anything wrong).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from forms.catalog import Catalog


def register(sub: argparse._SubParsersAction[Any]) -> None:
    catalog = sub.add_parser("catalog", help="check or list the life-event catalog")
    actions = catalog.add_subparsers(dest="catalog_command", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="validate the catalog and print counts")
    _folder_option(check)
    check.set_defaults(func=_check)
    show = actions.add_parser("show", help="list events, question ids and procedures")
    _folder_option(show)
    show.add_argument("--event", help="only what applies to this event (IN, OUT, …)")
    show.add_argument("--lang", choices=("ja", "en"), default="ja")
    show.set_defaults(func=_show)

    navigate = sub.add_parser("navigate", help="print the plan for a scenario file as JSON")
    navigate.add_argument("--scenario", required=True, metavar="FILE.json")
    _folder_option(navigate)
    navigate.set_defaults(func=_navigate)


def _folder_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--folder", metavar="DIR",
        help="catalog folder (default: [catalog] folder from the configuration, else bundled)",
    )


def _fail(message: str) -> int:
    print(f"kiosk: {message}", file=sys.stderr)
    return 1


def _folder(args: argparse.Namespace) -> str:
    if getattr(args, "folder", None):
        return str(args.folder)
    section = getattr(args.config, "catalog", None)
    return str(getattr(section, "folder", "") or "")


def load_catalog_for(args: argparse.Namespace) -> Catalog | None:
    """The catalog of ``--folder``, the configuration or the bundled one; ``None`` after
    printing each problem as one ``kiosk:`` line."""
    from forms.catalog import CatalogError, load_catalog

    try:
        return load_catalog(_folder(args) or None)
    except CatalogError as exc:
        for problem in exc.problems:
            print(f"kiosk: {problem}", file=sys.stderr)
        count = len(exc.problems)
        print(f"kiosk: the catalog has {count} problem{'s' * (count != 1)}", file=sys.stderr)
        return None


def _check(args: argparse.Namespace) -> int:
    catalog = load_catalog_for(args)
    if catalog is None:
        return 1
    from forms.catalog.help_check import help_gaps
    from kiosk.statistics.export_safety import formula_like_labels

    gaps = help_gaps(catalog)
    for gap in gaps:
        print(f"kiosk: {gap}", file=sys.stderr)
    if gaps:
        print(f"kiosk: {len(gaps)} help text{'s' * (len(gaps) != 1)} missing: every question "
              "and answer needs help in every language of locales.yaml", file=sys.stderr)
        return 1

    for warning in formula_like_labels(catalog):
        print(f"kiosk: warning: {warning}", file=sys.stderr)
    counts = ", ".join(f"{n} {what}" for what, n in catalog.counts().items())
    print(f"catalog OK ({catalog.folder}): {counts}")
    desk = catalog.onestop
    if desk is not None:
        print(f"one-stop desk {desk.id}: {len(catalog.procedures) - len(desk.specialist)} "
              f"procedures at the desk, {len(desk.specialist)} with a specialist "
              f"({', '.join(sorted(desk.specialist))})")
    return 0


def _show(args: argparse.Namespace) -> int:
    catalog = load_catalog_for(args)
    if catalog is None:
        return 1
    lang = args.lang
    if args.event and args.event not in catalog.events:
        return _fail(f"unknown event {args.event!r} (events: {', '.join(catalog.events)})")
    events = [catalog.events[args.event]] if args.event else list(catalog.events.values())
    print("Departments (visiting order):")
    for dept in catalog.departments.values():
        print(f"  {dept.id:8} {dept.counter.get(lang):14} {dept.name.get(lang)}")
    print("Events:")
    for event in events:
        print(f"  {event.id:4} {event.title.get(lang)}  [{', '.join(event.questions)}]")
    wanted = {q for e in events for q in e.questions}
    print("Questions:")
    for q in catalog.questions.values():
        if q.id in wanted:
            options = f" ({'/'.join(q.option_ids)})" if q.options else ""
            text = q.text_for(args.event) if args.event else q.text
            print(f"  {q.id:24} {q.scope:9} {q.type}{options}  {text.get(lang)}")
    print("Predicates:")
    for pred in catalog.predicates.values():
        print(f"  {pred.id:24} {pred.condition.source}")
    print("Procedures:")
    for p in catalog.procedures.values():
        applies = [e for e in p.rules if not args.event or e == args.event]
        if applies:
            forms = sorted({f for e in applies for f in p.rules[e].form_ids}) or ["-"]
            print(f"  {p.id:18} {p.department:8} {','.join(applies):22} "
                  f"{','.join(forms):32} {p.title.get(lang)}")
    return 0


def _navigate(args: argparse.Namespace) -> int:
    from kiosk.navigation.engine import Navigator
    from kiosk.navigation.scenario import ScenarioError
    from kiosk.navigation.validation import load_scenario_file

    catalog = load_catalog_for(args)
    if catalog is None:
        return 1
    navigator = Navigator(catalog)
    try:
        scenario, _ = load_scenario_file(Path(args.scenario), catalog)
        plan = navigator.plan(scenario)
        pending = navigator.pending(scenario)
    except ScenarioError as exc:
        return _fail(str(exc))
    output = plan.to_json()
    output["pending_questions"] = [
        {"question": p.question.id, "member_ids": list(p.member_ids)} for p in pending
    ]
    json.dump(output, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0
