"""The 手続き案内票 (guide sheet): the first page of every visit's bundle.

It tells the resident where to go, in order: the ticket number, each counter with what
it will do, the documents to bring, fees and deadlines, and a QR code of the visit id so
a clerk can open the visit. It deliberately carries no name, address or birth date:
residents leave it on counters, and nothing personal should be on a sheet that can be
lost. Problems found while filling the forms are listed for the clerk at the bottom.
The clerks' own checklists stay on the clerk console: the sheet is for the resident.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from forms.catalog import Town
from forms.geometry import MARGIN_X, PAGE_H, PAGE_W, TOP
from kiosk.domain.era import to_wareki
from printing.context import PAPER_LANGUAGE, VisitInfo
from printing.draw import Pen, fit_text
from printing.fonts import GOTHIC, GOTHIC_BOLD, MINCHO
from printing.render import Flag, qr_payload

BOTTOM = PAGE_H - 18.0
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
WIDTH = PAGE_W - 2 * MARGIN_X


class GuideWriter:
    """Writes flowing guide-sheet lines, starting a new page when one is full."""

    def __init__(self, canvas: Canvas, visit: VisitInfo, town: Town) -> None:
        self.canvas = canvas
        self.pen = Pen(canvas)
        self.visit = visit
        self.town_name = town.name.get(PAPER_LANGUAGE)
        self.y = 0.0
        self.pages = 0

    def new_page(self) -> None:
        if self.pages:
            self.canvas.showPage()
        self.pages += 1
        pen = self.pen
        title = "手続き案内票" if self.pages == 1 else "手続き案内票（つづき）"
        pen.text(MARGIN_X, TOP + 10, title, GOTHIC_BOLD, 22)
        pen.rect(PAGE_W - MARGIN_X - 78, TOP, 46, 22, 1.2)
        pen.text(PAGE_W - MARGIN_X - 55, TOP + 6, "受付番号", GOTHIC, 10, "center")
        pen.text(PAGE_W - MARGIN_X - 55, TOP + 18, self.visit.ticket, GOTHIC_BOLD, 24, "center")
        pen.qr(PAGE_W - MARGIN_X - 28, TOP - 2, 28, qr_payload(self.visit.id))
        pen.text(MARGIN_X, TOP + 19, f"受付日　{to_wareki(self.visit.date).format_ja()}",
                 GOTHIC, 11)
        pen.line(MARGIN_X, TOP + 29, PAGE_W - MARGIN_X, TOP + 29, 1.0)
        self.y = TOP + 35
        pen.text(PAGE_W - MARGIN_X, PAGE_H - 9, f"書かない窓口（{self.town_name}）　{self.pages}",
                 GOTHIC, 9, "right")

    def para(self, text: str, font: str = MINCHO, size: float = 11.0, indent: float = 0.0,
             gap: float = 1.2) -> None:
        """A wrapped paragraph; never clipped, it continues on the next page."""
        text = self.pen.safe(text, font)
        fit = fit_text(text, font, WIDTH - indent, 10_000, size, size)
        lh = size * 0.3528 * 1.3
        for line in fit.lines:
            if self.y + lh > BOTTOM:
                self.new_page()
            self.pen.text(MARGIN_X + indent, self.y + size * 0.3528, line, font, size)
            self.y += lh
        self.y += gap

    def need(self, mm_: float) -> None:
        if self.y + mm_ > BOTTOM:
            self.new_page()


def draw_guide(canvas: Canvas, plan: Any, visit: VisitInfo, event_date: date | None,
               forms: Sequence[str], flags: Sequence[Flag],
               form_titles: Mapping[str, str] | None = None, *, town: Town,
               event_title: str) -> int:
    """Draw the guide sheet on ``canvas``; returns the number of pages it took.

    ``town`` and ``event_title`` (the event's paper title) come from the catalog;
    ``form_titles`` names the flagged forms by title (a resident never reads a form id)."""
    titles = form_titles or {}
    g = GuideWriter(canvas, visit, town)
    g.new_page()
    event = event_title
    when = f"（{to_wareki(event_date).format_ja()}）" if event_date else ""
    g.para(f"{event}のお手続き{when}", GOTHIC_BOLD, 14, gap=2)
    g.para("次の順に窓口へお越しください。各窓口でこの用紙と記入済みの書類をお出しください。",
           GOTHIC, 11, gap=3)
    documents: dict[str, None] = {}
    for n, stop in enumerate(plan.stops):
        dept = stop.department
        g.need(22)
        mark = CIRCLED[n] if n < len(CIRCLED) else f"{n + 1}."
        g.pen.rect(MARGIN_X, g.y - 1, WIDTH, 8.5, 0.8, fill=0.88)
        g.pen.text(MARGIN_X + 2, g.y + 5.2, f"{mark}　{dept.name_ja}　{dept.counter_ja}",
                   GOTHIC_BOLD, 13)
        g.y += 10
        for proc in stop.procedures:
            g.need(14)  # keep a procedure's title with its first lines
            g.para(f"■ {proc.title_ja}", GOTHIC_BOLD, 11.5, indent=3, gap=0.5)
            for doc in proc.documents_ja:
                documents.setdefault(doc, None)
            if proc.documents_ja:
                g.para("持ち物：" + "、".join(proc.documents_ja), MINCHO, 10.5, indent=8, gap=0.3)
            terms = [f"手数料：{proc.fee_ja}" if proc.fee_ja else "",
                     f"期限：{proc.deadline_ja}" if proc.deadline_ja else ""]
            if any(terms):
                g.para("　".join(t for t in terms if t), MINCHO, 10.5, indent=8, gap=0.3)
            g.y += 1.5
        g.y += 2
    if documents:
        g.need(16)
        g.para("お持ちいただく物（まとめ）", GOTHIC_BOLD, 12, gap=0.8)
        g.para("、".join(documents), MINCHO, 10.5, indent=3, gap=3)
    g.para(f"記入済みの書類：{len(forms)}件（この案内票のあとに綴じてあります）",
           GOTHIC, 10.5, gap=3)
    if flags:
        g.need(14)
        g.para("【職員確認】", GOTHIC_BOLD, 11, gap=0.5)
        for text in sorted({f"{titles.get(f.form_id, f.form_id)}：{f.text_ja()}"
                            for f in flags}):
            g.para("・" + text, GOTHIC, 10, indent=3, gap=0.2)
    canvas.showPage()
    return g.pages
