"""The contract every screen follows.

* ``screen_id`` names the screen for the flow controller and the logs.
* ``setup_ui()`` builds widgets once; ``retranslate_ui()`` sets every visible string and
  every ``accessibleName``, and runs again on each language change.
* ``on_enter(session)`` is called each time the screen is shown; ``wipe()`` when the
  resident's session ends (clear any personal data the screen displays).
* The screen emits ``done(result)`` or ``back()``; it never decides what comes next.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk.services import Services
from kiosk.session import ResidentSession

if TYPE_CHECKING:
    from kiosk.ui.main_window import MainWindow


class Screen(QWidget):
    screen_id: str = ""
    done = Signal(object)
    back = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.session: ResidentSession | None = None
        # The window that hosts the screen: its task runner, dialogs and end_session().
        # Set by MainWindow after construction; screens use it only in reaction to input.
        self.shell: MainWindow | None = None
        self.setObjectName(f"screen_{self.screen_id}")
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        """Build the widgets (called once)."""

    def retranslate_ui(self) -> None:
        """Set every visible string (called at start and on each language change)."""

    def on_enter(self, session: ResidentSession) -> None:
        self.session = session

    def should_show(self, session: ResidentSession) -> bool:
        """Whether this visit needs the screen; the flow skips it otherwise (no new
        address for a death, say). Going back never lands on a skipped screen."""
        return True

    def wipe(self) -> None:
        """Clear anything personal this screen shows."""
        self.session = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def make_button(name: str, parent: QWidget, role: str = "", checkable: bool = False) -> QPushButton:
    """A touch button with its objectName set (its text and accessibleName come later)."""
    button = QPushButton(parent)
    button.setObjectName(name)
    if role:
        button.setProperty("role", role)
    button.setCheckable(checkable)
    return button


def make_label(name: str, parent: QWidget, role: str = "") -> QLabel:
    """A word-wrapping label with its objectName and optional theme role (title, hint …)."""
    label = QLabel(parent)
    label.setObjectName(name)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(True)
    return label

