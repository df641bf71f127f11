"""Names and addresses fold their spellings together, and never two different people."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.card.emulator.profile import sample_names, sample_profile
from kiosk.domain.name_normalize import (
    VARIANTS,
    kanji_number,
    match_key,
    normalize_address,
    normalize_name,
)

# ---------------------------------------------------------------------- names


@pytest.mark.parametrize(("card", "record"), [
    ("髙﨑　誠", "高崎 誠"),
    ("𠮷田　太郎", "吉田太郎"),
    ("渡邉\U000e0102　勇", "渡辺　勇"),  # IVS selector dropped, 邉 folded
    ("渡邊　勇", "渡辺 勇"),
    ("齋藤　一", "斉藤\u3000一"),
    ("濵田　花", "浜田\u00a0花"),
    ("山嶋　櫻", "山島　桜"),
    ("ｽﾐｽ ｼﾞｮﾝ", "スミス　ジョン"),  # half-width kana, composed sound mark
    ("ＳＭＩＴＨ　ＪＯＨＮ", "Smith John"),  # full-width Latin, case
    ("德川\tA", "徳川a"),
])
def test_spellings_of_one_name_are_equal(card: str, record: str) -> None:
    assert normalize_name(card) == normalize_name(record)


@pytest.mark.parametrize(("one", "other"), [
    ("佐藤　花子", "佐藤　華子"),
    ("高橋　誠", "髙﨑　誠"),
    ("吉田　太郎", "吉川　太郎"),
    ("スミス　ジョン", "スミス　ジヨン"),
    ("㈱", "(株)"),  # NFKC is not applied outside the width forms
])
def test_different_names_stay_different(one: str, other: str) -> None:
    assert normalize_name(one) != normalize_name(other)


def test_every_variant_folds_to_a_character_that_is_not_folded_again() -> None:
    for variant, standard in VARIANTS.items():
        assert variant != standard
        assert normalize_name(variant) == standard
        assert standard not in VARIANTS


def test_match_key_takes_a_date_or_its_iso_text() -> None:
    assert match_key("髙﨑　誠", date(1978, 11, 3), "1") == match_key("高崎誠", "1978-11-03", "1")
    assert match_key("高崎誠", "1978-11-03", "1") != match_key("高崎誠", "1978-11-03", "2")


# ---------------------------------------------------------------------- kanji numbers


@pytest.mark.parametrize(("text", "value"), [
    ("一", 1), ("十", 10), ("十一", 11), ("二十", 20), ("二十三", 23), ("百", 100),
    ("百二", 102), ("三千二百五十四", 3254), ("一〇二", 102), ("二三", 23), ("０", None),
    ("23", 23), ("十十", None), ("二三十", None), ("百千", None), ("", None), ("〇十", None),
])
def test_kanji_numbers(text: str, value: int | None) -> None:
    assert kanji_number(text) == value


# ---------------------------------------------------------------------- addresses


@pytest.mark.parametrize(("written", "canonical"), [
    ("一丁目２番３号", "1丁目2-3"),
    ("1丁目2番地の3", "1丁目2-3"),
    ("１丁目２－３", "1丁目2-3"),
    ("一丁目二番地三", "1丁目2-3"),
    ("関町百二十三番地", "関町123"),
    ("関町123番地の4", "関町123-4"),
    ("関町123の4", "関町123-4"),
    ("関町１２３ー４", "関町123-4"),
    ("緑ヶ丘７番地８", "緑ケ丘7-8"),
    ("1-2-3", "1-2-3"),  # no 丁目: may be 1番地2-3, so not made 1丁目2-3
    # Place names keep their numerals.
    ("三田二十三番地", "三田23"),
    ("一ノ瀬5番", "一ノ瀬5"),
    ("一の瀬5番", "一の瀬5"),
    ("四ツ原１２３番地", "四ツ原123"),
    ("八幡一丁目", "八幡1丁目"),
    ("十日町二丁目", "十日町2丁目"),
    ("千代田区", "千代田区"),
])
def test_canonical_addresses(written: str, canonical: str) -> None:
    assert normalize_address(written) == canonical


# Every card profile against the way a record might write the same address.
RECORD_SPELLINGS = {
    "standard-adult": "長野県北杜郡さくら町本町1丁目2番地の3",
    "child": "長野県北杜郡さくら町本町１丁目２－３",
    "taisho-elder": "長野県北杜郡さくら町大字中村102番地",
    "ibm-kanji-name": "長野県北杜郡さくら町栄町3丁目4-5",
    "extension-b-name": "長野県北杜郡さくら町緑ケ丘7-8",
    "long-oaza-address": "長野県北杜郡さくら町大字上ノ原字西久保平3254番地1 さくら台第二団地3号棟",
    "address-200-bytes": "長野県北杜郡さくら町大字上ノ原字西久保平3254-1　さくら台第二団地3号棟405号室"
                         "　北側通路奥の角部屋（管理棟の東側隣）",
    "locked-card": "長野県北杜郡さくら町本町2丁目1番地",
    "moving-in-family": "福岡県福岡市中央区大名2丁目3番12号",
    "foreign-resident": "愛知県名古屋市中区栄3丁目1番1号",
}


@pytest.mark.parametrize("profile", sorted(RECORD_SPELLINGS))
def test_profile_addresses_match_a_record_spelling(profile: str) -> None:
    card = sample_profile(profile).address
    assert normalize_address(card) == normalize_address(RECORD_SPELLINGS[profile])


def test_every_profile_has_a_record_spelling_checked() -> None:
    assert set(sample_names()) <= set(RECORD_SPELLINGS)


def test_a_neighbour_is_another_address() -> None:
    card = sample_profile("standard-adult").address
    assert normalize_address(card) != normalize_address("長野県北杜郡さくら町本町1丁目2番地の4")
    assert normalize_address(card) != normalize_address("長野県北杜郡さくら町本町1丁目23")
    assert normalize_address(card) != normalize_address("長野県北杜郡さくら町本町12丁目3")


# ---------------------------------------------------------------------- properties

DIGITS = "〇一二三四五六七八九"
PLACES = ["本町", "三田", "一ノ瀬", "四ツ原", "八幡", "十日町", "緑ヶ丘", "大字中村", "千住"]


def _kanji_units(n: int) -> str:
    """23 → 二十三, 102 → 百二, 3254 → 三千二百五十四."""
    out = ""
    for unit, mark in ((1000, "千"), (100, "百"), (10, "十")):
        count, n = divmod(n, unit)
        if count:
            out += ("" if count == 1 else DIGITS[count]) + mark
    return out + (DIGITS[n] if n else "")


@st.composite
def written_number(draw: st.DrawFn, n: int, *, kanji: bool = True) -> str:
    styles = ["ascii", "wide", "units", "positional"] if kanji else ["ascii", "wide"]
    style = draw(st.sampled_from(styles))
    if style == "ascii":
        return str(n)
    if style == "wide":
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if style == "units":
        return _kanji_units(n)
    return "".join(DIGITS[int(d)] for d in str(n))


@st.composite
def address(draw: st.DrawFn, place: str, chome: int | None, ban: int, go: int | None) -> str:
    """One spelling of ``place`` + [chome 丁目] + ban [+ go], chosen at random."""
    text = place
    if chome is not None:
        text += draw(written_number(chome)) + "丁目"
    if go is None:
        # A kanji numeral counts as a house number only before a marker (三田 is a place).
        ending = draw(st.sampled_from(["", "番地", "番"]))
        return text + draw(written_number(ban, kanji=bool(ending))) + ending
    text += draw(written_number(ban))
    text += draw(st.sampled_from(["番", "番地", "番地の", "-", "－", "ー", "の"]))
    text += draw(written_number(go))
    return text + draw(st.sampled_from(["", "号"]))


Block = tuple[int | None, int, int | None]
blocks = st.tuples(st.one_of(st.none(), st.integers(1, 99)), st.integers(1, 9999),
                   st.one_of(st.none(), st.integers(1, 999)))


@given(st.sampled_from(PLACES), blocks, st.data())
def test_spellings_of_one_address_normalise_equal(place: str, block: Block,
                                                   data: st.DataObject) -> None:
    first = data.draw(address(place, *block))
    second = data.draw(address(place, *block))
    assert normalize_address(first) == normalize_address(second)
    chome, ban, go = block
    canonical = (place.replace("ヶ", "ケ") + (f"{chome}丁目" if chome else "") + str(ban)
                 + (f"-{go}" if go else ""))
    assert normalize_address(first) == canonical


@given(st.sampled_from(PLACES), blocks, blocks, st.data())
def test_different_numbers_never_normalise_equal(place: str, one: Block, other: Block,
                                                 data: st.DataObject) -> None:
    if one == other:
        return
    first = data.draw(address(place, *one))
    second = data.draw(address(place, *other))
    assert normalize_address(first) != normalize_address(second)


@pytest.mark.parametrize(("one", "other"), [
    ("二十三番地", "二十番地三"),
    ("二十三番地", "二十番三号"),
    ("一丁目二十三番", "一丁目二十番三号"),
    ("百二番地", "百番地二"),
    ("1丁目23", "12丁目3"),
])
def test_number_boundaries_are_kept(one: str, other: str) -> None:
    assert normalize_address(one) != normalize_address(other)


@given(st.text(max_size=40))
def test_normalising_is_idempotent_and_never_fails(text: str) -> None:
    assert normalize_name(normalize_name(text)) == normalize_name(text)
    once = normalize_address(text)
    assert normalize_address(once) == once
