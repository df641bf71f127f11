"""``OneStopController``: the one-stop desk's tab in the clerk console, when the town's
catalog has a desk (``Catalog.onestop``); without one it adds nothing.

When a visit opens it reads where each procedure stands (``OneStopService.states``) and
lists them (``desk_items``): every procedure at the desk, the handed ones at a
department. *Done here* records ``procedure_done`` at this counter; *Hand to* records
``handed_off`` to the chosen department, whose queue then holds the visit. Every call runs
on the window's task runner; the status bar shows tickets and procedure titles only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject

from forms.catalog.model import Catalog
from kiosk.app.onestop_service import OneStopService, desk_items
from kiosk.ui.clerk.desk import OpenedVisit
from kiosk.ui.clerk.onestop_panel import OneStopPanel
from kiosk.visits.handoffs import ProcedureState

if TYPE_CHECKING:
    from kiosk.ui.clerk.console_page import ConsolePage
    from kiosk.ui.clerk.desk import ClerkDesk
    from kiosk.ui.clerk.visits import VisitController


class OneStopShell(Protocol):
    """What the controller uses of the clerk window."""

    desk: ClerkDesk | None
    page: ConsolePage

    def refresh(self) -> None: ...

    def run_task(self, work: Callable[[], Any], done: Callable[[Any], None],
                 failed: Callable[[BaseException], None] | None = None) -> None: ...

    def status(self, text: str) -> None: ...


class OneStopController(QObject):
    def __init__(self, window: OneStopShell, visits: VisitController, catalog: Catalog,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.w = window
        self.catalog = catalog
        self.visit: OpenedVisit | None = None
        self.panel: OneStopPanel | None = None
        desk = catalog.onestop
        if desk is None:
            return
        tabs = window.page.visit_tabs
        self.panel = OneStopPanel(list(catalog.departments.values()), desk.id, tabs)
        tabs.insertTab(0, self.panel, "")
        self.panel.retranslate_ui()
        visits.opened.connect(self.show)
        visits.closed.connect(self.wipe)
        self.panel.settle_requested.connect(self.settle)
        self.panel.hand_off_requested.connect(self.hand_off)

    def _service(self) -> OneStopService | None:
        desk = self.w.desk
        return OneStopService(desk.clerk) if desk is not None else None

    def show(self, opened: OpenedVisit) -> None:
        self.visit = opened
        self.reload(select_tab=True)

    def wipe(self) -> None:
        self.visit = None
        if self.panel is not None:
            self.panel.wipe()

    def reload(self, select_tab: bool = False) -> None:
        visit, service, panel, desk = self.visit, self._service(), self.panel, self.w.desk
        onestop = self.catalog.onestop
        if visit is None or service is None or panel is None or desk is None or onestop is None:
            return
        if visit.plan is None:
            panel.wipe()
            return
        plan, counter = visit.plan, desk.department

        def done(states: dict[str, ProcedureState]) -> None:
            if self.visit is not visit:
                return  # another visit was opened meanwhile
            panel.show_items(desk_items(plan, states, counter, onestop),
                             at_desk=counter == onestop.id)
            if select_tab:
                self.w.page.visit_tabs.setCurrentWidget(panel)

        self.w.run_task(lambda: service.states(visit.visit_id), done)

    def settle(self, procedure_id: str) -> None:
        visit, service, desk = self.visit, self._service(), self.w.desk
        if visit is None or service is None or desk is None:
            return
        counter = desk.department
        self.w.run_task(lambda: service.settle(visit.visit_id, procedure_id, counter),
                        lambda _id: self._recorded(self.tr("Ticket %1: %2 done.")
                                                   .replace("%1", visit.ticket)
                                                   .replace("%2", self._title(procedure_id))))

    def hand_off(self, procedure_id: str, department: str) -> None:
        visit, service = self.visit, self._service()
        if visit is None or service is None:
            return
        dept = self.catalog.departments.get(department)
        name = dept.name.get(self._lang()) if dept is not None else department
        self.w.run_task(lambda: service.hand_off(visit.visit_id, procedure_id, department),
                        lambda _id: self._recorded(self.tr("Ticket %1: %2 handed to %3.")
                                                   .replace("%1", visit.ticket)
                                                   .replace("%2", self._title(procedure_id))
                                                   .replace("%3", name)))

    def _recorded(self, message: str) -> None:
        self.w.status(message)
        self.reload()
        self.w.refresh()

    def _title(self, procedure_id: str) -> str:
        proc = self.catalog.procedures.get(procedure_id)
        return proc.title.get(self._lang()) if proc is not None else procedure_id

    @staticmethod
    def _lang() -> str:
        from kiosk.ui.i18n import LanguageSwitcher

        return LanguageSwitcher.shared().current
