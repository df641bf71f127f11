"""Today's queue for this counter: tickets, their state here, the life event, since when.

Rows hold ids and codes only (``QueueEntry``): the queue shows no personal data, so it
can stay on screen while the clerk serves someone. Double-click or Enter opens a visit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.app.clerk_service import QueueEntry
from kiosk.ui.clerk.panel import Panel
from kiosk.ui.screens.base import make_button
from kiosk.visits.clock import LOCAL_TZ


class QueuePanel(Panel):
    chosen = Signal(str)  # visit id
    refresh_requested = Signal()
    walk_in_requested = Signal()

    def __init__(self, life_event_label: Callable[[str], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queuePanel")
        self.life_event_label = life_event_label
        self.entries: list[QueueEntry] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("queueTitle")
        self.title.setProperty("role", "subtitle")
        self.refresh_button = make_button("refresh_button", self)
        self.walk_in_button = make_button("walk_in_button", self)
        head.addWidget(self.title, 1)
        head.addWidget(self.walk_in_button)
        head.addWidget(self.refresh_button)
        self.queue_table = QTableWidget(0, 4, self)
        self.queue_table.setObjectName("queue_table")
        self.queue_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue_table.setAlternatingRowColors(True)
        self.queue_table.verticalHeader().setVisible(False)
        header = self.queue_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the life event
        header.setStretchLastSection(False)
        self.open_button = make_button("queue_open_button", self)
        layout.addLayout(head)
        layout.addWidget(self.queue_table, 1)
        layout.addWidget(self.open_button)
        self.refresh_button.clicked.connect(self.refresh_requested.emit)
        self.walk_in_button.clicked.connect(self.walk_in_requested.emit)
        self.open_button.clicked.connect(self._open_selected)
        self.queue_table.cellDoubleClicked.connect(lambda row, _col: self._open_row(row))
        self.queue_table.activated.connect(lambda index: self._open_row(index.row()))
        self.retranslate_ui()

    def state_text(self, state: str) -> str:
        return {
            "waiting": self.tr("Waiting"),
            "called": self.tr("Called"),
            "serving": self.tr("Being served"),
            "sent_back": self.tr("Sent back"),
            "done": self.tr("Finished"),
        }.get(state, state)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Today's queue"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the queue"))
        self.walk_in_button.setText(self.tr("Walk-in"))
        self.walk_in_button.setAccessibleName(
            self.tr("Give a ticket to a resident who came straight to this counter"))
        self.open_button.setText(self.tr("Open selected"))
        self.open_button.setAccessibleName(self.tr("Open the selected visit"))
        self.queue_table.setHorizontalHeaderLabels(
            [self.tr("Ticket"), self.tr("State"), self.tr("Life event"), self.tr("Since")])
        self.queue_table.setAccessibleName(self.tr("Queue of visits for this counter"))
        self.set_entries(self.entries)

    def set_entries(self, entries: Sequence[QueueEntry]) -> None:
        selected = self.selected_visit()
        self.entries = list(entries)
        self.queue_table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            since = entry.started_at.astimezone(LOCAL_TZ).strftime("%H:%M")
            cells = [entry.ticket, self.state_text(entry.state),
                     self.life_event_label(entry.life_event or ""), since]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.visit_id)
                self.queue_table.setItem(row, column, item)
            if entry.visit_id == selected:
                self.queue_table.selectRow(row)

    def selected_visit(self) -> str | None:
        rows = self.queue_table.selectionModel().selectedRows() if self.queue_table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.entries):
            return None
        return self.entries[rows[0].row()].visit_id

    def entry(self, visit_id: str) -> QueueEntry | None:
        return next((e for e in self.entries if e.visit_id == visit_id), None)

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.chosen.emit(self.entries[row].visit_id)

    def _open_selected(self) -> None:
        visit = self.selected_visit()
        if visit is not None:
            self.chosen.emit(visit)
