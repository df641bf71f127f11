"""One or more plans per life event, checked procedure by procedure and member by member."""

from __future__ import annotations

from nav_helpers import build, load_scenario, member, members_of

from kiosk.navigation.engine import Navigator

# ----------------------------------------------------------------------------- 転入 IN


def test_tennyu_family_of_four_answers_once_and_gets_a_plan_per_member(nav: Navigator) -> None:
    scenario = load_scenario("tennyu_family4.json")
    plan = nav.plan(scenario)
    everyone = ("self", "spouse", "child1", "child2")
    assert members_of(plan) == {
        "jumin_ido": everyone,
        "mynumber_card": everyone,
        "inkan_toroku": ("self",),  # the only member who asked for a 実印
        "kokuho_shutoku": everyone,
        "jido_teate": ("child1", "child2"),
        "kodomo_iryo": ("child1", "child2"),
        "hoiku_tenen": ("child2",),  # in_childcare was answered once, applies to preschoolers
        "tennyugaku": ("child1",),  # 5th grade; child2 (早生まれ 2021-03-10) is not at school yet
        "suido": ("self",),
        "gomi": ("self",),
        "inu_toroku": ("self",),
    }
    assert plan.department_ids() == ("JUMIN", "HOKEN", "KOSO", "KYOIKU", "SUIDO", "KANKYO")
    assert nav.next_question(scenario) is None
    # one card form per card holder, one 住民異動届 listing all four
    forms = plan.form_ids()
    assert [m for f, m in forms if f == "mynumber_card"] == list(everyone)
    assert [m for f, m in forms if f == "jumin_ido"] == ["self"]
    request = next(r for r in plan.form_requests() if r.form_id == "jumin_ido")
    assert request.member_ids == everyone


def test_tennyu_elderly_from_another_prefecture(nav: Navigator) -> None:
    scenario = build("IN", "2026-04-06", "1946-10-01", household=[
        member("wife", "1959-06-01", "F", "妻"),
    ], answers={"from_area": "other_pref", "insurance": "national", "has_mnc": False,
                "kaigo_nintei": False, "kaigo_nintei@wife": True, "disability_book": False,
                "disability_book@wife": True, "wants_inkan": False, "town_water": False,
                "has_dog": False, "has_moped": True, "wants_certificate": True})
    plan = nav.plan(scenario)
    got = members_of(plan)
    assert got["kouki_koureisha"] == ("self",)  # 79
    assert got["kokuho_shutoku"] == ("wife",)  # 66: 国保, not 後期
    assert got["kaigo_hoken"] == ("self", "wife")
    assert got["shogai_techo"] == ("wife",)
    assert got["gentsuki"] == ("self",)
    assert got["jumin_hyo"] == ("self",)
    assert "mynumber_card" not in got
    kouki = plan.find("kouki_koureisha")
    assert kouki is not None
    assert any("負担区分等証明書" in d for d in (t.ja for t in kouki.documents))  # kouki_other_pref
    kaigo = plan.find("kaigo_hoken")
    assert kaigo is not None
    assert any("受給資格証明書" in d for d in (t.ja for t in kaigo.documents))  # kaigo_nintei (wife)


def test_tennyu_from_abroad_enrols_in_the_national_pension(nav: Navigator) -> None:
    scenario = build("IN", "2026-05-01", "1995-02-02", answers={
        "from_area": "abroad", "insurance": "national", "has_mnc": True})
    assert members_of(nav.plan(scenario))["kokumin_nenkin"] == ("self",)
    same_pref = scenario.with_answers(from_area="same_pref")
    assert "kokumin_nenkin" not in nav.plan(same_pref)


