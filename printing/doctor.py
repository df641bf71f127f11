"""The printer check that ``kiosk doctor`` runs: is the configured back-end usable now?"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def _folder(printer: Any) -> tuple[bool, str]:
    from kiosk.paths import data_dir

    folder = Path(printer.folder) if printer.folder else data_dir() / "printed"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False, "folder printer: the output folder cannot be created"
    ok = os.access(folder, os.W_OK)
    return ok, "folder printer: writable" if ok else "folder printer: folder is read-only"


def _cups(printer: Any) -> tuple[bool, str]:
    from printing.backends.base import PrintError
    from printing.backends.cups import default_queue, queue_state

    try:
        queue = str(printer.queue) or default_queue()
        if not queue:
            return False, "CUPS: no queue configured and no default printer"
        enabled, accepting, state = queue_state(queue)
    except PrintError as exc:
        return False, f"CUPS: {exc.reason}"
    return enabled and accepting, f"CUPS queue {queue}: {state}"


def _qt(printer: Any) -> tuple[bool, str]:
    from printing.backends.qt import available_printers

    try:
        names = available_printers()
    except ImportError:
        return False, "Qt printing: PySide6 QtPrintSupport is not available"
    wanted = str(printer.queue)
    if wanted:
        found = wanted in names
        return found, f"Qt printer {wanted}: {'found' if found else 'not found'}"
    return bool(names), f"Qt printing: {len(names)} printer(s) available"


def check_printer(config: Any) -> tuple[bool, str]:
    """(ok, one plain sentence) for ``config.printer``; never raises for a bad printer."""
    checks = {"folder": _folder, "cups": _cups, "qt": _qt}
    kind = str(config.printer.backend)
    check = checks.get(kind)
    if check is None:
        return False, f"unknown printer back-end {kind!r}"
    return check(config.printer)
