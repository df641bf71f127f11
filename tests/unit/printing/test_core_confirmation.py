"""Forms from the core system's records: the registered kanji print as registered, and a
form the core system fills itself prints as a short confirmation sheet.

The visits go the kiosk's way: records → ``apply_core_records`` → ``Visit.plan`` →
``render_bundle``; the PDFs are read back with pdfplumber.
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from kiosk_test_support import service_missing
from pdftext import read_pages

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app"))
from record_fixtures import CARD, TODAY, household, reservation  # the shared records

from forms.catalog import BUNDLED_FOLDER, CatalogError, load_catalog
from kiosk.app.core_confirmation import (
    CONFIRMATION_FORM,
    confirmation_from_copy,
    core_visit_info,
)
from kiosk.app.record_prefill import apply_core_records
from kiosk.app.session import ResidentSession
from kiosk.app.visit import Visit
from kiosk.domain.core_records import RecordedHousehold
from kiosk.navigation.engine import Navigator
from kiosk.navigation.plan import Plan
from kiosk.navigation.validation import validate_scenario
from printing.bundle import render_bundle
from printing.context import VisitInfo
from printing.fonts import MISSING_MARKER, fallback_path

CATALOG = load_catalog()
NAVIGATOR = Navigator(CATALOG)
MOVING_IN = next(e.id for e in CATALOG.events.values() if e.uses_reservation)
WITHIN_TOWN = next(e.id for e in CATALOG.events.values()
                   if e.brings_new_address and not e.uses_reservation)
VISIT = VisitInfo("v0c0ffee1", "A-007", TODAY)
# 𠮷 (U+20BB7, outside BMP), 髙 (IBM extension) and 渡邉󠄐 (U+9089 + IVS U+E0110, an MJ glyph)
RARE = ("髙橋　一郎", "𠮷田　翔", "渡邉\U000e0110　美咲")


def _plan_visit(event_id: str, *, with_reservation: bool = False,
                records: RecordedHousehold | None = None) -> Visit:
    session = ResidentSession(channel="card", resident=CARD, event_id=event_id)
    session.core_household = records
    session.core_reservation = reservation() if with_reservation else None
    apply_core_records(session, CATALOG, TODAY)
    visit = Visit(session, NAVIGATOR, lambda: TODAY)
    if session.new_address is None:
        oaza = CATALOG.town.oaza[0]
        visit.set_new_address(oaza, "9-1")
    visit.plan()
    return visit


def test_the_registered_kanji_of_the_record_print_on_the_jumin_ido(tmp_path: Path) -> None:
    if fallback_path() is None:
        service_missing("the IPAmj明朝 fallback font (Debian: fonts-ipamj-mincho)")
    base = household()
    others = [dataclasses.replace(m, name=name) for m, name in zip(base.others, RARE, strict=True)]
    records = dataclasses.replace(base, members=(base.resident, *others))
    visit = _plan_visit(WITHIN_TOWN, records=records)
    assert [m.name for m in visit.session.household] == list(RARE)
    plan = visit.session.plan
    assert plan is not None and "jumin_ido" in _forms(plan)
    summary = render_bundle(visit.scenario(), plan, VISIT, tmp_path, catalog=CATALOG)
    form = next(p for p in read_pages(summary.path) if p.form == "jumin_ido")
    for name in RARE:
        assert name.replace("\u3000", "") in form.compact
    assert "高橋一郎" not in form.compact, "the registered 髙, not the common 高"
    assert MISSING_MARKER not in form.text
    assert not any(f.kind == "missing_glyph" for f in summary.flags)


def test_a_move_in_with_a_reservation_prints_the_confirmation_sheet(tmp_path: Path) -> None:
    visit = _plan_visit(MOVING_IN, with_reservation=True)
    plan = visit.session.plan
    assert plan is not None
    jumin = next(p for p in plan.procedures() if p.id == "jumin_ido")
    assert jumin.form_ids == (CONFIRMATION_FORM,)
    assert "jumin_ido" not in _forms(plan)
    info = core_visit_info(VISIT, CATALOG, visit.session)
    assert info.core_reference == "R2026-000042" and info.core_planned_date == date(2026, 4, 6)
    summary = render_bundle(visit.scenario(), plan, info, tmp_path, catalog=CATALOG)
    sheet = next(p for p in read_pages(summary.path) if p.form == CONFIRMATION_FORM)
    assert "内容確認書" in sheet.text and "R2026000042" in sheet.compact
    for name in ("髙橋一郎", "髙橋翔", "髙橋美咲", "タカハシイチロウ"):
        assert name in sheet.compact
    assert "大字関町123番地4" in sheet.compact and "コーポ関201" in sheet.compact
    assert "福岡県福岡市中央区天神" in sheet.compact
    assert "署名" in sheet.text
    _rasterise(summary.path, tmp_path)


def test_a_clerk_s_re_render_of_the_copy_prints_the_same_sheet() -> None:
    visit = _plan_visit(MOVING_IN, with_reservation=True)
    copy = visit.scenario_json()
    assert copy["core_reservation"] == {"reservation_id": "R2026-000042",
                                        "planned_date": "2026-04-06"}
    replanned = NAVIGATOR.plan(validate_scenario(copy, CATALOG, TODAY), TODAY)
    assert "jumin_ido" in _forms(replanned)
    plan, info = confirmation_from_copy(replanned, VISIT, CATALOG, copy)
    assert CONFIRMATION_FORM in _forms(plan) and "jumin_ido" not in _forms(plan)
    assert (info.core_reference, info.core_planned_date) == ("R2026-000042", date(2026, 4, 6))
    without = {k: v for k, v in copy.items() if k != "core_reservation"}
    assert confirmation_from_copy(replanned, VISIT, CATALOG, without) == (replanned, VISIT)


def test_without_a_reservation_the_full_form_prints() -> None:
    visit = _plan_visit(MOVING_IN)
    plan = visit.session.plan
    assert plan is not None and "jumin_ido" in _forms(plan)
    assert CONFIRMATION_FORM not in _forms(plan)
    assert core_visit_info(VISIT, CATALOG, visit.session) == VISIT


def test_a_reservation_for_someone_else_changes_nothing() -> None:
    session = ResidentSession(channel="card", event_id=MOVING_IN,
                              resident=dataclasses.replace(CARD, name="山田　花子"))
    session.core_reservation = reservation()
    visit = Visit(session, NAVIGATOR, lambda: TODAY)
    visit.set_new_address(CATALOG.town.oaza[0], "9-1")
    assert CONFIRMATION_FORM not in _forms(visit.plan())


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("        core_fills_with: reservation\n", "        core_fills_with: registry\n",
     "'core_fills_with' must be one of reservation, not 'registry'"),
    ("    uses_reservation: true\n", "", "'core_fills_with: reservation' needs an event with "
     "uses_reservation: true"),
])
def test_the_catalog_refuses_a_wrong_core_fills_with(
        tmp_path: Path, old: str, new: str, expected: str) -> None:
    folder = tmp_path / "catalog"
    shutil.copytree(BUNDLED_FOLDER, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    for name in ("procedures.yaml", "events.yaml"):
        path = folder / name
        text = path.read_text(encoding="utf-8")
        if old in text:
            assert text.count(old) == 1
            path.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        load_catalog(folder)
    assert any(expected in p for p in info.value.problems), info.value.problems


def _rasterise(pdf: Path, folder: Path) -> None:
    """The sheet as an image (``pdftoppm``), for a person to look at; it must not be blank."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        return
    subprocess.run([tool, "-r", "60", "-png", str(pdf), str(folder / "page")], check=True,
                   capture_output=True)
    images = sorted(folder.glob("page-*.png"))
    assert images and all(image.stat().st_size > 5_000 for image in images)


def _forms(plan: Plan) -> set[str]:
    return {form for form, _member in plan.form_ids()}
