"""Text-level tests: the rendered PDFs carry the prefilled values in the right forms."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from kiosk_test_support import service_missing
from pdftext import ERA_MARKS, PageText, read_pages
from printing_samples import (
    CATALOG,
    MY_NUMBERS,
    VISIT,
    family_scenario,
    make_dept,
    make_proc,
    tennyu_plan,
)
from pypdf import PdfReader

from kiosk.domain.resident import Sex
from kiosk.navigation.plan import CounterStop, Plan
from kiosk.navigation.scenario import Address, Person
from printing.bundle import BundleSummary, render_bundle
from printing.fonts import FALLBACK, MISSING_MARKER, cmap, fallback_path

NUMBER_FORMS = {"kokuho_shutoku", "jido_teate", "kodomo_iryo"}


@pytest.fixture(scope="module")
def family(tmp_path_factory: pytest.TempPathFactory) -> tuple[BundleSummary, list[PageText]]:
    out = tmp_path_factory.mktemp("family")
    summary = render_bundle(family_scenario(), tennyu_plan(), VISIT, out, MY_NUMBERS, catalog=CATALOG)
    return summary, read_pages(summary.path)


def _one_form_plan(form_id: str, members: tuple[str, ...] = ("self",)) -> Plan:
    proc = make_proc(form_id, "届出", "JUMIN", (form_id,), members=members)
    return Plan("IN", date(2019, 5, 1), (CounterStop(make_dept("JUMIN", "住民課", "1番", 1),
                                                      (proc,)),))


def _render_single(tmp_path: Path, resident: Person, form_id: str = "jumin_ido",
                   **changes: object) -> tuple[BundleSummary, list[PageText]]:
    scenario = family_scenario(resident=resident, household=(), **changes)
    summary = render_bundle(scenario, _one_form_plan(form_id), VISIT, tmp_path, catalog=CATALOG)
    return summary, read_pages(summary.path)


def _resident(**changes: object) -> Person:
    base = Person("self", "山田　太郎", "やまだ　たろう", date(1985, 6, 15), Sex.MALE, "世帯主")
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_guide_sheet_first_with_counters_in_order_and_no_personal_data(family) -> None:
    summary, pages = family
    guide = pages[0]
    assert guide.form == "guide"
    text = guide.text
    assert "手続き案内票" in text and "A-042" in text
    order = [text.index(n) for n in ("住民課", "保険年金係", "子育て支援係", "教育委員会")]
    assert order == sorted(order)
    assert "転出証明書" in text and "在学証明書" in text and "無料" in text
    for personal in ("髙﨑", "タカサキ", "関町ハイツ", "天神", "123456789018"):
        assert personal not in guide.compact
    assert summary.path.name == f"visit-{VISIT.id}.pdf"


def test_forms_follow_in_visiting_order_with_one_copy_per_member_where_needed(family) -> None:
    summary, pages = family
    forms = [p.form for p in pages[1:]]
    assert forms == ["jumin_ido", "mynumber_card", "mynumber_card", "kokuho_shutoku",
                     "jido_teate", "kodomo_iryo", "tennyugaku"]
    assert summary.pages == len(pages) == len(PdfReader(summary.path).pages)
    assert summary.flags == []


def test_prefilled_values_are_on_the_forms(family) -> None:
    _, pages = family
    ido = next(p for p in pages if p.form == "jumin_ido")
    for value in ("髙﨑太郎", "髙﨑花子", "髙﨑一郎", "髙﨑さくら", "タカサキ　ハナコ".replace("　", ""),
                  "熊本県玉名郡南関町大字関町１２３番地４", "関町ハイツ２０１号",
                  "福岡県福岡市中央区天神一丁目１番１号", "8610803", "A042"):
        assert value in ido.compact, value
    cards = [p for p in pages if p.form == "mynumber_card"]
    assert "髙﨑太郎" in cards[0].compact.split("届出人")[0]
    assert "髙﨑花子" in cards[1].compact.split("届出人")[0]
    school = next(p for p in pages if p.form == "tennyugaku")
    assert "たかさきいちろう" in school.compact  # this form asks for hiragana
    assert "髙﨑さくら" not in school.compact


def test_my_number_only_on_forms_that_legally_need_it(family) -> None:
    _, pages = family
    for page in pages:
        has_number = "123456789018" in page.compact
        assert has_number == (page.form in NUMBER_FORMS), page.form
    spouse = next(p for p in pages if p.form == "kokuho_shutoku")
    assert "983205673214" in spouse.compact


def test_no_my_number_anywhere_when_none_is_given(tmp_path: Path) -> None:
    summary = render_bundle(family_scenario(), tennyu_plan(), VISIT, tmp_path, catalog=CATALOG)
    for page in read_pages(summary.path):
        assert "123456789018" not in page.compact


def test_taisho_birth_date_and_reiwa_gannen(tmp_path: Path) -> None:
    resident = _resident(birth_date=date(1920, 3, 3))
    summary, pages = _render_single(tmp_path, resident, event_date=date(2019, 5, 1))
    form = pages[1]
    circled = [c for c in form.circled if c in ERA_MARKS]
    # 異動日 (令和元年), the member row and the applicant (大正9年), the filing date (令和8年)
    assert circled == ["令", "大", "大", "令"]
    assert "元年5月1日" in form.compact
    assert "9年3月3日" in form.compact
    assert summary.flags == []


# CJK Ext. G: in neither the BIZ UD faces nor IPAmj明朝, so it stands for "no font has it".
NO_FONT = "\U00030000"


def test_names_with_rare_kanji_print_and_missing_ones_are_flagged(tmp_path: Path) -> None:
    assert ord("髙") in cmap() and ord("﨑") in cmap()
    assert ord(NO_FONT) not in cmap() and ord(NO_FONT) not in cmap(FALLBACK)
    resident = _resident(name=f"{NO_FONT}野　髙﨑")
    summary, pages = _render_single(tmp_path, resident)
    form = pages[1]
    assert "髙﨑" in form.compact
    assert f"{MISSING_MARKER}野" in form.compact
    assert NO_FONT not in form.text
    kinds = {(f.field, f.kind) for f in summary.flags}
    assert ("applicant.name", "missing_glyph") in kinds
    assert ("household[*].name", "missing_glyph") in kinds
    assert "印字できない文字あり" in form.compact  # told in the office-use area
    assert "印字できない文字あり" in pages[0].compact  # and on the guide sheet


def test_a_character_no_bundled_font_has_prints_as_a_visible_marker(tmp_path: Path) -> None:
    rare = NO_FONT
    variant = "葛\U000e0100"  # an IVS variant the fonts cannot show
    assert ord(rare) not in cmap()
    summary, pages = _render_single(tmp_path, _resident(name=f"田{rare}　{variant}子"))
    assert f"田{MISSING_MARKER}{MISSING_MARKER}子" in pages[1].compact
    assert any(f.kind == "missing_glyph" for f in summary.flags)


def test_extension_b_names_print_with_the_mj_fallback_face(tmp_path: Path) -> None:
    """𠮷 (U+20BB7) is not in BIZ UD Mincho, but real names carry it: IPAmj明朝 draws it."""
    if fallback_path() is None:
        service_missing("the IPAmj明朝 fallback font (Debian: fonts-ipamj-mincho)")
    assert ord("𠮷") not in cmap() and ord("𠮷") in cmap(FALLBACK)
    summary, pages = _render_single(tmp_path, _resident(name="𠮷野　髙﨑"))
    assert "𠮷野髙﨑" in pages[1].compact
    assert MISSING_MARKER not in pages[1].text
    assert not any(f.kind == "missing_glyph" for f in summary.flags)
    pdf = next(tmp_path.rglob("*.pdf")).read_bytes()
    assert b"IPAmjMincho" in pdf, "the fallback face is embedded (as a subset)"


def test_a_variation_sequence_prints_the_exact_glyph_from_the_mj_table(tmp_path: Path) -> None:
    """渡邉󠄐 (U+9089 U+E0110) is in IPAmj明朝's variation-sequence table (cmap format 14):
    it prints with that glyph and reads back as the sequence; 邉 + U+E0102 (an
    Adobe-Japan1 sequence the MJ font does not carry) stays a flagged marker."""
    if fallback_path() is None:
        service_missing("the IPAmj明朝 fallback font (Debian: fonts-ipamj-mincho)")
    exact = "渡\u9089\U000e0110"
    summary, pages = _render_single(tmp_path / "mj", _resident(name=f"{exact}　和子"))
    assert f"{exact}和子" in pages[1].compact
    assert MISSING_MARKER not in pages[1].text
    assert not any(f.kind == "missing_glyph" for f in summary.flags)
    unknown = "渡\u9089\U000e0102"
    summary, pages = _render_single(tmp_path / "aj", _resident(name=f"{unknown}　和子"))
    assert f"渡{MISSING_MARKER}和子" in pages[1].compact
    assert any(f.kind == "missing_glyph" for f in summary.flags)


def test_a_long_latin_name_and_a_long_katagaki_shrink_or_wrap_but_are_never_cut(
        tmp_path: Path) -> None:
    name = "MONTGOMERY-WHITFIELD　ALEXANDRA CHRISTINA ELIZABETH VICTORIA"
    katagaki = "南関グリーンヒルズ・サンライズコート関町第二期分譲住宅B棟1203号室（管理人室隣）"
    resident = _resident(name=name, furigana="モンゴメリーホイットフィールド　アレクサンドラ")
    new = Address("大字関町", "１２３番地４", katagaki, "861-0803")
    summary, pages = _render_single(tmp_path, resident, new_address=new)
    form = pages[1]
    assert "…" not in form.text
    assert summary.flags == []
    assert name.replace("　", "").replace(" ", "").replace("-", "") in form.compact
    assert katagaki in form.compact


def test_a_70_character_address_fits_without_loss(tmp_path: Path) -> None:
    address = ("熊本県玉名郡南関町大字関町字上ノ原一丁目二番地三号" * 3)[:70]
    assert len(address) == 70
    summary, pages = _render_single(tmp_path, _resident(), "shogai_techo",
                                    current_address=address, new_address=None)
    # The address wraps onto a second line; the label sits between the lines in reading order.
    assert address in pages[1].compact.replace("住所", "")
    assert summary.flags == []


def test_text_that_cannot_fit_is_flagged_never_clipped_silently(tmp_path: Path) -> None:
    address = "熊本県玉名郡南関町大字関町" * 40  # too long even condensed (長体) at 7 pt
    summary, pages = _render_single(tmp_path, _resident(), "shogai_techo",
                                    current_address=address, new_address=None)
    assert ("person.address", "overflow") in {(f.field, f.kind) for f in summary.flags}
    assert "…" in pages[1].text
    assert "記入欄に収まらない内容あり" in pages[1].compact


def test_member_table_overflow_is_flagged(tmp_path: Path) -> None:
    scenario = family_scenario()
    plan = _one_form_plan("sosaihi", members=("self", "m1"))
    # One copy listing two people in a table with room for one.
    proc = dataclasses.replace(plan.stops[0].procedures[0], form_scope="household")
    plan = dataclasses.replace(plan, stops=(dataclasses.replace(plan.stops[0], procedures=(proc,)),))
    summary = render_bundle(scenario, plan, VISIT, tmp_path, catalog=CATALOG)
    assert [f.kind for f in summary.flags] == ["table_overflow"]


def test_rendering_is_deterministic(tmp_path: Path) -> None:
    a = render_bundle(family_scenario(), tennyu_plan(), VISIT, tmp_path / "a", MY_NUMBERS, catalog=CATALOG)
    b = render_bundle(family_scenario(), tennyu_plan(), VISIT, tmp_path / "b", MY_NUMBERS, catalog=CATALOG)
    assert a.path.read_bytes() == b.path.read_bytes()


def test_fonts_are_embedded_subsets_and_the_bundle_is_small(family) -> None:
    summary, _ = family
    reader = PdfReader(summary.path)
    fonts = []
    for page in reader.pages:
        resources = [page["/Resources"].get_object()]
        for xobj in resources[0].get("/XObject", {}).values():
            if "/Resources" in xobj.get_object():
                resources.append(xobj.get_object()["/Resources"].get_object())
        for res in resources:
            fonts += [f.get_object() for f in res.get("/Font", {}).values()]
    assert fonts
    for font in fonts:
        assert font["/Subtype"] == "/TrueType"
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor  # embedded, never a bare CID font
        assert "+" in str(font["/BaseFont"])  # the subset tag
    assert summary.size < 600_000


def test_all_text_is_at_least_9_points(family) -> None:
    import pdfplumber

    summary, _ = family
    with pdfplumber.open(summary.path) as pdf:
        sizes = {round(ch["size"], 1) for page in pdf.pages for ch in page.chars}
    assert min(sizes) >= 9.0


def test_qr_codes_and_file_names_carry_ids_only() -> None:
    from printing.render import qr_payload

    assert qr_payload("v7f3a9c2e", "jumin_ido") == "KKS1:v7f3a9c2e:jumin_ido"
    assert qr_payload("v7f3a9c2e") == "KKS1:v7f3a9c2e"
