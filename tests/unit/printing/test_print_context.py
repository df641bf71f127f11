"""Value paths resolve from a real Scenario; the 個人番号 only where the layout allows it."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from printing_samples import CATALOG, MY_NUMBERS, VISIT, family_scenario

from forms.bindings import MEMBER_ATTRS, all_static_paths
from kiosk.domain.resident import Sex
from kiosk.navigation.residence import Category, Residence
from kiosk.navigation.scenario import Address, Person, Status
from printing.context import FormContext, full_width_katakana


def _ctx(allow: bool = False, subject: str = "self", **changes: object) -> FormContext:
    scenario = family_scenario(**changes)
    event = CATALOG.events[scenario.event]
    return FormContext(scenario, VISIT, scenario.member(subject), scenario.members, ("転入届",),
                       MY_NUMBERS, allow, town=CATALOG.town,
                       event_title=event.paper_title.get("ja"),
                       event_subject=event.subject.value,
                       event_address_change=event.address_change.value)


def test_every_vocabulary_path_resolves() -> None:
    ctx = _ctx(allow=True)
    for path in all_static_paths():
        ctx.resolve(path)
    for attr in sorted(MEMBER_ATTRS):
        ctx.resolve(f"household[*].{attr}", 0)
    ctx.resolve("applicant.answers.has_mnc")
    with pytest.raises(KeyError):
        ctx.resolve("card.phone")


def test_moving_in_uses_the_card_address_as_the_old_one() -> None:
    ctx = _ctx()
    assert ctx.resolve("derived.old_address") == "福岡県福岡市中央区天神一丁目１番１号"
    assert ctx.resolve("card.address") == "福岡県福岡市中央区天神一丁目１番１号"
    assert ctx.resolve("derived.address") == "熊本県玉名郡南関町大字関町１２３番地４"
    assert ctx.resolve("derived.postal_code") == "8610803"
    assert ctx.resolve("derived.katagaki") == "関町ハイツ２０１号"
    assert ctx.resolve("derived.event_label") == "転入"
    assert ctx.resolve("derived.event_date") == date(2026, 4, 1)
    assert ctx.resolve("visit.ticket") == "A-042"


def test_without_a_new_address_the_card_address_is_current() -> None:
    ctx = _ctx(new_address=None, event="D")
    assert ctx.resolve("derived.address") == "福岡県福岡市中央区天神一丁目１番１号"
    assert ctx.resolve("derived.old_address") == ""
    assert ctx.resolve("derived.event_label") == "死亡"


def test_my_number_is_handed_out_only_when_allowed() -> None:
    assert _ctx(allow=False).resolve("person.my_number") is None
    assert _ctx(allow=False).resolve("household[*].my_number", 1) is None
    assert _ctx(allow=True).resolve("person.my_number") == "123456789018"
    assert _ctx(allow=True).resolve("household[*].my_number", 1) == "983205673214"
    assert _ctx(allow=True).resolve("household[*].my_number", 2) is None


def test_rows_past_the_members_are_blank() -> None:
    assert _ctx().resolve("household[*].name", 7) is None


def test_furigana_is_full_width_katakana_with_one_wide_space() -> None:
    assert full_width_katakana("たかさき  たろう") == "タカサキ　タロウ"
    assert full_width_katakana("ﾀｶｻｷ ﾊﾅｺ") == "タカサキ　ハナコ"
    assert full_width_katakana("ｶﾞｯｺｳ") == "ガッコウ"
    assert full_width_katakana("タカサキ", "hiragana") == "たかさき"
    assert _ctx().resolve("household[*].furigana", 1) == "タカサキ　ハナコ"


def test_answers_and_sex_labels() -> None:
    ctx = _ctx()
    assert ctx.resolve("answers.kokuho") == "はい"
    assert ctx.resolve("answers.unknown_question") is None
    assert ctx.resolve("card.sex") == "男"
    assert ctx.resolve("household[*].sex", 1) == "女"


def test_repr_hides_personal_data() -> None:
    assert "髙﨑" not in repr(_ctx())


def _person(pid: str, name: str, relation: str, born: date, sex: Sex = Sex.MALE,
            status: Status = Status.PRESENT) -> Person:
    return Person(pid, name, name, born, sex, relation, status)


def test_each_source_names_its_own_person() -> None:
    ctx = _ctx(subject="m2")
    assert ctx.resolve("person.name") == "髙﨑　一郎"
    assert ctx.resolve("person.furigana") == "タカサキ　イチロウ"  # the reading of that name
    assert ctx.resolve("applicant.name") == "髙﨑　太郎"
    assert ctx.resolve("applicant.furigana") == "タカサキ　タロウ"
    assert ctx.resolve("head.name") == "髙﨑　太郎"
    assert ctx.resolve("derived.filer_role") == "世帯主"
    assert ctx.resolve("derived.filer_relation") == "父"


def test_a_one_person_household_is_its_own_head() -> None:
    alone = _person("self", "南関　美咲", "本人", date(1996, 4, 1), Sex.FEMALE)
    ctx = _ctx(resident=alone, household=())
    assert ctx.resolve("applicant.relation") == "世帯主"
    assert ctx.resolve("household[*].relation", 0) == "世帯主"


def test_after_the_head_died_the_widow_heads_and_relations_follow_her() -> None:
    widow = _person("self", "南関　一子", "妻", date(1955, 9, 30), Sex.FEMALE)
    died = _person("d", "南関　茂", "世帯主", date(1948, 1, 20), status=Status.DECEASED)
    son = _person("s", "南関　誠", "子", date(1982, 6, 11))
    ctx = _ctx(event="D", resident=widow, household=(died, son), new_address=None,
               current_address="熊本県玉名郡南関町大字関町1234番地")
    assert ctx.resolve("head.name") == "南関　一子"
    assert ctx.resolve("derived.former_head_name") == "南関　茂"
    assert [ctx.resolve("household[*].relation", i) for i in range(3)] == ["世帯主", "世帯主", "子"]
    assert ctx.resolve("applicant.postal_code") == "8610803"  # from the town's 大字


def test_a_deceased_does_not_get_the_address_of_a_daughter_from_another_town() -> None:
    daughter = _person("self", "荒木　恵子", "子", date(1964, 5, 5), Sex.FEMALE, Status.AWAY)
    died = _person("d", "小林　元", "世帯主", date(1936, 10, 1), status=Status.DECEASED)
    ctx = _ctx(event="D", subject="d", resident=daughter, household=(died,), new_address=None,
               current_address="福岡県久留米市東町3番地2")
    assert ctx.resolve("applicant.address") == "福岡県久留米市東町3番地2"
    assert ctx.resolve("person.address") == ""
    assert ctx.resolve("derived.filer_role") == "代理人"
    assert ctx.resolve("derived.filer_relation") == "子"


def test_the_claimants_grandchild_is_shown_as_a_child_when_the_parent_claims() -> None:
    parent = _person("self", "宮尾　翔太", "子", date(1995, 6, 30))
    grandpa = _person("g", "宮尾　健一", "世帯主", date(1968, 3, 2))
    child = _person("c", "宮尾　蓮", "孫", date(2019, 9, 9))
    ctx = _ctx(resident=parent, household=(grandpa, child))
    assert ctx.resolve("household[*].relation", 2) == "孫"  # to the head (住民票)
    assert ctx.resolve("household[*].kinship", 2) == "子"  # to the claimant (児童手当)
    assert ctx.resolve("household[*].kinship", 1) == "父"


def test_the_registered_address_is_written_with_oaza_and_banchi() -> None:
    ctx = _ctx(new_address=Address("宮尾", "9", "", ""))
    assert ctx.resolve("derived.new_address") == "熊本県玉名郡南関町大字宮尾9番地"
    assert ctx.resolve("applicant.postal_code") == "8610834"  # looked up from the 大字
    ctx = _ctx(new_address=Address("宮尾", "9-1", "", "861-0834"))
    assert ctx.resolve("derived.new_address") == "熊本県玉名郡南関町大字宮尾9番地1"


def test_the_certificate_note_only_for_a_move_in_from_elsewhere() -> None:
    assert _ctx().resolve("derived.honseki_note") == "（転出証明書のとおり）"
    within = _ctx(event="MV", current_address="熊本県玉名郡南関町大字関町1番地")
    assert within.resolve("derived.honseki_note") == ""
    abroad = _ctx(answers={"from_area": "abroad"})
    assert abroad.resolve("derived.honseki_note") == ""


def test_a_foreign_national_has_no_honseki() -> None:
    """住民基本台帳法§30の45: a foreign resident's record has 国籍・地域, never a 本籍."""
    foreign = _ctx(answers={"from_area": "other_pref", "foreign_national": True})
    assert foreign.resolve("derived.honseki_note") == ""
    japanese = _ctx(answers={"from_area": "other_pref", "foreign_national": False})
    assert japanese.resolve("derived.honseki_note") == "（転出証明書のとおり）"


