"""The tablet's camera as a QR reader: frames in, code texts out, the UI never waiting.

QtMultimedia shows the camera (``QCamera`` → ``QMediaCaptureSession`` → ``QVideoSink``);
each frame that arrives while no decode is running, and at most every ``interval_ms``,
becomes 8-bit grey pixels and goes to :func:`kiosk.prefill.decode_pixels` on the task
runner, off the UI thread. Frames that arrive meanwhile are dropped, so a slow decoder
lowers the reading rate, never the screen's. ``scanned(text)`` carries each code found.

The camera is optional: :func:`camera_available` is ``False`` on a kiosk without one
(the screen then says to use the scanner), and :meth:`CameraReader.start` does nothing.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QLoggingCategory, QObject, Signal
from PySide6.QtGui import QImage

from kiosk.ui.tasks import Runner

if TYPE_CHECKING:  # QtMultimedia is loaded by camera_available(), after the log filter
    from PySide6.QtMultimedia import QCamera, QVideoFrame
    from PySide6.QtMultimediaWidgets import QVideoWidget

log = logging.getLogger(__name__)


def camera_available() -> bool:
    # The FFmpeg back-end warns about every optional library it does not find (pipewire,
    # VA-API) as the library loads: noise on a kiosk, where the camera itself is optional.
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")
    from PySide6.QtMultimedia import QMediaDevices

    try:
        return bool(QMediaDevices.videoInputs())
    except RuntimeError:  # no multimedia back-end on this system
        return False


def grey_pixels(image: QImage) -> tuple[bytes, int, int, int]:
    """``(pixels, width, height, bytes per line)`` of ``image`` as 8-bit grey."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return bytes(grey.constBits()), grey.width(), grey.height(), grey.bytesPerLine()


class CameraReader(QObject):
    scanned = Signal(str)

    def __init__(self, runner: Runner, parent: QObject | None = None,
                 view: QVideoWidget | None = None, interval_ms: int = 250) -> None:
        super().__init__(parent)
        camera_available()  # loads QtMultimedia quietly
        from PySide6.QtMultimedia import QMediaCaptureSession, QVideoSink

        self.runner = runner
        self.interval = interval_ms / 1000
        self.session = QMediaCaptureSession(self)
        # Shown in ``view`` when there is one; its sink hands the frames over as well.
        if view is not None:
            self.session.setVideoOutput(view)
            self.sink = view.videoSink()
        else:
            self.sink = QVideoSink(self)
            self.session.setVideoSink(self.sink)
        self.sink.videoFrameChanged.connect(self._frame)
        self.camera: QCamera | None = None
        self._busy = False
        self._last = 0.0

    @property
    def running(self) -> bool:
        return self.camera is not None and self.camera.isActive()

    def start(self) -> None:
        if self.camera is not None or not camera_available():
            return
        from PySide6.QtMultimedia import QCamera, QMediaDevices

        self.camera = QCamera(QMediaDevices.defaultVideoInput(), self)
        self.camera.errorOccurred.connect(self._camera_error)
        self.session.setCamera(self.camera)
        self.camera.start()

    def stop(self) -> None:
        if self.camera is not None:
            self.camera.stop()
            self.session.setCamera(None)  # type: ignore[arg-type]  # None detaches it
            self.camera.deleteLater()
            self.camera = None

    def _camera_error(self, _error: QCamera.Error, _text: str) -> None:
        log.warning("camera stopped; the scanner still works")
        self.stop()

    def _frame(self, frame: QVideoFrame) -> None:
        now = time.monotonic()
        if self._busy or now - self._last < self.interval or not frame.isValid():
            return
        image = frame.toImage()
        if image.isNull():
            return
        self._busy, self._last = True, now
        self.decode(image)

    def decode(self, image: QImage) -> None:
        """Look for codes in ``image`` off the UI thread (the camera's frames; tests)."""
        pixels, width, height, stride = grey_pixels(image)

        def work() -> list[str]:
            from kiosk.prefill import decode_pixels

            return decode_pixels(pixels, width, height, stride)

        self._busy = True
        self.runner.run(work, self._decoded, self._failed)

    def _decoded(self, texts: list[str]) -> None:
        self._busy = False
        if texts:
            self.scanned.emit(texts[0])

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        log.warning("camera frame not decoded", extra={"error": type(error).__name__})
