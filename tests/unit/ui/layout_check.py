"""Find what a resident would see as broken on a shown screen: clipped or overlapping widgets.

``layout_problems(screen)`` looks at every visible button, non-empty label and line edit of
the screen and reports, in words a reviewer can act on:

* a widget that reaches outside one of its ancestors (cut off at the window's edge); inside
  a scroll area that shows its scroll bar, content below the fold is fine (it scrolls),
* two widgets, neither inside the other, whose visible rectangles overlap (what a scroll
  area's viewport clips away is not drawn, so it overlaps nothing),
* a button narrower than its own size hint (its text is cut), a word-wrapped label shorter
  than the height its text needs at its width.

Geometry only: it cannot tell whether a picture looks good, so screenshots are still looked at.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QLineEdit, QWidget

_CHECKED = (QAbstractButton, QLabel, QLineEdit)


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _leaves(screen: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for widget in screen.findChildren(QWidget):
        if not isinstance(widget, _CHECKED) or not _shown(widget):
            continue
        if isinstance(widget, QLabel) and not widget.text() and widget.pixmap().isNull():
            continue
        found.append(widget)
    return found


def _rect_in(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton, QLabel, QLineEdit)) else ""
    return f"{widget.objectName() or type(widget).__name__} ({text[:24]!r})"


def _scrolls(viewport: QWidget) -> bool:
    """``viewport`` is a scroll area's, and its scroll bar lets the resident reach what
    lies outside it."""
    area = viewport.parentWidget()
    if not isinstance(area, QAbstractScrollArea) or area.viewport() is not viewport:
        return False
    bars = (area.verticalScrollBar(), area.horizontalScrollBar())
    return any(bar is not None and bar.isVisible() and bar.maximum() > 0 for bar in bars)


def _visible_rect(widget: QWidget, top: QWidget) -> QRect:
    """The part of ``widget`` that is drawn: its rectangle clipped by every ancestor."""
    rect = _rect_in(widget, top)
    parent = widget.parentWidget()
    while parent is not None and not rect.isEmpty():
        rect = rect.intersected(_rect_in(parent, top))
        if parent is top:
            break
        parent = parent.parentWidget()
    return rect


def _clipped_by_ancestor(widget: QWidget, screen: QWidget) -> str | None:
    top = screen.window()
    own = _rect_in(widget, top)
    parent = widget.parentWidget()
    while parent is not None:
        if _scrolls(parent):
            own = own.intersected(_rect_in(parent, top))  # the rest scrolls into view
            if own.isEmpty():
                return None
        elif not _rect_in(parent, top).contains(own):
            return f"{_name(widget)} reaches outside {_name(parent)}"
        if parent is top:
            break
        parent = parent.parentWidget()
    return None


def _text_cut(widget: QWidget) -> str | None:
    if isinstance(widget, QAbstractButton) and widget.text() \
            and widget.sizeHint().width() > widget.width() + 1:
        return (f"{_name(widget)} is {widget.width()} px wide but its text needs "
                f"{widget.sizeHint().width()} px")
    if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
        needed = widget.heightForWidth(widget.width())
        if needed > widget.height() + 1:
            return f"{_name(widget)} is {widget.height()} px high but its text needs {needed} px"
    return None


def layout_problems(screen: QWidget) -> list[str]:
    """Everything clipped, cut or overlapping on ``screen`` as it is shown now."""
    top = screen.window()
    leaves = _leaves(screen)
    problems = [p for w in leaves for p in (_clipped_by_ancestor(w, screen), _text_cut(w)) if p]
    rects = [(w, _visible_rect(w, top)) for w in leaves]
    for i, (first, first_rect) in enumerate(rects):
        for second, second_rect in rects[i + 1:]:
            if first.isAncestorOf(second) or second.isAncestorOf(first):
                continue
            common = first_rect.intersected(second_rect)
            if common.width() > 1 and common.height() > 1:
                problems.append(f"{_name(first)} overlaps {_name(second)}")
    return problems
