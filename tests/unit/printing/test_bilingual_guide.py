"""The guide sheet prints in the resident's language with the Japanese under each line, for
the clerk; in Japanese it stays Japanese only. The forms stay Japanese, and a foreign
resident's registered Latin name prints in their 氏名 boxes with the katakana as フリガナ."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pdftext import read_pages
from printing_samples import CATALOG, VISIT, family_scenario, tennyu_plan

from kiosk.domain.resident import Sex
from kiosk.navigation.scenario import Person
from printing.bundle import render_bundle


def _guide(path: Path) -> str:
    return "\n".join(p.text for p in read_pages(path) if p.form == "guide")


def test_an_english_sheet_carries_the_japanese_under_each_line(tmp_path: Path) -> None:
    summary = render_bundle(family_scenario(), tennyu_plan(), VISIT, tmp_path, catalog=CATALOG,
                            locale="en")
    text = _guide(summary.path)
    flat = text.replace(" ", "")
    # the resident's lines ...
    assert "Guide sheet" in text and "Please go to the counters in this order" in text
    assert "Ticket number" in text and "Things to bring (summary)" in text
    # ... and the clerk's Japanese with them
    assert "手続き案内票" in flat and "次の順に窓口へお越しください" in flat
    assert "受付番号" in flat and "お持ちいただく物（まとめ）" in flat
    # the catalog's texts in both: a procedure title and its Japanese
    assert "■jumin_ido" in flat and "■転入届" in flat
    # the forms after it stay Japanese
    forms = [p for p in read_pages(summary.path) if p.form != "guide"]
    assert forms and all("Guide sheet" not in p.text for p in forms)
    # each Japanese line comes right under its own line, not in a block elsewhere
    lines = [line.replace(" ", "") for line in text.splitlines()]
    at = next(i for i, line in enumerate(lines) if line.startswith("Pleasegotothecounters"))
    assert any("次の順に窓口へ" in line for line in lines[at + 1:at + 3])


def test_a_japanese_sheet_stays_japanese_only(tmp_path: Path) -> None:
    summary = render_bundle(family_scenario(), tennyu_plan(), VISIT, tmp_path, catalog=CATALOG,
                            locale="ja")
    text = _guide(summary.path)
    assert "手続き案内票" in text.replace(" ", "")
    assert "Guide sheet" not in text and "Please go" not in text


def test_a_latin_registered_name_prints_on_the_forms_with_its_katakana(tmp_path: Path) -> None:
    resident = Person("self", "NGUYEN VAN AN", "グエン　ヴァン　アン", date(1990, 3, 4),
                      Sex.MALE, "世帯主")
    long_name = Person("m1", "NGUYEN THI THANH HUONG MARIA-LOUISE O'BRIEN", "グエン　ティ",
                       date(1992, 7, 8), Sex.FEMALE, "妻")
    scenario = family_scenario(resident=resident, household=(long_name,))
    plan = tennyu_plan()
    summary = render_bundle(scenario, plan, VISIT, tmp_path, catalog=CATALOG, locale="vi")
    forms = [p for p in read_pages(summary.path) if p.form == "jumin_ido"]
    assert forms
    flat = forms[0].compact
    assert "NGUYENVANAN" in flat and "グエンヴァンアン" in flat
    # the long name is shrunk or wrapped into its box, not cut
    assert "O'BRIEN" in flat and not any(f.form_id == "jumin_ido" and "…" in f.text_ja()
                                         for f in summary.flags)


def test_easy_japanese_is_japanese_and_its_ruby_prints_in_brackets(tmp_path: Path) -> None:
    from printing.guide_sheet import is_japanese, paper_text

    assert is_japanese("ja") and is_japanese("ja-easy") and not is_japanese("vi")
    assert paper_text("｜窓口《まどぐち》へ 行《い》って") == "窓口（まどぐち）へ 行（い）って"
    assert paper_text("手続《てつづ》き") == "手続（てつづ）き"
    summary = render_bundle(family_scenario(), tennyu_plan(), VISIT, tmp_path, catalog=CATALOG,
                            locale="ja-easy")
    text = _guide(summary.path)
    assert "Guide sheet" not in text and "《" not in text
