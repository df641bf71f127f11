"""The narrow port a screen has to its window (the shell), instead of the whole window.

A screen reads the session and the services, runs blocking work on the task runner,
asks through the dialog service, and asks the shell to go back, to call staff, or to
pause the inactivity timer while it waits for a device. That is all it may do: the main
window implements this ``Protocol``, and a test can implement it with a few lines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from kiosk.app.composition import Services
    from kiosk.app.session import ResidentSession
    from kiosk.ui.card_adapter import CardAdapter
    from kiosk.ui.dialogs import DialogService
    from kiosk.ui.sounds import Sounds
    from kiosk.ui.tasks import Runner


class Shell(Protocol):
    @property
    def services(self) -> Services: ...

    @property
    def session(self) -> ResidentSession: ...

    @property
    def runner(self) -> Runner: ...

    @property
    def dialogs(self) -> DialogService: ...

    @property
    def sounds(self) -> Sounds:
        """The window's sound cues (silent in tests that do not listen)."""

    @property
    def card_adapter(self) -> CardAdapter | None:
        """The card reader as Qt signals, or ``None`` without a reader."""

    def go_back(self) -> None:
        """Show the previous screen."""

    def open_call_staff(self, reason: str = "resident") -> None:
        """Call staff and show the "staff is coming" overlay; ``reason`` is a
        ``kiosk.domain.help_call.HelpReason`` value (the resident's own tap by default)."""

    def pause_idle(self) -> None:
        """Stop the inactivity timer (waiting for a device is not inactivity)."""

    def resume_idle(self) -> None:
        """Start the inactivity timer again."""
