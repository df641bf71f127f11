"""The manager window on a temporary SQLite database with synthetic visits and a baseline.

Figures are checked against ``StatsService`` and ``kiosk stats summary --json`` (the
CLI), never against numbers written into the test.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import Engine
from staff_support import MANAGER, MANAGER_PASSWORD, log_in, manager_login

from kiosk.cli.main import main as kiosk_main
from kiosk.statistics.baseline import import_file
from kiosk.statistics.demo_data import insert_demo
from kiosk.statistics.labels import load_labels
from kiosk.statistics.stats import Filters, StatsService, minutes
from kiosk.storage import migrate
from kiosk.storage.db import make_engine
from kiosk.ui.tasks import SyncTaskRunner

END = date(2026, 10, 30)


@pytest.fixture
def database(tmp_path: Path, isolated_dirs: Path,
             monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, Engine]]:
    url = f"sqlite:///{(tmp_path / 'kiosk.sqlite3').as_posix()}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    insert_demo(engine, 400, 30, end=END, seed=7)
    survey = tmp_path / "survey.csv"
    survey.write_text("date,life_event,minutes\n2025-10-01,転入,95\n2025-10-02,OUT,70\n"
                      "2025-10-03,D,140\n2025-10-03,MV,60\n", encoding="utf-8")
    import_file(engine, survey, load_labels())
    monkeypatch.setenv("KIOSK_DATABASE_URL", url)
    yield url, engine
    engine.dispose()


@pytest.fixture
def window(qtbot: Any, database: tuple[str, Engine], tmp_path: Path) -> Any:
    from kiosk.ui.app import create_application
    from kiosk.ui.manager.window import ManagerContext, ManagerWindow

    create_application()
    context = ManagerContext(StatsService(database[1]),
                             {"ja": load_labels(), "en": load_labels("", "en")},
                             lambda: END, tmp_path, manager_login(database[1]))
    win = ManagerWindow(context, runner=SyncTaskRunner())
    qtbot.addWidget(win)
    win.resize(1366, 860)
    win.show()
    log_in(win, qtbot, MANAGER, MANAGER_PASSWORD)
    assert win.data is not None
    return win


def test_the_period_covers_the_last_30_days_and_shows_the_summary(
        window: Any, database: tuple[str, Engine]) -> None:
    filters = window.filters.filters()
    assert filters.date_to == END and (END - filters.date_from).days == 29
    expected = StatsService(database[1]).summary(filters)
    assert window.data.summary.visits == expected.visits > 0
    assert window.headline.values["visits"].text() == str(expected.visits)


def test_a_filter_changes_the_figures(window: Any, database: tuple[str, Engine]) -> None:
    everyone = window.data.summary
    table_before = window.table.cell_texts()
    window.filters.select(window.filters.life_event, "D")
    after = window.data.summary
    assert after.filters.life_event == "D"
    service = StatsService(database[1])
    assert after.visits == service.visit_count(after.filters) < everyone.visits
    assert after.dwell == service.summary(after.filters).dwell
    assert window.headline.values["visits"].text() == str(after.visits)
    assert window.table.cell_texts() != table_before

    window.filters.select(window.filters.channel, "walk_in")
    walk_in = window.data.summary
    assert walk_in.filters == Filters(after.filters.date_from, END, "D", None, "walk_in")
    assert walk_in.figures["kiosk"].count == 0  # walk-ins never use the kiosk


def test_grouping_by_counter_lists_each_counter(window: Any) -> None:
    combo = window.table.grouping_combo
    combo.setCurrentIndex(combo.findData("department"))
    window.table.metric_combo.setCurrentIndex(window.table.metric_combo.findData("wait"))
    rows = window.table.cell_texts()
    codes = [code for code, _f in window.data.rows["wait"]]
    assert len(rows) == len(codes) and "JUMIN" in codes
    from kiosk.ui.i18n import LanguageSwitcher

    language = LanguageSwitcher.shared().current
    assert rows[codes.index("JUMIN")][0] == load_labels("", language).department("JUMIN")


def test_the_trend_chart_has_the_median_baseline_and_target_series(window: Any) -> None:
    charts = window.charts
    series = {s.objectName(): s for s in charts.trend_chart.series()}
    assert {"median_series", "baseline_series", "target_series"} <= set(series)
    comparison = window.data.summary.baseline
    assert comparison is not None
    baseline = [p.y() for p in series["baseline_series"].points()]
    target = [p.y() for p in series["target_series"].points()]
    assert baseline == [pytest.approx(comparison.baseline_minutes)] * 2
    assert target == [pytest.approx(comparison.baseline_minutes * 0.4)] * 2
    medians = [p.y() for p in series["median_series"].points()]
    assert medians == [pytest.approx(f.median / 60) for _d, f in window.data.trend]
    bars = charts.bar_chart.series()
    assert len(bars) == 1 and bars[0].count() == 2  # wait and service
    assert bars[0].barSets()[0].count() == len(window.data.summary.departments)


def _summary_json(capsys: pytest.CaptureFixture[str], filters: Filters) -> dict[str, Any]:
    capsys.readouterr()
    code = kiosk_main(["stats", "summary", "--json", "--from", filters.date_from.isoformat(),
                       "--to", filters.date_to.isoformat(), "--event", "IN"])
    assert code == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_the_csv_export_matches_kiosk_stats_summary(
        window: Any, qtbot: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    window.filters.select(window.filters.life_event, "IN")
    exporter = window.exporter
    exporter.format_combo.setCurrentIndex(exporter.format_combo.findData("csv"))
    exporter.encoding_combo.setCurrentIndex(exporter.encoding_combo.findData("cp932"))
    out = tmp_path / "report.csv"
    exporter.path_edit.setText(str(out))
    with qtbot.waitSignal(exporter.finished, timeout=10_000):
        exporter.export_button.click()
    assert exporter.export_progress.value() == exporter.export_progress.maximum() > 0

    rows = list(csv.reader(out.read_text(encoding="cp932").splitlines()))
    overview = {r[1]: r for r in rows if r and r[0] == "概要"}
    summary = _summary_json(capsys, window.filters.filters())
    assert int(overview["来庁件数"][2]) == summary["visits"]
    for name, key in (("滞在時間", "dwell"), ("待ち時間", "wait"), ("対応時間", "service")):
        figures = summary[key]
        assert int(overview[name][2]) == figures["count"]
        assert float(overview[name][4]) == minutes(figures["median"])
        assert float(overview[name][5]) == minutes(figures["p90"])
    reduction = next(r for r in rows if r[0] == "ベースライン" and r[1] == "削減率(%)")
    assert float(reduction[3]) == round(summary["baseline"]["reduction"] * 100, 1)


def test_the_xlsx_export_holds_the_window_figures(window: Any, qtbot: Any, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "report.xlsx"
    window.exporter.path_edit.setText(str(out))
    with qtbot.waitSignal(window.exporter.finished, timeout=10_000):
        window.exporter.export_button.click()
    sheet = load_workbook(out, read_only=True)["概要"]
    cells = [c for row in sheet.iter_rows(values_only=True) for c in row]
    assert window.data.summary.visits in cells


def test_a_cancelled_export_writes_nothing(window: Any, tmp_path: Path) -> None:
    exporter = window.exporter
    out = tmp_path / "cancelled.pdf"
    exporter.format_combo.setCurrentIndex(exporter.format_combo.findData("pdf"))
    exporter.path_edit.setText(str(out))
    calls: list[int] = []

    def cancel_after_two(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 2:
            exporter.cancel_button.click()

    exporter._relay.progressed.connect(cancel_after_two)
    exporter.export_button.click()
    assert not out.exists()
    assert "cancel" in exporter.message.text().lower() or "中止" in exporter.message.text()
    assert exporter.export_button.isEnabled() and not exporter.cancel_button.isEnabled()


def test_an_export_on_a_worker_thread_reports_progress(
        qtbot: Any, database: tuple[str, Engine], tmp_path: Path) -> None:
    from kiosk.ui.manager.window import ManagerContext, ManagerWindow
    from kiosk.ui.tasks import TaskRunner

    runner = TaskRunner()
    context = ManagerContext(StatsService(database[1]), {"ja": load_labels()}, lambda: END,
                             tmp_path, manager_login(database[1]))
    win = ManagerWindow(context, runner=runner)
    qtbot.addWidget(win)
    win.show()
    log_in(win, qtbot, MANAGER, MANAGER_PASSWORD)
    qtbot.waitUntil(lambda: win.data is not None, timeout=10_000)
    seen: list[int] = []
    win.exporter._relay.progressed.connect(lambda done, _total: seen.append(done))
    out = tmp_path / "threaded.pdf"
    win.exporter.format_combo.setCurrentIndex(win.exporter.format_combo.findData("pdf"))
    win.exporter.path_edit.setText(str(out))
    with qtbot.waitSignal(win.exporter.finished, timeout=30_000):
        win.exporter.export_button.click()
    assert out.read_bytes().startswith(b"%PDF")
    assert seen == sorted(seen) and len(seen) > 2
    assert runner.wait(5_000)


def test_the_window_switches_to_japanese_and_back(window: Any, qtbot: Any) -> None:
    from kiosk.ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher.shared()
    before = switcher.current
    try:
        switcher.set_language("en")
        qtbot.mouseClick(window.language_button, Qt.MouseButton.LeftButton)
        baseline = window.charts.baseline_series
        qtbot.waitUntil(lambda: baseline.name() == "導入前（ベースライン）")
        assert window.filters.life_event.itemText(0) == "すべてのライフイベント"
        assert window.filters.life_event.itemText(window.filters.life_event.findData("IN")) \
            == load_labels().life_event("IN")
        qtbot.mouseClick(window.language_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: baseline.name() == "Before the system (baseline)")
    finally:
        switcher.set_language(before)


def test_the_headline_says_when_percentiles_are_estimates(
        window: Any, qtbot: Any, database: tuple[str, Engine], tmp_path: Path) -> None:
    from kiosk.ui.manager.window import ManagerContext, ManagerWindow

    assert window.data.summary.exact
    assert not window.headline.percentile_note.isVisible()
    # Above the exact limit the figures come from the roll-ups' histograms.
    context = ManagerContext(StatsService(database[1], exact_limit=10),
                             {"ja": load_labels(), "en": load_labels("", "en")},
                             lambda: END, tmp_path, manager_login(database[1]))
    estimated = ManagerWindow(context, runner=SyncTaskRunner())
    qtbot.addWidget(estimated)
    estimated.show()
    log_in(estimated, qtbot, MANAGER, MANAGER_PASSWORD)
    assert estimated.data is not None and not estimated.data.summary.exact
    note = estimated.headline.percentile_note
    assert note.isVisible()
    assert "1%" in note.text().replace(" ", "") or "1 %" in note.text()
