"""The shipped catalog loads; broken copies fail with messages naming file, line and entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from forms.catalog import (
    BUNDLED_FOLDER,
    FIXED_FORM_IDS,
    CatalogError,
    known_form_ids,
    load_catalog,
)


def edit(folder: Path, name: str, old: str, new: str) -> int:
    """Replace one unique text in a copied file; return the 1-based line it is on."""
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur exactly once in {name}"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def problems(folder: Path, forms: frozenset[str] = FIXED_FORM_IDS) -> tuple[str, ...]:
    with pytest.raises(CatalogError) as info:
        load_catalog(folder, known_forms=forms)
    return info.value.problems


# ------------------------------------------------------------------ the shipped catalog


def test_shipped_catalog_loads_against_the_fixed_and_the_layout_form_ids() -> None:
    catalog = load_catalog(known_forms=FIXED_FORM_IDS)
    assert catalog.counts()["procedures"] >= 23
    assert catalog.counts()["forms"] == len(FIXED_FORM_IDS)  # every agreed form is used
    assert load_catalog().counts() == catalog.counts()  # with forms/layouts as the source


def test_departments_carry_names_counters_and_order() -> None:
    catalog = load_catalog(known_forms=FIXED_FORM_IDS)
    ids = list(catalog.departments)
    assert ids[0] == "JUMIN" and ids[-1] == "EXT"
    assert set(ids) >= {"JUMIN", "HOKEN", "KAIGO", "FUKUSHI", "KOSO", "KENKO", "KYOIKU",
                        "ZEIMU", "SUIDO", "KANKYO", "EXT"}
    for dept in catalog.departments.values():
        assert dept.name.ja and dept.name.en and dept.counter.ja and dept.counter.en


def test_town_is_nankan() -> None:
    town = load_catalog(known_forms=FIXED_FORM_IDS).town
    assert town.jis_code == "43367" and town.name.ja == "南関町"
    assert town.child_medical_age == 18
    assert len(town.oaza) == 20 and town.default_postal_code == "861-0800"
    codes = [o.postal_code for o in town.oaza]
    assert all("861-0801" <= c <= "861-0837" for c in codes)
    assert town.postal_code_for("関町") == "861-0803"
    assert town.postal_code_for("肥猪") == "861-0814"
    assert town.postal_code_for("どこか") == "861-0800"
    assert all(o.kana and all("ァ" <= ch <= "ヶ" or ch == "ー" for ch in o.kana)
               for o in town.oaza)


def test_a_town_can_use_its_own_copy(folder: Path) -> None:
    edit(folder, "town.yaml", "child_medical_age: 18", "child_medical_age: 15")
    assert load_catalog(folder, known_forms=FIXED_FORM_IDS).town.child_medical_age == 15


# ------------------------------------------------------------------ broken catalogs


def test_unknown_question_id_in_a_condition(folder: Path) -> None:
    line = edit(folder, "procedures.yaml", "      IN:\n        when: moves and kokuho\n",
                "      IN:\n        when: moves and kokuhoo\n")
    assert problems(folder) == (
        f"procedures.yaml line {line + 1}: procedure 'kokuho_shutoku', event IN: "
        "when 'moves and kokuhoo': unknown name 'kokuhoo' at column 11",
    )


def test_unknown_question_listed_by_an_event(folder: Path) -> None:
    edit(folder, "events.yaml", "questions: [household_change, insurance, kouki_disability]",
         "questions: [household_change, insurence, kouki_disability]")
    (message,) = problems(folder)
    assert message.startswith("events.yaml line ")
    assert message.endswith(": event 'H': unknown question id 'insurence'")


def test_bad_condition_syntax(folder: Path) -> None:
    line = edit(folder, "predicates.yaml", "when: legal_age >= 65\n",
                "when: legal_age >= 65 and\n")
    # only the root problem: conditions using the broken predicate are not blamed
    assert problems(folder) == (
        f"predicates.yaml line {line - 1}: predicate 'age_ge_65': when "
        "'legal_age >= 65 and': expected a name, a number, a quoted text or '(', "
        "found the end at column 20",)


def test_procedure_names_a_form_that_does_not_exist(folder: Path) -> None:
    line = edit(folder, "procedures.yaml", "      IN:\n        forms: [gentsuki]",
                "      IN:\n        forms: [gentsuki_v2]")
    (message,) = problems(folder)
    assert message.startswith(f"procedures.yaml line {line + 1}: procedure 'gentsuki', event IN: ")
    assert "names form 'gentsuki_v2', which does not exist" in message


def test_forms_are_checked_against_the_injected_set() -> None:
    forms = FIXED_FORM_IDS - {"suido"}
    found = problems(BUNDLED_FOLDER, forms)
    assert len(found) == 4  # each of the four variants names it
    assert all("procedure 'suido'" in m and "names form 'suido'" in m for m in found)


def test_duplicate_id(folder: Path) -> None:
    first = edit(folder, "departments.yaml", "  - id: KANKYO", "  - id: SUIDO")
    message, *rest = problems(folder)
    assert message.startswith(f"departments.yaml line {first}: department 'SUIDO': duplicate id "
                              "(first defined on line ")
    # the procedures of the department that is now gone say so too
    assert rest and all("unknown department 'KANKYO'" in r for r in rest)


def test_cycle_between_questions(folder: Path) -> None:
    edit(folder, "questions.yaml", 'age <= 55 and not is_deceased',
         'age <= 55 and not is_deceased and not in_childcare')
    edit(folder, "questions.yaml", "ask_when: preschool and not is_newborn",
         "ask_when: preschool and not pregnant")
    (message,) = problems(folder)
    assert message.endswith(": question 'pregnant': ask_when/implied_by conditions form a cycle: "
                            "pregnant -> in_childcare -> pregnant")
    assert message.startswith("questions.yaml line ")


def test_cycle_between_predicates(folder: Path) -> None:
    edit(folder, "predicates.yaml",
         'when: (age_ge_75 or (age_ge_65 and kouki_disability)) and insurance != "welfare"',
         "when: age_ge_75 and not kokuho")
    found = problems(folder)
    assert any("predicate 'kokuho': predicates form a cycle: kokuho -> kouki -> kokuho" in p
               for p in found)


def test_yaml_syntax_error_names_the_line(folder: Path) -> None:
    line = edit(folder, "events.yaml", "  - id: MV\n", "  - id: MV\n   broken: [\n")
    (message,) = problems(folder)
    assert message.startswith(f"events.yaml line {line + 1}: YAML syntax error: ")


def test_duplicate_key_in_a_mapping(folder: Path) -> None:
    line = edit(folder, "town.yaml", "  kana: ナンカンマチ\n", "  kana: ナンカンマチ\n  kana: x\n")
    assert problems(folder) == (
        f"town.yaml line {line + 1}: YAML syntax error: duplicate key 'kana'",)


def test_unknown_key_is_a_typo(folder: Path) -> None:
    edit(folder, "procedures.yaml", "deadline: {ja: 転出前に, en: Before moving}",
         "dedline: {ja: 転出前に, en: Before moving}")
    found = problems(folder)
    assert any("procedure 'gentsuki', event OUT: unknown key 'dedline'" in p for p in found)
    assert any("procedure 'gentsuki', event OUT: states no 'deadline'" in p for p in found)


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        ("procedures.yaml", "department: ZEIMU\n    title: {ja: 原付",
         "department: TAX\n    title: {ja: 原付", "procedure 'gentsuki': unknown department 'TAX'"),
        ("procedures.yaml", "      H:\n        when: moves and household_change",
         "      HH:\n        when: moves and household_change",
         "procedure 'jumin_ido': unknown event 'HH'"),
        ("procedures.yaml", 'when: is_deceased and pension == "kosei"',
         'when: is_deceased and pension == "kosai"',
         "'kosai' is not an option of 'pension' (options: none, kokumin, kosei) at column 28"),
        ("procedures.yaml", "when: is_self and deceased_was_head and household_left >= 2\n",
         'when: is_self and deceased_was_head and household_left >= "2"\n',
         "cannot compare int with str using '>='"),
        ("procedures.yaml", "      IN:\n        when: moves and child_medical\n",
         "      IN:\n        when: age\n",
         "procedure 'kodomo_iryo', event IN: when 'age': a condition must be yes/no, not int"),
        ("questions.yaml", "default: same_pref", "default: mars",
         "question 'from_area': 'default' 'mars' must be one of the options"),
        ("town.yaml", 'postal_code: "861-0803"', 'postal_code: "8610803"',
         "oaza '関町': postal code '8610803' must be written like 861-0803"),
        ("town.yaml", 'jis_code: "43367"', 'jis_code: "4336"', "'jis_code' must be the 5-digit"),
        ("questions.yaml", "  - id: owns_property\n", "  - id: age\n",
         "question 'age': the id is a built-in fact's name"),
        ("procedures.yaml", "    ref: 20\n", "    ref: twenty\n", "'ref' must be the reference's"),
        ("questions.yaml", "    ask_when: is_deceased\n", "    ask_when: is_deceased\n"
         "    implied_by: is_self\n",
         "question 'pension': only a yes/no question can be implied_by a condition"),
        ("questions.yaml", "implied_by: is_self and card_read", "implied_by: is_self and card",
         "question 'has_mnc': implied_by 'is_self and card': unknown name 'card'"),
        ("departments.yaml", "    order: 10\n", "    order: first\n",
         "department 'JUMIN': 'order' must be a whole number"),
        ("departments.yaml", "name: {ja: 町民課 住民係, en: Residents Section}",
         "name: {en: Residents Section}", "department 'JUMIN': 'name' needs a non-empty 'ja'"),
        ("departments.yaml", "name: {ja: 町民課 住民係, en: Residents Section}",
         "name: {ja: 町民課 住民係, pt: Seção de Residentes}",
         "department 'JUMIN': 'name' has the unknown locale 'pt'"),
        ("departments.yaml", "counter: {ja: 1番窓口, en: Counter 1}", "counter: 1番窓口",
         "department 'JUMIN': 'counter' must be a mapping {ja: …, en: …}"),
        ("questions.yaml", "    scope: household\n    type: choice\n    default: same_pref",
         "    scope: town\n    type: choice\n    default: same_pref",
         "question 'from_area': scope 'town' must be 'household' or 'person'"),
        ("questions.yaml", "    type: choice\n    default: same_pref",
         "    type: text\n    default: same_pref",
         "question 'from_area': type 'text' must be 'bool', 'choice' or 'int'"),
        ("questions.yaml", "      - id: split\n"
         "        ja: 世帯を分ける\n"
         "        en: Splitting into two households\n"
         "        help:\n"
         '          ja: "一つの世帯を二つに分けます（同じ住所のままでも分けられます）。"\n'
         '          en: "One household becomes two (possible at the same address)."\n'
         "      - id: merge\n"
         "        ja: 世帯を一緒にする\n"
         "        en: Joining two households\n"
         "        help:\n"
         '          ja: "二つの世帯を一つにまとめます。"\n'
         '          en: "Two households become one."\n', "",
         "question 'household_change': a choice question needs at least two options"),
        ("questions.yaml", "    type: bool\n    default: false\n    text: {ja: 氏",
         "    type: bool\n    default: false\n    options: [{id: a}]\n    text: {ja: 氏",
         "question 'name_changes': only a 'choice' question has options"),
        ("questions.yaml", "  - id: name_changes\n    scope: household\n    type: bool\n"
         "    default: false", "  - id: name_changes\n    scope: household\n    type: bool\n"
         "    default: 'no'", "question 'name_changes': 'default' 'no' must be true or false"),
        ("questions.yaml", "    text_by_event:\n      D: {ja: 亡くなられた方は犬",
         "    text_by_event: [D]\n    x_by_event:\n      D: {ja: 亡くなられた方は犬",
         "question 'has_dog': 'text_by_event' must map event ids"),
        ("events.yaml", "questions: [household_change, insurance, kouki_disability]",
         "questions: household_change", "event 'H': 'questions' must be a list of ids"),
        ("procedures.yaml", "    form_scope: household\n    events:\n      D:\n"
         "        when: is_self and deceased_was_head",
         "    form_scope: family\n    events:\n      D:\n"
         "        when: is_self and deceased_was_head",
         "procedure 'setainushi_henko': form_scope 'family' must be 'member' or 'household'"),
        ("procedures.yaml", "      D:\n        when: is_self and deceased_was_head and "
         "household_left >= 2\n", "      D:\n",
         "procedure 'setainushi_henko', event D: no condition"),
        ("procedures.yaml", "      H:\n        when: is_self and household_change == "
         '"head_change" and household_left >= 2\n        same_as: D\n',
         "      H:\n        when: is_self\n        same_as: H2\n",
         "procedure 'setainushi_henko', event H: 'same_as: H2' must name another event"),
        ("procedures.yaml", "        title: {ja: 印鑑登録の廃止（死亡届で自動廃止・手続き不要）, "
         "en: Seal registration ends by itself with the death notice (nothing to do)}\n"
         "        same_as: OUT\n",
         "        same_as: OUT\n        fee: {ja: 300円, en: 300 yen}\n",
         "procedure 'inkan_toroku', event D: 'same_as' copies fee: state them or copy them"),
        ("procedures.yaml", "          - {ja: 母子健康手帳, en: The mother-and-child handbook}\n"
         "        checklist:\n          - {ja: 新生児訪問",
         "          - {ja: 母子健康手帳, en: The mother-and-child handbook, when: 3}\n"
         "        checklist:\n          - {ja: 新生児訪問",
         "procedure 'boshi_hoken', event B: documents[0]: 'when' must be a condition text"),
        ("procedures.yaml", "        checklist:\n          - {ja: 空き状況を確認, en: Check availability}",
         "        checklist: 空き状況を確認",
         "procedure 'hoiku_tenen', event IN: 'checklist' must be a list of {ja, en} items"),
        ("procedures.yaml", "      D:\n        when: is_deceased and (kokuho or kouki)\n"
         "        forms: [sosaihi]\n",
         "      D: [is_deceased]\n      X:\n        forms: [sosaihi]\n",
         "procedure 'sosaihi': event D: the rule must be a mapping"),
    ],
)
def test_other_problems_name_the_entry(
    folder: Path, file: str, old: str, new: str, expected: str
) -> None:
    edit(folder, file, old, new)
    found = problems(folder)
    assert any(expected in p and p.startswith(file) for p in found), found


def test_all_problems_are_reported_at_once(folder: Path) -> None:
    edit(folder, "procedures.yaml", "      IN:\n        forms: [gentsuki]",
         "      IN:\n        forms: [nope]")
    edit(folder, "procedures.yaml", "      IN:\n        forms: [suido]",
         "      IN:\n        forms: [nope2]")
    with pytest.raises(CatalogError) as info:
        load_catalog(folder, known_forms=FIXED_FORM_IDS)
    assert len(info.value.problems) == 2
    assert str(info.value).endswith("(and 1 more problems)")


def test_missing_file_and_folder(folder: Path, tmp_path: Path) -> None:
    (folder / "town.yaml").unlink()
    assert problems(folder) == ("town.yaml: the file is missing",)
    missing = tmp_path / "nowhere"
    assert problems(missing) == (f"{missing}: the catalog folder does not exist",)


def test_known_form_ids_come_from_layouts_when_there_are_any(tmp_path: Path) -> None:
    assert known_form_ids(tmp_path / "absent") == FIXED_FORM_IDS
    assert known_form_ids(tmp_path) == FIXED_FORM_IDS  # empty folder
    (tmp_path / "_parts.yaml").write_text("{}", encoding="utf-8")
    (tmp_path / "suido.yaml").write_text("id: suido", encoding="utf-8")
    assert known_form_ids(tmp_path) == frozenset({"suido"})
