"""「事前に入力した方」: show the code made at home to the scanner or the camera.

The scanner types the code (:class:`~kiosk.ui.prefill.scanner_input.ScannerInput`); the
tablet's camera, when there is one, reads it too (:class:`~kiosk.ui.prefill.camera.
CameraReader`); a code scanned at the welcome screen arrives in the session
(``scanned_code``) and is read as soon as this screen shows. Reading runs on the task
runner (the replay check asks the database). A code the kiosk can use goes into the
session (``session.prefill``) and the screen is done: the card comes next. Any refusal
is one sentence on the :class:`~kiosk.ui.prefill.refusal_panel.RefusalPanel`, with scan
again, call staff and, for a code printed earlier today, the staff's reprint (staff PIN,
audited by the store).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.app.prefill_desk import PrefillRefused
from kiosk.app.session import ResidentSession
from kiosk.security import StaffGate
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.prefill.camera import CameraReader, camera_available
from kiosk.ui.prefill.refusal_panel import RefusalPanel
from kiosk.ui.prefill.scanner_input import ScannerInput
from kiosk.ui.screens.base import Screen, make_button, make_label
from kiosk.ui.widgets.staff_pin import StaffPinPrompt

log = logging.getLogger(__name__)

SCANNING, REFUSED = 0, 1


class PrefillScanScreen(Screen):
    screen_id = "prefill_scan"

    def setup_ui(self) -> None:
        self.state = "scanning"  # scanning | reading | refused
        self._token = 0
        self._refused_code = ""  # the code id staff may allow again (replayed)
        self._last_text = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(20)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("prefillScanPages")
        self.pages.addWidget(self._build_scanning(self.pages))
        self.refusal = RefusalPanel(self.pages)
        self.pages.addWidget(self.refusal)
        layout.addWidget(self.pages, 1)
        self.scanner = ScannerInput(self)
        self.scanner.scanned.connect(self.read)
        self.camera: CameraReader | None = None
        self.refusal.again_button.clicked.connect(self._scan_again)
        self.refusal.staff_button.clicked.connect(self._call_staff)
        self.refusal.reprint_button.clicked.connect(self._ask_staff_pin)
        self.staff_pin: StaffPinPrompt | None = None

    def _build_scanning(self, parent: QWidget) -> QWidget:
        page = QWidget(parent)
        column = QVBoxLayout(page)
        column.setSpacing(20)
        self.title = make_label("prefillScanTitle", page, "title")
        self.instructions = make_label("prefillScanInstructions", page, "subtitle")
        self.camera_note = make_label("prefillScanCameraNote", page, "hint")
        self.status = make_label("prefillScanStatus", page, "warning")
        for label in (self.title, self.instructions, self.camera_note, self.status):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view: QWidget | None = None
        if camera_available():
            from PySide6.QtMultimediaWidgets import QVideoWidget

            self.view = QVideoWidget(page)
            self.view.setObjectName("prefillCameraView")
            self.view.setMinimumSize(480, 320)
        self.back_button = make_button("prefillScanBack", page)
        self.back_button.clicked.connect(self._back)
        column.addWidget(self.title)
        column.addWidget(self.instructions)
        if self.view is not None:
            column.addWidget(self.view, 1, Qt.AlignmentFlag.AlignHCenter)
        else:
            column.addStretch(1)
        column.addWidget(self.camera_note)
        column.addWidget(self.status)
        column.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        column.addLayout(row)
        return page

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Show the QR code you made at home"))
        if self.view is not None:
            self.instructions.setText(self.tr(
                "Hold the code under the scanner, or in front of the camera."))
            self.camera_note.setText("")
            self.view.setAccessibleName(self.tr("The camera's picture"))
        else:
            self.instructions.setText(self.tr(
                "Hold the code (on your phone or on paper) under the scanner."))
            self.camera_note.setText(self.tr(
                "This kiosk has no camera: please use the scanner."))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to the start"))
        self.status.setText(self.tr("Reading the code…") if self.state == "reading" else "")
        self.refusal.retranslate_ui()

    # ------------------------------------------------------------------ flow
    def on_enter(self, session: ResidentSession) -> None:
        super().on_enter(session)
        self._show("scanning")
        text, session.scanned_code = session.scanned_code, ""
        if text:  # once shown: the window ignores a done() from a screen not yet shown
            QTimer.singleShot(0, lambda: self.read(text))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scanner.start()
        if self.view is not None and self.shell is not None:
            if self.camera is None:
                from PySide6.QtMultimediaWidgets import QVideoWidget

                view = self.view if isinstance(self.view, QVideoWidget) else None
                self.camera = CameraReader(self.shell.runner, self, view)
                self.camera.scanned.connect(self._camera_read)
            self.camera.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.scanner.stop()
        if self.camera is not None:
            self.camera.stop()
        super().hideEvent(event)

    def _camera_read(self, text: str) -> None:
        # The camera sees a refused code again four times a second: the refusal stays
        # until the resident taps "scan another code" (the scanner may always try again).
        if self.state != "refused":
            self.read(text)

    def read(self, text: str) -> None:
        """Read one scanned code (the scanner's, the camera's or the welcome screen's)."""
        if self.state == "reading" or self.session is None or self.shell is None:
            return
        self._last_text = text
        self._show("reading")
        self._token += 1
        token, desk = self._token, self.services.prefill
        self.shell.runner.run(lambda: desk.read(text), lambda code: self._read(token, code),
                              lambda exc: self._refused(token, exc))

    def _read(self, token: int, code: object) -> None:
        if token != self._token or self.session is None:
            return
        self.session.prefill = code  # type: ignore[assignment]  # read() returns a PrefillCode
        self._show("scanning")
        self.done.emit(None)

    def _refused(self, token: int, exc: BaseException) -> None:
        if token != self._token:
            return
        from kiosk.prefill import PrefillError

        language = LanguageSwitcher.shared().current
        self._refused_code = ""
        if isinstance(exc, PrefillRefused):
            log.info("pre-application code refused", extra={"reason": exc.reason})
            self._refused_code = exc.code_id
            self.refusal.show_refusal(exc.reason, differs=exc.differs)
        elif isinstance(exc, PrefillError):
            log.info("pre-application code refused", extra={"reason": exc.reason})
            self.refusal.show_refusal(exc.reason, exc.message(language))
        else:
            log.error("pre-application code not read", extra={"error": type(exc).__name__})
            self.refusal.show_refusal("failed")
        self._show("refused")

    def _show(self, state: str) -> None:
        self.state = state
        self.pages.setCurrentIndex(REFUSED if state == "refused" else SCANNING)
        self.status.setText(self.tr("Reading the code…") if state == "reading" else "")
        if state != "refused":
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ buttons
    def _scan_again(self) -> None:
        self._refused_code = ""
        self._show("scanning")

    def _back(self) -> None:
        self._token += 1
        self._show("scanning")
        self.back.emit()

    def _call_staff(self) -> None:
        if self.shell is not None:
            self.shell.open_call_staff()

    def _ask_staff_pin(self) -> None:
        if self.staff_pin is None:
            staff = self.services.config.staff
            gate = StaffGate(staff.pin_hash, staff.max_attempts, staff.lockout_seconds)
            self.staff_pin = StaffPinPrompt(self, gate)
            self.staff_pin.accepted.connect(self._allow_reprint)
        self.staff_pin.open()

    def _allow_reprint(self) -> None:
        code_id, shell, session = self._refused_code, self.shell, self.session
        if not code_id or shell is None or session is None:
            return
        desk, text, visit_id = self.services.prefill, self._last_text, session.visit_id
        log.info("staff allowed a pre-application code to print again")

        def allowed(_result: object) -> None:
            self._show("scanning")
            self.read(text)

        def failed(exc: BaseException) -> None:
            log.warning("reprint not allowed", extra={"error": type(exc).__name__})
            self.refusal.show_refusal("failed")

        shell.runner.run(lambda: desk.allow_reprint(code_id, visit_id), allowed, failed)

    def wipe(self) -> None:
        super().wipe()
        self._token += 1
        self._refused_code = self._last_text = ""
        self._show("scanning")
