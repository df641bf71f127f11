"""Print back-ends behind one interface (``PrintBackend``), chosen by configuration."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from printing.backends.base import (
    CALL_STAFF,
    JobHandle,
    JobState,
    PrintBackend,
    PrintError,
    PrinterUnavailable,
    PrintTimeout,
)

__all__ = [
    "CALL_STAFF",
    "JobHandle",
    "JobState",
    "PrintBackend",
    "PrintError",
    "PrintTimeout",
    "PrinterUnavailable",
    "make_backend",
]


def make_backend(printer: Any) -> PrintBackend:
    """The back-end named by ``printer.backend`` (cups, qt, folder) of a PrinterConfig."""
    kind = str(printer.backend)
    if kind == "cups":
        from printing.backends.cups import CupsBackend

        return CupsBackend(str(printer.queue))
    if kind == "qt":
        from printing.backends.qt import QtBackend

        return QtBackend(str(printer.queue))
    if kind == "folder":
        from kiosk.paths import data_dir
        from printing.backends.folder import FolderBackend

        return FolderBackend(Path(printer.folder) if printer.folder else data_dir() / "printed")
    raise ValueError(f"unknown printer back-end {kind!r}")
