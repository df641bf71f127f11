"""What the resident faces, read off the widgets: the headings and the controls in order.

The *scope* is the topmost open overlay (a confirmation, call staff), else the current
screen followed by the top bar. Headings are the scope's visible labels with a heading
role (title, subtitle, hint, warning; in an overlay every label), outside any button, in
reading order. Controls are the visible, enabled widgets that take focus from the
keyboard, in reading order: top to bottom, then left to right.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea, QWidget

from kiosk.speech.guidance import ControlView, ScreenView
from kiosk.ui.widgets.overlay import Overlay
from kiosk.ui.widgets.pin_pad import PinPad

HEADING_ROLES = frozenset({"title", "subtitle", "hint", "warning"})
_ROW_PX = 24  # widgets whose tops differ by less than this read as one row


def open_overlay(host: QWidget) -> Overlay | None:
    """The topmost visible overlay over ``host`` (the window's central widget)."""
    shown = [w for w in host.findChildren(Overlay, options=Qt.FindChildOption.FindDirectChildrenOnly)
             if w.isVisible()]
    return shown[-1] if shown else None


def _position(widget: QWidget) -> tuple[int, int]:
    corner = widget.mapToGlobal(QPoint(0, 0))
    return corner.y() // _ROW_PX, corner.x()


def _inside_button(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractButton):
            return True
        parent = parent.parentWidget()
    return False


def controls(roots: list[QWidget]) -> list[QWidget]:
    """The focusable controls of ``roots``, each root's in reading order, root by root."""
    found: list[QWidget] = []
    for root in roots:
        mine = [w for w in root.findChildren(QWidget)
                if w.isVisible() and w.isEnabled()
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not _inside_button(w)
                and not isinstance(w, QScrollArea)]  # a frame around controls, not one
        found.extend(sorted(mine, key=_position))
    return found


def headings(root: QWidget, *, every_label: bool = False) -> tuple[str, ...]:
    labels = [w for w in root.findChildren(QLabel)
              if w.isVisible() and w.text().strip() and not _inside_button(w)
              and not w.focusPolicy() & Qt.FocusPolicy.TabFocus
              and (every_label or w.property("role") in HEADING_ROLES)]
    return tuple(label.text().strip() for label in sorted(labels, key=_position))


def bring_into_view(widget: QWidget) -> None:
    """Scroll every scroll area around ``widget`` so that it shows."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        parent = parent.parentWidget()


def pin_pad_of(widget: QWidget) -> PinPad | None:
    parent: QWidget | None = widget
    while parent is not None:
        if isinstance(parent, PinPad):
            return parent
        parent = parent.parentWidget()
    return None


def control_view(widget: QWidget) -> ControlView:
    """The control as spoken: its accessible name (what Narrator reads) and description."""
    pad = pin_pad_of(widget)
    private = pad is not None and widget in pad.keypad.digit_buttons.values()
    name = widget.accessibleName()
    if not name and isinstance(widget, (QAbstractButton, QLabel)):
        name = widget.text()
    return ControlView(name, widget.accessibleDescription(), private)


def screen_view(scope_key: str, root: QWidget, focus: QWidget | None, *,
                overlay: bool = False) -> ScreenView:
    focused = control_view(focus) if focus is not None else None
    return ScreenView(headings(root, every_label=overlay), focused, scope_key)
