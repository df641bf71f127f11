"""A key with variants: a tap types the key, a long press or a flick types a variant.

On the kana keyboard カ gives ガ when held (or flicked up), ハ gives バ flicked up and パ
flicked down, ツ ヤ ユ ヨ give their small kana: one touch instead of a letter and a
modifier key. The variants are drawn small in the key's corners (up: top right, down:
bottom right), so a resident sees they are there. A long press types the first variant
as soon as it is recognised (the finger feels the answer), and the key then ignores its
release.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QPushButton, QWidget

#: How long a press must last to count as a long press, in milliseconds.
LONG_PRESS_MS = 450
#: How far (in pixels) a finger must move up or down to flick.
FLICK_PX = 24


class VariantKey(QPushButton):
    """A keyboard key; ``variant`` carries the chosen variant (``clicked`` a plain tap)."""

    variant = Signal(str)

    def __init__(self, parent: QWidget, char: str, variants: tuple[str, ...]) -> None:
        super().__init__(parent)
        self.char = char
        self.variants = variants
        self._origin: QPoint | None = None
        self._used = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LONG_PRESS_MS)
        self._timer.timeout.connect(self._long_press)

    def choose(self, index: int) -> None:
        """Type variant ``index`` (0: up or long press, 1: down), as the gesture does."""
        if 0 <= index < len(self.variants):
            self.variant.emit(self.variants[index])

    def _long_press(self) -> None:
        if self._origin is not None and not self._used and self.variants:
            self._used = True
            self.setDown(False)
            self.choose(0)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.variants:
            self._origin = event.position().toPoint()
            self._used = False
            self._timer.start()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._origin is not None and not self._used:
            dy = event.position().toPoint().y() - self._origin.y()
            if abs(dy) >= FLICK_PX:
                index = 0 if dy < 0 else 1
                if index < len(self.variants):
                    self._used = True
                    self._timer.stop()
                    self.setDown(False)
                    self.choose(index)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._timer.stop()
        used, self._origin = self._used, None
        if used:
            # the gesture already typed its variant: no click on release
            self._used = False
            self.setDown(False)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.variants:
            return
        painter = QPainter(self)
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(max(7.0, font.pointSizeF() * 0.5))
        else:  # the theme sets sizes in pixels
            font.setPixelSize(max(10, font.pixelSize() // 2))
        painter.setFont(font)
        painter.setPen(self.palette().buttonText().color())
        inner = self.rect().adjusted(4, 2, -5, -2)
        painter.drawText(inner, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight,
                         self.variants[0])
        if len(self.variants) > 1:
            painter.drawText(inner, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight,
                             self.variants[1])
        painter.end()
