"""Value paths resolve from a real Scenario; the 個人番号 only where the layout allows it."""

from __future__ import annotations

from datetime import date

import pytest
from printing_samples import CATALOG, MY_NUMBERS, VISIT, family_scenario

from forms.bindings import all_static_paths
from printing.context import FormContext, full_width_katakana


def _ctx(allow: bool = False, **changes: object) -> FormContext:
    scenario = family_scenario(**changes)
    return FormContext(scenario, VISIT, scenario.resident, scenario.members, ("転入届",),
                       MY_NUMBERS, allow, town=CATALOG.town,
                       event_title=CATALOG.events[scenario.event].paper_title.get("ja"))


def test_every_vocabulary_path_resolves() -> None:
    ctx = _ctx(allow=True)
    for path in all_static_paths():
        ctx.resolve(path)
    for attr in ("name", "furigana", "birth_date", "sex", "relation", "my_number"):
        ctx.resolve(f"household[*].{attr}", 0)
    with pytest.raises(KeyError):
        ctx.resolve("card.phone")


def test_moving_in_uses_the_card_address_as_the_old_one() -> None:
    ctx = _ctx()
    assert ctx.resolve("derived.old_address") == "福岡県福岡市中央区天神一丁目１番１号"
    assert ctx.resolve("card.address") == "福岡県福岡市中央区天神一丁目１番１号"
    assert ctx.resolve("derived.address") == "熊本県玉名郡南関町大字関町１２３番地４"
    assert ctx.resolve("derived.postal_code") == "8610803"
    assert ctx.resolve("derived.katagaki") == "関町ハイツ２０１号"
    assert ctx.resolve("derived.event_label") == "転入"
    assert ctx.resolve("derived.event_date") == date(2026, 4, 1)
    assert ctx.resolve("visit.ticket") == "A-042"


def test_without_a_new_address_the_card_address_is_current() -> None:
    ctx = _ctx(new_address=None, event="D")
    assert ctx.resolve("derived.address") == "福岡県福岡市中央区天神一丁目１番１号"
    assert ctx.resolve("derived.old_address") == ""
    assert ctx.resolve("derived.event_label") == "死亡"


def test_my_number_is_handed_out_only_when_allowed() -> None:
    assert _ctx(allow=False).resolve("person.my_number") is None
    assert _ctx(allow=False).resolve("household[*].my_number", 1) is None
    assert _ctx(allow=True).resolve("person.my_number") == "123456789018"
    assert _ctx(allow=True).resolve("household[*].my_number", 1) == "983205673214"
    assert _ctx(allow=True).resolve("household[*].my_number", 2) is None


def test_rows_past_the_members_are_blank() -> None:
    assert _ctx().resolve("household[*].name", 7) is None


def test_furigana_is_full_width_katakana_with_one_wide_space() -> None:
    assert full_width_katakana("たかさき  たろう") == "タカサキ　タロウ"
    assert full_width_katakana("ﾀｶｻｷ ﾊﾅｺ") == "タカサキ　ハナコ"
    assert full_width_katakana("ｶﾞｯｺｳ") == "ガッコウ"
    assert full_width_katakana("タカサキ", "hiragana") == "たかさき"
    assert _ctx().resolve("household[*].furigana", 1) == "タカサキ　ハナコ"


def test_answers_and_sex_labels() -> None:
    ctx = _ctx()
    assert ctx.resolve("answers.kokuho") == "はい"
    assert ctx.resolve("answers.unknown_question") is None
    assert ctx.resolve("card.sex") == "男"
    assert ctx.resolve("household[*].sex", 1) == "女"


def test_repr_hides_personal_data() -> None:
    assert "髙﨑" not in repr(_ctx())
