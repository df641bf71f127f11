"""The card's basic four against the code's resident: spellings fold, people do not."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kiosk.app.prefill_match import KINDS, differences
from kiosk.domain.resident import BasicFour, Sex

CARD = BasicFour("髙橋　花子", "長野県北杜郡さくら町本町一丁目２番３号", date(1985, 4, 12),
                 Sex.FEMALE)


def test_the_same_person_spelt_at_home_matches_the_card() -> None:
    typed = BasicFour("高橋 花子", "長野県北杜郡さくら町本町1丁目2-3", date(1985, 4, 12),
                      Sex.FEMALE)
    assert differences(CARD, typed) == ()


def test_a_code_without_an_address_is_matched_on_the_other_three() -> None:
    assert differences(CARD, replace(CARD, name="髙橋花子", address="")) == ()


def test_an_address_typed_without_prefecture_and_town_matches_the_end_of_the_card() -> None:
    assert differences(CARD, replace(CARD, address="本町1丁目2番3号")) == ()


def test_a_bare_house_number_is_never_taken_for_the_end_of_another() -> None:
    card = replace(CARD, address="長野県北杜郡さくら町本町55")
    assert differences(card, replace(card, address="5")) == ("address",)
    assert differences(card, replace(card, address="本町5")) == ("address",)


@pytest.mark.parametrize(("changed", "kind"), [
    ({"name": "高橋 花江"}, "name"),
    ({"birth_date": date(1985, 4, 13)}, "birth_date"),
    ({"sex": Sex.MALE}, "sex"),
    ({"address": "長野県北杜郡さくら町本町一丁目２番４号"}, "address"),
])
def test_each_kind_of_difference_is_named(changed: dict[str, object], kind: str) -> None:
    assert differences(CARD, replace(CARD, **changed)) == (kind,)  # type: ignore[arg-type]


def test_every_difference_is_named_in_a_fixed_order_and_nothing_else() -> None:
    other = BasicFour("鈴木 一郎", "東京都千代田区1-1", date(1990, 1, 1), Sex.MALE)
    assert differences(CARD, other) == KINDS


def test_a_card_without_a_name_never_matches() -> None:
    card = replace(CARD, name="")
    assert "name" in differences(card, replace(card, name=" "))
