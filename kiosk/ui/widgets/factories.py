"""Widget factories every window uses: a touch button and a label, with their objectName.

They live with the widgets (not the screens) so overlays, keypads and the shell can use
them without importing a screen: the import graph of ``kiosk.ui`` stays one-way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.ui.ruby import RubyButton
from kiosk.ui.widgets.ruby_label import RubyLabel


def make_button(name: str, parent: QWidget, role: str = "", checkable: bool = False) -> QPushButton:
    """A touch button with its objectName set (its text and accessibleName come later);
    text with ruby markup shows plain and its accessible name is the reading."""
    button = RubyButton(parent)
    button.setObjectName(name)
    if role:
        button.setProperty("role", role)
    button.setCheckable(checkable)
    return button


def make_label(name: str, parent: QWidget, role: str = "") -> QLabel:
    """A word-wrapping label with its objectName and optional theme role (title, hint …);
    it draws ruby over kanji when its text carries readings (やさしい日本語)."""
    label = RubyLabel(parent)
    label.setObjectName(name)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(True)
    return label


def typed_text_row(name: str, parent: QWidget) -> tuple[QHBoxLayout, QLabel, QPushButton]:
    """A keyboard's top row: the boxed text typed so far and, beside it, the OK key (one
    row less, and the eye sees both). The caller connects OK to what it submits."""
    row = QHBoxLayout()
    row.setSpacing(12)
    display = QLabel(parent)
    display.setObjectName(f"{name}Display")
    display.setProperty("role", "subtitle")
    display.setFrameShape(QLabel.Shape.Box)
    display.setLineWidth(3)
    display.setMinimumHeight(64)
    display.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    ok_button = make_button(f"{name}Ok", parent, role="key")
    ok_button.setProperty("accent", True)
    row.addWidget(display, 1)
    row.addWidget(ok_button)
    return row, display, ok_button
