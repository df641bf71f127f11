"""The manager window's "By channel" tab, on visits recorded event by event.

The expected cells come from ``channel_visits_support.expected`` (the ``statistics``
module over the planned minutes), never from the product's computation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from channel_visits_support import DAY, Expected, expected, record_visits
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QTabBar,
    QTableWidget,
    QWidget,
)
from sqlalchemy import Engine

from kiosk.statistics.labels import load_labels
from kiosk.statistics.stats import StatsService
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.tasks import SyncTaskRunner
from kiosk.visits.vocabulary import VOCABULARY


@pytest.fixture
def language() -> Any:
    switcher = LanguageSwitcher.shared()
    before = switcher.current
    yield switcher
    switcher.set_language(before)


@pytest.fixture
def window(qtbot: Any, sqlite_engine: Engine, tmp_path: Path, language: Any) -> Any:
    from kiosk.ui.app import create_application
    from kiosk.ui.manager.window import ManagerContext, ManagerWindow

    record_visits(sqlite_engine, tmp_path)
    create_application()
    language.set_language("ja")
    context = ManagerContext(StatsService(sqlite_engine),
                             {"ja": load_labels(), "en": load_labels("", "en")},
                             lambda: DAY, tmp_path)
    win = ManagerWindow(context, runner=SyncTaskRunner())
    qtbot.addWidget(win)
    win.resize(1366, 860)
    win.show()
    win.manager_tabs.setCurrentWidget(win.channels)
    return win


def _row(name: str, w: Expected) -> list[str]:
    kiosk = [f"{w.median(w.kiosk):.1f}", f"{w.p90(w.kiosk):.1f}"] if w.kiosk else ["—", "—"]
    return [name, str(w.visits), *kiosk, f"{w.median(w.dwell):.1f}", f"{w.p90(w.dwell):.1f}",
            f"{w.baseline_minutes:.1f}"]


def test_the_channel_tab_shows_each_channels_medians(window: Any) -> None:
    rows = window.channels.cell_texts()
    want = expected()
    names = [VOCABULARY.channel_label(c, "ja") for c in VOCABULARY.channel_ids if c in want]
    assert [r[0] for r in rows] == names
    for row, channel in zip(rows, [c for c in VOCABULARY.channel_ids if c in want], strict=True):
        w = want[channel]
        assert row[:7] == _row(VOCABULARY.channel_label(channel, "ja"), w)
        assert row[-2] == f"{w.reduction * 100:.1f}%"
    header = window.channels.channels_table.horizontalHeaderItem(2).text()
    assert header == "端末操作 中央値(分)"
    assert window.manager_tabs.tabText(2) == "受付方法別"


def test_the_chart_draws_both_medians_per_channel(window: Any) -> None:
    series = window.channels.channels_chart.series()
    assert len(series) == 1
    kiosk, dwell = series[0].barSets()
    want = [expected()[c] for c in VOCABULARY.channel_ids if c in expected()]
    assert [kiosk.at(i) for i in range(kiosk.count())] == pytest.approx(
        [w.median(w.kiosk) if w.kiosk else 0.0 for w in want])
    assert [dwell.at(i) for i in range(dwell.count())] == pytest.approx(
        [w.median(w.dwell) for w in want])


def test_a_channel_filter_narrows_the_channel_tab(window: Any) -> None:
    window.filters.select(window.filters.channel, "pre_application")
    rows = window.channels.cell_texts()
    assert [r[0] for r in rows] == ["事前申請"]
    assert rows[0][1] == str(expected()["pre_application"].visits)


def test_the_tab_follows_the_language(window: Any, qtbot: Any) -> None:
    qtbot.mouseClick(window.language_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.manager_tabs.tabText(2) == "By channel")
    rows = window.channels.cell_texts()
    assert rows[0][0] == "My Number card"
    assert window.channels.channels_table.horizontalHeaderItem(2).text() == \
        "Time at the kiosk, median (min)"


def test_every_interactive_widget_is_named_for_assistive_technology(window: Any) -> None:
    kinds = (QAbstractButton, QComboBox, QDateEdit, QLineEdit, QTableWidget, QChartView)
    interactive = [w for w in window.findChildren(QWidget) if isinstance(w, kinds)
                   and not isinstance(w.parent(), QTabBar | QTableWidget | QAbstractSpinBox)]
    assert window.channels.channels_table in interactive
    unnamed = [f"{type(w).__name__} {w.objectName()!r}" for w in interactive
               if not (w.objectName() and w.accessibleName())]
    assert unnamed == []
