"""What the three export writers share: the table header, the headline rows, the
per-channel comparison table and the write-beside-then-rename output (a cancelled or
failed export never leaves half a file).

Kept apart from ``kiosk.statistics.export``, which picks a writer, so the writers never
import the module that imports them.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kiosk.statistics.channels import ChannelFigures
from kiosk.statistics.report import LANGUAGE, Report
from kiosk.statistics.stats import Figures
from kiosk.visits.vocabulary import CHANNEL_METRICS, statistics_text

# English sources; the words come from context ``Statistics`` of ``core_<locale>.ts``.
COLUMN_SOURCES = ("Table", "Category", "Count", "Mean (min)", "Median (min)", "90th percentile (min)")
FIGURE_COLUMN = "Figure"


def column_titles(language: str = LANGUAGE) -> list[str]:
    """The CSV's long-table header (表, 区分, 件数 … in the files' Japanese by default)."""
    return [statistics_text(source, language) for source in COLUMN_SOURCES]


def headline_titles(language: str = LANGUAGE) -> list[str]:
    """The headline table's header (PDF, XLSX): 指標, then the figures' columns."""
    return [statistics_text(FIGURE_COLUMN, language), *column_titles(language)[2:]]


@contextmanager
def atomic_output(out: Path, suffix: str) -> Iterator[Path]:
    """A temporary path beside ``out``, renamed to ``out`` only if the block succeeds."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".export-", suffix=suffix, dir=out.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)


def headline_rows(report: Report) -> list[tuple[str, Figures]]:
    return report.headline_rows()


# The per-channel table (XLSX sheet, PDF table): English sources of its columns after the
# channel and its visits; ``%1`` is the metric's label. Comparison values are minutes,
# then two fractions (reduction, progress toward −60%).
CHANNEL_FIGURE_SOURCES = ("%1, median (min)", "%1, 90th percentile (min)")
COMPARISON_SOURCES = ("Before the system, mean (min)", "Now, mean (min)",
                      "Target −60%, mean (min)", "Reduction", "Progress toward −60%")
CHANNELS_TITLE = "Time at the kiosk and at the town hall by channel"


def channel_titles(report: Report, language: str = LANGUAGE) -> list[str]:
    """受付方法, 来庁件数, then median and 90% of each channel metric, then the comparison."""
    titles = [statistics_text("Channel", language), statistics_text("Visits", language)]
    for metric in CHANNEL_METRICS:
        label = report.vocabulary.metric(metric).label.text(language)
        titles += [statistics_text(source, language, label) for source in CHANNEL_FIGURE_SOURCES]
    return titles + [statistics_text(source, language) for source in COMPARISON_SOURCES]


def channel_values(row: ChannelFigures) -> list[float | int | None]:
    """The numbers of one channel under ``channel_titles`` (after its label), in minutes."""
    values: list[float | int | None] = [row.visits]
    for metric in CHANNEL_METRICS:
        figures = row.of(metric)
        values += [_minutes(figures.median), _minutes(figures.p90)]
    b = row.baseline
    values += ([None] * len(COMPARISON_SOURCES) if b is None else
               [b.baseline_minutes, b.current_minutes, b.target_minutes, b.reduction,
                b.progress])
    return values


def _minutes(seconds: float | None) -> float | None:
    return None if seconds is None else seconds / 60