def test_tennyu_pregnant_single_parent(nav: Navigator) -> None:
    scenario = build("IN", "2026-06-10", "1994-07-07", "F", household=[
        member("kid", "2024-01-15", "M", "子"),
    ], answers={"pregnant": True, "single_parent": True, "public_servant": False,
                "in_childcare": False, "insurance": "employee"})
    got = members_of(nav.plan(scenario))
    assert got["boshi_hoken"] == ("self", "kid")  # pregnant; the toddler's check-ups
    assert got["hitorioya"] == ("kid",)
    assert got["jido_teate"] == ("kid",)
    assert "kokuho_shutoku" not in got  # employer insurance


def test_public_servant_claims_child_allowance_at_work(nav: Navigator) -> None:
    scenario = build("IN", "2026-06-10", "1984-07-07", household=[
        member("kid", "2016-01-15", "M", "子")], answers={"public_servant": True})
    got = members_of(nav.plan(scenario))
    assert "jido_teate" not in got
    assert got["kodomo_iryo"] == ("kid",)


# ----------------------------------------------------------------------------- 転出 OUT


def test_tenshutsu_parent_and_child(nav: Navigator) -> None:
    plan = nav.plan(load_scenario("tenshutsu.json"))
    assert members_of(plan) == {
        "jumin_ido": ("self", "child"),
        "inkan_toroku": ("self",),  # 11-year-old has no seal: ask_when age >= 15
        "kokuho_soshitsu": ("self", "child"),
        "jido_teate": ("child",),
        "kodomo_iryo": ("child",),
        "tennyugaku": ("child",),
        "gentsuki": ("self",),
        "kotei_shisan": ("self",),
        "suido": ("self",),
    }
    inkan = plan.find("inkan_toroku")
    assert inkan is not None and inkan.form_ids == ()  # cancelled automatically
    ends = plan.find("jido_teate")
    assert ends is not None and "消滅" in ends.title.ja


def test_tenshutsu_elderly_in_care_and_at_nursery(nav: Navigator) -> None:
    scenario = build("OUT", "2026-09-01", "1950-01-01", household=[
        member("grandchild", "2023-05-05", "F", "孫")],
        answers={"insurance": "national", "kaigo_nintei": True, "in_childcare": True,
                 "has_inkan": False})
    plan = nav.plan(scenario)
    got = members_of(plan)
    assert got["kouki_koureisha"] == ("self",)
    assert got["kaigo_hoken"] == ("self",)
    assert got["hoiku_tenen"] == ("grandchild",)
    assert got["kokuho_soshitsu"] == ("grandchild",)
    kaigo = plan.find("kaigo_hoken")
    assert kaigo is not None and "受給資格証明書を交付" in [t.ja for t in kaigo.checklist]


# ----------------------------------------------------------------------------- 転居 MV


def test_tenkyo_elderly_couple(nav: Navigator) -> None:
    plan = nav.plan(load_scenario("tenkyo_elderly.json"))
    assert members_of(plan) == {
        "jumin_ido": ("self", "wife"),
        "mynumber_card": ("self", "wife"),
        "kokuho_soshitsu": ("wife",),  # 国保 address change; the husband (76) is in 後期
        "kouki_koureisha": ("self",),
        "kaigo_hoken": ("self", "wife"),
        "suido": ("self",),
        "gomi": ("self",),
    }
    change = plan.find("kokuho_soshitsu")
    assert change is not None and change.title.ja == "国民健康保険 住所変更"


def test_tenkyo_school_district_and_dog(nav: Navigator) -> None:
    scenario = build("MV", "2026-10-01", "1985-03-03", household=[
        member("kid", "2014-04-02", "F", "子")],
        answers={"has_mnc": False, "insurance": "employee", "disability_book": True,
                 "disability_book@kid": False, "has_dog": True, "town_water": False,
                 "foreign_national": False})
    first = nav.next_question(scenario)
    assert first is not None and first.id == "kaigo_nintei"  # 41: 第2号 with a certification?
    scenario = scenario.with_answers(kaigo_nintei=False)
    question = nav.next_question(scenario)
    assert question is not None and question.id == "school_district_changes"
    got = members_of(nav.plan(scenario.with_answers(school_district_changes=True)))
    assert got["tennyugaku"] == ("kid",)  # 7th grade (中1)
    assert got["shogai_techo"] == ("self",)
    assert got["inu_toroku"] == ("self",)
    assert got["kodomo_iryo"] == ("kid",)
    assert "tennyugaku" not in nav.plan(scenario.with_answers(school_district_changes=False))


