"""A foreign resident's 住民基本台帳法 §30の45 items in a scenario, checked as the law has them.

* 在留カード番号 and 特別永住者証明書番号: 2 capital letters, 8 digits, 2 capital letters
  (出入国管理及び難民認定法 §19の4, 施行規則 §19の6; 入管特例法 §8).
* 中長期在留者: 在留資格, 在留期間 and its 満了日 (a 永住者: 無期限, no 満了日); 特別永住者:
  no 在留期間; 一時庇護・仮滞在・経過滞在: no 在留カード (住民基本台帳法 §30の45 の表).
* A 満了日 before the event: refused, unless a renewal or change was applied for before it
  ended; then the stay is lawful up to two months after the end (入管法 §20⑥, §21④).
"""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from forms.catalog import Catalog
from kiosk.navigation.residence import Category, months_after, parse_residence, residence_to_json
from kiosk.navigation.scenario import ScenarioError
from kiosk.navigation.validation import validate_scenario

SCENARIOS = Path(__file__).resolve().parents[3] / "forms" / "scenarios"
TODAY = date(2026, 11, 28)
CARD = "XY24681357ZQ"
MID_LONG = {"category": "mid_long", "nationality": "ベトナム", "status": "技能実習",
            "period": "1年", "expires": "2026-12-31", "card_number": CARD}


def family(residence: dict[str, Any], where: str = "resident") -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SCENARIOS / "tennyu_family4.json").read_text("utf-8"))
    data = copy.deepcopy(data)
    person = data["resident"] if where == "resident" else data["household"][int(where)]
    person["residence"] = residence
    return data


def refused(data: Any, catalog: Catalog) -> str:
    with pytest.raises(ScenarioError) as caught:
        validate_scenario(data, catalog, TODAY)
    message = str(caught.value)
    assert CARD not in message and "ベトナム" not in message  # names keys, never values
    return message


def test_a_mid_long_resident_is_read_with_every_item(catalog: Catalog) -> None:
    scenario = validate_scenario(family(MID_LONG, "0"), catalog, TODAY)
    residence = scenario.household[0].residence
    assert residence is not None and scenario.resident.residence is None
    assert residence.category is Category.MID_LONG and residence.card_number == CARD
    assert residence.expires == date(2026, 12, 31)
    assert "redacted" in repr(residence) and CARD not in repr(scenario.household[0])


@pytest.mark.parametrize("number", ["AB1234567CD", "ab12345678cd", "AB12345678C", "1234567890AB",
                                    "AB12345678CD1", ""])
def test_the_card_number_is_two_letters_eight_digits_two_letters(
        catalog: Catalog, number: str) -> None:
    message = refused(family(MID_LONG | {"card_number": number}), catalog)
    assert message.startswith("resident.residence: 'card_number'")
    assert "like AB12345678CD" in message


def test_a_mid_long_resident_needs_status_period_and_its_end(catalog: Catalog) -> None:
    for key in ("status", "period", "expires"):
        broken = {k: v for k, v in MID_LONG.items() if k != key}
        assert "needs 'status'" in refused(family(broken, "1"), catalog)
    assert "household[1].residence" in refused(
        family({k: v for k, v in MID_LONG.items() if k != "status"}, "1"), catalog)


def test_a_permanent_resident_has_no_end_and_a_special_permanent_resident_no_period(
        catalog: Catalog) -> None:
    permanent = {k: v for k, v in MID_LONG.items() if k not in ("period", "expires")}
    scenario = validate_scenario(family(permanent | {"status": "永住者"}), catalog, TODAY)
    assert scenario.resident.residence is not None
    assert scenario.resident.residence.period == "無期限"
    assert "drop 'expires'" in refused(family(MID_LONG | {"status": "永住者"}), catalog)
    special = {"category": "special_permanent", "nationality": "韓国", "card_number": CARD}
    scenario = validate_scenario(family(special), catalog, TODAY)
    assert scenario.resident.residence is not None
    assert scenario.resident.residence.status == "特別永住者"
    assert "has no period of stay" in refused(family(special | {"period": "3年"}), catalog)
    assert "2 capital letters" in refused(family(special | {"card_number": ""}), catalog)


@pytest.mark.parametrize("category", ["temporary_refuge", "provisional_stay", "transitional"])
def test_who_holds_no_card_has_no_card_number(catalog: Catalog, category: str) -> None:
    entry = {"category": category, "nationality": "ミャンマー"}
    validate_scenario(family(entry), catalog, TODAY)
    assert "holds no residence card" in refused(family(entry | {"card_number": CARD}), catalog)


def test_the_category_and_nationality_are_required_and_keys_known(catalog: Catalog) -> None:
    assert "'category' must be one of mid_long" in refused(
        family(MID_LONG | {"category": "tourist"}), catalog)
    assert "'nationality'" in refused(family(MID_LONG | {"nationality": " "}), catalog)
    assert "unknown keys visa" in refused(family(MID_LONG | {"visa": "x"}), catalog)
    assert "must be an object" in refused(family("yes"), catalog)  # type: ignore[arg-type]
    assert "YYYY-MM-DD" in refused(family(MID_LONG | {"expires": "31/12/2026"}), catalog)
    japanese_label = MID_LONG | {"category": "中長期在留者"}
    validate_scenario(family(japanese_label), catalog, TODAY)


def test_a_stay_that_ended_before_the_event_needs_a_renewal_applied_for_in_time(
        catalog: Catalog) -> None:
    event = date(2026, 4, 6)  # the sample's move-in day
    ended = MID_LONG | {"expires": "2026-04-05"}
    assert "add \"renewal_pending\": true" in refused(family(ended), catalog)
    validate_scenario(family(MID_LONG | {"expires": "2026-04-06"}), catalog, TODAY)  # last day
    validate_scenario(family(ended | {"renewal_pending": True}), catalog, TODAY)
    # 特例期間: until two months after the end, no longer
    assert months_after(date(2026, 2, 6), 2) == event
    validate_scenario(family(ended | {"expires": "2026-02-06", "renewal_pending": True}),
                      catalog, TODAY)
    assert "特例期間 has ended" in refused(
        family(ended | {"expires": "2026-02-05", "renewal_pending": True}), catalog)


def test_months_after_keeps_to_the_months_last_day() -> None:
    assert months_after(date(2026, 12, 31), 2) == date(2027, 2, 28)
    assert months_after(date(2027, 12, 31), 2) == date(2028, 2, 29)
    assert months_after(date(2026, 3, 31), 2) == date(2026, 5, 31)


@pytest.mark.parametrize("entry", [
    MID_LONG, MID_LONG | {"expires": "2026-03-01", "renewal_pending": True},
    {"category": "special_permanent", "nationality": "韓国", "card_number": CARD},
    {"category": "mid_long", "nationality": "ブラジル", "status": "永住者", "card_number": CARD},
    {"category": "transitional", "nationality": "フィリピン"},
])
def test_a_residence_written_out_reads_back_the_same(entry: dict[str, Any]) -> None:
    residence = parse_residence(entry, "resident")
    assert parse_residence(residence_to_json(residence), "resident") == residence
    assert residence_to_json(None) is None
