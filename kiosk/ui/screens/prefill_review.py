"""The pre-application's one screen after the PIN: check the card, then look and print.

On entering, the card just read (the session's resident) is compared with the code's
resident (:func:`kiosk.app.prefill_visit.check_card`). A difference shows the refusal
panel: which kinds of data differ (never the values), call staff, or start again. A match
loads the code's answers into the session (:func:`~kiosk.app.prefill_visit.apply_code`)
and shows, side by side, the plan (counters in order, documents to bring: the summary
screen's own rendering) and the page previews with one big print button (the preview
screen's own rendering, printing and failure handling). Both are embedded as they are,
their own back and print buttons of the summary hidden, so the pre-application takes
one tap here where the wizard takes two.

The print tap records the plan (``Planned``: the figures and the clerks' copy, as the
summary's button does in the wizard), marks the code printed today
(:meth:`~kiosk.app.prefill_visit.PrefillDesk.claim`, atomic at every terminal; a code
another window printed meanwhile is refused here), then hands the job to the printer.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.app.prefill_desk import PrefillRefused
from kiosk.app.prefill_visit import apply_code, check_card
from kiosk.app.results import Planned
from kiosk.app.session import ResidentSession
from kiosk.app.visit_steps import record_step
from kiosk.ui.prefill.refusal_panel import RefusalPanel
from kiosk.ui.screens.base import Screen, make_label
from kiosk.ui.screens.preview import PreviewScreen
from kiosk.ui.screens.summary import SummaryScreen

log = logging.getLogger(__name__)

REVIEW, REFUSED = 0, 1


def _margins(widget: QWidget, left: int, top: int, right: int, bottom: int) -> None:
    """Narrower margins for an embedded screen (its own are for a whole window)."""
    layout = widget.layout()
    if layout is not None:
        layout.setContentsMargins(left, top, right, bottom)


class PrefillReviewScreen(Screen):
    screen_id = "prefill_review"

    def setup_ui(self) -> None:
        self.state = "idle"  # review | printing | refused
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("prefillReviewPages")
        review = QWidget(self.pages)
        column = QVBoxLayout(review)
        column.setContentsMargins(32, 12, 0, 0)
        column.setSpacing(4)
        # One title and one line for both halves (their own would say "printed next").
        self.title = make_label("prefillReviewTitle", review, "title")
        self.hint = make_label("prefillReviewHint", review, "hint")
        column.addWidget(self.title)
        column.addWidget(self.hint)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        column.addLayout(row, 1)
        self.summary = SummaryScreen(self.services, review)
        _margins(self.summary, 0, 0, 16, 8)
        for part in (self.summary.title, self.summary.hint, self.summary.print_button,
                     self.summary.back_button):
            part.hide()  # one print button: the preview's
        self.preview = PreviewScreen(self.services, review)
        _margins(self.preview, 8, 0, 24, 16)
        self.preview.title.hide()
        # The answers were made at home: nothing to go back to. Fewer, larger controls.
        self.preview.back_button.hide()
        self.preview.zoom_button.hide()
        self.preview.print_button.clicked.disconnect()
        self.preview.print_button.clicked.connect(self.print_forms)
        self.preview.done.connect(self.done.emit)
        row.addWidget(self.summary, 2)
        row.addWidget(self.preview, 3)
        self.pages.addWidget(review)
        self.refusal = RefusalPanel(self.pages)
        self.pages.addWidget(self.refusal)
        layout.addWidget(self.pages)
        self.refusal.again_button.clicked.connect(lambda: self.done.emit("restart"))
        self.refusal.staff_button.clicked.connect(self._call_staff)

    @property
    def print_button(self) -> QWidget:
        return self.preview.print_button

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Check your procedures and forms, then print"))
        self._show_counts()
        self.refusal.retranslate_ui()

    def _show_counts(self) -> None:
        plan = self.summary.plan
        if plan is None:
            self.hint.clear()
            return
        count = sum(len(stop.procedures) for stop in plan.stops)
        self.hint.setText(self.tr("%1 procedures at %2 counters. Take your printed forms "
                                  "to them in this order.")
                          .replace("%1", str(count)).replace("%2", str(len(plan.stops))))

    def should_show(self, session: ResidentSession) -> bool:
        return session.prefill is not None

    # ------------------------------------------------------------------ flow
    def on_enter(self, session: ResidentSession) -> None:
        super().on_enter(session)
        code, card = session.prefill, session.resident
        if code is None or card is None:
            self._refuse(PrefillRefused("failed"))
            return
        try:
            check_card(code, card)
        except PrefillRefused as refused:
            log.info("pre-application refused", extra={"reason": refused.reason,
                                                       "differs": list(refused.differs)})
            self._refuse(refused)
            return
        apply_code(code, session)
        self.state = "review"
        self.pages.setCurrentIndex(REVIEW)
        for part in (self.summary, self.preview):
            part.shell = self.shell
        self.summary.on_enter(session)
        self._show_counts()
        self.preview.on_enter(session)

    def print_forms(self) -> None:
        """The one print tap: record the plan, mark the code printed, print."""
        session, shell = self.session, self.shell
        if (self.state != "review" or self.preview.state != "ready" or session is None
                or shell is None or session.prefill is None):
            return
        self.state = "printing"
        record_step(self.services, session, Planned())
        code, desk = session.prefill, self.services.prefill
        shell.runner.run(lambda: desk.claim(code), lambda _r: self.preview.start_printing(),
                         self._claim_failed)

    def _claim_failed(self, exc: BaseException) -> None:
        if isinstance(exc, PrefillRefused):
            log.info("pre-application printed elsewhere meanwhile")
            self._refuse(exc)
        else:  # the store keeps marks locally when the database is away; this is a bug
            log.error("pre-application print not marked", extra={"error": type(exc).__name__})
            self._refuse(PrefillRefused("failed"))

    def _refuse(self, refused: PrefillRefused) -> None:
        self.state = "refused"
        self.preview.wipe()
        self.summary.wipe()
        self.refusal.show_refusal(refused.reason, differs=refused.differs)
        self.pages.setCurrentIndex(REFUSED)

    def _call_staff(self) -> None:
        if self.shell is not None:
            self.shell.open_call_staff()

    def wipe(self) -> None:
        super().wipe()
        self.state = "idle"
        self.summary.wipe()
        self.preview.wipe()
        self.hint.clear()
        self.pages.setCurrentIndex(REVIEW)
