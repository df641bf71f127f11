"""Every procedure rule fires in some scenario, and every reference predicate is used.

The scenarios are large "everything happens" households, one or two per event; the test
fails if a catalog edit makes a rule unreachable or drops one of the §1.2 predicates.
"""

from __future__ import annotations

import re

from nav_helpers import SCENARIOS, build, load_scenario, member

from forms.catalog import Catalog
from kiosk.navigation.engine import Navigator
from kiosk.navigation.scenario import Scenario

REFERENCE_PREDICATES = {
    "age_ge_65", "age_ge_75", "age_40_64", "kokuho", "kaigo_nintei", "kouki_other_pref",
    "nenkin1", "child_le_18fy", "school_child", "in_childcare", "pregnant", "single_parent",
    "disability_book", "has_mnc", "has_inkan", "has_dog", "has_moped", "town_water",
    "owns_property", "deceased_was_head", "household_left", "public_servant",
}

BIG_FAMILY = [
    member("spouse", "1990-05-05", "F", "妻"),
    member("pupil", "2016-06-06", "M", "子"),
    member("toddler", "2024-02-02", "F", "子"),
    member("grandpa", "1945-03-03", "M", "父"),
    member("grandma", "1958-09-09", "F", "母"),
]
YES = {
    "has_mnc": True, "insurance": "national", "kaigo_nintei": True, "pregnant": True,
    "in_childcare": True, "disability_book": True, "single_parent": True,
    "public_servant": False, "wants_inkan": True, "has_inkan": True, "town_water": True,
    "has_dog": True, "has_moped": True, "owns_property": True, "wants_certificate": True,
    "name_changes": True, "address_changes": True, "was_dependant": True,
    "joins_spouse_insurance": True, "school_district_changes": True,
    "deceased_was_head": True, "claimant": "spouse",
}


def everything() -> list[Scenario]:
    scenarios = [load_scenario(p.name) for p in sorted(SCENARIOS.glob("*.json"))]
    for event, on in (("IN", "2026-04-06"), ("OUT", "2026-04-06"), ("MV", "2026-04-06"),
                      ("M", "2026-04-06"), ("V", "2026-04-06")):
        scenarios.append(build(event, on, "1985-01-01", household=BIG_FAMILY,
                               answers=YES | {"from_area": "abroad"}))
    scenarios.append(build("IN", "2026-04-06", "1985-01-01", household=BIG_FAMILY,
                           answers=YES | {"from_area": "other_pref", "kouki_disability": True}))
    for event in ("IN", "M", "MV"):
        scenarios.append(build(event, "2026-04-06", "1985-01-01", household=BIG_FAMILY,
                               answers=YES | {"from_area": "abroad", "foreign_national": True}))
    for event in ("M", "V"):  # staying in 国保 under a new 氏
        scenarios.append(build(event, "2026-04-06", "1985-01-01", household=BIG_FAMILY,
                               answers=YES | {"joins_spouse_insurance": False,
                                              "was_dependant": False}))
    scenarios.append(build("D", "2026-04-06", "1960-01-01", household=[
        member("alone", "1935-01-01", "M", "父", "deceased")], answers=YES,
        resident_status="away"))
    scenarios.append(build("OUT", "2026-04-06", "1985-01-01", household=BIG_FAMILY,
                           answers=YES | {"moves_abroad": True}))
    scenarios.append(build("D", "2026-04-06", "1985-01-01", household=[
        member("kid", "2015-01-01", "F", "子", "deceased"),
        member("kid2", "2018-01-01", "M", "子"),
    ], answers=YES))
    for pension in ("kokumin", "kosei"):
        scenarios.append(build("D", "2026-04-06", "1985-01-01", household=[
            member("late", "1950-01-01", "M", "世帯主", "deceased"),
            member("late2", "1980-01-01", "F", "妻", "deceased"),
            member("kid", "2015-01-01", "F", "子"),
        ], answers=YES | {"pension": pension}))
    scenarios.append(build("B", "2026-04-06", "1990-01-01", "F", household=[
        member("baby", "2026-04-01", "F", "子")], answers=YES | {"gave_birth": True}))
    scenarios.append(build("H", "2026-04-06", "1970-01-01", household=[
        member("son", "2000-01-01")], answers=YES | {"household_change": "head_change"}))
    scenarios.append(build("H", "2026-04-06", "1970-01-01", household=[
        member("son", "2000-01-01")], answers=YES | {"household_change": "split"}))
    return scenarios


def test_every_procedure_rule_fires_somewhere(nav: Navigator, catalog: Catalog) -> None:
    fired: set[tuple[str, str]] = set()
    for scenario in everything():
        fired |= {(p.id, scenario.event) for p in nav.plan(scenario).procedures()}
    expected = {(p.id, e) for p in catalog.procedures.values() for e in p.rules}
    assert expected - fired == set()


def test_every_conditional_document_and_checklist_line_shows_somewhere(
    nav: Navigator, catalog: Catalog
) -> None:
    shown: set[str] = set()
    for scenario in everything():
        for p in nav.plan(scenario).procedures():
            shown |= {t.ja for t in (*p.documents, *p.checklist)}
    conditional = {
        item.text.ja
        for p in catalog.procedures.values() for rule in p.rules.values()
        for item in (*rule.documents, *rule.checklist) if item.when is not None
    }
    assert conditional and conditional - shown == set()


def test_the_catalog_covers_the_reference(catalog: Catalog) -> None:
    refs = {p.ref for p in catalog.procedures.values() if p.ref is not None}
    assert refs == set(range(1, 24))  # all 23 rows of the reference
    used = {p.department for p in catalog.procedures.values()}
    assert len(used) >= 10
    assert set(catalog.events) == {"IN", "OUT", "MV", "B", "D", "M", "V", "H"}


def test_every_reference_predicate_is_used_by_a_procedure(catalog: Catalog) -> None:
    words = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
    used: set[str] = set()
    for p in catalog.procedures.values():
        for rule in p.rules.values():
            used |= set(words.findall(rule.when.source))
            for item in (*rule.documents, *rule.checklist):
                if item.when is not None:
                    used |= set(words.findall(item.when.source))
    # follow named predicates into their definitions
    changed = True
    while changed:
        before = len(used)
        for pid in list(used & set(catalog.predicates)):
            used |= set(words.findall(catalog.predicates[pid].condition.source))
        changed = len(used) != before
    assert REFERENCE_PREDICATES - used == set()
