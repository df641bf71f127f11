"""Catalog texts on the page: their language marked when it is not the page's, readings
drawn as ruby."""

from __future__ import annotations

from kiosk.i18n import Text
from kiosk.web.texts import catalog_text, with_ruby


def test_a_text_in_the_pages_language_is_plain() -> None:
    assert str(catalog_text("en")(Text("転入", "Moving in"))) == "Moving in"


def test_a_text_that_falls_back_to_japanese_says_so() -> None:
    assert str(catalog_text("en")(Text("転入"))) == '<span lang="ja">転入</span>'


def test_readings_become_ruby_and_the_rest_is_escaped() -> None:
    drawn = str(with_ruby("<b>｜転入《てんにゅう》の届《とどけ》</b>"))
    assert drawn == ("&lt;b&gt;<ruby>転入<rp>(</rp><rt>てんにゅう</rt><rp>)</rp></ruby>の"
                     "<ruby>届<rp>(</rp><rt>とどけ</rt><rp>)</rp></ruby>&lt;/b&gt;")


def test_an_easy_japanese_locale_is_drawn_with_ruby_and_no_lang_switch() -> None:
    text = Text.of({"ja": "転入", "ja-x-easy": "｜引《ひ》っ越《こ》してきた"})
    drawn = str(catalog_text("ja-x-easy")(text))
    assert drawn.startswith("<ruby>引") and "lang=" not in drawn
