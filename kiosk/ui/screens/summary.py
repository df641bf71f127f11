"""Summary: which counters, in which order, what to do and bring there, and the fees.

The plan comes from the engine (:meth:`kiosk.app.visit.Visit.plan`); this screen only lays
it out in large type, counter by counter in visiting order, naming the household members
each procedure is for. "Print my forms" goes on to printing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from kiosk.app.results import Planned
from kiosk.app.session import ResidentSession
from kiosk.app.visit import Visit
from kiosk.navigation.estimate import estimate
from kiosk.navigation.plan import Plan, PlannedProcedure
from kiosk.navigation.route import resident_route
from kiosk.navigation.scenario import Person
from kiosk.ui.screens.base import Screen, make_button
from kiosk.ui.widgets.ruby_label import RubyLabel
from kiosk.ui.wizard.common import (
    back_button,
    bottom_row,
    clear_layout,
    header,
    join_names,
    language,
    person_name,
    scroll_area,
    scroll_content,
    set_back_text,
)

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


class SummaryScreen(Screen):
    screen_id = "summary"
    visit_step = 4

    def setup_ui(self) -> None:
        self.plan: Plan | None = None
        self.people: dict[str, Person] = {}
        self.shown_procedures: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 16, 40, 16)
        layout.setSpacing(12)
        self.title, self.hint = header(self, "summary")
        self.estimate_label = QLabel(self)
        self.estimate_label.setObjectName("summaryEstimate")
        self.estimate_label.setProperty("role", "subtitle")
        self.estimate_label.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.estimate_label)
        layout.addWidget(self.hint)
        area, self.list_layout = scroll_area(self, "summaryScroll")
        self.list_box = scroll_content(area)
        layout.addWidget(area, 1)
        self.print_button = make_button("printButton", self, role="primary")
        self.print_button.clicked.connect(lambda: self.done.emit(Planned()))
        self.back_button = back_button(self)
        self.back_button.clicked.connect(self.back.emit)
        layout.addLayout(bottom_row(self, self.back_button, self.print_button))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Your procedures today"))
        self.print_button.setText(self.tr("Print my forms"))
        self.print_button.setAccessibleName(self.tr("Print my forms and the guide sheet"))
        set_back_text(self.back_button)
        self._render()

    def should_show(self, session: ResidentSession) -> bool:
        return session.resident is not None and session.event_id is not None

    def on_enter(self, session: ResidentSession) -> None:
        super().on_enter(session)
        visit = Visit.for_services(session, self.services)
        self.plan = visit.plan()
        self.people = visit.members()
        self._render()

    def wipe(self) -> None:
        super().wipe()
        self.plan = None
        self.people = {}
        self.shown_procedures = []
        clear_layout(self.list_layout)

    # ------------------------------------------------------------------ drawing
    def _label(self, name: str, text: str, role: str = "") -> QLabel:
        label = RubyLabel(self.list_box, text)
        label.setObjectName(name)
        label.setWordWrap(True)
        if role:
            label.setProperty("role", role)
        self.list_layout.addWidget(label)
        label.show()
        return label

    def _render(self) -> None:
        clear_layout(self.list_layout)
        self.shown_procedures = []
        if self.plan is None:
            self.hint.clear()
            self.estimate_label.clear()
            return
        times = estimate(self.plan, self.services.navigator.catalog.kiosk_timing)
        self.estimate_label.setText(
            self.tr("About %1 min: about %2 min here to print, about %3 min at the counters "
                    "(waiting not included).")
            .replace("%1", str(times.total_minutes)).replace("%2", str(times.kiosk_minutes))
            .replace("%3", str(times.counter_minutes)))
        self.estimate_label.setAccessibleName(self.estimate_label.text())
        # the town's one-stop desk first, when it has one (kiosk.navigation.route)
        desk = self.services.navigator.catalog.onestop
        stops = resident_route(self.plan, desk)
        count = sum(len(stop.procedures) for stop in stops)
        if desk is None:
            hint = self.tr("%1 procedures at %2 counters. Please go in this order; "
                           "your forms are printed next.")
        else:
            hint = self.tr("%1 procedures, all starting at the one-stop desk; your forms "
                           "are printed next.")
        self.hint.setText(hint.replace("%1", str(count)).replace("%2", str(len(stops))))
        lang = language()
        for number, stop in enumerate(stops):
            counter, name = stop.place.get(lang), stop.name.get(lang)
            mark = _CIRCLED[number] if number < len(_CIRCLED) else f"{number + 1}."
            self._label(f"stop_{stop.department_id}", f"{mark} {counter}  {name}", "subtitle")
            if stop.after_desk:
                self._label(f"stop_{stop.department_id}_note",
                            self.tr("The desk sends you here: a specialist does these."))
            for procedure in stop.procedures:
                self._procedure(procedure, lang)
        self.list_layout.addStretch(1)

    def _procedure(self, procedure: PlannedProcedure, lang: str) -> None:
        title = procedure.title.get(lang)
        names = join_names([person_name(self.people[m]) for m in procedure.member_ids
                            if m in self.people])
        lines = [f"■ {title}", self.tr("For: %1").replace("%1", names)]
        documents = [t.get(lang) for t in procedure.documents]
        if documents:
            lines.append(self.tr("Bring: %1").replace("%1", "; ".join(documents)))
        fee = procedure.fee.get(lang)
        if fee:
            lines.append(self.tr("Fee: %1").replace("%1", fee))
        deadline = procedure.deadline.get(lang)
        if deadline:
            lines.append(self.tr("Deadline: %1").replace("%1", deadline))
        if procedure.check_at_counter:
            lines.append(self.tr("Check at the counter: you answered “I don't know”, so the "
                                 "form is printed in case it is needed."))
        label = self._label(f"procedure_{procedure.id}", "\n".join(lines))
        label.setAccessibleName(title)
        self.shown_procedures.append(procedure.id)
