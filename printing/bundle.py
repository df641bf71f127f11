"""One PDF per visit: the guide sheet first, then every prefilled form in visiting order.

Forms are drawn first (as PDF form XObjects) so that the problems found while filling
them can be listed on the guide sheet, which is then written as page 1 and followed by
the form pages. Output is deterministic (``invariant``: fixed dates and document id), so
visual regression tests and repeated renders give identical files. The file name holds
the visit id only.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from forms.catalog import Catalog, Subject
from forms.layout import Layout, load_layouts
from kiosk.i18n.ts import steady_translations
from kiosk.navigation.engine import Navigator
from kiosk.navigation.scenario import Scenario
from printing.context import PAPER_LANGUAGE, FormContext, VisitInfo
from printing.continuation import continuation_sheets
from printing.fonts import MINCHO, register_fonts
from printing.guide_sheet import draw_guide
from printing.measure import remembered_widths
from printing.render import Flag, FormPainter

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FormCopy:
    """One printed copy of one form: its layout, its subject and the members it lists."""

    layout: Layout
    subject_id: str
    member_ids: tuple[str, ...]
    procedures: tuple[str, ...]


@dataclass(slots=True)
class BundleSummary:
    """What was printed: ids, counts and flags only (safe to log and print)."""

    visit_id: str
    path: Path
    forms: list[dict[str, Any]] = field(default_factory=list)
    pages: int = 0
    flags: list[Flag] = field(default_factory=list)
    size: int = 0
    missing_layouts: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "visit": self.visit_id,
            "pdf": self.path.name,
            "forms": self.forms,
            "pages": self.pages,
            "flags": [f.to_json() for f in self.flags],
            "bytes": self.size,
            "missing_layouts": self.missing_layouts,
        }


def plan_copies(
    plan: Any, layouts: Mapping[str, Layout]
) -> tuple[list[FormCopy], list[str]]:
    """The plan's form requests as printable copies, plus form ids that have no layout.

    The plan decides how many copies there are (``form_scope`` in the catalog: one per
    member, or one listing the whole household); the renderer only draws them.
    """
    titles = {proc.id: proc.title.ja for proc in plan.procedures()}
    copies: list[FormCopy] = []
    missing: list[str] = []
    for request in plan.form_requests():
        layout = layouts.get(request.form_id)
        if layout is None:
            if request.form_id not in missing:
                missing.append(request.form_id)
            continue
        names = tuple(dict.fromkeys(titles[p] for p in request.procedure_ids if p in titles))
        members = tuple(request.member_ids)
        if layout.one_per_person and len(members) > 1:
            copies.extend(FormCopy(layout, m, (m,), names) for m in members)
        else:
            copies.append(FormCopy(layout, request.member_id, members, names))
    return copies, missing


def _people(scenario: Any) -> dict[str, Any]:
    people = {str(scenario.resident.id): scenario.resident}
    for person in getattr(scenario, "household", ()):
        people.setdefault(str(person.id), person)
    return people


def printed_scenario(scenario: Any, catalog: Catalog) -> Any:
    """The scenario as the forms print it, as the engine planned with it: the newborns of
    a birth marked, and the answers the catalog implies written in (a card read at
    identification is a card held: カード 有)."""
    if not isinstance(scenario, Scenario):
        return scenario
    if catalog.events[scenario.event].subject is Subject.NEWBORN:
        scenario = scenario.with_newborns_inferred()  # the baby the engine planned for
    return Navigator(catalog).with_implied_answers(scenario)


def render_bundle(scenario: Any, plan: Any, visit: VisitInfo, out_dir: Path,
                  my_numbers: Mapping[str, str] | None = None, *,
                  catalog: Catalog, locale: str = PAPER_LANGUAGE,
                  status_url: str = "") -> BundleSummary:
    """Write ``visit-<id>.pdf`` into ``out_dir`` and return its summary.

    ``catalog`` is the one the plan came from: it names the town, the event's title on
    paper and the town's own layouts. The guide sheet is in ``locale``; the forms are
    official Japanese documents."""
    # the guide sheet's hundred strings: translation files looked up once; a label or a
    # name measured once per face and size
    with steady_translations(), remembered_widths():
        return _render(scenario, plan, visit, out_dir, my_numbers, catalog, locale, status_url)


def _render(scenario: Any, plan: Any, visit: VisitInfo, out_dir: Path,
            my_numbers: Mapping[str, str] | None, catalog: Catalog, locale: str,
            status_url: str) -> BundleSummary:
    register_fonts()
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"visit-{visit.id}.pdf"
    summary = BundleSummary(visit.id, path)
    # Initial font set to a bundled face: no non-embedded Helvetica reference in the file.
    canvas = Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1,
                    initialFontName=MINCHO, initialFontSize=11)
    canvas.setTitle(f"書かない窓口 {visit.ticket}")
    canvas.setAuthor("kakanai-kiosk")
    canvas.setCreator("kakanai-kiosk")
    copies, summary.missing_layouts = plan_copies(plan, load_layouts(catalog.layouts_dir))
    scenario = printed_scenario(scenario, catalog)
    # the plan came from this catalog, so its event is there (a KeyError is a caller's bug)
    event_title = catalog.events[str(plan.event_id)].paper_title.get(PAPER_LANGUAGE)
    people = _people(scenario)
    event = catalog.events[str(plan.event_id)]
    names: list[str] = []
    for index, copy in enumerate(copies):
        members = [people[m] for m in copy.member_ids if m in people]
        subject = people.get(copy.subject_id)

        def context(rows: list[Any], copy: FormCopy = copy, subject: Any = subject) -> FormContext:
            return FormContext(
                scenario=scenario,
                visit=visit,
                subject=subject or scenario.resident,
                members=rows,
                procedures=copy.procedures,
                my_numbers=my_numbers or {},
                allow_my_number=copy.layout.needs_my_number,
                town=catalog.town,
                event_title=event_title,
                event_subject=event.subject.value,
                event_address_change=event.address_change.value,
            )

        page_label = f"{index + 1} / {len(copies)}"
        name = f"form{len(names)}"
        canvas.beginForm(name)
        flags = FormPainter(canvas, copy.layout, context(members)).draw(page_label)
        canvas.endForm()
        names.append(name)
        summary.flags.extend(flags)
        sheets = continuation_sheets(copy.layout, len(members))
        for sheet in sheets:
            name = f"form{len(names)}"
            canvas.beginForm(name)
            summary.flags.extend(FormPainter(
                canvas, sheet.layout, context(members[sheet.start:sheet.stop])
            ).draw(f"{page_label}　{sheet.label}"))
            canvas.endForm()
            names.append(name)
        summary.forms.append({"form": copy.layout.id, "member": copy.subject_id,
                              "members": list(copy.member_ids), "sheets": len(sheets)})
    guide_pages = draw_guide(canvas, plan, visit, getattr(scenario, "event_date", None),
                             [c.layout.title for c in copies], summary.flags,
                             {c.layout.id: c.layout.title for c in copies},
                             town=catalog.town, event_title=event.paper_title.get(locale),
                             locale=locale, status_url=status_url,
                             desk=catalog.onestop,
                             event_title_ja=event.paper_title.get(PAPER_LANGUAGE))
    for name in names:
        canvas.doForm(name)
        canvas.showPage()
    canvas.save()
    summary.pages = guide_pages + len(names)
    summary.size = path.stat().st_size
    log.info("bundle rendered: visit=%s forms=%d pages=%d flags=%d bytes=%d", visit.id,
             len(names), summary.pages, len(summary.flags), summary.size)
    return summary
