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
    QSplitter,
    QTabBar,
    QTableWidget,
    QWidget,
)
from sqlalchemy import Engine
from staff_support import MANAGER, MANAGER_PASSWORD, log_in, manager_login

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
                             lambda: DAY, tmp_path, manager_login(sqlite_engine))
    win = ManagerWindow(context, runner=SyncTaskRunner())
    qtbot.addWidget(win)
    win.resize(1366, 860)
    win.show()
    log_in(win, qtbot, MANAGER, MANAGER_PASSWORD)
    win.manager_tabs.setCurrentWidget(win.channels)
    return win


def _figures(w: Expected) -> list[str]:
    kiosk = [f"{w.median(w.kiosk):.1f}", f"{w.p90(w.kiosk):.1f}"] if w.kiosk else ["—", "—"]
    return [str(w.visits), *kiosk, f"{w.median(w.dwell):.1f}", f"{w.p90(w.dwell):.1f}",
            f"{w.baseline_minutes:.1f}"]


def _columns(window: Any) -> dict[str, list[str]]:
    """The channel tab's table read by channel: header → its column of figures."""
    table = window.channels.channels_table
    rows = window.channels.cell_texts()
    return {table.horizontalHeaderItem(c).text(): [row[c] for row in rows]
            for c in range(1, table.columnCount())}


def test_the_channel_tab_shows_each_channels_medians(window: Any) -> None:
    want = expected()
    columns = _columns(window)
    channels = [c for c in VOCABULARY.channel_ids if c in want]
    assert list(columns) == [VOCABULARY.channel_label(c, "ja") for c in channels]
    for channel in channels:
        w = want[channel]
        column = columns[VOCABULARY.channel_label(channel, "ja")]
        assert column[:6] == _figures(w)
        assert column[-2] == f"{w.reduction * 100:.1f}%"
    names = [row[0] for row in window.channels.cell_texts()]
    assert names[:3] == ["来庁件数", "端末操作 中央値(分)", "端末操作 90%値(分)"]
    assert window.manager_tabs.tabText(2) == "受付方法別"


def test_a_chart_per_figure_draws_each_channels_median(window: Any) -> None:
    want = [expected()[c] for c in VOCABULARY.channel_ids if c in expected()]
    for metric, values in (("kiosk", [w.median(w.kiosk) if w.kiosk else 0.0 for w in want]),
                           ("dwell", [w.median(w.dwell) for w in want])):
        series = window.channels.charts[metric].series()
        assert len(series) == 1
        (bars,) = series[0].barSets()
        assert [bars.at(i) for i in range(bars.count())] == pytest.approx(values)


def test_a_channel_filter_narrows_the_channel_tab(window: Any) -> None:
    window.filters.select(window.filters.channel, "pre_application")
    columns = _columns(window)
    assert list(columns) == ["事前申請"]
    assert columns["事前申請"][0] == str(expected()["pre_application"].visits)


def test_the_tab_follows_the_language(window: Any, qtbot: Any) -> None:
    qtbot.mouseClick(window.language_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.manager_tabs.tabText(2) == "By channel")
    assert next(iter(_columns(window))) == "My Number card"
    assert window.channels.cell_texts()[1][0] == "Time at the kiosk, median (min)"


def test_every_interactive_widget_is_named_for_assistive_technology(window: Any) -> None:
    kinds = (QAbstractButton, QComboBox, QDateEdit, QLineEdit, QTableWidget, QChartView,
             QSplitter)
    interactive = [w for w in window.findChildren(QWidget) if isinstance(w, kinds)
                   and not isinstance(w.parent(), QTabBar | QTableWidget | QAbstractSpinBox)]
    assert window.channels.channels_table in interactive
    unnamed = [f"{type(w).__name__} {w.objectName()!r}" for w in interactive
               if not (w.objectName() and w.accessibleName())]
    assert unnamed == []
