"""Step 3/6: the printer (CUPS queue, Windows printer, or a folder of PDFs), then a test page."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from kiosk.app.setup import BACKENDS, PrinterAnswers, save_printer
from kiosk.app.setup.answers import CurrentAnswers
from kiosk.ui.setup.step_page import StepPage, Work, spaced


class PrinterPage(StepPage):
    number = 3

    def build(self) -> None:
        self.backend_combo = QComboBox(self)
        self.backend_combo.setObjectName("backend_combo")
        for backend in BACKENDS:
            self.backend_combo.addItem(backend, backend)
        self.backend_label = self.add_row("backend_label", self.backend_combo)
        self.printer_queue = QLineEdit(self)
        self.printer_queue.setObjectName("printer_queue")
        self.printer_queue_label = self.add_row("printer_queue_label", self.printer_queue)
        self.printer_folder = QLineEdit(self)
        self.printer_folder.setObjectName("printer_folder")
        self.printer_folder_label = self.add_row("printer_folder_label", self.printer_folder)
        self.test_page = QCheckBox(self)
        self.test_page.setObjectName("test_page")
        self.test_page.setChecked(True)
        self.add_row("test_page_label", self.test_page)
        self.backend_combo.currentIndexChanged.connect(self._show_backend_fields)
        self.test_page.toggled.connect(self.retranslate_ui)
        self._show_backend_fields()

    def _show_backend_fields(self) -> None:
        folder = self.backend_combo.currentData() == "folder"
        self.form.setRowVisible(self.printer_folder, folder)
        self.form.setRowVisible(self.printer_queue, not folder)

    def prefill(self, current: CurrentAnswers) -> None:
        index = self.backend_combo.findData(current.printer.backend)
        self.backend_combo.setCurrentIndex(max(index, 0))
        self.printer_queue.setText(current.printer.queue)
        self.printer_folder.setText(current.printer.folder)

    def work(self) -> Work:
        answers = PrinterAnswers(str(self.backend_combo.currentData()),
                                 self.printer_queue.text().strip(),
                                 self.printer_folder.text().strip(),
                                 test_page=self.test_page.isChecked())
        return partial(save_printer, self.path, answers)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("3/6  Printer"))
        self.hint.setText(spaced(self.tr("Where the forms are printed. The test prints one page: "
                                  "check that it came out of the right printer.")))
        names = {"cups": self.tr("CUPS printer queue (Linux)"),
                 "qt": self.tr("Windows printer"),
                 "folder": self.tr("A folder of PDF files (no printer)")}
        for index in range(self.backend_combo.count()):
            self.backend_combo.setItemText(index, names[str(self.backend_combo.itemData(index))])
        self.backend_label.setText(self.tr("&Printing through"))
        self.backend_combo.setAccessibleName(self.tr("Printing through"))
        self.printer_queue_label.setText(self.tr("Printer &name"))
        self.printer_queue.setAccessibleName(self.tr("Printer name"))
        self.printer_queue.setPlaceholderText(self.tr("empty: the system's default printer"))
        self.printer_folder_label.setText(self.tr("&Folder"))
        self.printer_folder.setAccessibleName(self.tr("Folder for the printed PDF files"))
        self.test_page.setText(self.tr("Print a test page"))
        self.test_page.setAccessibleName(self.tr("Print a test page"))
        self.test_button.setText(self.tr("Print a test page and save") if self.test_page.isChecked()
                                 else self.tr("Save without a test page"))
        super().retranslate_ui()
