"""The one-stop desk's tab of the clerk console: every procedure of the open visit (at the
desk) or the ones the desk handed to this counter (at a department), each with its staff
guidance from the catalog (what to check, legal basis, common mistakes, documents to
see), where it stands, and two actions: *Done here*, and, at the desk, *Hand to* a
department. Layout and signals only: ``OneStopController`` does the work.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forms.catalog.model import DepartmentDef
from kiosk.app.onestop_service import DeskItem
from kiosk.i18n import Text
from kiosk.ui.clerk.panel import Panel
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.screens.base import make_button

PROCEDURE_ROLE = Qt.ItemDataRole.UserRole


class OneStopPanel(Panel):
    settle_requested = Signal(str)  # procedure id
    hand_off_requested = Signal(str, str)  # procedure id, department id

    def __init__(self, departments: Sequence[DepartmentDef], desk_id: str,
                 tabs: QTabWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("oneStopPanel")
        self.departments = [d for d in departments if d.id != desk_id]
        self.desk_id = desk_id
        self.tabs = tabs
        self.items: list[DeskItem] = []
        self.at_desk = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.notice = QLabel(self)
        self.notice.setObjectName("oneStopNotice")
        self.notice.setProperty("role", "hint")
        self.notice.setWordWrap(True)
        self.procedure_tree = QTreeWidget(self)
        self.procedure_tree.setObjectName("onestop_tree")
        self.procedure_tree.setColumnCount(2)
        self.procedure_tree.setHeaderHidden(True)
        self.procedure_tree.setColumnWidth(0, 560)
        actions = QHBoxLayout()
        self.done_button = make_button("onestop_done_button", self, role="primary")
        self.department_combo = QComboBox(self)
        self.department_combo.setObjectName("onestop_department_combo")
        self.hand_off_button = make_button("onestop_hand_off_button", self)
        actions.addWidget(self.done_button)
        actions.addStretch(1)
        actions.addWidget(self.department_combo)
        actions.addWidget(self.hand_off_button)
        layout.addWidget(self.notice)
        layout.addWidget(self.procedure_tree, 1)
        layout.addLayout(actions)
        self.procedure_tree.currentItemChanged.connect(lambda *_: self._update_actions())
        self.done_button.clicked.connect(self._settle)
        self.hand_off_button.clicked.connect(self._hand_off)
        self.retranslate_ui()

    # ------------------------------------------------------------------ strings
    def retranslate_ui(self) -> None:
        if self.tabs is not None:
            self.tabs.setTabText(self.tabs.indexOf(self), self.tr("One-stop desk"))
        self.procedure_tree.setAccessibleName(self.tr("Procedures of the visit and their "
                                                      "staff guidance"))
        self.done_button.setText(self.tr("Done here"))
        self.done_button.setAccessibleName(self.tr("Mark the chosen procedure done here"))
        self.hand_off_button.setText(self.tr("Hand to this department"))
        self.hand_off_button.setAccessibleName(
            self.tr("Hand the chosen procedure to the chosen department's queue"))
        self.department_combo.setAccessibleName(self.tr("Department to hand it to"))
        lang = self._lang()
        current = self.department_combo.currentData()
        self.department_combo.clear()
        for dept in self.departments:
            self.department_combo.addItem(f"{dept.name.get(lang)}　{dept.counter.get(lang)}",
                                          dept.id)
        if current is not None:
            self.department_combo.setCurrentIndex(self.department_combo.findData(current))
        self._render()

    @staticmethod
    def _lang() -> str:
        return LanguageSwitcher.shared().current

    def state_text(self, item: DeskItem) -> str:
        names = {d.id: d.name.get(self._lang()) for d in self.departments}
        where = names.get(item.state.department or "", self.tr("the desk"))
        if item.state.state == "done":
            return self.tr("Done (%1)").replace("%1", where)
        if item.state.state == "handed":
            return self.tr("Handed to %1").replace("%1", where)
        return self.tr("To do")

    # ------------------------------------------------------------------ content
    def show_items(self, items: Sequence[DeskItem], at_desk: bool) -> None:
        self.items, self.at_desk = list(items), at_desk
        self._render()

    def wipe(self) -> None:
        self.items = []
        self._render()

    def _render(self) -> None:
        lang = self._lang()
        chosen = self.chosen()
        self.procedure_tree.clear()
        for item in self.items:
            proc = item.procedure
            title = proc.title.get(lang)
            if item.specialist and self.at_desk:
                title = self.tr("%1 [specialist]").replace("%1", title)
            top = QTreeWidgetItem(self.procedure_tree, [title, self.state_text(item)])
            top.setData(0, PROCEDURE_ROLE, proc.id)
            for heading, texts in self._sections(item):
                if texts:
                    node = QTreeWidgetItem(top, [heading])
                    for text in texts:
                        QTreeWidgetItem(node, [text.get(lang)])
                    node.setExpanded(True)
            top.setExpanded(item.state.state != "done")
            if proc.id == chosen:
                self.procedure_tree.setCurrentItem(top)
        self._notice()
        self._update_actions()

    def _sections(self, item: DeskItem) -> list[tuple[str, Sequence[Text]]]:
        proc = item.procedure
        return [
            (self.tr("What to check"), proc.checklist),
            (self.tr("Legal basis"), proc.legal_basis),
            (self.tr("Common mistakes"), proc.mistakes),
            (self.tr("Documents to see"), (*proc.to_see, *proc.documents)),
        ]

    def _notice(self) -> None:
        if not self.items:
            self.notice.setText(self.tr("No procedure of this visit is for this counter."))
        elif all(i.state.state != "open" for i in self.items if self._mine(i)):
            self.notice.setText(self.tr("Every procedure is settled: press Finished [F7]."))
        elif self.at_desk:
            self.notice.setText(self.tr("Settle each procedure here, or hand it to its "
                                        "department (marked [specialist] where the catalog "
                                        "says a specialist does it)."))
        else:
            self.notice.setText(self.tr("The one-stop desk handed these procedures to this "
                                        "counter."))

    def _mine(self, item: DeskItem) -> bool:
        """Whether this counter still has to act on it (a handed one, at the desk: no)."""
        return self.at_desk or item.state.department != self.desk_id

    # ------------------------------------------------------------------ actions
    def chosen(self) -> str | None:
        current = self.procedure_tree.currentItem()
        while current is not None and current.parent() is not None:
            current = current.parent()
        if current is None:
            return None
        value = current.data(0, PROCEDURE_ROLE)
        return str(value) if value else None

    def choose(self, procedure_id: str) -> None:
        """Select a procedure's row (the keyboard and the tests)."""
        for index in range(self.procedure_tree.topLevelItemCount()):
            top = self.procedure_tree.topLevelItem(index)
            if top is not None and top.data(0, PROCEDURE_ROLE) == procedure_id:
                self.procedure_tree.setCurrentItem(top)

    def _item(self) -> DeskItem | None:
        chosen = self.chosen()
        return next((i for i in self.items if i.procedure.id == chosen), None)

    def _update_actions(self) -> None:
        item = self._item()
        open_here = item is not None and (
            item.state.state == "open" or (not self.at_desk and item.state.state == "handed"))
        self.done_button.setEnabled(open_here)
        can_hand = item is not None and self.at_desk and item.state.state == "open"
        self.hand_off_button.setEnabled(can_hand)
        self.department_combo.setEnabled(can_hand)
        if item is not None and can_hand:
            index = self.department_combo.findData(item.department)
            if index >= 0:
                self.department_combo.setCurrentIndex(index)

    def _settle(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self.settle_requested.emit(chosen)

    def _hand_off(self) -> None:
        chosen, department = self.chosen(), self.department_combo.currentData()
        if chosen is not None and department:
            self.hand_off_requested.emit(chosen, str(department))
