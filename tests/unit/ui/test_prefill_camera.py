"""The camera path: a frame becomes grey pixels, decoded off the UI thread, one code out."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QImage

from kiosk.prefill import qr_png
from kiosk.ui.prefill.camera import CameraReader, grey_pixels
from kiosk.ui.tasks import SyncTaskRunner

TEXT = "KC1:ABC DEF$%*+-./:0123456789"


def test_a_frame_showing_a_code_yields_its_text(qtbot: Any) -> None:
    image = QImage.fromData(qr_png(TEXT))
    assert not image.isNull()
    reader = CameraReader(SyncTaskRunner())
    with qtbot.waitSignal(reader.scanned, timeout=5_000) as got:
        reader.decode(image.convertToFormat(QImage.Format.Format_RGB32))
    assert got.args == [TEXT]


def test_a_frame_without_a_code_yields_nothing(qtbot: Any) -> None:
    blank = QImage(320, 240, QImage.Format.Format_RGB32)
    blank.fill(0xFFFFFFFF)
    reader = CameraReader(SyncTaskRunner())
    found: list[str] = []
    reader.scanned.connect(found.append)
    reader.decode(blank)
    assert found == [] and not reader._busy


def test_grey_pixels_keep_the_stride_the_decoder_needs() -> None:
    image = QImage(33, 10, QImage.Format.Format_RGB32)  # odd width: padded lines
    image.fill(0xFF808080)
    pixels, width, height, stride = grey_pixels(image)
    assert (width, height) == (33, 10) and stride >= 33
    assert len(pixels) == stride * height
