"""The first screen: greet, explain in one sentence, offer the ways to start.

With the card, without it, or 「事前に入力した方」 with a code made at home. A scanner
that types a code while this screen shows starts the pre-application at once: the code
goes into the session for the scan screen to read (no tap needed).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QVBoxLayout

from kiosk.app.results import VisitStarted
from kiosk.ui.prefill.scanner_input import ScannerInput
from kiosk.ui.screens.base import Screen, make_button
from kiosk.ui.widgets.ruby_label import RubyLabel


class WelcomeScreen(Screen):
    screen_id = "welcome"

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.setSpacing(24)
        self.title = RubyLabel(self)
        self.title.setObjectName("welcomeTitle")
        self.title.setProperty("role", "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.subtitle = RubyLabel(self)
        self.subtitle.setObjectName("welcomeSubtitle")
        self.subtitle.setProperty("role", "subtitle")
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle.setWordWrap(True)
        self.start_card = make_button("startWithCard", self, role="primary")
        self.start_manual = make_button("startWithoutCard", self)
        self.start_prefill = make_button("startPrefilled", self)
        self.hint = RubyLabel(self)
        self.hint.setObjectName("welcomeHint")
        self.hint.setProperty("role", "hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        # The usual start, with the card, spans the width; the two others share a row below
        # it. Three stacked rows did not fit 800 px at the largest text size.
        buttons = QGridLayout()
        buttons.setSpacing(24)
        buttons.addWidget(self.start_card, 0, 0, 1, 2)
        buttons.addWidget(self.start_prefill, 1, 0)
        buttons.addWidget(self.start_manual, 1, 1)
        buttons.setColumnStretch(0, 1)
        buttons.setColumnStretch(1, 1)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addStretch(2)
        self.start_card.clicked.connect(lambda: self.done.emit(VisitStarted("card")))
        self.start_manual.clicked.connect(lambda: self.done.emit(VisitStarted("manual")))
        self.start_prefill.clicked.connect(lambda: self.done.emit(VisitStarted("prefill")))
        self.scanner = ScannerInput(self)
        self.scanner.scanned.connect(self._scanned)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scanner.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.scanner.stop()
        super().hideEvent(event)

    def _scanned(self, text: str) -> None:
        """A code scanned here: straight on to the pre-application, which reads it."""
        if self.session is None:
            return
        self.session.scanned_code = text
        self.done.emit(VisitStarted("prefill"))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Welcome to the town hall"))
        self.subtitle.setText(self.tr(
            "No forms to fill in by hand: answer a few questions and we print "
            "everything for you."
        ))
        self.start_card.setText(self.tr("Start with my My Number card"))
        self.start_card.setAccessibleName(self.tr("Start with my My Number card"))
        self.start_manual.setText(self.tr("Start without a card"))
        self.start_manual.setAccessibleName(self.tr("Start without a card"))
        self.start_prefill.setText(self.tr("I answered at home"))
        self.start_prefill.setAccessibleName(self.tr(
            "I answered at home: scan my QR code"))
        self.hint.setText(self.tr(
            "Need help? Tap \u201cCall staff\u201d at the top right at any time."
        ))
