"""Aozora-style ruby: parsing, the four renderings and the glossary that restores ruby."""

from __future__ import annotations

import pytest

from kiosk.i18n import fallback_chain
from kiosk.i18n.ruby import Glossary, Segment, has_markup, html, inline, parse, plain, reading


def test_run_of_kanji_before_the_reading_is_the_base() -> None:
    assert parse("住民票《じゅうみんひょう》を出します") == (
        Segment("住民票", "じゅうみんひょう"), Segment("を出します"))


def test_bar_marks_a_mixed_base() -> None:
    text = "きょうは｜第1回《だいいっかい》です"
    assert parse(text) == (Segment("きょうは"), Segment("第1回", "だいいっかい"), Segment("です"))
    assert plain(text) == "きょうは第1回です"
    assert reading(text) == "きょうはだいいっかいです"


def test_bar_limits_a_kanji_base() -> None:
    assert parse("日本｜語《ご》") == (Segment("日本"), Segment("語", "ご"))


def test_markup_at_start_and_end() -> None:
    text = "市役所《しやくしょ》へ行《い》く日《ひ》"
    assert parse(text) == (Segment("市役所", "しやくしょ"), Segment("へ"), Segment("行", "い"),
                           Segment("く"), Segment("日", "ひ"))
    assert plain(text) == "市役所へ行く日"
    assert reading(text) == "しやくしょへいくひ"
    assert inline(text) == "市役所（しやくしょ）へ行（い）く日（ひ）"


def test_consecutive_annotations_split_a_run() -> None:
    assert plain("住民《じゅうみん》票《ひょう》") == "住民票"
    assert reading("住民《じゅうみん》票《ひょう》") == "じゅうみんひょう"


@pytest.mark.parametrize("text", [
    "ふつうの文です", "", "《だけ》", "かな《かな》", "漢字《かんじ", "漢字《》です",
    "｜だけ", "English 《quote》 text",
])
def test_without_valid_markup_the_text_is_unchanged(text: str) -> None:
    assert plain(text) == text
    assert reading(text) == text
    assert inline(text) == text
    assert not has_markup(text)


def test_unbalanced_open_is_text_but_a_later_annotation_still_works() -> None:
    text = "《注意 漢字《かんじ》"
    assert plain(text) == "《注意 漢字"
    assert reading(text) == "《注意 かんじ"


def test_html_escapes_base_reading_and_text() -> None:
    assert html("<b>｜A&B《え&び》</b>") == (
        "&lt;b&gt;<ruby>A&amp;B<rt>え&amp;び</rt></ruby>&lt;/b&gt;")
    assert html("漢字《かんじ》") == "<ruby>漢字<rt>かんじ</rt></ruby>"
    assert html("a < b") == "a &lt; b"


def test_glossary_restores_ruby_on_a_filled_in_text() -> None:
    glossary = Glossary()
    glossary.learn("質問《しつもん》 %1 ／ 約《やく》 %2")
    assert glossary.annotate("質問 3 ／ 約 14") == "｜質問《しつもん》 3 ／ ｜約《やく》 14"
    assert glossary.annotate("質問 %1 ／ 約 %2") == "質問《しつもん》 %1 ／ 約《やく》 %2"


def test_glossary_leaves_a_run_it_cannot_cover_whole() -> None:
    glossary = Glossary()
    glossary.learn("町《まち》と田《た》")
    assert glossary.annotate("山田さん") == "山田さん"  # 山 unknown: no reading for 田 alone
    assert glossary.annotate("田町") == "｜田《た》｜町《まち》"
    assert Glossary().annotate("漢字") == "漢字"


def test_easy_japanese_falls_back_to_japanese_before_english() -> None:
    chain = fallback_chain("ja-easy")
    assert chain[0] == "ja-easy"
    assert chain.index("ja") < chain.index("en")


def test_glossary_completes_a_partly_marked_text() -> None:
    glossary = Glossary()
    glossary.learn("お金《かね》：%1")
    assert plain(glossary.annotate("お金：無料《むりょう》")) == "お金：無料"
    assert reading(glossary.annotate("お金：無料《むりょう》")) == "おかね：むりょう"
