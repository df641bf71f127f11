"""Exports of the statistics: CSV, XLSX (formatted, with native charts) and PDF.

* CSV: one long table (表, 区分, 件数, 平均, 中央値, 90パーセンタイル in minutes), UTF-8
  with a BOM by default, or cp932 (Shift_JIS) — the two encodings Excel on Japanese
  Windows opens without a wizard. Characters cp932 lacks are replaced by ``?``.
* XLSX (openpyxl): a 概要 sheet with the headline figures and the baseline comparison,
  one sheet per breakdown, a line chart of the daily median dwell against the baseline
  and the −60% target, and a bar chart of the per-department wait and service.
* PDF (reportlab, ``kiosk.statistics.export_pdf``).

Every export takes ``progress(done, total)`` and ``cancelled()``; it writes to a temporary
file beside the target and renames it at the end, so a cancelled or failed export never
leaves half a file.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from kiosk.statistics.export_common import atomic_output, column_titles, headline_rows
from kiosk.statistics.export_safety import neutralise_csv_row
from kiosk.statistics.labels import Labels
from kiosk.statistics.report import (
    Cancelled,
    ExportCancelled,
    Progress,
    Report,
    build_report,
    steps_done,
)
from kiosk.statistics.stats import Figures, Filters, StatsService, minutes

FORMATS = ("csv", "xlsx", "pdf")
ENCODINGS = ("utf-8-sig", "cp932")
__all__ = ["ENCODINGS", "FORMATS", "ExportCancelled", "atomic_output", "column_titles", "export",
           "headline_rows", "write_csv"]

def _figure_cells(f: Figures) -> list[object]:
    return [f.count, minutes(f.mean), minutes(f.median), minutes(f.p90)]


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
