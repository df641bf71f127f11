"""Every corpus situation through the engine: the procedures, their members, the forms
and the late-filing flags are exactly what the law expects (see ``README.md``)."""

from __future__ import annotations

from typing import Any

import pytest
from corpus import README, Case, all_cases, readme_text

from kiosk.navigation.engine import Navigator
from kiosk.navigation.validation import validate_scenario

CASES = all_cases()


@pytest.fixture(scope="module")
def nav() -> Navigator:
    return Navigator.load()


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 40
    events = {case.scenario["event"] for case in CASES}
    assert events == {"IN", "OUT", "MV", "B", "D", "M", "V", "H"}
    assert all(case.sources for case in CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_situation(nav: Navigator, case: Case) -> None:
    # the one strict validation every command runs (a split names who leaves …)
    scenario = validate_scenario(case.scenario, nav.catalog, case.filed_on)
    assert [p.question.id for p in nav.pending(scenario)] == []  # fully answered
    plan = nav.plan(scenario, filed_on=case.filed_on)
    got = {p.id: p.member_ids for p in plan.procedures()}
    assert got == case.procedures
    assert {r.form_id for r in plan.form_requests()} == case.forms
    assert {p.id for p in plan.late_procedures()} == case.late
    for pid, fields in case.details.items():
        planned = plan.find(pid)
        assert planned is not None, pid
        shown = planned.to_json()
        for name, value in fields.items():
            assert _field(shown, name) == value, (pid, name)


def _field(shown: dict[str, Any], name: str) -> object:
    """A plan field as the corpus files name it: ``fee_ja`` is the fee's Japanese text,
    ``documents_en`` the documents' English texts (the plan carries every locale)."""
    base, _, locale = name.rpartition("_")
    if base and base in shown and len(locale) == 2:
        value = shown[base]
        if isinstance(value, list):
            return [item.get(locale, "") for item in value]
        return value.get(locale, "")
    return shown[name]


def test_readme_is_current() -> None:
    assert README.read_text(encoding="utf-8") == readme_text(CASES), (
        "run: python tests/domain/make_readme.py")
