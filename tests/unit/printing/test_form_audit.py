"""The printed-form audit: every form of every sample situation, read back box by box.

Each scenario (the bundled samples in ``forms/scenarios/`` and the printing situations in
``tests/domain/scenarios/``) goes through the real engine and the real renderer; the PDF
is then read through its text layer *by position*, box by box against the layout, and
every form must hold:

* the right person in every box: a name box and its furigana strip show one person, and
  that person is the one the box names (``person``: the form's subject; ``applicant``:
  the card holder; ``head``: the living head of household; a table row: its member), with
  that person's birth date and sex;
* nothing known left blank: every bound box whose value is known prints something;
* nothing cut off without a flag: a 「…」 or a value that differs from what was meant
  only on a form flagged for the clerk;
* every member listed: no more members than table rows unless 別紙 follow the form.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from form_audit import Box, Page, boxes, read, squash

from forms.bindings import person_source
from forms.catalog import load_catalog
from forms.layout import Layout, load_layouts
from kiosk.domain.era import to_wareki
from kiosk.domain.mynumber import with_check_digit
from kiosk.navigation.engine import Navigator
from kiosk.navigation.scenario import Scenario
from printing.bundle import BundleSummary, printed_scenario, render_bundle
from printing.context import FormContext, VisitInfo, full_width_katakana, sex_label
from printing.continuation import continuation_sheets, member_table
from printing.render import Flag

ROOT = Path(__file__).resolve().parents[3]
# Every printed situation: the bundled samples, the printing cases, and every life
# situation of the domain corpus (tests/domain/cases, whose files hold the scenario under
# "scenario" beside the law's expectations).
SCENARIOS = sorted((ROOT / "forms" / "scenarios").glob("*.json")) + sorted(
    (ROOT / "tests" / "domain" / "scenarios").glob("print_*.json")) + sorted(
    (ROOT / "tests" / "domain" / "cases").glob("*.json"))
CATALOG = load_catalog()
LAYOUTS = load_layouts(CATALOG.layouts_dir)
VISIT = VisitInfo(id="vaudit0001", ticket="B-007", date=date(2026, 11, 20))


@dataclass
class FormPage:
    """One printed copy: its layout, page, continuation pages, people and flags."""

    layout: Layout
    page: Page
    sheets: list[Page]
    subject: Any
    members: list[Any]
    ctx: FormContext
    flags: list[Flag]

    def flagged(self, kind: str, field: str | None = None) -> bool:
        return any(f.kind == kind and (field is None or f.field == field) for f in self.flags)


@dataclass
class Audited:
    scenario: Scenario
    summary: BundleSummary
    guide: list[Page]
    forms: list[FormPage]


def _numbers(scenario: Scenario) -> dict[str, str]:
    return {p.id: with_check_digit(f"{i + 1:011d}") for i, p in enumerate(scenario.members)}


def render(path: Path, out: Path) -> Audited:
    data = json.loads(path.read_text(encoding="utf-8"))
    scenario = Scenario.from_json(data.get("scenario", data))
    plan = Navigator(CATALOG).plan(scenario)
    scenario = plan_scenario(scenario)
    summary = render_bundle(scenario, plan, VISIT, out, _numbers(scenario), catalog=CATALOG)
    scenario = printed_scenario(scenario, CATALOG)
    pages = read(summary.path)
    people = {p.id: p for p in scenario.members}
    event = CATALOG.events[scenario.event]
    guide_count = summary.pages - sum(1 + f["sheets"] for f in summary.forms)
    at = guide_count
    forms = []
    for entry in summary.forms:
        layout = LAYOUTS[entry["form"]]
        members = [people[m] for m in entry["members"]]
        subject = people[entry["member"]]
        ctx = FormContext(scenario, VISIT, subject, members, (), _numbers(scenario),
                          layout.needs_my_number, town=CATALOG.town,
                          event_title=event.paper_title.get("ja"),
                          event_subject=event.subject.value,
                          event_address_change=event.address_change.value)
        flags = [f for f in summary.flags if f.form_id == layout.id]
        forms.append(FormPage(layout, pages[at], pages[at + 1:at + 1 + entry["sheets"]],
                              subject, members, ctx, flags))
        at += 1 + entry["sheets"]
    assert at == len(pages)
    return Audited(scenario, summary, pages[:guide_count], forms)


def plan_scenario(scenario: Scenario) -> Scenario:
    """The scenario as the engine sees it (a baby born in the last 90 days is the newborn)."""
    if CATALOG.events[scenario.event].subject.value == "newborn":
        return scenario.with_newborns_inferred()
    return scenario


@pytest.fixture(scope="module", params=SCENARIOS, ids=[p.stem for p in SCENARIOS])
def audited(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Audited:
    return render(request.param, tmp_path_factory.mktemp(request.param.stem))


# -- whom each box is about ------------------------------------------------------------
def status(person: Any) -> str:
    return str(person.status.value)


def expected_head(scenario: Scenario) -> Any:
    """The living head after the event (written from the rule, not from the renderer):
    the 世帯主 named; nobody named means the resident; a head who died is followed by the
    applicant when the applicant lives in the household. At a household split the forms
    are about the new household, headed by the member the resident named (住民基本台帳法 §25)."""
    if scenario.new_household is not None:
        return scenario.member(scenario.new_household.head)
    named = [p for p in scenario.members if p.relation == "世帯主"]
    if not named:
        return scenario.resident
    if status(named[0]) not in ("deceased", "away"):
        return named[0]
    if status(scenario.resident) != "away":
        return scenario.resident
    return None


def person_of(form: FormPage, scenario: Scenario, box: Box, offset: int = 0) -> Any:
    source = person_source(box.placed.field.bind or "")
    if source == "household[*]":
        row = box.placed.row + offset
        return form.members[row] if row < len(form.members) else None
    if source == "person":
        return form.subject
    if source == "applicant":
        return scenario.resident
    if source == "head":
        return expected_head(scenario)
    if source == "claimant":
        return expected_claimant(scenario)
    if source == "spouse":
        return expected_spouse(expected_claimant(scenario), scenario)
    return None


def registered(person: Any, scenario: Scenario) -> str:
    """続柄 to the head; the resident naming none is the head when nobody else is."""
    if person.relation in ("", "本人") and not any(
            p.relation == "世帯主" for p in scenario.members):
        return "世帯主"
    return str(person.relation)


def expected_spouse(person: Any, scenario: Scenario) -> Any:
    """A person's husband or wife as the 住民票 shows them (世帯主 ⇔ 妻/夫, 子 ⇔ 子の妻/子の夫)."""
    pairs = {"世帯主": ("妻", "夫"), "妻": ("世帯主",), "夫": ("世帯主",),
             "子": ("子の妻", "子の夫"), "子の妻": ("子",), "子の夫": ("子",)}
    wanted = pairs.get(registered(person, scenario), ())
    return next((p for p in scenario.members if p is not person and status(p) != "deceased"
                 and registered(p, scenario) in wanted), None)


