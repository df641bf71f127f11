"""Layouts that fit the screen: the shared pattern every screen and overlay uses.

A kiosk screen must never grow its window past the display, whatever the text size or the
language. Two pieces, reusable by any new widget:

* :class:`FitStack`: a stack of pages sized by the page *shown*, not by its largest page
  (Qt's own stack takes the largest), so one long screen never grows every other one. The
  window's screen stack and the multi-page screens use it.
* :func:`fit_scroll`: a frameless vertical scroll area for content that may still be too
  long (a long list, a long question in a long language): it scrolls instead of overflowing.
* :func:`compact_title`: a title one step smaller above a keyboard or a number pad, which
  need the room (a long English title takes two lines at 特大); :class:`TitleFit` does it
  by itself when the title would take more lines than the screen can spare.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from kiosk.i18n.ruby import plain


class FitStack(QStackedWidget):
    """A stack of pages sized by the page shown, not by the largest page: a screen's
    keyboard page and its list page never add up beyond the screen."""

    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()


def fit_scroll(parent: QWidget, name: str) -> tuple[QScrollArea, QVBoxLayout]:
    """A frameless vertical scroll area and the layout to fill: content that does not fit
    scrolls (with the theme's wide scroll bar) instead of growing the window."""
    area = QScrollArea(parent)
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    content = QWidget(area)
    content.setObjectName(f"{name}Content")
    layout = QVBoxLayout(content)
    layout.setContentsMargins(0, 0, 8, 0)
    layout.setSpacing(16)
    area.setWidget(content)
    # setWidget() turns the background on: switch it off so the theme's background shows
    # (a grey box behind white text would be unreadable in high contrast).
    content.setAutoFillBackground(False)
    viewport = area.viewport()
    if viewport is not None:
        viewport.setAutoFillBackground(False)
    return area, layout


def compact_title(title: QLabel, compact: bool) -> None:
    """Show ``title`` in the theme's title size, or one step smaller (``compact``)."""
    role = "subtitle" if compact else "title"
    if title.property("role") == role:
        return
    title.setProperty("role", role)
    style = title.style()
    style.unpolish(title)
    style.polish(title)
    title.updateGeometry()


class TitleFit(QObject):
    """Keeps ``title`` at the title size while it fits in ``lines`` lines, and one step
    smaller when it would take more (やさしい日本語 with ruby, Vietnamese at 特大): the
    keypad below keeps its height. Always decided with the title size's font (remembered
    from before the title was made smaller), so it never flips back and forth; call
    :meth:`refit` after changing the text."""

    def __init__(self, title: QLabel, lines: int = 1) -> None:
        super().__init__(title)
        self.title, self.lines = title, lines
        self._title_font: QFont | None = None
        self._busy = False  # polishing the title sends it a FontChange: not again
        title.installEventFilter(self)

    def refit(self) -> None:
        title = self.title
        if self._busy:
            return
        if title.property("role") == "title":
            self._title_font = QFont(title.font())
        elif self._title_font is None:
            return  # made smaller before any measure: left as it is
        needed = QFontMetrics(self._title_font).horizontalAdvance(plain(title.text()))
        room = title.contentsRect().width()
        self._busy = True
        try:
            compact_title(title, room > 0 and needed > self.lines * room)
        finally:
            self._busy = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.title or self._busy:
            return False  # (our own polish sends the title a StyleChange and a FontChange)
        if event.type() == QEvent.Type.StyleChange:
            # A new text size: the title size's font is measured again, or estimated from
            # the smaller one (the style sheet's 1.8 and 1.3 times the text size).
            self._title_font = None
            if self.title.property("role") != "title":
                font = QFont(self.title.font())
                if font.pixelSize() > 0:
                    font.setPixelSize(round(font.pixelSize() * 1.8 / 1.3))
                self._title_font = font
        elif event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange):
            self.refit()
        return False
