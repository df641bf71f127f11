"""PDF report (reportlab): headline table, baseline comparison, the channels compared
(kiosk time and time at the town hall per channel, against the survey) and two charts.

Text is set in the bundled BIZ UDゴシック, registered as an embedded TrueType font by
``printing.fonts.register_fonts`` (a CID font would not be embedded and Japanese text
could print as garbage). Charts are reportlab graphics (vector), not images.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from kiosk.statistics.channels import CHANNELS_TITLE, channel_titles, channel_values
from kiosk.statistics.export_common import atomic_output, column_titles, headline_rows, headline_titles
from kiosk.statistics.report import LANGUAGE, Report
from kiosk.statistics.stats import Figures, minutes
from kiosk.visits.vocabulary import HEADLINE_METRIC, statistics_text

BLUE = colors.HexColor("#1F4E79")
ORANGE = colors.HexColor("#C55A11")
GREEN = colors.HexColor("#548235")
TREND = (HEADLINE_METRIC, "day")  # the breakdown drawn as the trend chart


def _font() -> str:
    from printing.fonts import GOTHIC, register_fonts

    register_fonts()
    return GOTHIC


def _cells(label: str, f: Figures) -> list[str]:
    def show(v: float | None) -> str:
        m = minutes(v)
        return "—" if m is None else f"{m:.1f}"

    return [label, str(f.count), show(f.mean), show(f.median), show(f.p90)]


def _table(rows: list[list[str]], font: str, widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("BACKGROUND", (0, 0), (-1, 0), BLUE),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ]))
    return table


def _channels(report: Report, font: str) -> list[object]:
    """The channels compared: header words wrapped in their narrow columns."""
    if not report.channels:
        return []
    head = ParagraphStyle("head", fontName=font, fontSize=7, leading=9, textColor=colors.white)
    header = [Paragraph(title, head) for title in channel_titles(report.vocabulary, LANGUAGE)]
    shares = len(header) - 2  # the last two columns are fractions: reduction, progress

    def show(index: int, value: float | int | None) -> str:
        if value is None:
            return "—"
        if index == 0:
            return str(value)
        return f"{value * 100:.1f}%" if index >= shares - 1 else f"{value:.1f}"

    rows = [[report.channel_label(r.channel),
             *(show(i, v) for i, v in enumerate(channel_values(r)))] for r in report.channels]
    table = _table([header, *rows], font, [30 * mm, 11 * mm, *([14.5 * mm] * (len(header) - 2))])
    table.setStyle(TableStyle([("FONTSIZE", (0, 1), (-1, -1), 8),
                               ("VALIGN", (0, 0), (-1, 0), "BOTTOM")]))
    title = ParagraphStyle("section", fontName=font, fontSize=10, leading=14)
    return [Paragraph(statistics_text(CHANNELS_TITLE, LANGUAGE), title), table,
            Spacer(1, 4 * mm)]


def _trend(report: Report, font: str) -> Drawing:
    rows = report.breakdown(*TREND).rows
    drawing = Drawing(170 * mm, 78 * mm)
    drawing.add(String(0, 74 * mm, "滞在時間の中央値（日別、分）", fontName=font, fontSize=10))
    medians = [(i, (f.median or 0) / 60) for i, (_, f) in enumerate(rows)]
    if not medians:
        return drawing
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 12 * mm, 10 * mm, 150 * mm, 50 * mm
    lines = [medians]
    baseline = report.summary.baseline
    if baseline is not None:
        last = max(len(rows) - 1, 1)
        lines.append([(0, baseline.baseline_minutes), (last, baseline.baseline_minutes)])
        lines.append([(0, baseline.target_minutes), (last, baseline.target_minutes)])
    plot.data = lines
    for index, colour in enumerate((BLUE, ORANGE, GREEN)[: len(lines)]):
        plot.lines[index].strokeColor = colour
        plot.lines[index].strokeWidth = 1.5
    plot.xValueAxis.labels.fontName = plot.yValueAxis.labels.fontName = font
    plot.yValueAxis.valueMin = 0
    drawing.add(plot)
    legend = Legend()
    legend.fontName, legend.x, legend.y = font, 70 * mm, 76 * mm
    legend.columnMaximum, legend.deltax = 1, 30 * mm
    names = ["中央値", "導入前", "目標 −60%"][: len(lines)]
    legend.colorNamePairs = list(zip((BLUE, ORANGE, GREEN), names, strict=False))
    drawing.add(legend)
    return drawing


def _departments(report: Report, font: str) -> Drawing:
    series = report.department_metrics()
    names = sorted({name for _label, rows in series for name in rows})
    colours = (BLUE, ORANGE, GREEN)
    drawing = Drawing(170 * mm, 84 * mm)
    title = "・".join(label for label, _rows in series)
    drawing.add(String(0, 80 * mm, f"窓口別 {title}（中央値、分）", fontName=font,
                       fontSize=10))
    if not names:
        return drawing
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 22 * mm, 150 * mm, 48 * mm
    chart.data = [[(rows[n].median or 0) / 60 if n in rows else 0 for n in names]
                  for _label, rows in series]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 6
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.valueMin = 0
    for index, _series in enumerate(series):
        chart.bars[index].fillColor = colours[index % len(colours)]
    drawing.add(chart)
    legend = Legend()
    legend.fontName, legend.x, legend.y = font, 90 * mm, 82 * mm
    legend.columnMaximum, legend.deltax = 1, 30 * mm
    legend.colorNamePairs = [(colours[i % len(colours)], label)
                             for i, (label, _rows) in enumerate(series)]
    drawing.add(legend)
    return drawing


def write_pdf(report: Report, out: Path) -> None:
    font = _font()
    title = ParagraphStyle("title", fontName=font, fontSize=16, leading=22)
    body = ParagraphStyle("body", fontName=font, fontSize=9, leading=13)
    s = report.summary
    story: list[object] = [
        Paragraph("来庁者の滞在時間レポート", title),
        Paragraph(f"期間: {s.filters.date_from or '最初'} 〜 {s.filters.date_to or '最新'}"
                  f"　来庁件数: {s.visits}　作成: {report.generated_local}", body),
        Spacer(1, 4 * mm),
        _table([headline_titles(), *(_cells(n, f) for n, f in headline_rows(report))],
               font, [40 * mm, 20 * mm, 28 * mm, 28 * mm, 40 * mm]),
        Spacer(1, 4 * mm),
    ]
    if s.baseline is not None:
        b = s.baseline
        story.append(Paragraph(
            f"導入前 平均 {b.baseline_minutes:.1f} 分 → 現在 {b.current_minutes:.1f} 分"
            f"（削減率 {b.reduction * 100:.1f}%、目標 −60% への達成度 {b.progress * 100:.0f}%）",
            body))
        story.append(Spacer(1, 3 * mm))
    story += _channels(report, font)
    story += [_trend(report, font), Spacer(1, 3 * mm), _departments(report, font)]
    for breakdown in report.breakdowns:
        if not breakdown.rows or (breakdown.metric, breakdown.grouping) == TREND:
            continue  # the trend is drawn above
        story += [Spacer(1, 4 * mm), Paragraph(breakdown.title, body), _table(
            [column_titles()[1:], *(_cells(label, f) for label, f in breakdown.rows)],
            font, [56 * mm, 20 * mm, 26 * mm, 26 * mm, 36 * mm])]
    with atomic_output(out, ".pdf") as tmp:
        SimpleDocTemplate(str(tmp), pagesize=A4, title="滞在時間レポート",
                          leftMargin=18 * mm, rightMargin=18 * mm).build(story)
