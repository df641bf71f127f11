"""A look at the forms as rendered for this counter (guide sheet first), page by page.

Pages are rasterised off the UI thread (``ClerkDesk.preview``, poppler) as greyscale
pictures and turned into pixmaps here. They show personal data: ``wipe()`` drops them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.clerk.panel import Panel
from kiosk.ui.screens.base import make_button


def to_qimage(page: Any) -> QImage:
    """A PIL greyscale image as a QImage that owns its pixels."""
    grey = page.convert("L")
    data = grey.tobytes()
    image = QImage(data, grey.width, grey.height, grey.width, QImage.Format.Format_Grayscale8)
    return image.copy()


class PreviewPanel(Panel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPanel")
        self.pages: list[QImage] = []
        self.index = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.page_view = QLabel(self)
        self.page_view.setObjectName("page_view")
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.page_view.setMinimumSize(200, 280)
        row = QHBoxLayout()
        self.previous_button = make_button("previous_button", self)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = make_button("next_button", self)
        row.addWidget(self.previous_button)
        row.addWidget(self.page_label, 1)
        row.addWidget(self.next_button)
        layout.addWidget(self.page_view, 1)
        layout.addLayout(row)
        self.previous_button.clicked.connect(lambda: self.show_page(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.index + 1))
        self.retranslate_ui()
        self.wipe()

    def retranslate_ui(self) -> None:
        self.previous_button.setText(self.tr("◀ Previous page"))
        self.previous_button.setAccessibleName(self.tr("Previous page of the forms"))
        self.next_button.setText(self.tr("Next page ▶"))
        self.next_button.setAccessibleName(self.tr("Next page of the forms"))
        self.page_view.setAccessibleName(self.tr("Rendered form page"))
        self.show_page(self.index)

    def show_pages(self, pages: Sequence[Any]) -> None:
        self.pages = [to_qimage(p) for p in pages]
        self.show_page(0)

    def wipe(self) -> None:
        self.pages = []
        self.show_page(0)

    def show_page(self, index: int) -> None:
        if not self.pages:
            self.index = 0
            self.page_view.clear()
            self.page_view.setText(self.tr("No preview."))
            self.page_label.clear()
            self.previous_button.setEnabled(False)
            self.next_button.setEnabled(False)
            return
        self.index = max(0, min(index, len(self.pages) - 1))
        self._scale()
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(self.index + 1))
                                .replace("%2", str(len(self.pages))))
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.pages) - 1)

    def _scale(self) -> None:
        if self.pages:
            pixmap = QPixmap.fromImage(self.pages[self.index])
            self.page_view.setPixmap(pixmap.scaled(
                self.page_view.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()
