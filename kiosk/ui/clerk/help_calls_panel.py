"""Help calls in the clerk console: a banner naming the kiosk that needs staff, a chime,
and "On my way" / "Resolved" for the selected call.

The banner is hidden while no call is open. Each call shows its terminal, the screen and
the reason, when it was raised and who acknowledged it: codes, times and staff numbers
only. ``HelpCallsController`` feeds the panel from ``kiosk.ui.help_calls.HelpCallFeed``
(LISTEN/NOTIFY or polling, see ``kiosk.visits.help_watch``), plays the chime once per new
call, and runs acknowledge/resolve through the window's task runner under the staff
number of whoever unlocked the console.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from kiosk.domain.help_call import HelpCall, HelpReason, HelpState
from kiosk.ui.clerk.panel import Panel
from kiosk.ui.help_calls import Chime, HelpCallFeed
from kiosk.ui.screens.base import make_button
from kiosk.visits.clock import LOCAL_TZ
from kiosk.visits.help_calls import HelpCalls

log = logging.getLogger(__name__)


class HelpCallsPanel(Panel):
    acknowledge_requested = Signal(str)  # call id
    resolve_requested = Signal(str)  # call id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpCallsPanel")
        self.calls: list[HelpCall] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.alert = QLabel(self)
        self.alert.setObjectName("helpCallAlert")
        self.alert.setProperty("role", "warning")
        self.alert.setWordWrap(True)
        self.call_list = QListWidget(self)
        self.call_list.setObjectName("help_call_list")
        self.call_list.setMaximumHeight(120)
        row = QHBoxLayout()
        self.acknowledge_button = make_button("help_acknowledge_button", self, role="primary")
        self.resolve_button = make_button("help_resolve_button", self)
        row.addWidget(self.acknowledge_button)
        row.addWidget(self.resolve_button)
        row.addStretch(1)
        layout.addWidget(self.alert)
        layout.addWidget(self.call_list)
        layout.addLayout(row)
        self.acknowledge_button.clicked.connect(self._acknowledge)
        self.resolve_button.clicked.connect(self._resolve)
        self.call_list.currentRowChanged.connect(lambda _row: self._enable())
        self.staff_ready = False  # someone unlocked the console: acts under their number
        self.setVisible(False)
        self.retranslate_ui()

    def reason_text(self, reason: HelpReason) -> str:
        return {
            HelpReason.PIN_FORGOTTEN: self.tr("forgot the card PIN"),
            HelpReason.LAST_TRY: self.tr("at the last PIN try"),
            HelpReason.MANUAL_ENTRY: self.tr("needs help entering the data"),
            HelpReason.PRINT_FAILURE: self.tr("printing failed"),
            HelpReason.RESIDENT: self.tr("asked for staff"),
        }[reason]

    def item_text(self, call: HelpCall) -> str:
        raised = call.raised_at.astimezone(LOCAL_TZ).strftime("%H:%M")
        if call.state is HelpState.RAISED:
            state = self.tr("waiting")
        else:
            state = self.tr("%1 is on the way").replace("%1", call.acknowledged_by or "")
        return self.tr("%1 · %2 (screen %3) · %4 · %5").replace("%1", call.terminal_id) \
            .replace("%2", self.reason_text(call.reason)).replace("%3", call.screen) \
            .replace("%4", raised).replace("%5", state)

    def retranslate_ui(self) -> None:
        self.call_list.setAccessibleName(self.tr("Kiosks calling for staff"))
        self.acknowledge_button.setText(self.tr("On my way"))
        self.acknowledge_button.setAccessibleName(
            self.tr("Acknowledge the selected call: the kiosk shows that staff are coming"))
        self.resolve_button.setText(self.tr("Resolved"))
        self.resolve_button.setAccessibleName(self.tr("The selected call has been dealt with"))
        self.show_calls(self.calls)

    def show_calls(self, calls: list[HelpCall]) -> None:
        selected = self.selected()
        self.calls = list(calls)
        self.call_list.clear()
        for call in self.calls:
            self.call_list.addItem(self.item_text(call))
        ids = [c.id for c in self.calls]
        self.call_list.setCurrentRow(ids.index(selected.id) if selected and selected.id in ids
                                     else 0 if ids else -1)
        waiting = [c for c in self.calls if c.state is HelpState.RAISED]
        if waiting:
            first = waiting[0]
            self.alert.setText(self.tr("Help needed at %1: %2").replace(
                "%1", first.terminal_id).replace("%2", self.reason_text(first.reason)))
        elif self.calls:
            self.alert.setText(self.tr("Staff are on their way to every call"))
        self.alert.setAccessibleName(self.alert.text())
        self.setVisible(bool(self.calls))
        self._enable()

    def selected(self) -> HelpCall | None:
        row = self.call_list.currentRow()
        return self.calls[row] if 0 <= row < len(self.calls) else None

    def _enable(self) -> None:
        call = self.selected()
        self.acknowledge_button.setEnabled(
            self.staff_ready and call is not None and call.state is HelpState.RAISED)
        self.resolve_button.setEnabled(self.staff_ready and call is not None)

    def set_staff_ready(self, ready: bool) -> None:
        self.staff_ready = ready
        self._enable()

    def _acknowledge(self) -> None:
        call = self.selected()
        if call is not None:
            self.acknowledge_requested.emit(call.id)

    def _resolve(self) -> None:
        call = self.selected()
        if call is not None:
            self.resolve_requested.emit(call.id)


class HelpCallsController(QObject):
    """Connects the panel to the help calls of every terminal (see the module docstring)."""

    # The alert's text for a new call: the window shows it in its status bar too, so a
    # locked console (start page) names the kiosk as well as chiming.
    alerted = Signal(str)

    def __init__(self, panel: HelpCallsPanel, help_calls: HelpCalls | None,
                 staff_id: Callable[[], str | None],
                 run_task: Callable[[Callable[[], Any], Callable[[Any], None]], None],
                 chime: Chime, parent: QObject | None = None, *,
                 poll_seconds: float | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.staff_id = staff_id
        self.run_task = run_task
        self.chime = chime
        self._alerted: set[str] = set()
        #: monotonic time at which each call's alert was first shown (for measurements)
        self.shown_at: dict[str, float] = {}
        self.feed: HelpCallFeed | None = None
        if help_calls is not None:
            self.feed = HelpCallFeed(help_calls, self, poll_seconds=poll_seconds)
            self.feed.changed.connect(self.show)
        panel.acknowledge_requested.connect(lambda call_id: self._act(call_id, "acknowledge"))
        panel.resolve_requested.connect(lambda call_id: self._act(call_id, "resolve"))

    def start(self) -> None:
        if self.feed is not None:
            self.feed.start()

    def stop(self) -> None:
        if self.feed is not None:
            self.feed.stop()

    def show(self, calls: list[HelpCall]) -> None:
        self.panel.show_calls(calls)
        fresh = [c for c in calls if c.state is HelpState.RAISED and c.id not in self._alerted]
        for call in fresh:
            self._alerted.add(call.id)
            self.shown_at[call.id] = time.monotonic()
        if fresh:
            log.info("help call shown", extra={"terminal": fresh[0].terminal_id})
            self.chime.play()
            self.alerted.emit(self.panel.alert.text())

    def _act(self, call_id: str, action: str) -> None:
        staff = self.staff_id()
        feed = self.feed
        if staff is None or feed is None:
            return
        help_calls = feed.help_calls
        work = (lambda: help_calls.acknowledge(call_id, staff)) if action == "acknowledge" \
            else (lambda: help_calls.resolve(call_id, staff))
        self.run_task(work, lambda _call: self._refresh())

    def _refresh(self) -> None:
        """Show the change at once (the other consoles hear of it through the feed)."""
        feed = self.feed
        if feed is not None:
            self.run_task(feed.help_calls.open_calls, self.show)
