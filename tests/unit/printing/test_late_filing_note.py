"""A procedure filed after its 届出期間 is noted for the clerk on the guide sheet.

The case is the corpus's 転入 filed on the 15th day (住民基本台帳法第22条: 14 days), so the
expectation comes from the law, not from the engine.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from pdftext import read_pages

from forms.catalog import load_catalog
from kiosk.navigation.engine import Navigator
from kiosk.navigation.scenario import Scenario
from printing.bundle import render_bundle
from printing.context import VisitInfo

CASE = Path(__file__).resolve().parents[2] / "domain" / "cases" / "in_late_15th_day.json"


def _guide_text(filed_on: date, tmp_path: Path) -> str:
    data = json.loads(CASE.read_text(encoding="utf-8"))
    catalog = load_catalog()
    scenario = Scenario.from_json(data["scenario"])
    plan = Navigator(catalog).plan(scenario, filed_on=filed_on)
    summary = render_bundle(scenario, plan, VisitInfo("late0001", "0042", filed_on),
                            tmp_path, catalog=catalog)
    return str(read_pages(summary.path)[0].text).replace(" ", "")


def test_a_late_move_in_is_noted_for_the_clerk(tmp_path: Path) -> None:
    data = json.loads(CASE.read_text(encoding="utf-8"))
    filed_on = date.fromisoformat(data["filed_on"])
    text = _guide_text(filed_on, tmp_path)
    assert "【職員確認】" in text
    assert "住民異動届：届出期間（" in text and "を過ぎています" in text


def test_a_move_in_within_the_period_has_no_note(tmp_path: Path) -> None:
    data = json.loads(CASE.read_text(encoding="utf-8"))
    in_time = date.fromisoformat(data["scenario"]["event_date"]) + timedelta(days=14)
    assert "を過ぎています" not in _guide_text(in_time, tmp_path)
