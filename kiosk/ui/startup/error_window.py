"""The window a terminal shows when it cannot start: what is wrong, what to do, retry.

A broken catalog, configuration or key must not end in a traceback on a console nobody
reads while the lobby screen stays black. This window is for staff: a title, one plain
sentence (the same one the CLI prints), big text, and two buttons: "Try again" (after
IT fixed the file) and "Close". It never shows a traceback or an exception's text beyond
the sentence it is given.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

TITLE_POINTS, MESSAGE_POINTS, BUTTON_POINTS = 30, 22, 22
MIN_TOUCH = 96
LINE_HEIGHT = 140
UI_FAMILY = "BIZ UDPGothic"


def _font(points: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies([UI_FAMILY, font.family()])  # bundled by create_application
    font.setPointSize(points)
    font.setBold(bold)
    return font


class StartErrorWindow(QWidget):
    """Shows why the terminal cannot start; emits ``retry_requested`` or ``close_requested``."""

    retry_requested = Signal()
    close_requested = Signal()

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start_error_window")
        self._message = message
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        self.setStyleSheet("#start_error_window { background: #fff8e1; }"
                           "QLabel { color: #1a1a1a; }"
                           "QPushButton { padding: 12px 36px; font-size: 30px; }"
                           # px sizes here win over an application-wide theme.
                           "QLabel#title { font-size: 40px; font-weight: bold; }"
                           "QLabel#message, QLabel#hint { font-size: 30px; }")
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.title.setFont(_font(TITLE_POINTS, bold=True))
        self.title.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setFont(_font(MESSAGE_POINTS))
        self.message.setWordWrap(True)
        # Rich text for the line spacing only: the sentence itself is escaped.
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setFont(_font(MESSAGE_POINTS))
        self.hint.setWordWrap(True)
        self.try_again = QPushButton(self)
        self.try_again.setObjectName("try_again")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close_button")
        for button in (self.try_again, self.close_button):
            button.setFont(_font(BUTTON_POINTS, bold=True))
            button.setMinimumSize(MIN_TOUCH * 3, MIN_TOUCH)
        self.try_again.clicked.connect(self.retry_requested)
        self.close_button.clicked.connect(self.close_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.try_again)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(72, 72, 72, 72)
        layout.setSpacing(36)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("This terminal cannot start"))
        self.title.setText(self.tr("This terminal cannot start"))
        self._show(self._message)
        self.hint.setText(self.tr("Residents cannot use it until this is fixed. Ask the IT "
                                  "staff to fix it, then press Try again."))
        self.try_again.setText(self.tr("Try again"))
        self.close_button.setText(self.tr("Close"))
        self.title.setAccessibleName(self.tr("This terminal cannot start"))
        self.message.setAccessibleName(self.tr("What is wrong"))
        self.try_again.setAccessibleName(self.tr("Try again"))
        self.close_button.setAccessibleName(self.tr("Close"))

    @property
    def shown_message(self) -> str:
        return self._message

    def show_message(self, message: str) -> None:
        """Another try failed, maybe for another reason: show the new sentence."""
        self._message = message
        self._show(message)

    def _show(self, message: str) -> None:
        self.message.setText(f'<p style="line-height: {LINE_HEIGHT}%">{html.escape(message)}</p>')
