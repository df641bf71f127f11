"""Form layouts: every form id has a valid layout, and bad layouts are refused by name."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from forms import bindings
from forms.geometry import CONTENT_BOTTOM, PAGE_W
from forms.layout import LayoutError, load_all, load_layout_file, load_parts

FORM_IDS = {
    "jumin_ido", "setainushi_henko", "mynumber_card", "inkan_toroku", "jumin_hyo_kofu",
    "koseki_todoke", "kokuho_shutoku", "kokuho_soshitsu", "sosaihi", "kouki_koureisha",
    "kaigo_hoken", "nenkin_hihokensha", "nenkin_shibo", "jido_teate", "kodomo_iryo",
    "hitorioya", "tennyugaku", "hoiku_tenen", "boshi_hoken", "shogai_techo", "suido",
    "inu_toroku", "gentsuki", "kotei_shisan", "kaigo_soshitsu", "kodomo_iryo_henko",
    "jido_teate_henko", "nenkin_sanzen_sango", "kokuho_sanzen_sango", "jumin_ido_gaikoku",
    "kokuho_henko", "shussan_ichijikin",
    "core_confirmation",  # printed instead of a form the core system fills (core_fills_with)
}
# Forms whose legal basis requires the 個人番号 (shared domain notes §2).
MY_NUMBER_FORMS = {
    "kokuho_shutoku", "kokuho_soshitsu", "jido_teate", "kodomo_iryo", "nenkin_hihokensha",
    "kaigo_hoken", "kokuho_henko",  # 国保: 国民健康保険法施行規則 (届書に個人番号)
}


def test_every_form_id_has_exactly_one_layout() -> None:
    assert set(load_all()) == FORM_IDS


def test_my_number_only_where_the_law_needs_it() -> None:
    layouts = load_all()
    assert {k for k, v in layouts.items() if v.needs_my_number} == MY_NUMBER_FORMS
    for form_id, layout in layouts.items():
        prints_number = any(bindings.is_my_number(b) for b in layout.bindings())
        assert prints_number == layout.needs_my_number, form_id


def test_every_layout_has_title_signature_office_area_and_fits_a4() -> None:
    for form_id, layout in load_all().items():
        kinds = {p.field.kind for p in layout.placed}
        assert {"signature", "stamps", "flags"} <= kinds, form_id
        assert layout.title
        assert max(p.y + p.h for p in layout.placed) <= CONTENT_BOTTOM
        assert max(p.x + p.w for p in layout.placed) <= PAGE_W
        for path in layout.bindings():
            assert bindings.binding_error(path) is None


def test_catalog_forms_all_have_layouts() -> None:
    catalog = Path(__file__).resolve().parents[3] / "forms" / "catalog" / "procedures.yaml"
    if not catalog.exists():
        pytest.skip("the catalog is not in this checkout")
    text = catalog.read_text(encoding="utf-8")
    named = set()
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("forms: [") and stripped.endswith("]"):
            named |= {f.strip() for f in stripped[8:-1].split(",") if f.strip()}
    assert named <= FORM_IDS


def _write(tmp_path: Path, form_id: str, body: dict[str, object]) -> Path:
    (tmp_path / "_parts.yaml").write_text(
        yaml.safe_dump(load_parts(), allow_unicode=True), encoding="utf-8")
    path = tmp_path / f"{form_id}.yaml"
    data = {"id": form_id, "title": "テスト届", "department": "JUMIN", **body}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _row(*fields: dict[str, object]) -> dict[str, object]:
    return {"title": "内容", "rows": [list(fields)]}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"sections": [_row({"label": "氏名", "bind": "card.nmae"})]},
         "field card.nmae: unknown binding"),
        ({"sections": [_row({"label": "番号", "bind": "person.my_number", "kind": "digits",
                             "count": 12})]},
         "field person.my_number: 個人番号 on a form without needs_my_number"),
        ({"sections": [_row({"label": "氏名", "bind": "household[*].name"})]},
         "field household[*].name: household[*] paths belong in member tables"),
        ({"sections": [_row({"label": "住所", "bind": "card.address", "w": 120},
                            {"label": "電話", "bind": "answers.phone", "w": 90})]},
         "field answers.phone: runs past the page margin"),
        ({"sections": [_row({"label": "生年月日", "kind": "era_date", "bind": "card.birth_date",
                             "w": 40})]},
         "field card.birth_date: box too narrow"),
        ({"sections": [_row({"label": "氏名", "bind": "card.name"})],
          "boxes": [{"label": "印影", "kind": "blank", "at": [20, 50], "w": 30, "h": 20}]},
         "field 印影: overlaps field"),
        ({"sections": [_row({"label": "氏名", "bind": "card.name", "kind": "fancy"})]},
         "field card.name: unknown kind"),
        ({"sections": [_row({"label": "氏名", "bind": "card.name", "floor": 5})]},
         "field card.name: text may not shrink below 7 pt"),
        ({"sections": [{"title": "x", "rows": [{"h": 60, "fields": [{"label": "a"}]}]}] * 5},
         "runs off the bottom of the page"),
        ({"sections": [{"use": "nosuchpart"}]}, "unknown part 'nosuchpart'"),
        ({"sections": [_row({"label": "氏名", "bind": "card.name", "kana": "person.furigana"})]},
         "field card.name: the value and its furigana read different people"),
        ({"sections": [{"title": "被保険者", "who": "person",
                        "rows": [[{"label": "氏名", "bind": "applicant.name"}]]}]},
         "field applicant.name: the block is about person, the field reads applicant"),
        ({"sections": [{"title": "x", "rows": [[{"label": "氏名", "bind": "@.name"}]]}]},
         "a block with @. bindings needs who:"),
        ({"sections": [{"use": "resident", "who": "neighbour"}]}, "who must be one of"),
        ({"sections": [_row({"label": "種類", "kind": "choice", "options": ["有"],
                             "bind": "answers.x", "map": ["有"]})]},
         "map must be a mapping"),
    ],
)
def test_bad_layouts_are_refused_naming_file_and_field(
    tmp_path: Path, body: dict[str, object], message: str
) -> None:
    path = _write(tmp_path, "bad_form", body)
    with pytest.raises(LayoutError) as info:
        load_layout_file(path)
    assert str(info.value).startswith("bad_form.yaml: ")
    assert message in str(info.value)


def test_id_must_match_file_name(tmp_path: Path) -> None:
    path = _write(tmp_path, "one", {"sections": []})
    path.rename(tmp_path / "two.yaml")
    with pytest.raises(LayoutError, match=r"two\.yaml: layout: the id must equal the file name"):
        load_layout_file(tmp_path / "two.yaml")


def test_a_good_custom_layout_loads(tmp_path: Path) -> None:
    path = _write(tmp_path, "ok_form", {
        "needs_my_number": True,
        "sections": [
            {"use": "applicant"},
            _row({"label": "番号", "bind": "person.my_number", "kind": "digits", "count": 12,
                  "groups": [4, 4, 4]}),
            {"use": "signature"},
            {"use": "office", "checks": ["確認"]},
        ],
    })
    layout = load_layout_file(path)
    assert "person.my_number" in layout.bindings()
    assert layout.sections[-1].office


def test_a_shared_block_binds_every_field_to_the_person_it_names(tmp_path: Path) -> None:
    """``who:`` turns the block's ``@.`` bindings into that person's, all of them."""
    path = _write(tmp_path, "who_form", {"sections": [{"use": "resident", "who": "head"}]})
    layout = load_layout_file(path)
    people = {bindings.person_source(b) for b in layout.bindings()}
    assert people == {"head"}
    assert {"head.name", "head.furigana", "head.address", "head.postal_code"} <= set(
        layout.bindings())


def test_every_bundled_block_about_a_person_names_one_person() -> None:
    for form_id, layout in load_all().items():
        for section in layout.sections:
            sources = {bindings.person_source(f.bind) for r in section.rows for f in r.fields
                       if f.bind} - {None}
            assert len(sources) <= 1, (form_id, section.title, sources)
