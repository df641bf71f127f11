"""The frame every step page shares: a title, a hint, the fields, one test action, the result.

The test action checks the answers for real and writes them (``kiosk.app.setup``) on a
worker thread, with a busy bar; the result (ok, or the one sentence of the failure) shows
below. ``passed`` becomes true only after a successful test of the answers now in the
fields: editing any field takes it back, so Next never carries an untested answer.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.app.setup import SetupStop, StepResult
from kiosk.app.setup.answers import CurrentAnswers
from kiosk.ui.clerk.panel import Panel
from kiosk.ui.tasks import Runner
from kiosk.ui.widgets.factories import make_button

Work = Callable[[], StepResult]
LINE_HEIGHT = 140  # percent: the UD font's own line spacing is 1 em, too tight for wrapped text


def spaced(text: str) -> str:
    """Plain ``text`` as rich text whose wrapped lines do not touch."""
    return f'<p style="line-height: {LINE_HEIGHT}%">{html.escape(text)}</p>'


def text_label(name: str, parent: QWidget, role: str = "") -> QLabel:
    """A word-wrapping label for ``spaced`` text, with its objectName and theme role."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def while_alive(widget: QWidget, callback: Callable[[Any], None]) -> Callable[[Any], None]:
    """``callback``, skipped when the window was closed (and ``widget`` deleted) while the
    work ran: its result then has nowhere to go."""
    def guarded(value: Any) -> None:
        if shiboken6.isValid(widget):
            callback(value)
    return guarded


class StepPage(Panel):
    """A step: subclasses build ``form`` in ``build()``, fill it in ``prefill()`` and say
    what the test does in ``work()`` (read on the UI thread, run on a worker)."""

    passed_changed = Signal(bool)
    number = 0  # 1 … 6

    def __init__(self, path: Path, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self.runner = path, runner
        self.passed = False
        self.busy = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 24, 48, 24)
        outer.setSpacing(16)
        self.title = text_label("title", self, role="title")
        self.hint = text_label("hint", self, role="hint")
        self.result_text = ""  # what ``result`` shows, as plain text
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.form.setVerticalSpacing(14)
        self.form.setHorizontalSpacing(24)
        action_row = QHBoxLayout()
        self.test_button = make_button("test_button", self, role="primary")
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("busy_bar")
        self.busy_bar.setRange(0, 0)  # no known end: a moving bar while the test runs
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(240)
        self.busy_bar.hide()
        action_row.addWidget(self.test_button)
        action_row.addWidget(self.busy_bar)
        action_row.addStretch(1)
        self.result = text_label("result", self)
        for widget in (self.title, self.hint):
            outer.addWidget(widget)
        outer.addLayout(self.form)
        outer.addLayout(action_row)
        outer.addWidget(self.result)
        outer.addStretch(1)
        self.test_button.clicked.connect(self.run_test)
        self.build()
        self.retranslate_ui()

    # ------------------------------------------------------------------ for subclasses
    def build(self) -> None:
        """Add the fields to ``self.form`` (each through ``watch`` so edits reset ``passed``)."""

    def prefill(self, current: CurrentAnswers) -> None:
        """Show the configuration's current values."""

    def work(self) -> Work:
        """Read the fields (on the UI thread) and return the test to run on a worker;
        raise ``SetupStop`` for an answer that needs no test to be refused."""
        raise NotImplementedError

    def entered(self) -> None:
        """The page has just been shown (look up readers, accounts …)."""

    # ------------------------------------------------------------------ shared behaviour
    def watch(self, widget: QWidget) -> QWidget:
        """Any edit of ``widget`` takes back an earlier success."""
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self.invalidate)
        elif isinstance(widget, QComboBox):
            widget.currentTextChanged.connect(self.invalidate)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self.invalidate)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(self.invalidate)
        return widget

    def invalidate(self) -> None:
        if self.busy:
            return
        self._show_result("", "")
        self._set_passed(False)

    def _show_result(self, role: str, text: str) -> None:
        self.result_text = text
        self.result.setProperty("role", role)
        self.result.setText(spaced(text) if text else "")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)

    def run_test(self) -> None:
        if self.busy:
            return
        try:
            work = self.work()
        except SetupStop as exc:
            self.show_failure(str(exc))
            return
        self._set_busy(True)
        self._show_result("hint", self.tr("Checking…"))
        self.runner.run(work, self._alive(self._done), self._alive(self._failed))

    def look_up(self, work: Callable[[], object], show: Callable[[object], None]) -> None:
        """Fetch what the page shows (readers, accounts) off the UI thread, busy meanwhile;
        a failed look-up shows nothing: the test then says what is wrong."""
        if self.busy:
            return
        self._set_busy(True)

        def done(found: object) -> None:
            self._set_busy(False)
            show(found)

        self.runner.run(work, self._alive(done), self._alive(lambda _error: self._set_busy(False)))

    def _alive(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        return while_alive(self, callback)

    def _done(self, outcome: object) -> None:
        self._set_busy(False)
        assert isinstance(outcome, StepResult)
        mark = "✔ " + self.tr("OK") if outcome.done else "– " + self.tr("Saved, not tested")
        self._show_result("ok", f"{mark}: {outcome.message}")
        self._set_passed(True)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, SetupStop):
            self.show_failure(str(error))
        else:
            self.show_failure(self.tr("The check stopped on an unexpected %1; run kiosk doctor, "
                                      "and report it with the log if that finds nothing.")
                              .replace("%1", type(error).__name__))

    def show_failure(self, sentence: str) -> None:
        self._show_result("warning", f"✘ {sentence[:1].upper()}{sentence[1:]}")
        self._set_passed(False)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_bar.setVisible(busy)
        self.test_button.setEnabled(not busy)
        self.enable_fields()
        self.passed_changed.emit(self.passed and not busy)

    def editable(self) -> bool:
        """Whether the fields may be edited at all (apart from a running test)."""
        return True

    def enable_fields(self) -> None:
        for field in self.findChildren(QWidget):
            if field.property("field"):
                field.setEnabled(not self.busy and self.editable())

    def _set_passed(self, passed: bool) -> None:
        self.passed = passed
        self.passed_changed.emit(passed and not self.busy)

    def add_row(self, label_name: str, field: QWidget) -> QLabel:
        """A labelled field of the form, disabled while a test runs; returns its label."""
        field.setProperty("field", True)
        field.setMinimumWidth(560)
        label = QLabel(self)
        label.setObjectName(label_name)
        label.setBuddy(field)
        self.form.addRow(label, self.watch(field))
        return label

    def retranslate_ui(self) -> None:
        self.test_button.setAccessibleName(self.test_button.text())
        self.busy_bar.setAccessibleName(self.tr("Checking, please wait"))
