"""Count, mean, median and 90th percentile of one metric of the vocabulary (dwell, kiosk,
wait, service, …) by one of its groupings (day, week, life event, counter, …), in minutes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.clerk.panel import Panel
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.manager.data import ManagerData, minutes_text
from kiosk.visits.vocabulary import HEADLINE_METRIC, Vocabulary


class TablePanel(Panel):
    grouping_changed = Signal()

    def __init__(self, group_label: Callable[[str, Any], str], vocabulary: Vocabulary,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tablePanel")
        self.group_label = group_label
        self.vocabulary = vocabulary
        self.data: ManagerData | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.grouping_caption = QLabel(self)
        self.grouping_combo = QComboBox(self)
        self.grouping_combo.setObjectName("grouping_combo")
        self.metric_caption = QLabel(self)
        self.metric_combo = QComboBox(self)
        self.metric_combo.setObjectName("metric_combo")
        self.grouping_caption.setBuddy(self.grouping_combo)
        self.metric_caption.setBuddy(self.metric_combo)
        for widget in (self.grouping_caption, self.grouping_combo, self.metric_caption, self.metric_combo):
            row.addWidget(widget)
        row.addStretch(1)
        self.figures_table = QTableWidget(0, 5, self)
        self.figures_table.setObjectName("figures_table")
        self.figures_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figures_table.setAlternatingRowColors(True)
        self.figures_table.verticalHeader().setVisible(False)
        self.figures_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addLayout(row)
        layout.addWidget(self.figures_table, 1)
        self.retranslate_ui()
        self.grouping_combo.currentIndexChanged.connect(lambda _i: self.grouping_changed.emit())
        self.metric_combo.currentIndexChanged.connect(lambda _i: self._fill())

    def metric_text(self, metric: str) -> str:
        return self.vocabulary.metric(metric).label.text(LanguageSwitcher.shared().current)

    def grouping_text(self, grouping: str) -> str:
        return self.vocabulary.grouping(grouping).label.text(LanguageSwitcher.shared().current)

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for code, text in items:
            combo.addItem(text, code)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def retranslate_ui(self) -> None:
        self.grouping_caption.setText(self.tr("&By"))
        self.metric_caption.setText(self.tr("&Measure"))
        self.grouping_combo.setAccessibleName(self.tr("Group the figures by"))
        self.metric_combo.setAccessibleName(self.tr("Which time to show"))
        self.figures_table.setAccessibleName(self.tr("Figures in minutes"))
        self._refill(self.grouping_combo,
                     [(g, self.grouping_text(g)) for g in self.vocabulary.grouping_ids])
        self._refill(self.metric_combo,
                     [(m, self.metric_text(m)) for m in self.vocabulary.metric_ids])
        self._fill()

    def current_grouping(self) -> str:
        return str(self.grouping_combo.currentData() or self.vocabulary.grouping_ids[0])

    def show_data(self, data: ManagerData) -> None:
        self.data = data
        self._fill()

    def _fill(self) -> None:
        self.figures_table.setHorizontalHeaderLabels([
            self.grouping_text(self.current_grouping()), self.tr("Count"),
            self.tr("Mean (min)"), self.tr("Median (min)"), self.tr("90% (min)")])
        metric = str(self.metric_combo.currentData() or HEADLINE_METRIC)
        rows = self.data.rows.get(metric, []) if self.data is not None else []
        grouping = self.data.grouping if self.data is not None else self.current_grouping()
        self.figures_table.setRowCount(len(rows))
        for r, (key, figures) in enumerate(rows):
            cells = [self.group_label(grouping, key), str(figures.count),
                     minutes_text(figures.mean), minutes_text(figures.median),
                     minutes_text(figures.p90)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.figures_table.setItem(r, c, item)

    def cell_texts(self) -> list[list[str]]:
        """The table as text (tests)."""
        out = []
        for r in range(self.figures_table.rowCount()):
            out.append([(self.figures_table.item(r, c).text() if self.figures_table.item(r, c) else "")  # type: ignore[union-attr]
                        for c in range(self.figures_table.columnCount())])
        return out
