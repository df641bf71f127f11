"""The guide sheet in やさしい日本語: readings are printed inline after their kanji
(「住民票（じゅうみんひょう）」) and no ruby markup (《》 ｜) reaches the paper."""

from __future__ import annotations

import sys
from pathlib import Path

from forms.catalog import load_catalog
from kiosk.navigation.engine import Navigator

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdftext import read_pages
from printing_samples import VISIT, family_scenario

from printing.bundle import render_bundle
from printing.fonts import register_fonts


def test_the_easy_japanese_guide_sheet_prints_readings_inline(tmp_path: Path) -> None:
    register_fonts()
    scenario = family_scenario(answers={})
    catalog = load_catalog()
    plan = Navigator(catalog).plan(scenario)
    summary = render_bundle(scenario, plan, VISIT, tmp_path / "out", catalog=catalog,
                            locale="ja-easy")
    text = "".join(page.text for page in read_pages(summary.path)).replace(" ", "")
    assert not any(mark in text for mark in "《》｜")
    assert "てつづきのあんない" in text  # the title, from the .ts file (kana: it is big)
    assert "住民異動届（じゅうみんいどうとどけ）" in text  # a procedure, from the catalog
