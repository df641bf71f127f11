"""Exports (CSV, XLSX, PDF) with a progress bar and Cancel, off the UI thread.

The work is ``kiosk.statistics.export.export`` (the same as ``kiosk stats export``). Its
``progress`` callback runs on the worker thread: it emits a signal, which Qt queues to
the UI thread. Cancel sets an event the export polls between queries; a cancelled export
leaves no file (the export writes to a temporary file and renames it at the end).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from kiosk.statistics.export import ExportCancelled
from kiosk.ui.clerk.panel import Panel
from kiosk.ui.screens.base import make_button
from kiosk.ui.tasks import Runner

# prepare(fmt, path, encoding) runs on the UI thread (it may read the filters) and returns
# the job(progress, cancelled) that the task runner runs off the UI thread.
ExportJob = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]
ExportWork = Callable[[str, Path, str], ExportJob]


class _Relay(QObject):
    progressed = Signal(int, int)


class ExportPanel(Panel):
    finished = Signal(str)  # the file written

    def __init__(self, runner: Runner, work: ExportWork, default_folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportPanel")
        self.runner, self.work, self.default_folder = runner, work, default_folder
        self._cancel = threading.Event()
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._progress)
        grid = QGridLayout(self)
        self.format_caption = QLabel(self)
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("format_combo")
        for fmt in ("xlsx", "csv", "pdf"):
            self.format_combo.addItem(fmt.upper(), fmt)
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.setObjectName("encoding_combo")
        self.path_caption = QLabel(self)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("path_edit")
        self.browse_button = make_button("browse_button", self)
        self.export_button = make_button("export_button", self, role="primary")
        self.cancel_button = make_button("cancel_button", self)
        self.export_progress = QProgressBar(self)
        self.export_progress.setObjectName("export_progress")
        self.message = QLabel(self)
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.format_caption.setBuddy(self.format_combo)
        self.path_caption.setBuddy(self.path_edit)
        grid.addWidget(self.format_caption, 0, 0)
        grid.addWidget(self.format_combo, 0, 1)
        grid.addWidget(self.encoding_combo, 0, 2)
        grid.addWidget(self.path_caption, 1, 0)
        grid.addWidget(self.path_edit, 1, 1, 1, 2)
        grid.addWidget(self.browse_button, 1, 3)
        grid.addWidget(self.export_button, 2, 0)
        grid.addWidget(self.cancel_button, 2, 1)
        grid.addWidget(self.export_progress, 2, 2, 1, 2)
        grid.addWidget(self.message, 3, 0, 1, 4)
        grid.setColumnStretch(2, 1)
        self.cancel_button.setEnabled(False)
        self.format_combo.currentIndexChanged.connect(lambda _i: self._format_changed())
        self.browse_button.clicked.connect(self._browse)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.retranslate_ui()
        self._format_changed()

    def retranslate_ui(self) -> None:
        self.format_caption.setText(self.tr("&Format"))
        self.path_caption.setText(self.tr("&File"))
        current = self.encoding_combo.currentData()
        self.encoding_combo.clear()
        self.encoding_combo.addItem(self.tr("UTF-8 with BOM"), "utf-8-sig")
        self.encoding_combo.addItem(self.tr("Shift_JIS (cp932)"), "cp932")
        self.encoding_combo.setCurrentIndex(max(self.encoding_combo.findData(current), 0))
        self.browse_button.setText(self.tr("Choose…"))
        self.export_button.setText(self.tr("Export"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.format_combo.setAccessibleName(self.tr("Export format"))
        self.encoding_combo.setAccessibleName(self.tr("CSV encoding"))
        self.path_edit.setAccessibleName(self.tr("File to write"))
        self.browse_button.setAccessibleName(self.tr("Choose the file to write"))
        self.export_button.setAccessibleName(self.tr("Export the figures"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the export"))
        self.export_progress.setAccessibleName(self.tr("Export progress"))

    def fmt(self) -> str:
        return str(self.format_combo.currentData())

    def _format_changed(self) -> None:
        self.encoding_combo.setEnabled(self.fmt() == "csv")
        path = Path(self.path_edit.text()) if self.path_edit.text() else \
            self.default_folder / "kiosk-report"
        self.path_edit.setText(str(path.with_suffix(f".{self.fmt()}")))

    def _browse(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Export to"),
                                                    self.path_edit.text())
        if name:
            self.path_edit.setText(name)

    def start(self) -> None:
        path = Path(self.path_edit.text().strip())
        if not path.name:
            self.message.setText(self.tr("Choose a file to write."))
            return
        self._cancel.clear()
        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.export_progress.setValue(0)
        self.message.setText(self.tr("Exporting…"))
        job = self.work(self.fmt(), path, str(self.encoding_combo.currentData()))
        self.runner.run(lambda: job(self._relay.progressed.emit, self._cancel.is_set),
                        lambda _r: self._done(path), self._failed)

    def cancel(self) -> None:
        self._cancel.set()
        self.message.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        self.export_progress.setRange(0, max(total, 1))
        self.export_progress.setValue(done)

    def _idle(self) -> None:
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _done(self, path: Path) -> None:
        self._idle()
        self.message.setText(self.tr("Written: %1").replace("%1", str(path)))
        self.finished.emit(str(path))

    def _failed(self, error: BaseException) -> None:
        self._idle()
        self.export_progress.setValue(0)
        if isinstance(error, ExportCancelled):
            self.message.setText(self.tr("Export cancelled; no file was written."))
        elif isinstance(error, OSError):
            self.message.setText(self.tr("The file cannot be written (%1).")
                                 .replace("%1", error.strerror or type(error).__name__))
        else:
            self.message.setText(self.tr("The export failed (%1).")
                                 .replace("%1", type(error).__name__))