def expected_claimant(scenario: Scenario) -> Any:
    """児童手当's claimant: the parent with the higher income (児童手当法 §4②), whom the
    household names; the applicant unless they named their spouse."""
    if scenario.answer("claimant") == "spouse":
        return expected_spouse(scenario.resident, scenario) or scenario.resident
    return scenario.resident


def furigana(person: Any, style: str) -> str:
    return squash(full_width_katakana(person.furigana, style))


def check_person_box(form: FormPage, scenario: Scenario, box: Box, page: Page,
                     offset: int = 0) -> Iterator[str]:
    """Problems of one box bound to a person (name, furigana, birth date, sex)."""
    spec = box.placed.field
    person = person_of(form, scenario, box, offset)
    attr = (spec.bind or "").rpartition(".")[2]
    where = f"{form.layout.id} {spec.bind} row {box.placed.row}"
    if person is None:
        if attr == "name" and squash(box.value(page)):
            yield f"{where}: a name in a row with nobody"
        return
    if attr == "name":
        shown = squash(box.value(page))
        name_ok = shown == squash(person.name) or form.flagged("missing_glyph", spec.name)
        if not name_ok:
            yield f"{where}: shows {shown!r}, not the name of the person it is about"
        if spec.kana and squash(box.kana(page)) != furigana(person, spec.kana_style):
            yield f"{where}: the furigana is not the reading of the name below it"
    elif attr == "birth_date" and spec.kind == "era_date":
        w = to_wareki(person.birth_date)
        shown = squash(box.line(page))
        if not shown.endswith(f"{w.year_text}年{w.month}月{w.day}日") or (
                box.circled(page)[-1:] != w.era.short):
            yield f"{where}: not the birth date of the person it is about"
    elif attr == "sex" and spec.kind == "choice" and box.circled(page) != sex_label(person.sex):
        yield f"{where}: not the sex of the person it is about"