# ----------------------------------------------------------------------------- 出生 B


def test_shussei(nav: Navigator) -> None:
    scenario = load_scenario("shussei.json")
    plan = nav.plan(scenario)
    assert members_of(plan) == {
        "koseki_todoke": ("baby",),
        "kokuho_shutoku": ("baby",),
        "jido_teate": ("baby",),
        "kodomo_iryo": ("baby",),
        "boshi_hoken": ("baby",),
    }
    birth = plan.find("koseki_todoke")
    assert birth is not None and birth.title.ja == "出生届" and "14日" in birth.deadline.ja


def test_shussei_newborn_is_inferred_from_the_birth_date(nav: Navigator) -> None:
    scenario = build("B", "2026-05-12", "1990-01-01", household=[
        member("older", "2023-01-01", "M", "子"), member("baby", "2026-05-02", "F", "子")],
        answers={"insurance": "employee", "public_servant": False})
    got = members_of(nav.plan(scenario))
    assert got["koseki_todoke"] == ("baby",)
    assert got["jido_teate"] == ("baby",)
    assert "kokuho_shutoku" not in got


# ----------------------------------------------------------------------------- 死亡 D


def test_okuyami_head_of_household_in_late_elderly_care(nav: Navigator) -> None:
    plan = nav.plan(load_scenario("okuyami.json"))
    assert members_of(plan) == {
        "setainushi_henko": ("self",),
        "inkan_toroku": ("deceased",),
        "koseki_todoke": ("deceased",),
        "jumin_hyo": ("self",),
        "sosaihi": ("deceased",),
        "kouki_koureisha": ("deceased",),
        "kokumin_nenkin": ("deceased",),
        "kaigo_hoken": ("deceased",),
        "gentsuki": ("self",),
        "kotei_shisan": ("self",),
        "suido": ("self",),
        # the widow and the son stay in 国保 under a new head (国民健康保険法施行規則 §10の2)
        "kokuho_henko": ("self", "son"),
    }
    pension = plan.find("kokumin_nenkin")
    assert pension is not None and pension.form_ids == ("nenkin_shibo",)
    death = plan.find("koseki_todoke")
    assert death is not None and "7日" in death.deadline.ja


def test_okuyami_working_age_employee_pension_and_dependants(nav: Navigator) -> None:
    scenario = build("D", "2026-02-01", "1968-08-08", "F", household=[
        member("husband", "1965-01-01", "M", "世帯主", "deceased"),
        member("kid", "2012-12-12", "M", "子")],
        answers={"insurance@husband": "national", "pension": "kosei",
                 "was_dependant": True, "insurance": "national",
                 "disability_book": True, "has_inkan": False, "deceased_was_head": True,
                 "single_parent": True, "public_servant": False, "has_dog": True})
    plan = nav.plan(scenario)
    got = members_of(plan)
    assert got["kokuho_soshitsu"] == ("husband",)
    assert got["sosaihi"] == ("husband",)
    assert got["kokuho_shutoku"] == ("self", "kid")
    assert got["nenkin_jimusho"] == ("husband",)
    assert got["shogai_techo"] == ("husband",)
    assert got["jido_teate"] == ("kid",)
    assert got["hitorioya"] == ("kid",)
    assert got["inu_toroku"] == ("self",)
    assert got["setainushi_henko"] == ("self",)
    assert "kouki_koureisha" not in got and "kaigo_hoken" not in got  # 61
    assert plan.department_ids()[-1] == "EXT"  # outside the town hall: last


