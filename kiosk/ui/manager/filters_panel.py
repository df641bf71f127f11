"""The filters: period, life event, department and channel. Any change asks for new
figures (``changed``); the window gathers them off the UI thread."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLabel, QWidget

from kiosk.statistics.labels import Labels
from kiosk.statistics.stats import Filters
from kiosk.ui.clerk.panel import Panel
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.visits.vocabulary import VOCABULARY, Vocabulary


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class FiltersPanel(Panel):
    changed = Signal()

    def __init__(self, labels: Mapping[str, Labels], period: tuple[date, date],
                 parent: QWidget | None = None, *, vocabulary: Vocabulary = VOCABULARY) -> None:
        super().__init__(parent)
        self.setObjectName("filtersPanel")
        self.labels = labels
        self.vocabulary = vocabulary
        form = QFormLayout(self)
        self.date_from = QDateEdit(_qdate(period[0]), self)
        self.date_from.setObjectName("date_from")
        self.date_to = QDateEdit(_qdate(period[1]), self)
        self.date_to.setObjectName("date_to")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.life_event = QComboBox(self)
        self.life_event.setObjectName("life_event")
        self.department = QComboBox(self)
        self.department.setObjectName("department")
        self.channel = QComboBox(self)
        self.channel.setObjectName("channel")
        self.captions = [QLabel(self) for _ in range(5)]
        widgets = (self.date_from, self.date_to, self.life_event, self.department, self.channel)
        for caption, widget in zip(self.captions, widgets, strict=True):
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        self.retranslate_ui()
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        for combo in (self.life_event, self.department, self.channel):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    @property
    def current_labels(self) -> Labels:
        return self.labels.get(LanguageSwitcher.shared().current) or self.labels["ja"]

    def channel_text(self, code: str) -> str:
        return self.vocabulary.channel_label(code, LanguageSwitcher.shared().current)

    @staticmethod
    def _refill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for code, text in items:
            combo.addItem(text, code)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def retranslate_ui(self) -> None:
        texts = (self.tr("&From"), self.tr("&To"), self.tr("&Life event"),
                 self.tr("&Counter"), self.tr("C&hannel"))
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        self.date_from.setAccessibleName(self.tr("First day of the period"))
        self.date_to.setAccessibleName(self.tr("Last day of the period"))
        self.life_event.setAccessibleName(self.tr("Life event filter"))
        self.department.setAccessibleName(self.tr("Counter filter"))
        self.channel.setAccessibleName(self.tr("Channel filter"))
        self._refill(self.life_event, self.tr("All life events"),
                     sorted(self.current_labels.life_events.items()))
        self._refill(self.department, self.tr("All counters"),
                     list(self.current_labels.departments.items()))
        self._refill(self.channel, self.tr("All channels"),
                     [(c.id, self.channel_text(c.id)) for c in self.vocabulary.filter_channels])

    def filters(self) -> Filters:
        return Filters(
            _pydate(self.date_from.date()), _pydate(self.date_to.date()),
            self.life_event.currentData(), self.department.currentData(),
            self.channel.currentData(),
        )

    def select(self, combo: QComboBox, code: str | None) -> None:
        """Pick a filter value by its code (tests and saved views)."""
        combo.setCurrentIndex(max(combo.findData(code), 0))
