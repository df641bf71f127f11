"""The contract every screen follows.

* ``screen_id`` names the screen for the flow controller and the logs.
* ``setup_ui()`` builds widgets once; ``retranslate_ui()`` sets every visible string and
  every ``accessibleName``, and runs again on each language change.
* ``on_enter(session)`` is called each time the screen is shown; ``wipe()`` when the
  resident's session ends (clear any personal data the screen displays).
* The screen emits ``done(result)`` or ``back()``; it never decides what comes next.
  A result that matters to the visit is typed (:mod:`kiosk.app.results`).
* It reaches its window only through :class:`~kiosk.ui.shell.Shell`, a narrow port.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from kiosk.app.composition import Services
from kiosk.app.session import ResidentSession
from kiosk.ui.shell import Shell

# Re-exported: screens build their widgets with these (they live with the widgets).
from kiosk.ui.widgets.factories import make_button, make_label

__all__ = ["Screen", "make_button", "make_label"]


class Screen(QWidget):
    screen_id: str = ""
    # the visit's overall step this screen belongs to (1 identification … 5 printing; 0:
    # the window shows no step bar), and ``step_changed`` when its ``step_detail`` changes
    visit_step: int = 0
    done = Signal(object)
    back = Signal()
    step_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.session: ResidentSession | None = None
        # The window's narrow port (runner, dialogs, call staff …), set by the window
        # after construction; screens use it only in reaction to input.
        self.shell: Shell | None = None
        self.setObjectName(f"screen_{self.screen_id}")
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        """Build the widgets (called once)."""

    def retranslate_ui(self) -> None:
        """Set every visible string (called at start and on each language change)."""

    def on_enter(self, session: ResidentSession) -> None:
        self.session = session

    def step_detail(self) -> str:
        """A short text shown inside this screen's step (e.g. the question count)."""
        return ""

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
