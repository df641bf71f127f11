"""Start a window only once what it needs loads; until then show the error window.

``start_guarded(attempt, start, …)`` calls ``attempt()``: it returns what the window
needs, or a ``StartProblem`` (one plain sentence). On success ``start`` builds and shows
the real window. On a problem the sentence is printed once to stderr (``kiosk: …``, as
the CLI does), logged (the sentence only), and shown in ``StartErrorWindow``; "Try
again" calls ``attempt()`` again, "Close" ends the event loop with exit code 1.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # imported when there is something to report, not on every start
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.startup.error_window import StartErrorWindow

log = logging.getLogger(__name__)

Ready = TypeVar("Ready")
EXIT_CANNOT_START = 1


@dataclass(frozen=True, slots=True)
class StartProblem:
    """Why a window cannot start: one plain sentence saying what is wrong and what to do."""

    message: str


class StartGuard:
    """Keeps the error window (if any) alive and wires its buttons."""

    def __init__(self, app: QApplication, *, fullscreen: bool, language: str = "ja") -> None:
        self.app = app
        self.fullscreen = fullscreen
        self.language = language
        self.window: StartErrorWindow | None = None

    def report(self, problem: StartProblem) -> None:
        print(f"kiosk: {problem.message}", file=sys.stderr, flush=True)
        log.error("cannot start", extra={"reason": problem.message})
        if self.window is not None:
            self.window.show_message(problem.message)
            return
        from kiosk.ui.i18n import LanguageSwitcher
        from kiosk.ui.startup.error_window import StartErrorWindow

        try:  # the staff's language; the sentence itself is the CLI's
            LanguageSwitcher.shared().set_language(self.language)
        except ValueError:
            log.warning("error window shown in English", extra={"language": self.language})
        self.window = StartErrorWindow(problem.message)
        self.window.close_requested.connect(lambda: self.app.exit(EXIT_CANNOT_START))
        if self.fullscreen:
            self.window.showFullScreen()
        else:
            self.window.resize(1280, 800)
            self.window.show()

    def clear(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None


def start_guarded(
    guard: StartGuard,
    attempt: Callable[[], Ready | StartProblem],
    start: Callable[[Ready], None],
) -> bool:
    """Start now if ``attempt`` succeeds; else show the problem and retry on request.

    Returns whether the window started right away.
    """
    outcome = attempt()
    if not isinstance(outcome, StartProblem):
        start(outcome)
        return True
    report_and_retry(guard, outcome, attempt, start)
    return False


def report_and_retry(
    guard: StartGuard,
    problem: StartProblem,
    attempt: Callable[[], Ready | StartProblem],
    start: Callable[[Ready], None],
) -> None:
    """Show ``problem``; "Try again" calls ``attempt()`` and starts if it now succeeds.

    Also for a problem found after the window started (the kiosk loads its catalog after
    its first frame): the caller closes that window first.
    """
    guard.report(problem)
    assert guard.window is not None

    def retry() -> None:
        again = attempt()
        if isinstance(again, StartProblem):
            guard.report(again)
            return
        guard.clear()
        start(again)

    guard.window.retry_requested.connect(retry)