def test_a_birth_happens_on_the_birth_date_not_the_filing_day() -> None:
    mother = _person("self", "関　真理子", "妻", date(1992, 7, 7), Sex.FEMALE)
    twin = _person("t", "関　湊", "子", date(2026, 11, 9), status=Status.NEWBORN)
    ctx = _ctx(event="B", subject="t", resident=mother, household=(twin,),
               event_date=date(2026, 11, 20), new_address=None)
    assert ctx.resolve("derived.event_date") == date(2026, 11, 9)
    assert ctx.resolve("derived.filing_date") == VISIT.date


def test_at_a_departure_the_old_address_is_the_one_left() -> None:
    ctx = _ctx(event="OUT", new_address=None, current_address="熊本県玉名郡南関町大字関町1番地")
    assert ctx.resolve("derived.old_address") == "熊本県玉名郡南関町大字関町1番地"


def test_the_named_claimant_is_the_wife_and_the_applicant_her_spouse() -> None:
    """児童手当法 §4②: the wife earns more and claims; her husband files. Every 請求者 box
    reads her, the 配偶者 box him, and the children's 続柄 is to her (a wife living apart
    makes the children at home 別居 from her)."""
    husband = _person("self", "宮尾　健一", "", date(1980, 1, 1))
    wife = _person("w", "宮尾　由美", "妻", date(1982, 2, 2), Sex.FEMALE)
    child = _person("c", "宮尾　蓮", "子", date(2019, 9, 9))
    ctx = _ctx(resident=husband, household=(wife, child), answers={"claimant": "spouse"})
    assert ctx.resolve("claimant.name") == "宮尾　由美"
    assert ctx.resolve("claimant.birth_date") == date(1982, 2, 2)
    assert ctx.resolve("spouse.name") == "宮尾　健一"
    assert ctx.resolve("household[*].kinship", 2) == "子"
    assert ctx.resolve("spouse.kinship") == "夫"
    assert ctx.resolve("applicant.name") == "宮尾　健一"  # who came stays who came
    assert _ctx(resident=husband, household=(wife, child)).resolve("spouse.name") == "宮尾　由美"
    apart = dataclasses.replace(wife, status=Status.AWAY)
    ctx = _ctx(resident=husband, household=(apart, child), answers={"claimant": "spouse"})
    assert ctx.resolve("household[*].status", 2) == "別"
    assert ctx.resolve("spouse.status") == "別"
    alone = _ctx(resident=husband, household=(child,), answers={"claimant": "spouse"})
    assert alone.resolve("claimant.name") == "宮尾　健一" and alone.resolve("spouse.name") is None


def test_a_foreign_residents_items_resolve_and_nobody_elses() -> None:
    residence = Residence(Category.SPECIAL_PERMANENT, "韓国", "特別永住者", card_number="XY98765432ZW")
    person = dataclasses.replace(_person("self", "金　英淑", "", date(1970, 2, 14)),
                                 residence=residence)
    ctx = _ctx(resident=person, household=())
    assert ctx.resolve("applicant.residence_category") == "特別永住者"
    assert ctx.resolve("applicant.residence_card") == "XY98765432ZW"
    assert ctx.resolve("applicant.residence_expiry") is None
    assert _ctx().resolve("applicant.nationality") is None


def test_dont_know_prints_nothing_on_a_form() -> None:
    ctx = _ctx(answers={"from_area": "dont_know", "has_mnc@self": "dont_know",
                        "public_servant": True})
    assert ctx.resolve("answers.from_area") is None
    assert ctx.resolve("applicant.answers.has_mnc") is None
    assert ctx.resolve("answers.public_servant") == "はい"
