"""The prefilled data of the open visit, and the correction of a value.

Values are read-only until the clerk presses Correct; Apply sends only the values that
changed (``payload.changed_keys``). Beside each value a small marker says where it came
from: the card, the town's record, the resident, or staff (``payload.value_source``).
The panel shows what ``ClerkDesk.open_visit`` read (audited); ``wipe()`` clears every
field when the visit is closed or the console locked.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.clerk.panel import Panel
from kiosk.ui.clerk.payload import (
    SOURCES,
    EditableField,
    changed_keys,
    editable_fields,
    value_source,
)
from kiosk.ui.screens.base import make_button


class PersonPanel(Panel):
    correction_requested = Signal(object)  # dict[str, str]: field key -> new value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personPanel")
        self.payload: dict[str, Any] | None = None
        self.fields: dict[str, QLineEdit] = {}
        self._labels: list[tuple[QLabel, EditableField]] = []
        self._groups: list[tuple[QGroupBox, str, int]] = []
        self._sources: list[tuple[QLabel, str]] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self)
        self.empty.setObjectName("personEmpty")
        self.empty.setProperty("role", "hint")
        self.empty.setWordWrap(True)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("personScroll")
        self.scroll_area.setWidgetResizable(True)
        self.body = QWidget()
        self.body.setObjectName("personBody")
        self.body_layout = QVBoxLayout(self.body)
        self.scroll_area.setWidget(self.body)
        buttons = QHBoxLayout()
        self.correct_button = make_button("correct_button", self, checkable=True)
        self.apply_button = make_button("apply_button", self, role="primary")
        self.message = QLabel(self)
        self.message.setObjectName("personMessage")
        self.message.setProperty("role", "warning")
        self.message.setWordWrap(True)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.message, 1)
        outer.addWidget(self.empty)
        outer.addWidget(self.scroll_area, 1)
        outer.addLayout(buttons)
        self.correct_button.toggled.connect(self._set_editing)
        self.apply_button.clicked.connect(self._apply)
        self.wipe()
        self.retranslate_ui()

    # ------------------------------------------------------------------ texts
    def attr_text(self, attr: str) -> str:
        return {
            "name": self.tr("Name"), "furigana": self.tr("Furigana"),
            "birth_date": self.tr("Date of birth (YYYY-MM-DD)"),
            "relation": self.tr("Relation to the resident"),
            "address": self.tr("Current address"), "oaza": self.tr("Ōaza (new address)"),
            "banchi": self.tr("Banchi (new address)"),
            "katagaki": self.tr("Building and room (new address)"),
            "postal_code": self.tr("Postal code (new address)"),
        }.get(attr, attr)

    def source_text(self, source: str) -> str:
        """The short marker of where a value came from."""
        return {
            "card": self.tr("Card", "source of a value"),
            "record": self.tr("Record", "source of a value"),
            "resident": self.tr("Resident", "source of a value"),
            "staff": self.tr("Staff", "source of a value"),
        }.get(source, "")

    def group_text(self, kind: str, number: int) -> str:
        if kind == "resident":
            return self.tr("Resident")
        if kind == "member":
            return self.tr("Household member %1").replace("%1", str(number))
        return self.tr("New address")

    def retranslate_ui(self) -> None:
        self.empty.setText(self.tr("No visit is open. Scan a guide sheet or pick a ticket "
                                   "from the queue."))
        self.correct_button.setText(self.tr("Correct a value"))
        self.correct_button.setAccessibleName(self.tr("Allow correcting the values"))
        self.apply_button.setText(self.tr("Apply and re-render"))
        self.apply_button.setAccessibleName(self.tr("Apply the correction and re-render the "
                                                    "affected forms"))
        for label, spec in self._labels:
            label.setText(self.attr_text(spec.attr))
            self.fields[spec.key].setAccessibleName(self.attr_text(spec.attr))
        for box, kind, number in self._groups:
            box.setTitle(self.group_text(kind, number))
        for marker, source in self._sources:
            # as wide as the widest marker, so every value's field lines up
            marker.setMinimumWidth(max(marker.fontMetrics().horizontalAdvance(
                self.source_text(other)) for other in SOURCES))
            marker.setText(self.source_text(source))
            marker.setAccessibleName(self.tr("Where the value came from: %1")
                                     .replace("%1", self.source_text(source)))

    # ------------------------------------------------------------------ content
    def show_payload(self, payload: Mapping[str, Any] | None) -> None:
        self.wipe()
        if payload is None:
            return
        self.payload = dict(payload)
        boxes: dict[str, QFormLayout] = {}
        members: dict[str, int] = {}
        for spec in editable_fields(payload):
            group = ("resident" if spec.key.startswith("resident.")
                     else "address" if spec.key.startswith("new_address.") else spec.member)
            if group not in boxes:
                kind = group if group in {"resident", "address"} else "member"
                members.setdefault(group, len(members) + 1)
                box = QGroupBox(self.body)
                box.setObjectName(f"group_{group}")
                self._groups.append((box, kind, members[group] - 1))
                boxes[group] = QFormLayout(box)
                self.body_layout.addWidget(box)
            label = QLabel(self.body)
            edit = QLineEdit(spec.value, self.body)
            edit.setObjectName(f"field_{spec.key}")
            edit.setReadOnly(True)
            label.setBuddy(edit)
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            source = value_source(payload, spec.key)
            if source:
                marker = QLabel(self.body)
                marker.setObjectName(f"source_{spec.key}")
                marker.setProperty("role", "hint")
                marker.setProperty("source", source)
                row.addWidget(marker)
                self._sources.append((marker, source))
            boxes[group].addRow(label, row)
            self.fields[spec.key] = edit
            self._labels.append((label, spec))
        self.body_layout.addStretch(1)
        self.empty.hide()
        self.scroll_area.show()
        self.correct_button.setEnabled(True)
        self.retranslate_ui()

    def wipe(self) -> None:
        """Remove every value from the screen."""
        self.payload = None
        self.fields.clear()
        self._labels.clear()
        self._groups.clear()
        self._sources.clear()
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.correct_button.setChecked(False)
        self.correct_button.setEnabled(False)
        self.apply_button.setEnabled(False)
        self.message.clear()
        self.scroll_area.hide()
        self.empty.show()

    def set_value(self, key: str, value: str) -> None:
        """Type a new value (tests and scripted demos)."""
        self.correct_button.setChecked(True)
        self.fields[key].setText(value)

    def show_error(self, text: str) -> None:
        self.message.setText(text)

    def _set_editing(self, editing: bool) -> None:
        for edit in self.fields.values():
            edit.setReadOnly(not editing)
        self.apply_button.setEnabled(editing)
        if not editing and self.payload is not None:
            for spec in editable_fields(self.payload):
                self.fields[spec.key].setText(spec.value)

    def _apply(self) -> None:
        if self.payload is None:
            return
        edited = {key: edit.text() for key, edit in self.fields.items()}
        changes = changed_keys(self.payload, edited)
        if not changes:
            self.message.setText(self.tr("Nothing was changed."))
            return
        self.message.clear()
        self.correction_requested.emit(changes)