def test_okuyami_alone_no_change_of_head(nav: Navigator) -> None:
    # the filing daughter lives elsewhere: the household left behind is empty
    scenario = build("D", "2026-02-01", "1970-01-01", "F", resident_status="away", household=[
        member("mother", "1940-01-01", "F", "世帯主", "deceased")])
    asked = [p.question.id for p in nav.pending(scenario)]
    assert "deceased_was_head" not in asked
    assert "setainushi_henko" not in nav.plan(scenario.with_answers(deceased_was_head=True))


# ----------------------------------------------------------------------------- 婚姻 M


def test_konin_name_change_and_joining_the_spouses_insurance(nav: Navigator) -> None:
    plan = nav.plan(load_scenario("konin.json"))
    assert members_of(plan) == {
        "jumin_ido": ("self",),
        "mynumber_card": ("self",),
        "inkan_toroku": ("self",),
        "koseki_todoke": ("self",),
        "kokuho_soshitsu": ("self",),
        "kokumin_nenkin": ("self",),
    }
    nenkin = plan.find("kokumin_nenkin")
    assert nenkin is not None and nenkin.form_ids == ()  # filed by the spouse's employer


def test_konin_single_parent_loses_single_parent_support(nav: Navigator) -> None:
    scenario = build("M", "2026-06-01", "1990-01-01", "F", household=[
        member("kid", "2015-01-01", "F", "子")],
        answers={"single_parent": True, "public_servant": False, "name_changes": False,
                 "address_changes": False})
    got = members_of(nav.plan(scenario))
    assert got["hitorioya"] == ("kid",)
    assert got["jido_teate"] == ("kid",)
    assert "jumin_ido" not in got and "mynumber_card" not in got


# ----------------------------------------------------------------------------- 離婚 V


def test_rikon_dependant_becomes_single_parent(nav: Navigator) -> None:
    plan = nav.plan(load_scenario("rikon.json"))
    assert members_of(plan) == {
        "jumin_ido": ("self", "child"),
        # the child moves with the mother: the child's card needs the new address too
        "mynumber_card": ("self", "child"),
        "koseki_todoke": ("self",),
        "kokuho_shutoku": ("self", "child"),
        "kokumin_nenkin": ("self",),
        "hitorioya": ("child",),
        "jido_teate": ("child",),
        # new guardian and new insurance: the 子ども医療 受給者証 changes
        "kodomo_iryo": ("child",),
    }


def test_rikon_seal_reregistration(nav: Navigator) -> None:
    scenario = build("V", "2026-07-01", "1980-01-01", answers={
        "name_changes": True, "address_changes": False, "has_mnc": False, "has_inkan": True,
        "was_dependant": False})
    got = members_of(nav.plan(scenario))
    assert got["inkan_toroku"] == ("self",)
    # back to the former 氏 in 国保: a 氏名変更 (国民健康保険法施行規則 §10)
    assert set(got) == {"inkan_toroku", "koseki_todoke", "kokuho_henko"}


# ----------------------------------------------------------------------------- 世帯変更 H


def test_setai_henko_new_head(nav: Navigator) -> None:
    plan = nav.plan(load_scenario("setai_henko.json"))
    assert members_of(plan) == {
        # a change of head is one 世帯主変更届 (住民基本台帳法 §25), not also a 住民異動届
        "setainushi_henko": ("self",),
        # 国保's 世帯主 changes too (施行規則 §10の2); the mother (84) is in 後期, not 国保
        "kokuho_henko": ("self",),
    }


def test_setai_henko_split_needs_no_change_of_head(nav: Navigator) -> None:
    scenario = build("H", "2026-08-03", "1970-05-05", household=[
        member("son", "2000-01-01", "M", "子")],
        answers={"household_change": "split", "insurance": "employee"})
    assert set(members_of(nav.plan(scenario))) == {"jumin_ido"}
