"""Derived facts: ages, school years and the 31-March rules, on the event date."""

from __future__ import annotations

from datetime import date

import pytest
from nav_helpers import build, member

from kiosk.domain.fact_vocabulary import FACT_TYPES
from kiosk.navigation import facts


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        (date(1961, 4, 6), date(2026, 4, 6), 65),
        (date(1961, 4, 7), date(2026, 4, 6), 64),
        (date(1960, 2, 29), date(2025, 2, 28), 64),
        (date(1960, 2, 29), date(2025, 3, 1), 65),
        (date(1960, 2, 29), date(2024, 2, 29), 64),
        (date(2026, 5, 1), date(2026, 5, 12), 0),
    ],
)
def test_age_on(birth: date, on: date, age: int) -> None:
    assert facts.age_on(birth, on) == age


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        (date(1961, 4, 7), date(2026, 4, 5), 64),  # two days before the 65th birthday
        (date(1961, 4, 7), date(2026, 4, 6), 65),  # the day before: 65 is reached
        (date(1961, 4, 7), date(2026, 4, 7), 65),  # the birthday
        (date(1960, 2, 29), date(2025, 2, 27), 64),
        (date(1960, 2, 29), date(2025, 2, 28), 65),  # no 29 Feb: reached on 28 Feb
        (date(1960, 2, 29), date(2024, 2, 28), 64),  # leap year: the day before is 28 Feb
        (date(1960, 2, 29), date(2024, 2, 27), 63),
    ],
)
def test_legal_age_is_reached_the_day_before_the_birthday(birth: date, on: date, age: int) -> None:
    assert facts.legal_age_on(birth, on) == age


@pytest.mark.parametrize(
    ("event", "days", "counts_event_day", "last_day"),
    [
        (date(2026, 5, 10), 14, False, date(2026, 5, 24)),  # 住民異動: from the next day
        (date(2026, 11, 9), 14, True, date(2026, 11, 22)),  # 出生届: the birth day is day 1
        (date(2026, 6, 1), 7, True, date(2026, 6, 7)),  # 死亡届
    ],
)
def test_filing_deadline(event: date, days: int, counts_event_day: bool, last_day: date) -> None:
    assert facts.filing_deadline(event, days, counts_event_day) == last_day


@pytest.mark.parametrize(
    ("birth", "entry"),
    [
        (date(2019, 4, 1), 2025),  # 早生まれ: 1 April goes with the year above
        (date(2019, 4, 2), 2026),
        (date(2019, 4, 30), 2026),  # 平成31年
        (date(2019, 5, 1), 2026),  # 令和元年
        (date(2020, 1, 1), 2026),
    ],
)
def test_school_entry_year(birth: date, entry: int) -> None:
    assert facts.school_entry_year(birth) == entry


def test_school_grade_changes_on_1_april() -> None:
    birth = date(2019, 5, 1)
    assert facts.school_grade(birth, date(2026, 3, 31)) == 0
    assert facts.school_grade(birth, date(2026, 4, 1)) == 1
    assert facts.school_grade(birth, date(2035, 3, 31)) == 9
    assert facts.school_grade(birth, date(2035, 4, 1)) == 10


@pytest.mark.parametrize(
    ("birth", "age", "end"),
    [
        (date(2007, 4, 2), 18, date(2026, 3, 31)),
        (date(2007, 4, 1), 18, date(2025, 3, 31)),
        (date(2008, 2, 29), 18, date(2026, 3, 31)),  # reaches 18 on 28 Feb 2026
        (date(2007, 3, 31), 18, date(2025, 3, 31)),
        (date(2010, 1, 1), 15, date(2025, 3, 31)),
    ],
)
def test_end_of_fiscal_year_after(birth: date, age: int, end: date) -> None:
    assert facts.end_of_fiscal_year_after(birth, age) == end


def test_household_counts_for_a_death() -> None:
    scenario = build("D", "2026-02-01", "1960-01-01", household=[
        member("late", "1950-01-01", status="deceased"), member("kid", "2010-01-01"),
        member("far", "1990-01-01", status="away")])
    shared = facts.household_facts(scenario)
    assert shared["household_left"] == 2  # the resident and the child
    assert shared["household_size"] == 2
    assert shared["children_le_18fy"] == 1


def test_household_left_after_moving_out_counts_those_who_stay() -> None:
    scenario = build("OUT", "2026-02-01", "1960-01-01", household=[
        member("wife", "1962-01-01", status="stays"), member("kid", "2000-01-01")])
    assert facts.household_facts(scenario, departure=True)["household_left"] == 1
    assert facts.household_facts(scenario, departure=False)["household_left"] == 3


def test_person_facts() -> None:
    scenario = build("B", "2026-05-12", "1990-01-01", "F", household=[
        member("baby", "2026-05-01", "F")])
    got = facts.all_facts(scenario.with_newborns_inferred(), child_medical_age=15)
    assert got["self"]["is_self"] is True and got["self"]["sex"] == "F"
    assert got["baby"]["is_newborn"] is True and got["baby"]["preschool"] is True
    assert got["baby"]["child_medical"] is True
    assert got["self"]["child_le_18fy"] is False
    assert set(got["self"]) == set(FACT_TYPES)
