"""The last screen: take your papers, here is your number, go to these counters in order.

The ticket number is shown huge, because it is what the counters will call out. The
counters come from the session's plan in visiting order, in the resident's language, with
what each will do; with the town's one-stop desk, the desk first and then only the
departments whose specialist a procedure needs (``kiosk.navigation.route``). When
printing failed (the job waits in the queue for the clerk), the
title says staff will bring the papers instead. "Done" ends the session: the flow goes
back to the welcome screen and the shell wipes everything. The screen also returns by
itself after ``auto_return_ms``, so the next resident never sees this one's number.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from forms.catalog.model import OneStopDesk
from kiosk.app.printing_service import PRINT_FAILED_FLAG
from kiosk.app.session import ResidentSession
from kiosk.navigation.route import RouteStop, resident_route
from kiosk.ui.screens.base import Screen, make_button, make_label

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
TICKET_SCALE = 3.2  # times the base text size
TICKET_BOX_W = 400  # px: the number shrinks to fit (offline tickets are longer)




class FinishedScreen(Screen):
    screen_id = "finished"
    visit_step = 5
    auto_return_ms = 90_000

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 16, 48, 20)
        layout.setSpacing(14)
        self.title = make_label("finishedTitle", self, "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        middle = QHBoxLayout()
        middle.setSpacing(32)
        middle.addWidget(self._build_ticket_box(), 0, Qt.AlignmentFlag.AlignTop)
        middle.addLayout(self._build_route(), 1)
        self.hint = make_label("finishedHint", self, "hint")
        self.done_button = make_button("done_button", self, role="primary")
        layout.addWidget(self.title)
        layout.addLayout(middle, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.done_button)
        self.done_button.clicked.connect(self.finish)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.finish)
        self._size_ticket()

    def _build_ticket_box(self) -> QFrame:
        """Left: the number, boxed."""
        self.ticket_box = QFrame(self)
        self.ticket_box.setObjectName("ticketBox")
        self.ticket_box.setFixedWidth(TICKET_BOX_W)
        box = QVBoxLayout(self.ticket_box)
        box.setContentsMargins(8, 16, 8, 16)
        self.ticket_caption = make_label("ticketCaption", self.ticket_box, "subtitle")
        self.ticket_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ticket = QLabel(self.ticket_box)
        self.ticket.setObjectName("ticketNumber")
        self.ticket.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._ticket_px = 0
        box.addWidget(self.ticket_caption)
        box.addWidget(self.ticket)
        self.ticket_box.setFrameShape(QFrame.Shape.Box)
        self.ticket_box.setLineWidth(3)
        return self.ticket_box

    def _build_route(self) -> QVBoxLayout:
        """Right: the counters in visiting order (scrolls when there are many)."""
        self.route_caption = make_label("routeCaption", self, "subtitle")
        self.stops = QWidget(self)
        self.stops.setObjectName("counterList")
        self.stops_layout = QVBoxLayout(self.stops)
        self.stops_layout.setContentsMargins(0, 0, 0, 0)
        self.stops_layout.setSpacing(10)
        scroll = QScrollArea(self)
        scroll.setObjectName("counterScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.stops)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Transparent, so the theme's background (also in high contrast) shows through.
        scroll.setStyleSheet("QScrollArea, QWidget#counterList { background: transparent; }")
        scroll.viewport().setAutoFillBackground(False)
        route = QVBoxLayout()
        route.setSpacing(10)
        route.addWidget(self.route_caption)
        route.addWidget(scroll, 1)
        return route

    def retranslate_ui(self) -> None:
        failed = self.session is not None and PRINT_FAILED_FLAG in self.session.flags
        if failed:
            self.title.setText(self.tr("A member of staff will bring your papers"))
        else:
            self.title.setText(self.tr("Please take your papers"))
        self.ticket_caption.setText(self.tr("Your number"))
        self.ticket.setAccessibleName(self.tr("Your number"))
        if self._desk() is None:
            self.route_caption.setText(self.tr("Please go to these counters, in this order:"))
        else:
            self.route_caption.setText(self.tr("Please go to the one-stop desk. Every "
                                               "procedure starts there:"))
        self.hint.setText(self.tr("Your guide sheet (the first page) shows the same."))
        self.done_button.setText(self.tr("Done"))
        self.done_button.setAccessibleName(self.tr("Done: finish and clear my information"))
        self._show_stops()

    # ------------------------------------------------------------------ content
    def on_enter(self, session: ResidentSession) -> None:
        super().on_enter(session)
        self.ticket.setText(session.ticket or "")
        self._size_ticket()
        self.retranslate_ui()
        self._timer.start(self.auto_return_ms)

    def _show_stops(self) -> None:
        while (item := self.stops_layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()  # deleteLater waits for the event loop; never show both
                widget.deleteLater()
        plan = self.session.plan if self.session is not None else None
        if plan is None:
            return
        lang = self.session.language if self.session is not None else "ja"
        for n, stop in enumerate(resident_route(plan, self._desk())):
            self.stops_layout.addWidget(self._stop_label(n, stop, lang))
        self.stops_layout.addStretch(1)

    def _desk(self) -> OneStopDesk | None:
        """The town's one-stop desk (``Catalog.onestop``), or None: a counter each. Asked
        only with a plan on screen, so the catalog is loaded already."""
        if self.session is None or self.session.plan is None:
            return None
        return self.services.navigator.catalog.onestop

    def _stop_label(self, n: int, stop: RouteStop, lang: str) -> QLabel:
        mark = CIRCLED[n] if n < len(CIRCLED) else f"{n + 1}."
        counter, name = stop.place.get(lang), stop.name.get(lang)
        titles = [p.title.get(lang) for p in stop.procedures]
        sep = "、" if lang.split("-", maxsplit=1)[0] == "ja" else ", "
        label = make_label(f"counter{n}", self.stops)
        label.setTextFormat(Qt.TextFormat.RichText)
        note = self.tr("The desk sends you here: a specialist does these.")
        after = f"<br>\u3000<i>{html.escape(note)}</i>" if stop.after_desk else ""
        label.setText(f"<b>{mark} {html.escape(counter)}\u3000{html.escape(name)}</b>{after}"
                      f"<br>\u3000{html.escape(sep.join(titles))}")
        return label

    def _size_ticket(self) -> None:
        """The number scales with the text-size switch (the theme sets the base size) and
        shrinks until it fits its box: an offline ticket ("kiosk-1-12") is longer."""
        px = round(QApplication.font().pixelSize() * TICKET_SCALE)
        font = QFont(self.ticket.font())
        font.setBold(True)
        while px > 24:
            font.setPixelSize(px)
            if QFontMetrics(font).horizontalAdvance(self.ticket.text()) <= TICKET_BOX_W - 24:
                break
            px -= 4
        if px > 0 and px != self._ticket_px:
            self._ticket_px = px
            self.ticket.setStyleSheet(f"font-size: {px}px; font-weight: bold;")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._size_ticket()
        super().changeEvent(event)

    # ------------------------------------------------------------------ leaving
    def finish(self) -> None:
        self._timer.stop()
        if self.session is not None:
            self.done.emit(None)

    def wipe(self) -> None:
        self._timer.stop()
        self.ticket.clear()
        super().wipe()
        self._show_stops()
