"""What the three export writers share: the table header, the headline rows and the
write-beside-then-rename output (a cancelled or failed export never leaves half a file).

Kept apart from ``kiosk.statistics.export``, which picks a writer, so the writers never
import the module that imports them.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kiosk.statistics.report import LANGUAGE, Report
from kiosk.statistics.stats import Figures
from kiosk.visits.vocabulary import statistics_text

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

