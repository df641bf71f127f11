"""Print preview and printing: the resident sees every page, then presses one button.

On entering, the visit's bundle (guide sheet + prefilled forms) is rendered off the UI
thread (``shell.runner``) while a moving bar shows that something is happening. The pages
then appear large in a ``QPdfView`` (scroll, page up/down, fit to width or whole page),
with a gentle note when the clerk must complete something by hand. Printing also runs
off the UI thread; a timer reads the job's stage so the screen never freezes. When the
printer fails the job stays queued for the clerk, and the resident is asked to call
staff before going on to the last screen, which shows their ticket and counters.

The screen holds personal data (the rendered PDF, in memory only: the document reads
it from a ``QBuffer``, never from a file) only while shown: ``wipe`` closes the document,
cancels any wait and drops the bytes.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QPointF, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.app.ports import Printing
from kiosk.app.printing_service import (
    PRINT_FAILED_FLAG,
    PRINT_FLAGS,
    PrintProgress,
    RenderedBundle,
    purge_previews,
)
from kiosk.app.results import HandedOver
from kiosk.app.session import ResidentSession
from kiosk.app.visit import Visit
from kiosk.domain.help_call import HelpReason
from kiosk.paths import spool_dir
from kiosk.ui.screens.base import Screen, make_button
from kiosk.ui.screens.preview_panels import BusyPanel, ProblemPanel

log = logging.getLogger(__name__)

BUSY, PAGES, PROBLEM = 0, 1, 2


#: The default zoom against filling the width: the forms' body text at about 16 px on the
#: kiosk (it was about 10 px); a finger drags the page sideways.
READABLE = 1.6
ZOOM_STEP = 1.25
#: The zoom range: from the whole width down to half of it, up to four times the size.
MIN_ZOOM, MAX_ZOOM = 0.5, 4.0


class PreviewScreen(Screen):
    screen_id = "preview"
    visit_step = 5
    poll_ms = 200

    def setup_ui(self) -> None:
        self.state = "idle"  # rendering | ready | printing | failed | error
        self.bundle: RenderedBundle | None = None
        self.progress: PrintProgress | None = None
        self._service: Printing | None = None
        self._buffer: QBuffer | None = None  # the shown PDF, in memory
        self._token = 0  # bumped on every entry and wipe: late results are ignored
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 16)
        layout.setSpacing(10)
        self.title = QLabel(self)
        self.title.setObjectName("previewTitle")
        self.title.setProperty("role", "title")
        # The UD font's descenders (p, g) reach below its declared descent: leave room.
        self.title.setContentsMargins(0, 0, 0, 8)
        # Beside the title, where the width is free: the note for the clerk's part.
        self.flags_note = QLabel(self)
        self.flags_note.setObjectName("previewFlags")
        self.flags_note.setProperty("role", "hint")
        self.flags_note.setWordWrap(True)
        top = QHBoxLayout()
        top.setSpacing(32)
        top.addWidget(self.title)
        top.addWidget(self.flags_note, 1)
        layout.addLayout(top)
        self.panels = QStackedWidget(self)
        self.panels.setObjectName("previewPanels")
        self.busy = BusyPanel(self.panels)
        self.problem = ProblemPanel(self.panels)
        self.panels.addWidget(self.busy)
        self.panels.addWidget(self._build_pages(self.panels))
        self.panels.addWidget(self.problem)
        layout.addWidget(self.panels, 1)
        self.problem.call_staff_button.clicked.connect(self._call_staff)
        self.problem.next_button.clicked.connect(self._problem_next)
        self._poll = QTimer(self)
        self._poll.setInterval(self.poll_ms)
        self._poll.timeout.connect(self._show_progress)
        # Start-up: an earlier run may have died while someone looked at their forms.
        queue = self.services.printer
        purge_previews(queue.spool if queue is not None else spool_dir())

    def _build_view(self, page: QWidget) -> None:
        """The pages themselves: a PDF view a finger drags, zoomed to be readable."""
        self.document = QPdfDocument(self)
        self.view = QPdfView(page)
        self.view.setObjectName("view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(24)
        self._keep_readable = True
        viewport = self.view.viewport()
        if viewport is not None:
            viewport.installEventFilter(self)
        # A finger drags the pages (kinetic), as on a phone; the scroll bar stays for a tap.
        QScroller.grabGesture(self.view.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page_number)

    def _build_pages(self, parent: QWidget) -> QWidget:
        page = QWidget(parent)
        page.setObjectName("previewPage")
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        self._build_view(page)
        row.addWidget(self.view, 1)
        # The controls take the width their labels need at the current text size (never
        # clipped); the pages get all the rest.
        column = QWidget(page)
        column.setObjectName("previewControls")
        column.setMinimumWidth(360)
        side = QVBoxLayout(column)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(14)
        self.summary = QLabel(page)
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.page_label = QLabel(page)
        self.page_label.setObjectName("pageLabel")
        self.prev_page = make_button("prev_page", page)
        self.next_page = make_button("next_page", page)
        self.zoom_button = make_button("zoom_button", page, checkable=True)
        self.zoom_out = make_button("zoom_out", page)
        self.zoom_in = make_button("zoom_in", page)
        self.back_button = make_button("back_button", page)
        self.print_button = make_button("print_button", page, role="primary")
        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.prev_page, 0, 0)
        grid.addWidget(self.next_page, 0, 1)
        grid.addWidget(self.zoom_out, 1, 0)
        grid.addWidget(self.zoom_in, 1, 1)
        grid.addWidget(self.back_button, 2, 0)
        grid.addWidget(self.zoom_button, 2, 1)
        side.addWidget(self.summary)
        side.addWidget(self.page_label)
        side.addLayout(grid)
        side.addStretch(1)
        side.addWidget(self.print_button)
        row.addWidget(column, 0)
        self.prev_page.clicked.connect(lambda: self.go_to_page(self.current_page - 1))
        self.next_page.clicked.connect(lambda: self.go_to_page(self.current_page + 1))
        self.zoom_button.toggled.connect(self._zoom)
        self.zoom_in.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.back_button.clicked.connect(self._go_back)
        self.print_button.clicked.connect(self.start_printing)
        return page

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        self.problem.retranslate_ui()
        self.prev_page.setText(self.tr("\u25b2 Previous"))
        self.prev_page.setAccessibleName(self.tr("Show the previous page"))
        self.next_page.setText(self.tr("\u25bc Next"))
        self.next_page.setAccessibleName(self.tr("Show the next page"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to the answers"))
        self.print_button.setText(self.tr("Print my forms"))
        self.print_button.setAccessibleName(self.tr("Print all my forms now"))
        self.view.setAccessibleName(self.tr("Your forms, as they will be printed"))
        self.zoom_in.setText(self.tr("+ Larger"))
        self.zoom_in.setAccessibleName(self.tr("Make the page larger"))
        self.zoom_out.setText(self.tr("− Smaller"))
        self.zoom_out.setAccessibleName(self.tr("Make the page smaller"))
        self._show_zoom_label()
        self._show_state()

    def _show_zoom_label(self) -> None:
        whole = self.zoom_button.isChecked()
        text = self.tr("Fit width") if whole else self.tr("Whole page")
        self.zoom_button.setText(text)
        self.zoom_button.setAccessibleName(text)

    def _show_state(self) -> None:
        """Every text that depends on the state (called on changes and language switch)."""
        if self.state == "printing":
            self.title.setText(self.tr("Printing your forms"))
            self._show_progress()
        elif self.state == "failed":
            self.title.setText(self.tr("Your forms are safe"))
            self.problem.show_problem(
                self.tr("The printer is not responding."),
                self.tr("A member of staff will bring your forms. Please tap Call staff."),
                self.tr("Continue"))
        elif self.state == "error":
            self.title.setText(self.tr("Something went wrong"))
            self.problem.show_problem(
                self.tr("Your forms could not be prepared."),
                self.tr("Please tap Call staff. A member of staff will help you."),
                self.tr("Try again"))
        elif self.state == "ready":
            self.title.setText(self.tr("Check, then print"))
            self._show_summary()
        else:
            self.title.setText(self.tr("Preparing your forms"))
            self.busy.show_message(self.tr("Your forms are being filled in for you\u2026"),
                                   self.tr("This takes a few seconds."))

    def _show_summary(self) -> None:
        bundle = self.bundle
        if bundle is None:
            return
        if bundle.forms == 1:
            self.summary.setText(self.tr("A guide sheet and one form."))
        else:
            self.summary.setText(self.tr("A guide sheet and %n forms.", "", bundle.forms))
        count = bundle.missing_characters
        if count == 1:
            note = self.tr("One character cannot be printed: staff will write it by hand.")
        elif count:
            note = self.tr("%n characters cannot be printed: staff will write them by hand.",
                           "", count)
        elif bundle.needs_clerk:
            note = self.tr("Staff will check a few entries with you at the counter.")
        else:
            note = ""
        self.flags_note.setText(note)
        self._show_page_number()

    def _show_page_number(self, *_: Any) -> None:
        count = self.document.pageCount()
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(self.current_page + 1))
                                .replace("%2", str(count)) if count else "")
        self.prev_page.setEnabled(self.current_page > 0)
        self.next_page.setEnabled(self.current_page + 1 < count)

    def _show_progress(self) -> None:
        stage = self.progress.stage if self.progress else "sending"
        if stage == "waiting":
            message = self.tr("The printer is printing your forms\u2026")
        else:
            message = self.tr("Sending your forms to the printer\u2026")
        self.busy.show_message(message, self.tr("Please wait here. This can take a minute."))

    # ------------------------------------------------------------------ pages
    @property
    def current_page(self) -> int:
        return int(self.view.pageNavigator().currentPage())

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.document.pageCount():
            navigator = self.view.pageNavigator()
            navigator.jump(page, QPointF(), navigator.currentZoom())
            self._show_page_number()

    def _zoom(self, whole_page: bool) -> None:
        if whole_page:
            self._keep_readable = False
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self._readable_zoom()
        self._show_zoom_label()

    def _readable_zoom(self) -> None:
        """READABLE times the width, kept so while the view is resized (its width is
        known only once the page is laid out) until the resident zooms."""
        self._keep_readable = True
        self.set_zoom(self.fit_width_zoom() * READABLE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize \
                and self._keep_readable:
            page = self.current_page
            self.set_zoom(self.fit_width_zoom() * READABLE)
            if page >= 0:
                self.go_to_page(page)
        return False

    def fit_width_zoom(self) -> float:
        """The zoom at which a page fills the view's width."""
        size = self.document.pagePointSize(max(0, self.current_page))
        if size.width() <= 0:
            return 1.0
        margins = self.view.documentMargins()
        width = self.view.viewport().width() - margins.left() - margins.right()
        return max(0.1, width / (size.width() * self.view.logicalDpiX() / 72))

    def set_zoom(self, factor: float) -> None:
        low = self.fit_width_zoom() * MIN_ZOOM
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(factor, low), MAX_ZOOM))
        self.zoom_out.setEnabled(self.view.zoomFactor() > low + 1e-6)
        self.zoom_in.setEnabled(self.view.zoomFactor() < MAX_ZOOM - 1e-6)

    def zoom_by(self, step: float) -> None:
        if self.zoom_button.isChecked():
            self.zoom_button.setChecked(False)  # back from the whole page, then zoom
        self._keep_readable = False
        self.set_zoom(self.view.zoomFactor() * step)

    # ------------------------------------------------------------------ rendering
    def on_enter(self, session: ResidentSession) -> None:
        super().on_enter(session)
        self._forget()
        self.zoom_button.setChecked(False)
        self.start_rendering()

    def start_rendering(self) -> None:
        session, shell = self.session, self.shell
        assert session is not None and shell is not None
        self._set_state("rendering")
        token = self._token
        try:
            wizard = Visit.for_services(session, self.services)
            scenario = wizard.scenario()
        except ValueError as exc:  # ScenarioError too: the session is incomplete
            self._render_failed(token, exc)
            return
        navigator, plan, numbers = wizard.navigator, session.plan, dict(session.my_numbers)
        channel, language = session.channel, session.language
        services = self.services

        def work() -> tuple[Printing, RenderedBundle, Any]:
            from printing.context import VisitInfo

            service = services.printing
            # The lifecycle owns the visit: it gives the ids (and shows them in the session).
            ids = services.visits.ids_for_printing(session, channel=channel, language=language)
            used = plan if plan is not None else navigator.plan(scenario)
            visit = VisitInfo(ids.visit_id, ids.ticket, ids.day)
            return service, service.render(scenario, used, visit, numbers, locale=language), used

        shell.runner.run(work, lambda result: self._rendered(token, result),
                         lambda exc: self._render_failed(token, exc))

    def _rendered(self, token: int, result: tuple[Printing, RenderedBundle, Any]) -> None:
        service, bundle, plan = result
        if token != self._token or self.session is None:
            service.discard(bundle)  # the resident left meanwhile
            return
        self._service, self.bundle = service, bundle
        session = self.session
        session.plan = plan
        # This bundle's flags replace an earlier render's (the resident went back).
        kept = [f for f in session.flags if f not in PRINT_FLAGS and f != PRINT_FAILED_FLAG]
        session.flags = kept + list(dict.fromkeys(f.kind for f in bundle.summary.flags))
        self._load(bundle.document)
        # Readable at once: filling the width drew the forms' text at about 10 px.
        self._readable_zoom()
        self._set_state("ready")
        self.go_to_page(0)

    def _load(self, document: bytes) -> None:
        """Show the PDF from memory (a ``QBuffer`` the document reads; no file)."""
        self._unload()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(document))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def _unload(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
            self._buffer = None

    def _render_failed(self, token: int, exc: BaseException) -> None:
        if token != self._token:
            return
        log.warning("preview could not be rendered", extra={"error": type(exc).__name__})
        self._set_state("error")

    # ------------------------------------------------------------------ printing
    def start_printing(self) -> None:
        shell, service, bundle = self.shell, self._service, self.bundle
        if self.state != "ready" or shell is None or service is None or bundle is None:
            return
        self._unload()  # the bundle goes to the print queue; the pages are not shown meanwhile
        self.progress = progress = PrintProgress()
        self._set_state("printing")
        self._poll.start()
        shell.pause_idle()  # waiting for paper is not inactivity
        token = self._token
        shell.runner.run(lambda: service.print(bundle, progress),
                         lambda _job: self._printed(token), lambda exc: self._print_failed(token, exc))

    def _printed(self, token: int) -> None:
        if token != self._token:
            return
        self._poll.stop()
        visit_id = self.bundle.visit.id if self.bundle is not None else None
        self.bundle = None  # printed and deleted
        if self.shell is not None:
            self.shell.resume_idle()
        self.done.emit(HandedOver(visit_id))

    def _print_failed(self, token: int, exc: BaseException) -> None:
        if token != self._token:
            return
        self._poll.stop()
        log.warning("printing failed; the job stays queued", extra={"error": type(exc).__name__})
        if self.session is not None and PRINT_FAILED_FLAG not in self.session.flags:
            self.session.flags.append(PRINT_FAILED_FLAG)
        if self.shell is not None:
            self.shell.resume_idle()
        self._set_state("failed")

    def _go_back(self) -> None:
        self._forget()  # the answers may change: this preview is stale
        self.back.emit()

    def _call_staff(self) -> None:
        if self.shell is not None:
            self.shell.open_call_staff(HelpReason.PRINT_FAILURE.value)

    def _problem_next(self) -> None:
        if self.state == "failed":  # queued for staff to bring: the counters take over
            self.done.emit(HandedOver(self.session.visit_id if self.session else None))
        elif self.state == "error":
            self.start_rendering()

    # ------------------------------------------------------------------ state
    def _set_state(self, state: str) -> None:
        self.state = state
        index = {"ready": PAGES, "failed": PROBLEM, "error": PROBLEM}.get(state, BUSY)
        self.panels.setCurrentIndex(index)
        self.print_button.setEnabled(state == "ready")
        self._show_state()
        # The note about the clerk's part belongs to the pages, not to a problem.
        self.flags_note.setVisible(state == "ready" and bool(self.flags_note.text()))

    def _forget(self) -> None:
        """Drop the shown bundle: cancel waiting, close the PDF, delete an unprinted one."""
        self._token += 1
        self._poll.stop()
        if self.progress is not None:
            self.progress.cancel()
            self.progress = None
        self._unload()
        if self.bundle is not None and self._service is not None:
            self._service.discard(self.bundle)
        self.bundle = None
        self.summary.clear()
        self.flags_note.clear()
        self.state = "idle"

    def wipe(self) -> None:
        self._forget()
        self.panels.setCurrentIndex(BUSY)
        super().wipe()