def check_known_not_blank(form: FormPage, box: Box, page: Page) -> Iterator[str]:
    spec = box.placed.field
    if box.placed.role == "cell" or spec.kind in ("checks", "signature"):
        return
    value = form.ctx.resolve(spec.bind or "")
    if value in (None, ""):
        return
    where = f"{form.layout.id} {spec.bind}"
    if spec.kind == "choice":
        option = spec.option_for(str(value))
        if option in spec.options and box.circled(page) != option:
            yield f"{where}: {option!r} is known but not circled"
        elif option not in spec.options and not squash(box.value(page)):
            yield f"{where}: known but left blank"
    elif not squash(box.value(page)):
        yield f"{where}: known but left blank"
    elif (spec.kind == "text" and not spec.kana and not form.flagged("overflow", spec.name)
          and not form.flagged("missing_glyph", spec.name)
          and squash(box.value(page)) != squash(str(value))):
        yield f"{where}: printed text differs from the value (cut off?)"


def audit_form(form: FormPage, scenario: Scenario) -> list[str]:
    problems: list[str] = []
    layout_boxes = boxes(form.layout)
    for box in layout_boxes:
        if person_source(box.placed.field.bind or ""):
            problems += check_person_box(form, scenario, box, form.page)
        problems += check_known_not_blank(form, box, form.page)
    if "…" in form.page.text and not form.flagged("overflow"):
        problems.append(f"{form.layout.id}: text cut with … but not flagged")
    table = member_table(form.layout)
    if table is not None and table.table is not None:
        rows = table.table.rows
        if len(form.members) > rows and not form.sheets:
            problems.append(f"{form.layout.id}: {len(form.members)} people, {rows} rows, no 別紙")
        offset = rows
        for n, sheet in enumerate(form.sheets, start=1):
            if f"別紙{n}/{len(form.sheets)}" not in squash(sheet.text):
                problems.append(f"{form.layout.id}: continuation sheet {n} is not numbered")
            if "B007" not in squash(sheet.text):
                problems.append(f"{form.layout.id}: continuation sheet without the 受付番号")
            layout = continuation_sheets(form.layout, len(form.members))[n - 1]
            for box in boxes(layout.layout):
                if person_source(box.placed.field.bind or ""):
                    problems += check_person_box(form, scenario, box, sheet, offset)
            offset = layout.stop
        printed = squash(form.page.text + "".join(s.text for s in form.sheets))
        for member in form.members:
            if squash(member.name) not in printed and not form.flagged("missing_glyph"):
                problems.append(f"{form.layout.id}: member {member.id} is not printed")
    return problems


def test_every_box_holds_the_right_person_and_nothing_known_is_blank(audited: Audited) -> None:
    problems = [p for form in audited.forms for p in audit_form(form, audited.scenario)]
    assert problems == []


