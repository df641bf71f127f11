"""Qt back-end: ``QPdfDocument`` pages rendered onto a ``QPrinter`` (the Windows path).

This is the one module outside ``kiosk/ui/`` that uses PySide6, on purpose: Windows has no
``lp``, and Qt's print system is how the kiosk reaches a Windows printer. PySide6 is
imported lazily inside the methods, so importing this module (or ``printing``) never
loads Qt; only choosing ``printer.backend = "qt"`` does. Qt printing is synchronous:
once the painter has finished, the spooler owns the job and it counts as completed.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from printing.backends.base import JobHandle, JobState, PrintBackend, PrinterUnavailable


class QtBackend(PrintBackend):
    name = "qt"

    def __init__(self, printer_name: str = "", output_file: Path | None = None) -> None:
        self.printer_name = printer_name
        self.output_file = output_file  # print to a PDF file instead (tests)
        self._done: set[str] = set()

    def submit(self, pdf_path: Path) -> JobHandle:
        from PySide6.QtCore import QSize
        from PySide6.QtGui import QGuiApplication, QPageSize, QPainter
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPrintSupport import QPrinter

        # Painting needs a GUI application; the kiosk has one, ``kiosk print test`` may not.
        self._app = QGuiApplication.instance() or QGuiApplication([])
        document = QPdfDocument()
        if document.load(str(pdf_path)) != QPdfDocument.Error.None_:
            raise PrinterUnavailable("the document could not be opened for printing")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFullPage(True)
        if self.output_file is not None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(self.output_file))
        elif self.printer_name:
            printer.setPrinterName(self.printer_name)
        if not printer.isValid():
            raise PrinterUnavailable("the printer is not available")
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterUnavailable("the printer cannot start a job")
        try:
            rect = painter.viewport()
            dpi = min(printer.resolution(), 300)
            for index in range(document.pageCount()):
                if index:
                    printer.newPage()
                points = document.pagePointSize(index)
                size = QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72))
                image = document.render(index, size)
                painter.drawImage(rect, image)
        finally:
            painter.end()
        job_id = uuid.uuid4().hex[:12]
        self._done.add(job_id)
        return JobHandle(self.name, job_id)

    def status(self, job: JobHandle) -> JobState:
        return JobState.COMPLETED if job.job_id in self._done else JobState.FAILED


def available_printers() -> list[str]:
    """The printers Qt can print to on this machine (raises ``ImportError`` without
    QtPrintSupport); the doctor's check for the ``qt`` back-end."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return [p.printerName() for p in QPrinterInfo.availablePrinters()]
