"""The base of every staff panel: strings set in ``retranslate_ui``, again on a language change."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget


class Panel(QWidget):
    """A panel builds its widgets in ``__init__`` and calls ``retranslate_ui()`` itself."""

    def retranslate_ui(self) -> None:
        """Set every visible string and accessible name."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def named(widget: QWidget, name: str) -> QWidget:
    widget.setObjectName(name)
    return widget
