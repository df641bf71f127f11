"""A bar that offers 「元に戻す」 (undo) for a few seconds after something was removed.

The household screen shows it after a person is removed: one tap puts them back. It
goes away by itself after ``UNDO_MS``, or when the resident does anything else on the
screen (the host calls :meth:`UndoBar.dismiss`), so an undo never lands on a list that
changed since.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from kiosk.ui.widgets.factories import make_button, make_label

#: How long the undo stays offered.
UNDO_MS = 10_000


class UndoBar(QFrame):
    def __init__(self, parent: QWidget, name: str = "undoBar") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "overlay")  # the themed, bordered card look
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.setSpacing(16)
        self.message = make_label(f"{name}Message", self, "subtitle")
        self.undo_button = make_button(f"{name}Undo", self, role="primary")
        row.addWidget(self.message, 1)
        row.addWidget(self.undo_button)
        self.undo_button.clicked.connect(self._undo)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self._on_undo: Callable[[], None] | None = None
        self.undo_ms = UNDO_MS
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo: put the person back"))

    @property
    def offered(self) -> bool:
        return self._on_undo is not None

    def offer(self, message: str, on_undo: Callable[[], None]) -> None:
        self._on_undo = on_undo
        self.message.setText(message)
        self.message.setAccessibleName(message)
        self.show()
        self._timer.start(self.undo_ms)

    def dismiss(self) -> None:
        self._timer.stop()
        self._on_undo = None
        self.message.clear()
        self.hide()

    def _undo(self) -> None:
        on_undo = self._on_undo
        self.dismiss()
        if on_undo is not None:
            on_undo()
