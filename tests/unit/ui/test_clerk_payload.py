"""The clerk console's plain-Python helpers: scanned codes, corrections, affected forms."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from forms.catalog.loader import load_catalog
from forms.layout import load_all
from kiosk.navigation.plan import FormRequest
from kiosk.ui.clerk.payload import (
    CorrectionError,
    affected_form_ids,
    apply_changes,
    changed_keys,
    editable_fields,
    touches,
    visit_key_from_scan,
)
from printing.render import qr_payload

SCENARIO = json.loads((Path(__file__).resolve().parents[3] / "forms" / "scenarios"
                       / "tennyu_family4.json").read_text(encoding="utf-8"))
CATALOG = load_catalog()
TODAY = date(2026, 4, 6)  # the sample's event date


def _apply(payload: Any, changes: dict[str, str]) -> dict[str, Any]:
    return apply_changes(payload, changes, catalog=CATALOG, today=TODAY)


@pytest.mark.parametrize(("scanned", "key"), [
    (qr_payload("0f3c-aa"), "0f3c-aa"),
    (qr_payload("0f3c-aa", "jumin_ido"), "0f3c-aa"),
    ("  kks1:0f3c-aa  ", "0f3c-aa"),
    ("17", "17"),
    ("", ""),
])
def test_a_scan_names_a_visit_id_or_a_ticket(scanned: str, key: str) -> None:
    assert visit_key_from_scan(scanned) == key


def test_editable_fields_cover_resident_members_and_new_address() -> None:
    keys = [f.key for f in editable_fields(SCENARIO)]
    assert keys[:4] == ["resident.name", "resident.furigana", "resident.birth_date",
                        "resident.address"]
    assert "household.spouse.relation" in keys and "new_address.banchi" in keys
    assert "南関" not in repr(editable_fields(SCENARIO)[0])


def test_apply_changes_corrects_a_copy() -> None:
    corrected = _apply(SCENARIO, {"household.child1.name": "南関 一朗",
                                  "new_address.katagaki": "101号"})
    assert corrected["household"][1]["name"] == "南関 一朗"
    assert corrected["new_address"]["katagaki"] == "101号"
    assert SCENARIO["household"][1]["name"] == "南関 一郎"  # the original is untouched


@pytest.mark.parametrize(("key", "value"), [
    ("resident.birth_date", "1986/07/15"),
    ("household.nobody.name", "x"),
    ("answers.has_dog", "false"),
])
def test_a_bad_correction_names_the_key_not_the_value(key: str, value: str) -> None:
    with pytest.raises(CorrectionError) as caught:
        _apply(SCENARIO, {key: value})
    assert caught.value.key == key and value not in str(caught.value)


@pytest.mark.parametrize(("key", "value", "reason"), [
    ("resident.birth_date", "2026-05-01", "birth_date is in the future"),
    ("household.child2.birth_date", "2026-04-07", "birth_date is in the future"),
    ("household.spouse.birth_date", "1850-01-01", "more than 130 years"),
    ("household.child1.name", "   ", "'name' must not be empty"),
    ("resident.name", "", "'name' must not be empty"),
    ("new_address.oaza", "霞が関", "not one of the town's 大字"),
    ("new_address.postal_code", "8610803", "written like 861-0803"),
    ("new_address.postal_code", "861-0000", "not the 大字's"),
    ("new_address.banchi", "", "'banchi'"),
])
def test_a_correction_runs_the_scenario_validation(key: str, value: str, reason: str) -> None:
    """What the scenario loader refuses, a clerk's correction cannot bring in either."""
    with pytest.raises(CorrectionError) as caught:
        _apply(SCENARIO, {"household.child1.furigana": "ナンカン イチロー", key: value})
    assert caught.value.key == key  # the change that broke it, not the harmless one
    assert reason in str(caught.value)
    if value.strip():
        assert value not in str(caught.value)


def test_changed_keys_keeps_only_real_changes() -> None:
    edited = {f.key: f.value for f in editable_fields(SCENARIO)}
    assert changed_keys(SCENARIO, edited) == {}
    edited["resident.furigana"] = "ナンカン タロー"
    assert changed_keys(SCENARIO, edited) == {"resident.furigana": "ナンカン タロー"}


def test_affected_forms_follow_the_layout_bindings_and_the_members() -> None:
    layouts = load_all()
    assert touches(layouts["jumin_ido"], "banchi")
    assert touches(layouts["jumin_ido"], "relation")
    assert not touches(layouts["inkan_toroku"], "relation")  # 印鑑登録 lists no relations
    assert not touches(layouts["inkan_toroku"], "postal_code")
    requests = [
        FormRequest("jumin_ido", "self", ("self", "spouse", "child1"), ("jumin_ido",)),
        FormRequest("mynumber_card", "child2", ("child2",), ("mynumber_card",)),
    ]
    # The spouse's name: the household form lists her, child2's card form does not.
    assert affected_form_ids(requests, layouts, ["household.spouse.name"]) == ["jumin_ido"]
    assert affected_form_ids(requests, layouts, ["household.child2.name"]) == ["mynumber_card"]
    assert affected_form_ids(requests, layouts, []) == []