def test_the_guide_names_forms_by_title_and_no_line_starts_with_closing_punctuation(
        audited: Audited) -> None:
    closing = "）)」』】〕、。，．"
    text = "\n".join(p.text for p in audited.guide)
    for layout_id in {f.layout.id for f in audited.forms}:
        assert layout_id not in text
    for page in audited.guide:
        for line in page.lines:
            assert line.strip()[:1] not in closing, line


# -- the defects the audit was written for, one situation each ----------------------------
_CACHE: dict[str, Audited] = {}


def situation(stem: str, tmp_path_factory: pytest.TempPathFactory) -> Audited:
    if stem not in _CACHE:
        path = next(p for p in SCENARIOS if p.stem == stem)
        _CACHE[stem] = render(path, tmp_path_factory.mktemp(stem))
    return _CACHE[stem]


def bound(form: FormPage, path: str) -> list[Box]:
    return [b for b in boxes(form.layout) if b.placed.field.bind == path]


def test_a_birth_is_dated_on_the_birth_day_and_twins_get_a_registration_each(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    twins = situation("print_shussei_twins", tmp_path_factory)
    memos = [f for f in twins.forms if f.layout.id == "koseki_todoke"]
    assert sorted(f.subject.id for f in memos) == ["twin1", "twin2"]
    born = to_wareki(twins.scenario.member("twin1").birth_date)  # 11/9, filed 11/20
    dated = [f for f in twins.forms if f.layout.id in ("koseki_todoke", "kokuho_shutoku")]
    assert len(dated) == 3
    for form in dated:
        (box,) = bound(form, "derived.event_date")
        assert squash(box.line(form.page)).endswith(f"{born.year_text}年{born.month}月{born.day}日")


def test_a_deceased_is_not_given_the_address_of_the_daughter_who_files(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    away = situation("print_okuyami_daughter_away", tmp_path_factory)
    hers = squash(away.scenario.current_address)
    for form in away.forms:
        for box in boxes(form.layout):
            if hers in squash(box.value(form.page)):
                assert box.placed.field.bind == "applicant.address", form.layout.id


def test_the_head_who_died_is_followed_by_the_widow(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    head = situation("print_okuyami_head", tmp_path_factory)
    (form,) = [f for f in head.forms if f.layout.id == "setainushi_henko"]
    (box,) = bound(form, "head.name")
    assert squash(box.value(form.page)) == squash(head.scenario.resident.name)


def test_a_household_of_eight_prints_every_mover_on_a_numbered_sheet(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    eight = situation("print_tennyu_household8", tmp_path_factory)
    (form,) = [f for f in eight.forms if f.layout.id == "jumin_ido"]
    assert len(form.members) == 8 and len(form.sheets) == 1
    assert "住民異動届別紙1/1" in squash(form.sheets[0].text)
    (address,) = bound(form, "derived.new_address")
    assert squash(address.value(form.page)) == "熊本県玉名郡南関町大字宮尾9番地"
    (honseki,) = bound(form, "derived.honseki_note")
    assert squash(honseki.value(form.page)) == "（転出証明書のとおり）"
    cards = [b for b in bound(form, "household[*].answers.has_mnc")]
    assert [b.circled(form.page) for b in cards] == ["有"] * 5  # grandchildren: on the sheet


def test_moves_within_the_town_print_no_certificate_note_and_one_person_is_the_head(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    within = situation("tenkyo_elderly", tmp_path_factory)
    (form,) = [f for f in within.forms if f.layout.id == "jumin_ido"]
    (honseki,) = bound(form, "derived.honseki_note")
    assert squash(honseki.value(form.page)) == ""
    alone = situation("konin", tmp_path_factory)
    (form,) = [f for f in alone.forms if f.layout.id == "jumin_ido"]
    relation = bound(form, "household[*].relation")[0]
    assert squash(relation.value(form.page)) == "世帯主"


def test_a_card_read_at_identification_is_circled_as_held(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """The resident identified by reading their My Number card holds one (カード 有),
    though the household answered 「持っていない」 for the child."""
    family = situation("mv_family_card_read", tmp_path_factory)
    assert family.scenario.answers["has_mnc"] is False
    (form,) = [f for f in family.forms if f.layout.id == "jumin_ido"]
    cards = bound(form, "household[*].answers.has_mnc")
    assert [b.circled(form.page) for b in cards[:2]] == ["有", "無"]
    assert [m.id for m in form.members] == ["self", "kid"]


def test_the_foreign_residents_page_carries_each_movers_record_items(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """住民基本台帳法 §30の45: 国籍・地域, the 区分, 在留資格, 在留期間 and its 満了日, and the
    在留カード (特別永住者証明書) number, read back from the page for each foreign mover."""
    family = situation("foreign_mid_long_family_from_abroad", tmp_path_factory)
    (form,) = [f for f in family.forms if f.layout.id == "jumin_ido_gaikoku"]
    assert [m.id for m in form.members] == ["self", "spouse", "pupil"]
    for row, member in enumerate(form.members):
        residence = member.residence
        assert residence is not None

        def shown(path: str, row: int = row) -> str:
            return squash(bound(form, path)[row].value(form.page))

        assert shown("household[*].nationality") == "ベトナム"
        assert shown("household[*].residence_category") == "中長期在留者"
        assert shown("household[*].residence_status") == squash(residence.status)
        assert shown("household[*].residence_card") == residence.card_number
        assert shown("household[*].residence_period") == "5年"
        expiry = bound(form, "household[*].residence_expiry")[row]
        assert squash(expiry.line(form.page)).endswith("13年4月30日")  # 令和13年
    special = situation("foreign_special_permanent_from_other_pref", tmp_path_factory)
    (form,) = [f for f in special.forms if f.layout.id == "jumin_ido_gaikoku"]
    assert squash(bound(form, "household[*].residence_status")[0].value(form.page)) == "特別永住者"
    assert squash(bound(form, "household[*].residence_period")[0].value(form.page)) == ""
    (ido,) = [f for f in special.forms if f.layout.id == "jumin_ido"]
    (honseki,) = bound(ido, "derived.honseki_note")
    assert squash(honseki.value(ido.page)) == ""  # no 本籍 for a foreign national


def test_six_foreign_movers_continue_both_tables_on_one_sheet(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    six = situation("print_foreign_household6_within_town", tmp_path_factory)
    (form,) = [f for f in six.forms if f.layout.id == "jumin_ido_gaikoku"]
    assert len(form.members) == 6 and len(form.sheets) == 1
    sheet = squash(form.sheets[0].text)
    last = form.members[5]
    assert last.residence is not None
    first, _, second = sheet.partition("在留資格・在留期間")
    assert squash(last.name) in first and squash(last.name) in second  # in both tables
    assert last.residence.card_number in sheet and "定住者" in sheet


def test_the_child_allowance_names_the_higher_earner_as_claimant_and_the_other_as_spouse(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """児童手当法 §4②: the mother files, her husband (the higher income) is the 請求者; she
    is listed as 配偶者 (同居); the baby is the claimant's 子; the claimant's 個人番号."""
    couple = situation("birth_national_couple", tmp_path_factory)
    (form,) = [f for f in couple.forms if f.layout.id == "jido_teate"]
    husband, mother = couple.scenario.member("husband"), couple.scenario.resident
    assert squash(bound(form, "claimant.name")[0].value(form.page)) == squash(husband.name)
    assert squash(bound(form, "spouse.name")[0].value(form.page)) == squash(mother.name)
    assert bound(form, "spouse.status")[0].circled(form.page) == "同"
    assert squash(bound(form, "household[*].kinship")[0].value(form.page)) == "子"
    number = _numbers(couple.scenario)["husband"]
    assert squash(bound(form, "claimant.my_number")[0].value(form.page)) == number
    alone = situation("birth_single_mother", tmp_path_factory)
    (form,) = [f for f in alone.forms if f.layout.id == "jido_teate"]
    assert squash(bound(form, "claimant.name")[0].value(form.page)) == squash(
        alone.scenario.resident.name)
    assert squash(bound(form, "spouse.name")[0].value(form.page)) == ""


def test_the_lump_sum_for_twins_counts_two_and_the_new_head_names_the_late_one(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """出産育児一時金 is paid per child (国民健康保険法 §58①): twins are 2人, claimed by the
    世帯主. The 国保 世帯主変更 after the head died names the former head (施行規則 §10の2)."""
    twins = situation("birth_twins_late", tmp_path_factory)
    (form,) = [f for f in twins.forms if f.layout.id == "shussan_ichijikin"]
    assert bound(form, "derived.newborn_count")[0].circled(form.page) == "2人"
    assert squash(bound(form, "head.name")[0].value(form.page)) == squash(
        twins.scenario.resident.name)
    died = situation("death_head_of_household", tmp_path_factory)
    (form,) = [f for f in died.forms if f.layout.id == "kokuho_henko"]
    assert bound(form, "derived.event_label")[0].circled(form.page) == "世帯主変更"
    assert squash(bound(form, "derived.former_head_name")[0].value(form.page)) == squash(
        died.scenario.member("husband").name)
    divorce = situation("divorce_alone", tmp_path_factory)
    (form,) = [f for f in divorce.forms if f.layout.id == "kokuho_henko"]
    assert bound(form, "derived.event_label")[0].circled(form.page) == "氏名変更"


def test_the_funeral_grant_names_the_applicants_relation_and_the_move_in_its_hittosha(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """葬祭費 (国民健康保険法 §58①) is paid to the 喪主, who files: their 続柄 to the deceased
    prints. The 筆頭者 is read off the 転出証明書 like the 本籍 (住民基本台帳法 §22)."""
    widow = situation("okuyami", tmp_path_factory)
    (form,) = [f for f in widow.forms if f.layout.id == "sosaihi"]
    assert squash(bound(form, "derived.filer_relation")[0].value(form.page)) == "妻"
    eight = situation("print_tennyu_household8", tmp_path_factory)
    (form,) = [f for f in eight.forms if f.layout.id == "jumin_ido"]
    (hittosha,) = bound(form, "derived.hittosha_note")
    assert squash(hittosha.value(form.page)) == "（転出証明書のとおり）"


def test_a_household_split_prints_the_new_household_its_head_and_address(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """住民基本台帳法 §25: the 世帯変更届 names who forms the new household, its head (with
    each member's 続柄 to that head) and the address; the member who stays is not on it."""
    split = situation("household_split_three_generations", tmp_path_factory)
    (form,) = [f for f in split.forms if f.layout.id == "jumin_ido"]
    assert [m.id for m in form.members] == ["son", "daughter_in_law", "grandchild"]
    (kind,) = bound(form, "derived.event_label")
    assert kind.circled(form.page) == "世帯変更"
    (head,) = bound(form, "derived.head_name")
    assert squash(head.value(form.page)) == "試験息子"
    relations = bound(form, "household[*].relation")
    assert [squash(b.value(form.page)) for b in relations[:3]] == ["世帯主", "妻", "子"]
    (address,) = bound(form, "derived.new_address")
    assert squash(address.value(form.page)) == "熊本県玉名郡南関町大字関町1234番地"
    assert "試験祖父" not in squash(form.page.text.split("届出人")[0])
    (kokuho,) = [f for f in split.forms if f.layout.id == "kokuho_soshitsu"]
    (kokuho_head,) = bound(kokuho, "head.name")
    assert squash(kokuho_head.value(kokuho.page)) == "試験息子"
