"""Facts derived from the scenario, never asked: age, school year, household counts.

Everything is computed on the *event date*, because that is the date the law looks at
(a resident who turns 65 next week is not yet 第1号 for a move made today).

Date rules, deliberately explicit because they decide who gets which procedure:

* ``age``: completed years; the age goes up on the birthday (a 29 Feb birthday counts on
  1 Mar in common years). Only 後期高齢者医療 counts this way (it begins *on* the 75th
  birthday, 高齢者の医療の確保に関する法律 §52).
* ``legal_age``: the age as the law reaches it, at the end of the day *before* the birthday
  (年齢計算ニ関スル法律, 民法 §143): 介護保険 第1号 (65) and 第2号 (40), 国民年金 (20, until
  60) and 印鑑登録 (15) begin on the day before the birthday.
* School years start on 1 April. Under 学校教育法 a child enters 小学校 in the April after
  reaching 6, and the law reaches an age the day *before* the birthday, so children born on
  1 April start school with the year above (早生まれ runs 2 Apr … 1 Apr).
* ``child_le_18fy``: "up to the first 31 March after reaching 18" (児童手当, 児童扶養手当),
  again reaching 18 the day before the 18th birthday. ``child_medical`` uses the same rule
  with the town's own age limit, from ``town.yaml``.
* ``spouse_listed``: the resident's husband or wife is listed in the visit (with them or
  apart): then two parents may claim 児童手当, and the household says who (``claimant``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from kiosk.domain.conditions import Value
from kiosk.domain.fact_vocabulary import SEX_CODES
from kiosk.navigation.scenario import SELF_ID, Person, Scenario, Status


def age_on(birth: date, on: date) -> int:
    """Completed years on ``on`` (0 before the first birthday, never negative)."""
    years = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    return max(years, 0)


def legal_age_on(birth: date, on: date) -> int:
    """The age reached under 年齢計算ニ関スル法律: one more on the day before the birthday."""
    return age_on(birth, on + timedelta(days=1))


def filing_deadline(event_date: date, days: int, counts_event_day: bool) -> date:
    """The last day of a 届出期間 of ``days`` days: the event day is day 1 for 戸籍 届出
    (戸籍法 §43), otherwise the period starts the next day (民法 §140)."""
    return event_date + timedelta(days=days - 1 if counts_event_day else days)


def school_year(on: date) -> int:
    """The 年度 containing ``on``: 2025 for 2025-04-01 … 2026-03-31."""
    return on.year if on.month >= 4 else on.year - 1


def school_entry_year(birth: date) -> int:
    """The 年度 in which a child born on ``birth`` enters 小学校 (1 April births go early)."""
    return birth.year + 6 if (birth.month, birth.day) <= (4, 1) else birth.year + 7


def school_grade(birth: date, on: date) -> int:
    """1–6 for 小学校, 7–9 for 中学校; 0 or less before school, 10+ after 中学校."""
    return school_year(on) - school_entry_year(birth) + 1


def end_of_fiscal_year_after(birth: date, age: int) -> date:
    """The first 31 March on or after the day the person reaches ``age`` (the day before
    the birthday, as the law counts age)."""
    try:
        birthday = birth.replace(year=birth.year + age)
    except ValueError:  # 29 Feb in a common year
        birthday = date(birth.year + age, 3, 1)
    reached = birthday - timedelta(days=1)
    march_31 = date(reached.year, 3, 31)
    return march_31 if reached <= march_31 else date(reached.year + 1, 3, 31)


def is_child_up_to_fy(birth: date, on: date, age_limit: int) -> bool:
    """True from birth up to the first 31 March after reaching ``age_limit``."""
    return birth <= on <= end_of_fiscal_year_after(birth, age_limit)


def _lives_here_after(person: Person, departure: bool) -> bool:
    if person.status in (Status.DECEASED, Status.AWAY):
        return False
    if departure:
        return person.status is Status.STAYS
    return True


HEAD = "世帯主"
# 続柄 to the head, as registered: whose spouse each relation names
_SPOUSE_RELATIONS = {HEAD: ("妻", "夫"), "妻": (HEAD,), "夫": (HEAD,),
                     "子": ("子の妻", "子の夫"), "子の妻": ("子",), "子の夫": ("子",)}


def registered_relation(person: Person, people: Sequence[Person]) -> str:
    """The person's 続柄 to the head as registered: the resident who names no relation
    (本人) is the head when nobody else is."""
    relation = person.relation
    if relation in ("本人", "") and not any(p.relation == HEAD for p in people):
        return HEAD
    return relation


def spouse_of(person: Person, people: Sequence[Person]) -> Person | None:
    """The person's husband or wife among ``people`` (living with them or apart, never
    one who died), from the 続柄 to the head: 世帯主 and 妻/夫, 子 and 子の妻/子の夫."""
    wanted = _SPOUSE_RELATIONS.get(registered_relation(person, people), ())
    for other in people:
        if other is not person and other.status is not Status.DECEASED and (
                registered_relation(other, people) in wanted):
            return other
    return None


def household_facts(scenario: Scenario, departure: bool = False) -> dict[str, Value]:
    """Facts about the whole household (the same for every member); ``departure``: the
    event takes the moving members out of the town (the event's ``address_change``)."""
    on = scenario.event_date
    living = [p for p in scenario.members if p.status not in (Status.DECEASED, Status.AWAY)]
    return {
        "event": scenario.event,
        "household_size": len(living),
        "household_left": sum(_lives_here_after(p, departure) for p in scenario.members),
        "children_le_18fy": sum(is_child_up_to_fy(p.birth_date, on, 18) for p in living),
        "card_read": scenario.card_read,
        "spouse_listed": spouse_of(scenario.resident, scenario.members) is not None,
    }


def person_facts(
    person: Person, on: date, child_medical_age: int = 18
) -> dict[str, Value]:
    """Facts about one member on the event date."""
    grade = school_grade(person.birth_date, on)
    return {
        "age": age_on(person.birth_date, on),
        "legal_age": legal_age_on(person.birth_date, on),
        "sex": SEX_CODES[person.sex],
        "relation": person.relation,
        "is_self": person.id == SELF_ID,
        "is_deceased": person.status is Status.DECEASED,
        "is_newborn": person.status is Status.NEWBORN,
        "moves": person.status in (Status.PRESENT, Status.NEWBORN),
        "preschool": grade <= 0,
        "school_child": 1 <= grade <= 9,
        "school_grade": grade,
        "child_le_18fy": is_child_up_to_fy(person.birth_date, on, 18),
        "child_medical": is_child_up_to_fy(person.birth_date, on, child_medical_age),
    }


def all_facts(
    scenario: Scenario, child_medical_age: int = 18, departure: bool = False
) -> dict[str, dict[str, Value]]:
    """``{member_id: {fact: value}}`` for every member, household facts included."""
    shared = household_facts(scenario, departure)
    result: dict[str, dict[str, Value]] = {}
    for person in scenario.members:
        facts = person_facts(person, scenario.event_date, child_medical_age)
        facts.update(shared)
        if scenario.new_household is not None:  # a split: only the leavers change household
            facts["moves"] = facts["moves"] and person.id in scenario.new_household.members
        result[person.id] = facts
    return result
