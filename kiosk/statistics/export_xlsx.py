"""XLSX export: formatted sheets and native Excel charts (openpyxl).

The 概要 sheet lists the headline figures in a fixed layout (label in column A, then
件数, 平均, 中央値, 90% in minutes) so the manager — and the tests — can read them back.
The second sheet compares the channels (``export_common.channel_titles``: visits, median
and 90% of the kiosk time and of the time at the town hall, the survey comparison) in the
same way, header in row 3, one channel per row, with a bar chart of the two medians.
Values are full-precision minutes shown with one decimal, not rounded text. Text that a
spreadsheet could read as a formula (an event title ``=HYPERLINK(…)``) is written as a
string cell with Excel's quote prefix, never as a formula (``kiosk.statistics.export_safety``).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kiosk.statistics.channels import CHANNEL_FIGURE_SOURCES, CHANNELS_TITLE, channel_titles, channel_values
from kiosk.statistics.export_common import atomic_output, column_titles, headline_rows, headline_titles
from kiosk.statistics.export_safety import is_formula_like
from kiosk.statistics.report import LANGUAGE, Breakdown, Report
from kiosk.statistics.stats import Figures
from kiosk.visits.vocabulary import CHANNEL_METRICS, statistics_text

FONT = "BIZ UDゴシック"
HEAD_FILL = PatternFill("solid", fgColor="1F4E79")
HEAD_FONT = Font(name=FONT, bold=True, color="FFFFFF")
BODY_FONT = Font(name=FONT)
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
MINUTES = "0.0"


def _minutes(value: float | None) -> float | None:
    return None if value is None else value / 60


def _figure_row(label: str, f: Figures) -> list[object]:
    return [label, f.count, _minutes(f.mean), _minutes(f.median), _minutes(f.p90)]


def _cell(sheet: Worksheet, row: int, column: int, value: object) -> Cell | MergedCell:
    """The cell at ``row``, ``column`` holding ``value``; formula-like text stays text.

    openpyxl makes any str starting with ``=`` a formula, so such text is stored with
    the string type forced and Excel's quote prefix (shown as typed, kept as text on edit).
    """
    cell = sheet.cell(row, column)
    cell.value = value  # type: ignore[assignment]  # cells are scalars
    if is_formula_like(value):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def _table(sheet: Worksheet, top: int, header: list[str], rows: list[list[object]]) -> int:
    for col, text in enumerate(header, start=1):
        cell = _cell(sheet, top, col, text)
        cell.fill, cell.font, cell.border = HEAD_FILL, HEAD_FONT, BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for r, values in enumerate(rows, start=top + 1):
        for col, value in enumerate(values, start=1):
            cell = _cell(sheet, r, col, value)
            cell.font, cell.border = BODY_FONT, BOX
            if col >= 3 and isinstance(value, float):
                cell.number_format = MINUTES
    return top + len(rows)


def _widths(sheet: Worksheet, widths: list[int]) -> None:
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def _overview(sheet: Worksheet, report: Report) -> None:
    s = report.summary
    sheet["A1"] = "来庁者の滞在時間レポート"
    sheet["A1"].font = Font(name=FONT, bold=True, size=16)
    period = f"{s.filters.date_from or '最初'} 〜 {s.filters.date_to or '最新'}"
    sheet["A2"] = f"期間: {period}    作成: {report.generated_local}"
    sheet["A2"].font = BODY_FONT
    sheet["A4"], sheet["B4"] = "来庁件数", s.visits
    header = headline_titles()
    last = _table(sheet, 6, header, [_figure_row(n, f) for n, f in headline_rows(report)])
    if s.baseline is not None:
        b = s.baseline
        rows: list[list[object]] = [
            ["導入前 平均(分)", b.baseline_minutes],
            ["現在 平均(分)", b.current_minutes],
            ["目標 平均(分)", b.target_minutes],
            ["削減率", b.reduction],
            ["目標(−60%)達成度", b.progress],
        ]
        end = _table(sheet, last + 2, ["ベースライン比較", "値"], rows)
        for r in range(last + 3, end + 1):
            cell = sheet.cell(r, 2)
            cell.number_format = "0.0%" if r > last + 5 else MINUTES
    _widths(sheet, [26, 10, 12, 12, 18])
    sheet.freeze_panes = "A7"


def _channel_sheet(book: Workbook, report: Report) -> None:
    sheet: Worksheet = book.create_sheet(statistics_text("Channels compared", LANGUAGE)[:31])
    sheet["A1"] = statistics_text(CHANNELS_TITLE, LANGUAGE)
    sheet["A1"].font = Font(name=FONT, bold=True, size=14)
    rows: list[list[object]] = [[report.channel_label(r.channel), *channel_values(r)]
                                for r in report.channels]
    header = channel_titles(report.vocabulary, LANGUAGE)
    last = _table(sheet, 3, header, rows)
    shares = len(header) - 1  # the last two columns are fractions: reduction, progress
    for r in range(4, last + 1):
        for column in (shares, shares + 1):
            sheet.cell(r, column).number_format = "0.0%"
    _widths(sheet, [22, 10, *(14 for _ in header[2:])])
    sheet.row_dimensions[3].height = 45
    sheet.freeze_panes = "B4"
    if not rows:
        return
    chart = BarChart()
    chart.type = "bar"
    chart.title = statistics_text("Median by channel (min)", LANGUAGE)
    chart.height, chart.width = 8, 20
    per_metric = len(CHANNEL_FIGURE_SOURCES)
    for index in range(len(CHANNEL_METRICS)):  # each metric's median column
        column = 3 + index * per_metric
        chart.add_data(Reference(sheet, min_col=column, min_row=3, max_row=last),
                       titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=4, max_row=last))
    sheet.add_chart(chart, f"A{last + 3}")


def _breakdown_sheet(book: Workbook, breakdown: Breakdown, report: Report) -> Worksheet:
    sheet: Worksheet = book.create_sheet(breakdown.title[:31])
    header = column_titles()[1:]
    rows = [_figure_row(label, f) for label, f in breakdown.rows]
    baseline = report.summary.baseline
    if breakdown.grouping == "day" and baseline is not None:
        header += ["導入前(分)", "目標 −60%(分)"]
        rows = [[*row, baseline.baseline_minutes, baseline.target_minutes] for row in rows]
    _table(sheet, 1, header, rows)
    _widths(sheet, [24, 10, 12, 12, 18, 12, 14])
    sheet.freeze_panes = "A2"
    return sheet


def _trend_chart(sheet: Worksheet, count: int, with_baseline: bool) -> None:
    chart = LineChart()
    chart.title = "滞在時間の中央値（日別）"
    chart.y_axis.title = "分"
    chart.height, chart.width = 9, 22
    chart.add_data(Reference(sheet, min_col=4, min_row=1, max_row=count + 1), titles_from_data=True)
    if with_baseline:
        chart.add_data(Reference(sheet, min_col=6, max_col=7, min_row=1, max_row=count + 1),
                       titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=count + 1))
    sheet.add_chart(chart, "I2")


def _department_chart(book: Workbook, report: Report) -> None:
    sheet: Worksheet = book.create_sheet("窓口別 比較")
    series = report.department_metrics()
    if not series:
        return
    names = sorted({name for _label, rows in series for name in rows})
    rows: list[list[object]] = [
        [n, *(_minutes(by_name[n].median) if n in by_name else None for _l, by_name in series)]
        for n in names
    ]
    _table(sheet, 1, ["窓口", *(f"{label} 中央値(分)" for label, _rows in series)], rows)
    _widths(sheet, [28, *(18 for _ in series)])
    chart = BarChart()
    chart.type = "col"
    chart.title = f"窓口別 {'・'.join(label for label, _rows in series)}（中央値）"
    chart.y_axis.title = "分"
    chart.height, chart.width = 9, 22
    chart.add_data(Reference(sheet, min_col=2, max_col=1 + len(series), min_row=1,
                             max_row=len(rows) + 1), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=len(rows) + 1))
    sheet.add_chart(chart, "E2")


def write_xlsx(report: Report, out: Path) -> None:
    book = Workbook()
    overview = book.active
    assert isinstance(overview, Worksheet)
    overview.title = "概要"
    _overview(overview, report)
    _channel_sheet(book, report)
    for breakdown in report.breakdowns:
        sheet = _breakdown_sheet(book, breakdown, report)
        if breakdown.grouping == "day" and breakdown.rows:
            _trend_chart(sheet, len(breakdown.rows), report.summary.baseline is not None)
    _department_chart(book, report)
    with atomic_output(out, ".xlsx") as tmp:
        book.save(tmp)
