"""Boundary ages and era-boundary birth dates, through the whole engine."""

from __future__ import annotations

import pytest
from nav_helpers import build, member, members_of

from kiosk.navigation.engine import Navigator

ANSWERS = {"insurance": "national", "has_mnc": False, "kaigo_nintei": False,
           "from_area": "same_pref", "wants_inkan": False}


@pytest.mark.parametrize(
    ("birth", "kaigo"),
    [
        ("1961-04-06", True),  # the 65th birthday
        ("1961-04-07", True),  # 65th birthday tomorrow: 65 is reached today (年齢計算ニ関スル法律)
        ("1961-04-08", False),  # 64 until tomorrow
    ],
)
def test_kaigo_at_65(nav: Navigator, birth: str, kaigo: bool) -> None:
    got = members_of(nav.plan(build("IN", "2026-04-06", birth, answers=ANSWERS)))
    assert ("kaigo_hoken" in got) is kaigo


def test_64_year_old_with_a_certification_is_covered(nav: Navigator) -> None:
    scenario = build("IN", "2026-04-06", "1961-04-08", answers=ANSWERS | {"kaigo_nintei": True})
    assert members_of(nav.plan(scenario))["kaigo_hoken"] == ("self",)


def test_kaigo_certification_is_asked_only_when_it_matters(nav: Navigator) -> None:
    def asked(birth: str) -> bool:
        scenario = build("IN", "2026-04-06", birth, answers={"insurance": "employee"})
        return any(p.question.id == "kaigo_nintei" for p in nav.pending(scenario))

    assert asked("1976-04-06")  # 50: 第2号, only a certification makes it apply
    assert asked("1961-04-06")  # 65: applies anyway, but the transfer needs its certificate
    assert not asked("1996-04-06")  # 30: ask_when age >= 40

    def asked_at_death(birth: str) -> bool:
        scenario = build("D", "2026-04-06", "1970-01-01", household=[
            member("late", birth, "F", "母", "deceased")])
        return any(p.question.id == "kaigo_nintei" for p in nav.pending(scenario))

    assert not asked_at_death("1940-01-01")  # 86: the card is returned whatever the answer
    assert asked_at_death("1970-01-01")  # 56: only with a certification


@pytest.mark.parametrize(
    ("birth", "kouki"),
    [("1951-04-06", True), ("1951-04-07", False)],  # 75 on the day / 74
)
def test_kouki_at_75(nav: Navigator, birth: str, kouki: bool) -> None:
    got = members_of(nav.plan(build("IN", "2026-04-06", birth, answers=ANSWERS)))
    assert ("kouki_koureisha" in got) is kouki
    assert ("kokuho_shutoku" in got) is not kouki  # 75+: 後期 replaces 国保
    assert "kaigo_hoken" in got


@pytest.mark.parametrize(
    ("birth", "on", "child"),
    [
        # born 2 April: reaches 18 on 1 April 2025, so covered to 31 March 2026
        ("2007-04-02", "2026-03-31", True),
        ("2007-04-02", "2026-04-01", False),
        # born 1 April: reaches 18 on 31 March 2025, which is itself the cut-off
        ("2007-04-01", "2025-03-31", True),
        ("2007-04-01", "2025-04-01", False),
    ],
)
def test_child_benefits_end_on_the_31_march_after_18(
    nav: Navigator, birth: str, on: str, child: bool
) -> None:
    scenario = build("IN", on, "1980-01-01", household=[member("kid", birth, "F", "子")],
                     answers=ANSWERS | {"public_servant": False})
    got = members_of(nav.plan(scenario))
    assert ("kid" in got.get("jido_teate", ())) is child
    assert ("kid" in got.get("kodomo_iryo", ())) is child


@pytest.mark.parametrize(
    ("birth", "on", "school"),
    [
        # 平成31年4月30日 and 令和元年5月1日: the same school year, 1st grade from April 2026
        ("2019-04-30", "2026-03-31", False),
        ("2019-04-30", "2026-04-01", True),
        ("2019-05-01", "2026-03-31", False),
        ("2019-05-01", "2026-04-01", True),
        # 1 April births start a year earlier (早生まれ)
        ("2019-04-01", "2025-04-01", True),
        ("2019-04-02", "2025-04-01", False),
        # 中学3年 ends on 31 March of the year the child turns 15
        ("2010-04-02", "2026-03-31", True),
        ("2010-04-02", "2026-04-01", False),
    ],
)
def test_school_child_by_the_april_school_year(
    nav: Navigator, birth: str, on: str, school: bool
) -> None:
    scenario = build("IN", on, "1980-01-01", household=[member("kid", birth, "F", "子")],
                     answers=ANSWERS | {"in_childcare": False})
    assert ("tennyugaku" in members_of(nav.plan(scenario))) is school


@pytest.mark.parametrize(
    ("birth", "nenkin"),
    [
        ("1989-01-07", False),  # 昭和64年1月7日: 60 is reached on 2049-01-06, the day before
        ("1989-01-08", True),  # 平成元年1月8日: still 59 that day
    ],
)
def test_national_pension_age_limit_across_the_showa_heisei_boundary(
    nav: Navigator, birth: str, nenkin: bool
) -> None:
    scenario = build("IN", "2049-01-06", birth, answers=ANSWERS | {"from_area": "abroad"})
    assert ("kokumin_nenkin" in members_of(nav.plan(scenario))) is nenkin


@pytest.mark.parametrize(
    ("birth", "inkan_asked"),
    # 15th birthday on the day / tomorrow (15 reached today) / the day after tomorrow
    [("2011-04-06", True), ("2011-04-07", True), ("2011-04-08", False)],
)
def test_seal_registration_from_15(nav: Navigator, birth: str, inkan_asked: bool) -> None:
    scenario = build("IN", "2026-04-06", "1980-01-01", household=[member("teen", birth)],
                     answers=ANSWERS | {"wants_inkan": True, "public_servant": False})
    assert ("teen" in members_of(nav.plan(scenario))["inkan_toroku"]) is inkan_asked


def test_leap_day_birthday_reaches_65_on_28_february(nav: Navigator) -> None:
    # born 29 Feb: the age is reached at the end of the month's last day before the
    # missing anniversary, 28 Feb in a common year (民法 §143 ②)
    on_27 = build("IN", "2025-02-27", "1960-02-29", answers=ANSWERS)
    on_28 = build("IN", "2025-02-28", "1960-02-29", answers=ANSWERS)
    assert "kaigo_hoken" not in nav.plan(on_27)
    assert "kaigo_hoken" in nav.plan(on_28)
