"""``kiosk forms list|render`` and ``kiosk print test``.

``forms render`` reads a scenario file (the same format and the same checks as ``kiosk
navigate``: ``load_scenario_file``; anything wrong is one ``kiosk:`` line and exit 1), asks
the navigation engine for the plan, and writes one PDF per visit (guide sheet first) with a
JSON summary on stdout: ids, counts and flags only. A scenario may carry ``"my_number"``
in the resident and household entries (for forms that legally need it); it is read into
memory for rendering only and never printed to the terminal or logged.
Heavy imports (reportlab, the engine) happen inside the commands.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import uuid
from datetime import date
from pathlib import Path
from typing import Any


def register(sub: argparse._SubParsersAction[Any]) -> None:
    forms = sub.add_parser("forms", help="form layouts: list them, render a visit's bundle")
    forms_sub = forms.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    lst = forms_sub.add_parser("list", help="list the form layouts")
    lst.add_argument("--json", action="store_true", help="print JSON")
    lst.set_defaults(func=_list)
    render = forms_sub.add_parser("render", help="render a scenario's bundle to a folder")
    render.add_argument("--scenario", required=True, type=Path, metavar="FILE.json")
    render.add_argument("--out", required=True, type=Path, metavar="DIR")
    render.add_argument("--ticket", default="", help="ticket number to print (default: a new one)")
    render.add_argument("--visit-id", default=None, metavar="HEX12", type=_visit_id,
                        help="the visit id to print (12 hex digits; default: a new one), for "
                             "output that can be compared run to run")
    render.set_defaults(func=_render)

    prn = sub.add_parser("print", help="printer checks")
    prn_sub = prn.add_subparsers(dest="print_command", metavar="ACTION", required=True)
    test = prn_sub.add_parser("test", help="print a test page through the configured back-end")
    test.set_defaults(func=_print_test)


def _fail(message: str) -> int:
    print(f"kiosk: {message}", file=sys.stderr)
    return 1


def _list(args: argparse.Namespace) -> int:
    from forms.layout import LayoutError, load_all

    try:
        layouts = load_all()
    except LayoutError as exc:
        return _fail(str(exc))
    rows = [
        {"id": lay.id, "title": lay.title, "department": lay.department,
         "needs_my_number": lay.needs_my_number}
        for lay in layouts.values()
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            mark = "番号" if row["needs_my_number"] else "    "
            print(f"{row['id']:<20} {row['department']:<8} {mark} {row['title']}")
    return 0


def my_numbers_from(data: Any) -> dict[str, str]:
    """Pick the ``my_number`` entries out of scenario JSON (resident = "self")."""
    numbers: dict[str, str] = {}
    if not isinstance(data, dict):
        return numbers
    resident = data.get("resident")
    if isinstance(resident, dict) and resident.get("my_number"):
        numbers["self"] = str(resident["my_number"])
    for index, member in enumerate(data.get("household") or [], start=1):
        if isinstance(member, dict) and member.get("my_number"):
            numbers[str(member.get("id") or f"m{index}")] = str(member["my_number"])
    return numbers


def _visit_id(text: str) -> str:
    if not re.fullmatch(r"[0-9a-f]{12}", text):
        raise argparse.ArgumentTypeError("must be 12 lower-case hex digits, e.g. 0123456789ab")
    return text


def _render(args: argparse.Namespace) -> int:
    from forms.layout import LayoutError
    from kiosk.cli.catalog import load_catalog_for
    from kiosk.navigation.engine import Navigator
    from kiosk.navigation.scenario import ScenarioError
    from kiosk.navigation.validation import load_scenario_file
    from printing.bundle import render_bundle
    from printing.context import VisitInfo

    catalog = load_catalog_for(args)
    if catalog is None:
        return 1
    try:
        scenario, data = load_scenario_file(args.scenario, catalog)
        plan = Navigator(catalog).plan(scenario)
    except ScenarioError as exc:
        return _fail(str(exc))
    problem = _unwritable(args.out)
    if problem:
        return _fail(f"cannot write to the folder {args.out}: {problem}")
    visit_id = args.visit_id or uuid.uuid4().hex[:12]
    visit = VisitInfo(visit_id, args.ticket or visit_id[:4].upper(), date.today())
    try:
        summary = render_bundle(scenario, plan, visit, args.out, my_numbers_from(data),
                                catalog=catalog)
    except LayoutError as exc:
        return _fail(f"a form layout cannot be used: {exc}")
    except OSError as exc:
        return _fail(f"cannot write to the folder {args.out}: {exc.strerror or exc}")
    print(json.dumps(summary.to_json(), ensure_ascii=False, indent=2))
    return 0


def _unwritable(folder: Path) -> str:
    """Why the PDF cannot be written into ``folder`` (created if missing), or ``""``."""
    if folder.exists() and not folder.is_dir():
        return "it is a file, not a folder"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        return str(exc.strerror or exc)
    return ""


def _print_test(args: argparse.Namespace) -> int:
    from printing.backends import PrintError, make_backend
    from printing.queue import PrintQueue
    from printing.test_page import render_test_page

    printer = args.config.printer
    try:
        backend = make_backend(printer)
    except PrintError as exc:
        return _fail(str(exc))
    queue = PrintQueue(backend, timeout_seconds=float(printer.job_timeout_seconds))
    with tempfile.TemporaryDirectory() as tmp:
        pdf = render_test_page(Path(tmp) / "test-page.pdf")
        try:
            job_id = queue.submit(pdf)
        except PrintError as exc:
            return _fail(f"{exc} The test page stays queued for a reprint.")
    print(f"test page printed through {backend.name} (job {job_id})")
    return 0
