"""QApplication set-up: bundled UD fonts, the window, and the smoke start.

The UI must show Japanese on a machine with no CJK font installed, so the bundled
BIZ UDGothic is registered with Qt before the first widget exists. Only the two UI
weights are loaded here; the Mincho face is for printed forms and loads with them.

The residents' other scripts (Hangul, simplified Chinese, Vietnamese's stacked letters) are
not in BIZ UD: the bundled Kiosk CJK faces (subsets of Noto Sans CJK, a few MB each) are
registered too and made the UI family's substitutes, so Qt draws each glyph BIZ UD lacks
with them (glyph by glyph; BIZ UD stays first, so Japanese keeps its UD shapes), never
with whatever the machine has or as tofu. They have no bold weight: Qt emboldens them.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.resources_path import resource

log = logging.getLogger(__name__)

UI_FONT_FILES = ("BIZUDPGothic-Regular.ttf", "BIZUDPGothic-Bold.ttf")
UI_FAMILY = "BIZ UDPGothic"
# Tried in this order for a glyph the UI family lacks (scripts/build_fonts.py makes them).
LANGUAGE_FONT_FILES = ("KioskCJK-SC-Regular.ttf", "KioskCJK-KR-Regular.ttf")


class FontsMissing(RuntimeError):
    pass


def load_ui_fonts() -> list[str]:
    """Register the bundled UI fonts and their language fallbacks; return the family names
    Qt now knows."""
    families = [family for name in UI_FONT_FILES for family in _add(name)]
    fallbacks = [family for name in LANGUAGE_FONT_FILES for family in _add(name)]
    if [f.lower() for f in fallbacks] != [f.lower() for f in QFont.substitutes(UI_FAMILY)]:
        QFont.removeSubstitutions(UI_FAMILY)
        QFont.insertSubstitutions(UI_FAMILY, fallbacks)
    return families + fallbacks


def _add(name: str) -> list[str]:
    path = resource("fonts", name)
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        raise FontsMissing(f"the bundled font {name} could not be loaded")
    return list(QFontDatabase.applicationFontFamilies(font_id))


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName("kakanai-kiosk")
    app.setOrganizationName("kakanai")
    load_ui_fonts()
    return app


class FirstFrame(QObject):
    """Calls back once, when the watched window has painted for the first time."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback: Callable[[], None] | None = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            # After this paint has been delivered, i.e. the frame exists.
            QTimer.singleShot(0, callback)
        return False


def seconds_since_process_start() -> float:
    import psutil

    started: float = psutil.Process().create_time()
    return time.time() - started
