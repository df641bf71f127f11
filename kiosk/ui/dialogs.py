"""Prompts behind a replaceable service, so no test ever blocks on a modal dialog.

Screens ask ``DialogService.confirm(...)`` and get the answer through a callback. The
real service shows an in-window overlay; tests use ``ScriptedDialogs``, which answers
from a script and records what was asked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtWidgets import QLabel, QWidget

from kiosk.ui.widgets.factories import make_button
from kiosk.ui.widgets.overlay import Overlay

Answer = Callable[[bool], None]


class DialogService(Protocol):
    def confirm(self, title: str, text: str, yes: str, no: str, on_answer: Answer,
                *, danger: bool = False) -> None: ...


class OverlayDialogs:
    """Shows a yes/no question over the whole window; big buttons, no timeout."""

    def __init__(self, host: QWidget) -> None:
        self.overlay = Overlay(host, "confirmOverlay")
        self.title = QLabel(self.overlay.card)
        self.title.setObjectName("confirmTitle")
        self.title.setProperty("role", "subtitle")
        self.title.setWordWrap(True)
        self.text = QLabel(self.overlay.card)
        self.text.setObjectName("confirmText")
        self.text.setWordWrap(True)
        self.yes_button = make_button("confirmYes", self.overlay.card, role="primary")
        self.no_button = make_button("confirmNo", self.overlay.card)
        # Real names are set with each question; these only name the idle widgets.
        self.yes_button.setAccessibleName("Yes")
        self.no_button.setAccessibleName("No")
        for widget in (self.title, self.text, self.no_button, self.yes_button):
            self.overlay.body.addWidget(widget)
        self._pending: Answer | None = None
        self.yes_button.clicked.connect(lambda: self._answer(True))
        self.no_button.clicked.connect(lambda: self._answer(False))

    def confirm(self, title: str, text: str, yes: str, no: str, on_answer: Answer,
                *, danger: bool = False) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.yes_button.setText(yes)
        self.yes_button.setAccessibleName(yes)
        self.yes_button.setProperty("role", "danger" if danger else "primary")
        self.yes_button.style().polish(self.yes_button)
        self.no_button.setText(no)
        self.no_button.setAccessibleName(no)
        self._pending = on_answer
        self.overlay.open()
        # The safe answer has the focus: a stray Enter never spends a PIN try.
        self.no_button.setFocus()

    def cancel(self) -> None:
        """Close without an answer (session wiped underneath)."""
        self._pending = None
        self.overlay.close_overlay()

    def _answer(self, value: bool) -> None:
        pending, self._pending = self._pending, None
        self.overlay.close_overlay()
        if pending is not None:
            pending(value)


@dataclass
class ScriptedDialogs:
    """Test double: answers from ``answers`` in order and records every prompt."""

    answers: list[bool] = field(default_factory=list)
    asked: list[tuple[str, str]] = field(default_factory=list)

    def confirm(self, title: str, text: str, yes: str, no: str, on_answer: Answer,
                *, danger: bool = False) -> None:
        self.asked.append((title, text))
        on_answer(self.answers.pop(0) if self.answers else False)
