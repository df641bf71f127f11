"""A panel that covers the whole window, with a centred card for its content.

Kiosk prompts are overlays, not modal dialogs: they cannot hide behind the full-screen
window, they scale with the theme, and tests drive them like any other widget.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget


class Overlay(QWidget):
    def __init__(self, host: QWidget, name: str) -> None:
        super().__init__(host)
        self._host = host
        self.setObjectName(name)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"QWidget#{name} {{ background: rgba(0, 0, 0, 150); }}")
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card = QFrame(self)
        self.card.setObjectName(f"{name}Card")
        self.card.setProperty("role", "overlay")
        self.card.setMinimumWidth(min(900, max(480, host.width() * 2 // 3)))
        self.body = QVBoxLayout(self.card)
        self.body.setContentsMargins(40, 32, 40, 32)
        self.body.setSpacing(24)
        outer.addWidget(self.card)
        host.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._host.rect())
        return False

    def open(self) -> None:
        self.setGeometry(self._host.rect())
        self.show()
        self.raise_()

    def close_overlay(self) -> None:
        self.hide()
