"""One refusal of a pre-application code, in one sentence, with the ways on.

Shown by the scan screen (a code the kiosk cannot use) and the review screen (the card is
not the code's resident). Big type, the reason first, then three large buttons: scan
again / start again, call staff, and, for a code printed earlier today, "Staff: allow a
reprint" (the staff PIN opens it). Never a traceback, never the other person's data: a
mismatch names only the kinds of data that differ.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.widgets.button_row_fit import ButtonRowFit
from kiosk.ui.widgets.factories import make_button, make_label


class RefusalPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prefillRefusal")
        self.reason = ""
        self.differs: tuple[str, ...] = ()
        self._codec_sentence = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(24)
        self.title = make_label("refusalTitle", self, "title")
        self.message = make_label("refusalMessage", self, "warning")
        self.hint = make_label("refusalHint", self, "hint")
        for label in (self.title, self.message, self.hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.again_button = make_button("refusalAgain", self, role="primary")
        self.staff_button = make_button("refusalCallStaff", self, role="callstaff")
        self.reprint_button = make_button("refusalAllowReprint", self)
        row = QWidget(self)
        row.setObjectName("refusalButtons")
        buttons = QHBoxLayout(row)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(24)
        # No stretch factors: each button gets at least its text's width (equal halves cut
        # "Mag-scan ng ibang code" at 特大), and two lines when the row is too narrow.
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.staff_button)
        self._row_fit = ButtonRowFit(row)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addSpacing(16)
        layout.addWidget(row)
        layout.addWidget(self.reprint_button)
        layout.addStretch(2)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_refusal(self, reason: str, codec_sentence: str = "",
                     differs: Sequence[str] = ()) -> None:
        """``reason``: the codec's (with its translated ``codec_sentence``) or the kiosk's
        (``replayed``, ``mismatch`` with the kinds that differ, ``unusable``, ``failed``)."""
        self.reason, self.differs, self._codec_sentence = reason, tuple(differs), codec_sentence
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        mismatch = self.reason == "mismatch"
        self.title.setText(self.tr("This card does not match the code") if mismatch
                           else self.tr("This code cannot be used"))
        text = self._sentence()
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.hint.setText(self.tr(
            "A member of staff can help you, or you can start again and answer the "
            "questions here."))
        again = self.tr("Start again") if mismatch else self.tr("Scan another code")
        self._row_fit.set_text(self.again_button, again)
        self.again_button.setAccessibleName(again)
        self._row_fit.set_text(self.staff_button, self.tr("Call staff"))
        self.staff_button.setAccessibleName(self.tr("Call a member of staff for help"))
        self.reprint_button.setText(self.tr("Staff: allow printing again"))
        self.reprint_button.setAccessibleName(self.tr(
            "Staff only: allow this code to print again today (staff PIN needed)"))
        self.reprint_button.setVisible(self.reason == "replayed")

    def _sentence(self) -> str:
        if self.reason == "replayed":
            return self.tr("This code was already printed today. To print it again, "
                           "please ask a member of staff.")
        if self.reason == "mismatch":
            kinds = {"name": self.tr("the name"), "birth_date": self.tr("the date of birth"),
                     "sex": self.tr("the sex"), "address": self.tr("the address")}
            listed = self.tr(" and ").join(kinds[k] for k in self.differs if k in kinds)
            return self.tr("The card and the code are not for the same person: %1 "
                           "differ.").replace("%1", listed)
        if self.reason == "unusable":
            return self.tr("This code was made for a procedure this kiosk does not offer. "
                           "Please ask a member of staff.")
        if self.reason == "failed":
            return self.tr("Codes cannot be read at this kiosk just now. Please ask a "
                           "member of staff.")
        return self._codec_sentence
