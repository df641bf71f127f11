"""Validation: errors beside their fields (aria-describedby), never a crash page."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from kiosk.navigation.engine import Navigator


def _described_by(page_text: str, field_id: str) -> str:
    tag = re.search(rf'<(?:input|select|fieldset)[^>]*id="{field_id}"[^>]*>', page_text)
    assert tag, f"no element {field_id}"
    found = re.search(r'aria-describedby="([^"]+)"', tag.group(0))
    return found.group(1) if found else ""


def test_an_empty_resident_page_marks_every_field(driver: Any) -> None:
    driver.post("next")
    page = driver.post("next")
    assert page.status == 422
    for field in ("name", "furigana", "birth_year", "sex", "address"):
        assert page.error_for(field) == "入力してください。" or \
            page.error_for(field) == "一つ選んでください。", field
        assert f"{field}-error" in _described_by(page.text, field)
    assert 'id="error-summary"' in page.text
    assert page.has_id("furigana"), "still the resident page"


@pytest.mark.parametrize(("fields", "field", "message"), [
    ({"birth_year": "2031"}, "birth_year", "未来の日付になっています。確認してください。"),
    ({"birth_month": "2", "birth_day": "30"}, "birth_year",
     "この日付はありません。年・月・日を確認してください。"),
    ({"birth_year": "56"}, "birth_year", "年は西暦4けたで入力してください（例：1956）。"),
    ({"furigana": "Taro"}, "furigana",
     "フリガナはカタカナ（またはひらがな）で入力してください。"),
    ({"name": "あ" * 201}, "name", "長すぎます。短くしてください。"),
    ({"sex": "7"}, "sex", "一つ選んでください。"),
])
def test_a_wrong_value_is_named_beside_its_field(driver: Any, fields: dict[str, str],
                                                 field: str, message: str) -> None:
    driver.post("next")
    page = driver.resident(**fields)
    assert page.status == 422
    assert page.error_for(field) == message
    # what was typed stays, so only the wrong field needs typing again
    assert 'value="熊本県熊本市中央区水前寺6丁目18番1号"' in page.text


def test_hiragana_and_half_width_kana_become_katakana(driver: Any) -> None:
    driver.post("next")
    driver.resident(furigana="なんかん ﾀﾛｳ")
    driver.post("back")
    assert 'value="ナンカン　タロウ"' in driver.page.text


def test_a_death_needs_the_person_who_passed_away(driver: Any,
                                                  navigator: Navigator) -> None:
    event = next(e for e in navigator.catalog.events.values()
                 if e.subject.value == "deceased")
    driver.post("next")
    driver.resident()
    driver.post("next", event=event.id)
    assert "亡くなられた方" in driver.page.text
    page = driver.post("next")
    assert page.status == 422
    assert page.error_for("add-member") == "先に亡くなられた方を追加してください。"
    driver.add_member("南関 一男", "ナンカン カズオ", date(1940, 1, 1), "1", "父")
    assert "亡くなられた方" in driver.page.text  # the first person added is the deceased
    assert driver.post("next").status == 200


def test_a_member_without_relation_is_not_added(driver: Any) -> None:
    driver.post("next")
    driver.resident()
    driver.post("next", event="IN")
    page = driver.add_member("南関 花子", "ナンカン ハナコ", date(1988, 1, 1), "2", "")
    assert page.error_for("member_relation") == "一つ選んでください。"
    assert not page.has_id("remove-m1")


def test_a_removed_member_is_gone(driver: Any) -> None:
    driver.post("next")
    driver.resident()
    driver.post("next", event="IN")
    driver.add_member("南関 花子", "ナンカン ハナコ", date(1988, 1, 1), "2", "妻")
    assert driver.page.has_id("remove-m1")
    driver.post("remove:m1")
    assert not driver.page.has_id("remove-m1")


def test_the_address_needs_a_town_oaza_and_a_lot_number(driver: Any) -> None:
    driver.post("next")
    driver.resident()
    driver.post("next", event="IN")
    driver.post("next")
    driver.answer_all({})
    page = driver.post("next", oaza="東京", banchi="")
    assert page.error_for("oaza") == "一つ選んでください。"
    assert page.error_for("banchi") == "入力してください。"


def test_a_split_that_moves_everybody_is_refused(driver: Any, navigator: Navigator) -> None:
    event = next(e for e in navigator.catalog.events.values() if e.household_split)
    driver.post("next")
    driver.resident()
    driver.post("next", event=event.id)
    driver.add_member("南関 花子", "ナンカン ハナコ", date(1988, 1, 1), "2", "妻")
    driver.post("next")
    condition = str(event.household_split.source if event.household_split else "")
    question, _, wanted = condition.partition("==")
    driver.answer_all({question.strip(): wanted.strip().strip('"')})
    assert driver.page.has_id("leaves-self"), driver.page.text
    page = driver.post("next", **{"leaves-self": "1", "leaves-m1": "1", "head": "self"})
    assert page.status == 422
    assert page.error_for("leaves")
    page = driver.post("next", **{"leaves-m1": "1", "head": "m1"})
    assert page.status == 200 and not page.has_id("leaves-self")


def test_an_unknown_action_keeps_the_page(driver: Any) -> None:
    driver.post("next")
    page = driver.post("explode")
    assert page.status == 422 or page.has_id("furigana")


def test_a_person_typed_but_not_added_is_added_by_next(driver: Any) -> None:
    driver.post("next")
    driver.resident()
    driver.post("next", event="IN")
    page = driver.post("next", member_name="南関 花子", member_furigana="ナンカン ハナコ",
                       member_birth_year="1988", member_birth_month="1", member_birth_day="1",
                       member_sex="2", member_relation="妻")
    assert page.has_id("question-text")
    page = driver.post("back")
    assert page.has_id("remove-m1") and "南関 花子" in page.text


def test_a_person_half_typed_stops_next_with_the_errors(driver: Any) -> None:
    driver.post("next")
    driver.resident()
    driver.post("next", event="IN")
    page = driver.post("next", member_name="南関 花子")
    assert page.status == 422
    assert page.error_for("member_birth_year") == "入力してください。"
    # it says the person is not added yet and offers to go on without them
    assert page.error_for("member_pending") == (
        "この方はまだ追加されていません。印のついた項目を入力して「この方を追加」を押すか、"
        "この方を追加せずに進んでください。")
    assert page.has_id("skip-member") and 'value="南関 花子"' in page.text
    assert not page.has_id("remove-m1")


def test_a_person_only_chosen_for_is_not_dropped_by_next(driver: Any) -> None:
    """A relation or a sex picked, nothing typed: still a person begun, so next asks."""
    driver.post("next")
    driver.resident()
    driver.post("next", event="IN")
    page = driver.post("next", member_relation="妻")
    assert page.status == 422 and page.has_id("skip-member")
    page = driver.post("next", member_sex="2")
    assert page.status == 422 and page.has_id("skip-member")


def test_continue_without_this_person_goes_on_without_them(driver: Any) -> None:
    driver.post("next")
    driver.resident()
    driver.post("next", event="IN")
    driver.add_member("南関 花子", "ナンカン ハナコ", date(1988, 11, 2), "2", "妻")
    driver.post("next", member_name="南関 一郎")
    page = driver.post("skip", member_name="南関 一郎")
    assert page.status == 200 and page.has_id("question-text")
    page = driver.post("back")
    assert page.has_id("remove-m1") and not page.has_id("remove-m2")
    assert not page.has_id("skip-member")  # offered only after a half-typed next
