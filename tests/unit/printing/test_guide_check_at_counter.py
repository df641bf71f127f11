"""The guide sheet marks a procedure kept by 「わからない」 next to it, for the resident, and
in the staff notes, for the clerk."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from pdftext import read_pages
from printing_samples import CATALOG, VISIT, family_scenario, make_dept, make_proc

from kiosk.navigation.plan import CounterStop, Plan
from printing.bundle import render_bundle


def _plan(unsure: bool) -> Plan:
    proc = make_proc("jumin_ido", "住民異動届", "JUMIN", ("jumin_ido",))
    checked = dataclasses.replace(make_proc("kokuho", "国民健康保険の加入", "HOKEN",
                                            ("kokuho_shutoku",)),
                                  check_at_counter=unsure,
                                  unsure_about=("insurance",) if unsure else ())
    return Plan("IN", date(2026, 4, 6), (
        CounterStop(make_dept("JUMIN", "住民課", "1番", 1), (proc,)),
        CounterStop(make_dept("HOKEN", "保険年金係", "2番", 2), (checked,)),
    ))


def test_the_guide_sheet_says_check_at_the_counter(tmp_path: Path) -> None:
    summary = render_bundle(family_scenario(), _plan(True), VISIT, tmp_path, catalog=CATALOG)
    guide = read_pages(summary.path)[0].compact
    assert "窓口で確認：「わからない」と答えたため" in guide
    assert guide.index("国民健康保険の加入") < guide.index("窓口で確認：")
    assert "国民健康保険の加入：「わからない」の回答あり。窓口で確認してください" in guide
    assert guide.count("窓口で確認：") == 1  # only the procedure kept by 「わからない」


def test_no_mark_without_dont_know(tmp_path: Path) -> None:
    summary = render_bundle(family_scenario(), _plan(False), VISIT, tmp_path, catalog=CATALOG)
    assert "わからない" not in read_pages(summary.path)[0].compact
