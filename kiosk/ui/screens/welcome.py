"""The first screen: greet, explain in one sentence, offer the two ways to start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from kiosk.app.results import VisitStarted
from kiosk.ui.screens.base import Screen, make_button


class WelcomeScreen(Screen):
    screen_id = "welcome"

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(32)
        self.title = QLabel(self)
        self.title.setObjectName("welcomeTitle")
        self.title.setProperty("role", "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("welcomeSubtitle")
        self.subtitle.setProperty("role", "subtitle")
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle.setWordWrap(True)
        self.start_card = make_button("startWithCard", self, role="primary")
        self.start_manual = make_button("startWithoutCard", self)
        self.hint = QLabel(self)
        self.hint.setObjectName("welcomeHint")
        self.hint.setProperty("role", "hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        # Stacked, full width: long labels at the largest text size never clip.
        buttons = QVBoxLayout()
        buttons.setSpacing(24)
        buttons.addWidget(self.start_card)
        buttons.addWidget(self.start_manual)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(24)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addStretch(2)
        self.start_card.clicked.connect(lambda: self.done.emit(VisitStarted("card")))
        self.start_manual.clicked.connect(lambda: self.done.emit(VisitStarted("manual")))

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
        self.hint.setText(self.tr(
            "Need help? Tap \u201cCall staff\u201d at the top right at any time."
        ))
