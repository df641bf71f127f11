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
import os
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
    """Seconds since the OS started this process (``kiosk run --smoke`` prints it).

    On Linux both ends are read from the kernel on one clock, seconds since boot:
    ``/proc/self/stat`` field 22 (the process's start, in clock ticks) and ``/proc/uptime``
    (now), so the figure includes the interpreter's own start-up and is exact to a tick
    (10 ms). ``psutil.Process().create_time()`` was used before: it adds the boot time,
    which Linux gives in whole seconds, so its figure was off by up to a second. Elsewhere,
    the time since ``kiosk`` was first imported (the top of the entry point), which leaves
    out the interpreter's start (a few tens of milliseconds).
    """
    try:
        return _seconds_since_start_on_linux()
    except (OSError, ValueError, IndexError):
        from kiosk import IMPORTED_AT

        return time.monotonic() - IMPORTED_AT


def _seconds_since_start_on_linux() -> float:
    with open("/proc/self/stat", encoding="ascii") as stat:
        # The command name (field 2) may hold spaces: count the fields after its ")".
        after_name = stat.read().rpartition(")")[2].split()
    started_ticks = int(after_name[19])  # field 22 of the whole line
    with open("/proc/uptime", encoding="ascii") as uptime:
        now = float(uptime.read().split()[0])
    return now - started_ticks / os.sysconf("SC_CLK_TCK")
