"""The headline: visits, every metric of the vocabulary (the headline metric with median,
mean and 90%, the others with their median), and the reduction against the pre-system
survey with the progress toward the town's −60% goal."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QWidget

from kiosk.domain.log_histogram import ABSOLUTE_ERROR, RELATIVE_ERROR
from kiosk.statistics.stats import Summary
from kiosk.ui.clerk.panel import Panel
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.manager.data import minutes_text
from kiosk.visits.vocabulary import HEADLINE_FIGURES, HEADLINE_METRIC, MEDIAN_FIGURE, Vocabulary

COMPARISON = ("baseline", "reduction", "progress")


class HeadlinePanel(Panel):
    def __init__(self, vocabulary: Vocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headlinePanel")
        self.vocabulary = vocabulary
        self.summary: Summary | None = None
        grid = QGridLayout(self)
        self.captions = {key: QLabel(self) for key in (
            "visits", *vocabulary.metric_ids, *COMPARISON)}
        self.values = {key: QLabel(self) for key in self.captions}
        for row, key in enumerate(self.captions):
            self.values[key].setObjectName(f"headline_{key}")
            self.values[key].setProperty("role", "subtitle")
            grid.addWidget(self.captions[key], row, 0)
            grid.addWidget(self.values[key], row, 1)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("progress_bar")
        self.progress_bar.setRange(0, 100)
        grid.addWidget(self.progress_bar, len(self.captions), 0, 1, 2)
        # Long ranges are summed from the roll-ups' histograms: the medians and 90th
        # percentiles are then estimates, and a manager quoting them must know it.
        self.percentile_note = QLabel(self)
        self.percentile_note.setObjectName("percentile_note")
        self.percentile_note.setWordWrap(True)
        grid.addWidget(self.percentile_note, len(self.captions) + 1, 0, 1, 2)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        language = LanguageSwitcher.shared().current
        captions = {"visits": self.tr("Visits")}
        for metric in self.vocabulary.metrics:
            figures = HEADLINE_FIGURES if metric.id == HEADLINE_METRIC else MEDIAN_FIGURE
            captions[metric.id] = f"{metric.label.text(language)} ({figures.text(language)})"
        captions |= {
            "baseline": self.tr("Before the system → now (mean, min)"),
            "reduction": self.tr("Reduction against the baseline"),
            "progress": self.tr("Progress toward −60%"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.progress_bar.setAccessibleName(self.tr("Progress toward the 60% reduction goal"))
        self.percentile_note.setText(self.tr(
            "Medians and 90th percentiles are estimates here, within %1% + %2 s of the exact "
            "figures (counts and means are exact). Choose a shorter period for exact figures.")
            .replace("%1", f"{RELATIVE_ERROR * 100:g}").replace("%2", f"{ABSOLUTE_ERROR:g}"))
        self.show_summary(self.summary)

    def show_summary(self, summary: Summary | None) -> None:
        self.summary = summary
        self.percentile_note.setVisible(summary is not None and not summary.exact)
        v = self.values
        if summary is None:
            for label in v.values():
                label.setText("—")
            self.progress_bar.setValue(0)
            return
        v["visits"].setText(str(summary.visits))
        for metric, figures in summary.figures.items():
            if metric not in v:
                continue
            v[metric].setText(minutes_text(figures.median) if metric != HEADLINE_METRIC else
                              f"{minutes_text(figures.median)} / {minutes_text(figures.mean)} / "
                              f"{minutes_text(figures.p90)}")
        b = summary.baseline
        if b is None:
            for key in COMPARISON:
                v[key].setText(self.tr("no baseline loaded"))
            self.progress_bar.setValue(0)
            return
        v["baseline"].setText(f"{b.baseline_minutes:.1f} → {b.current_minutes:.1f}")
        v["reduction"].setText(f"{b.reduction * 100:.1f}%")
        v["progress"].setText(f"{b.progress * 100:.0f}%")
        self.progress_bar.setValue(max(0, min(100, round(b.progress * 100))))
