"""Exports of the statistics: CSV, XLSX (formatted, with native charts) and PDF.

* CSV: one long table (表, 区分, 件数, 平均, 中央値, 90パーセンタイル in minutes): the
  headline, the baseline, each channel's visits and comparison with the baseline, then
  every breakdown (kiosk time and time at the town hall by channel among them), UTF-8
  with a BOM by default, or cp932 (Shift_JIS) — the two encodings Excel on Japanese
  Windows opens without a wizard. Characters cp932 lacks are replaced by ``?``.
* XLSX (openpyxl): a 概要 sheet with the headline figures and the baseline comparison,
  a sheet comparing the channels (``kiosk.statistics.channels``) with a bar chart of
  their medians, one sheet per breakdown, a line chart of the daily median dwell against
  the baseline and the −60% target, and a bar chart of the per-department wait and service.
* PDF (reportlab, ``kiosk.statistics.export_pdf``).

Every export takes ``progress(done, total)`` and ``cancelled()``; it writes to a temporary
file beside the target and renames it at the end, so a cancelled or failed export never
leaves half a file.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from kiosk.statistics.channels import COMPARISON_SOURCES
from kiosk.statistics.export_common import atomic_output, column_titles, headline_rows
from kiosk.statistics.export_safety import neutralise_csv_row
from kiosk.statistics.labels import Labels
from kiosk.statistics.report import (
    LANGUAGE,
    Cancelled,
    ExportCancelled,
    Progress,
    Report,
    build_report,
    steps_done,
)
from kiosk.statistics.stats import Figures, Filters, StatsService, minutes
from kiosk.visits.vocabulary import statistics_text

FORMATS = ("csv", "xlsx", "pdf")
ENCODINGS = ("utf-8-sig", "cp932")
__all__ = ["ENCODINGS", "FORMATS", "ExportCancelled", "atomic_output", "column_titles", "export",
           "headline_rows", "write_csv"]

def _figure_cells(f: Figures) -> list[object]:
    return [f.count, minutes(f.mean), minutes(f.median), minutes(f.p90)]


def _channel_rows(report: Report) -> list[list[object]]:
    """Per channel: its visits, then its time at the town hall against the survey."""
    language = LANGUAGE
    title = statistics_text("%1 by %2", language, statistics_text("Baseline", language),
                            statistics_text("Channel", language))
    names = [statistics_text(source, language) for source in COMPARISON_SOURCES]
    rows: list[list[object]] = []
    for row in report.channels:
        label = report.channel_label(row.channel)
        rows.append([title, statistics_text("%1: visits", language, label), row.visits,
                     "", "", ""])
        b = row.baseline
        if b is None:
            continue
        for name, value in zip(names, (b.baseline_minutes, b.current_minutes,
                                       b.target_minutes), strict=False):
            rows.append([title, f"{label}: {name}", "", round(value, 2), "", ""])
        for name, share in zip(names[3:], (b.reduction, b.progress), strict=True):
            rows.append([title, f"{label}: {name} (%)", "", round(share * 100, 1), "", ""])
    return rows


def write_csv(report: Report, out: Path, encoding: str = "utf-8-sig") -> None:
    if encoding not in ENCODINGS:
        raise ValueError(f"encoding must be one of {', '.join(ENCODINGS)}")
    with atomic_output(out, ".csv") as tmp, tmp.open(
        "w", encoding=encoding, errors="replace", newline=""
    ) as handle:
        writer = csv.writer(handle)

        def write(values: Sequence[object]) -> None:
            writer.writerow(neutralise_csv_row(values))

        write(column_titles())
        write(["概要", "来庁件数", report.summary.visits, "", "", ""])
        for name, figures in headline_rows(report):
            write(["概要", name, *_figure_cells(figures)])
        comparison = report.summary.baseline
        if comparison is not None:
            write(["ベースライン", "導入前 平均(分)", "",
                   round(comparison.baseline_minutes, 2), "", ""])
            write(["ベースライン", "削減率(%)", "",
                   round(comparison.reduction * 100, 1), "", ""])
            write(["ベースライン", "目標(-60%)達成度(%)", "",
                   round(comparison.progress * 100, 1), "", ""])
        for values in _channel_rows(report):
            write(values)
        for breakdown in report.breakdowns:
            for label, figures in breakdown.rows:
                write([breakdown.title, label, *_figure_cells(figures)])


def export(
    service: StatsService,
    filters: Filters,
    fmt: str,
    out: Path,
    labels: Labels,
    *,
    encoding: str = "utf-8-sig",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Report:
    """Gather the figures and write ``out`` in ``fmt``; return what was written."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    report = build_report(service, filters, labels, progress=progress, cancelled=cancelled,
                          extra_steps=1)
    if cancelled is not None and cancelled():
        raise ExportCancelled
    if fmt == "csv":
        write_csv(report, out, encoding)
    elif fmt == "xlsx":
        from kiosk.statistics.export_xlsx import write_xlsx

        write_xlsx(report, out)
    else:
        from kiosk.statistics.export_pdf import write_pdf

        write_pdf(report, out)
    if progress is not None:
        done = steps_done(report) + 1
        progress(done, done)
    return report


__all__ = ["ENCODINGS", "FORMATS", "ExportCancelled", "export", "headline_rows", "write_csv"]
