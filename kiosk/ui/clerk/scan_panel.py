"""The scan field: USB barcode scanners type the guide sheet's QR text and press Enter.

The field keeps the keyboard focus whenever nothing else needs it (the window gives it
back after every action), so a scan always lands here. What was scanned is an id
(``KKS1:<visit id>``), never personal data; the field clears itself after each scan.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from kiosk.ui.clerk.panel import Panel
from kiosk.ui.screens.base import make_button


class ScanPanel(Panel):
    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanPanel")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("scanLabel")
        self.scan_field = QLineEdit(self)
        self.scan_field.setObjectName("scan_field")
        self.scan_field.setProperty("role", "scan")
        self.scan_field.setMaxLength(120)
        self.label.setBuddy(self.scan_field)
        self.open_button = make_button("open_button", self)
        row.addWidget(self.label)
        row.addWidget(self.scan_field, 1)
        row.addWidget(self.open_button)
        self.scan_field.returnPressed.connect(self._emit)
        self.open_button.clicked.connect(self._emit)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("S&can"))
        self.scan_field.setPlaceholderText(self.tr("Scan the guide sheet's QR code or type "
                                                   "the ticket number"))
        self.scan_field.setAccessibleName(self.tr("Scan field"))
        self.open_button.setText(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open the scanned visit"))

    def _emit(self) -> None:
        text = self.scan_field.text().strip()
        self.scan_field.clear()
        if text:
            self.scanned.emit(text)

    def focus(self) -> None:
        self.scan_field.setFocus()
