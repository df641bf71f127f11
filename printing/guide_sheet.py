"""The 手続き案内票 (guide sheet): the first page of every visit's bundle.

It tells the resident where to go, in order: the ticket number, each counter with what
it will do, the documents to bring, fees and deadlines, and a QR code of the visit id so
a clerk can open the visit. It deliberately carries no name, address or birth date:
residents leave it on counters, and nothing personal should be on a sheet that can be
lost. Problems found while filling the forms are listed for the clerk at the bottom.
In any language but Japanese (やさしい日本語 is Japanese) the sheet is bilingual: each
line in the resident's language, with its Japanese under it in a smaller size, because
the clerks read the Japanese. The forms themselves always stay in Japanese.
The clerks' own checklists stay on the clerk console: the sheet is for the resident.
With a one-stop desk (``Catalog.onestop``) the sheet names the desk and, after it, only
the departments whose specialist a procedure needs (``kiosk.navigation.route``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from forms.catalog import Town
from forms.catalog.model import OneStopDesk
from forms.geometry import MARGIN_X, PAGE_H, PAGE_W, TOP
from kiosk.domain.era import to_wareki
from kiosk.i18n import translate
from kiosk.navigation.route import RouteStop, resident_route
from printing.context import PAPER_LANGUAGE, VisitInfo
from printing.draw import Pen, fit_text
from printing.fonts import GOTHIC, GOTHIC_BOLD, MINCHO
from printing.render import Flag, qr_payload

BOTTOM = PAGE_H - 18.0
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
WIDTH = PAGE_W - 2 * MARGIN_X


#: Aozora-style ruby (やさしい日本語): ``｜漢字《かんじ》``, or ``漢字《かんじ》`` after kanji.
_RUBY = re.compile(r"｜([^《｜]+)《([^》]+)》|([\u3400-\u9fff々〆ヶ]+)《([^》]+)》")


def paper_text(text: str) -> str:
    """Ruby written Aozora-style becomes 漢字（かんじ） on paper (no ruby is drawn there)."""
    return _RUBY.sub(lambda m: f"{m[1] or m[3]}（{m[2] or m[4]}）", text)


def is_japanese(locale: str) -> bool:
    """ja and its variants (ja-easy): the clerks read it, so the sheet needs no second
    language."""
    return locale.split("-", maxsplit=1)[0] == PAPER_LANGUAGE


def _t(source: str, locale: str, *args: object) -> str:
    """A guide-sheet string in ``locale`` (context ``GuideSheet``), ``%1``… filled in."""
    text = paper_text(translate("GuideSheet", source, locale))
    for n, arg in enumerate(args, start=1):
        text = text.replace(f"%{n}", str(arg))
    return text


def _date(day: date, locale: str) -> str:
    return to_wareki(day).format_ja() if locale == PAPER_LANGUAGE else day.isoformat()


#: The Japanese line under a resident's line is this much smaller.
JA_SCALE = 0.82


class GuideWriter:
    """Writes flowing guide-sheet lines, starting a new page when one is full."""

    def __init__(self, canvas: Canvas, visit: VisitInfo, town: Town,
                 locale: str = PAPER_LANGUAGE) -> None:
        self.locale = locale
        self.canvas = canvas
        self.pen = Pen(canvas)
        self.visit = visit
        self.town_name = town.name.get(PAPER_LANGUAGE)
        self.bilingual = not is_japanese(locale)
        self.y = 0.0
        self.pages = 0

    def both(self, source: str, *args: object) -> tuple[str, str]:
        """A ``GuideSheet`` string in the resident's language and in Japanese."""
        return _t(source, self.locale, *args), _t(source, PAPER_LANGUAGE, *args)

    def new_page(self) -> None:
        if self.pages:
            self.canvas.showPage()
        self.pages += 1
        pen = self.pen
        title = self.both("Guide sheet" if self.pages == 1 else "Guide sheet (continued)")
        when = (_t("Date: %1", self.locale, _date(self.visit.date, self.locale)),
                _t("Date: %1", PAPER_LANGUAGE, _date(self.visit.date, PAPER_LANGUAGE)))
        ticket = self.both("Ticket number")
        right = PAGE_W - MARGIN_X - 80  # where the ticket box starts
        if self.bilingual:
            self._header_line(title[0], GOTHIC_BOLD, 18, TOP + 8, right)
            self._header_line(f"{title[1]}　{when[0]}　{when[1]}", GOTHIC, 10, TOP + 15, right)
        else:
            pen.text(MARGIN_X, TOP + 10, title[0], GOTHIC_BOLD, 22)
            pen.text(MARGIN_X, TOP + 19, when[0], GOTHIC, 11)
        pen.rect(PAGE_W - MARGIN_X - 78, TOP, 46, 22, 1.2)
        centre = PAGE_W - MARGIN_X - 55
        if self.bilingual:
            self._label(ticket[0], 8.5, centre, TOP + 4.2)
            self._label(ticket[1], 7.5, centre, TOP + 8.0)
        else:
            pen.text(centre, TOP + 6, ticket[0], GOTHIC, 10, "center")
        pen.text(centre, TOP + 19, self.visit.ticket, GOTHIC_BOLD, 22 if self.bilingual else 24,
                 "center")
        pen.qr(PAGE_W - MARGIN_X - 28, TOP - 2, 28, qr_payload(self.visit.id))
        pen.line(MARGIN_X, TOP + 29, PAGE_W - MARGIN_X, TOP + 29, 1.0)
        self.y = TOP + 35
        pen.text(PAGE_W - MARGIN_X, PAGE_H - 9, f"書かない窓口（{self.town_name}）　{self.pages}",
                 GOTHIC, 9, "right")

    def _header_line(self, text: str, font: str, size: float, baseline: float,
                     right: float) -> None:
        """One header line left of the ticket box, condensed when it would run into it."""
        fit = fit_text(self.pen.safe(text, font), font, right - MARGIN_X, size * 0.5, size, size)
        self.pen.text(MARGIN_X, baseline, fit.lines[0] if fit.lines else "", font, fit.size,
                      scale=fit.scale)

    def _label(self, text: str, size: float, centre: float, baseline: float) -> None:
        """A label inside the ticket box (44 mm), condensed to fit."""
        fit = fit_text(self.pen.safe(text, GOTHIC), GOTHIC, 44, size * 0.5, size, size)
        self.pen.text(centre, baseline, fit.lines[0] if fit.lines else "", GOTHIC, fit.size,
                      "center", fit.scale)

    def lines(self, local: str, ja: str, font: str = MINCHO, size: float = 11.0,
              indent: float = 0.0, gap: float = 1.2) -> None:
        """A paragraph in the resident's language and, on a bilingual sheet, its Japanese
        under it (smaller, indented a little: the clerk's line)."""
        if not self.bilingual or local == ja:
            self.para(local, font, size, indent, gap)
            return
        self.para(local, font, size, indent, 0.2)
        self.need(size * 0.3528 * 1.3 * JA_SCALE)
        self.para(ja, GOTHIC if font == GOTHIC_BOLD else font, size * JA_SCALE, indent + 2, gap)

    def para(self, text: str, font: str = MINCHO, size: float = 11.0, indent: float = 0.0,
             gap: float = 1.2) -> None:
        """A wrapped paragraph; never clipped, it continues on the next page."""
        text = self.pen.safe(paper_text(text), font)
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
               event_title: str, locale: str = PAPER_LANGUAGE, status_url: str = "",
               desk: OneStopDesk | None = None, event_title_ja: str = "") -> int:
    """Draw the guide sheet on ``canvas`` in ``locale`` (the catalog's texts and the
    ``GuideSheet`` translations); returns the number of pages it took.

    With the town's one-stop ``desk`` the sheet sends the resident to the desk, and names
    a department only for the procedures its specialist does after the desk.

    ``town`` and ``event_title`` (the event's paper title in ``locale``) come from the
    catalog, ``event_title_ja`` the same title in Japanese (for the clerk's lines of a
    bilingual sheet); ``form_titles`` names the flagged forms by title (a resident never reads a
    form id). ``status_url`` (the town's waiting status page, when it has one) is printed
    with its QR code, so the resident can wait elsewhere and watch the queue."""
    titles = form_titles or {}
    g = GuideWriter(canvas, visit, town, locale)
    ja = PAPER_LANGUAGE
    g.new_page()
    ja_event = event_title_ja or event_title

    def both(source: str, *args: object) -> tuple[str, str]:
        return g.both(source, *args)

    if event_date:
        heading = (_t("Procedures for %1 (%2)", locale, event_title, _date(event_date, locale)),
                   _t("Procedures for %1 (%2)", ja, ja_event, _date(event_date, ja)))
    else:
        heading = (_t("Procedures for %1", locale, event_title),
                   _t("Procedures for %1", ja, ja_event))
    g.lines(*heading, GOTHIC_BOLD, 14, gap=2)
    if desk is None:
        g.lines(*both("Please go to the counters in this order. At each counter, hand in this "
                      "sheet and the filled-in forms."), GOTHIC, 11, gap=3)
    else:
        g.lines(*both("Please go to the one-stop desk with this sheet and the filled-in forms. "
                      "Every procedure starts there: you need not go round the counters."),
                GOTHIC, 11, gap=3)
    comma = _t(", ", locale)
    documents: dict[tuple[str, str], None] = {}
    for n, stop in enumerate(resident_route(plan, desk)):
        mark = CIRCLED[n] if n < len(CIRCLED) else f"{n + 1}."
        _stop_bar(g, mark, stop)
        if stop.after_desk:
            g.lines(*both("The one-stop desk sends you here: a specialist does these."),
                    GOTHIC, 10.5, indent=3, gap=0.8)
        for proc in stop.procedures:
            for doc in _procedure_lines(g, proc, locale):
                documents.setdefault(doc, None)
        g.y += 2
    if documents:
        g.need(16)
        g.lines(*both("Things to bring (summary)"), GOTHIC_BOLD, 12, gap=0.8)
        g.lines(comma.join(d[0] for d in documents), "、".join(d[1] for d in documents),
                MINCHO, 10.5, indent=3, gap=3)
    g.lines(*both("Filled-in forms: %1 (bound after this guide sheet)", len(forms)),
            GOTHIC, 10.5, gap=3)
    if status_url:
        _status_link(g, status_url)
    _staff_notes(g, [*late_filing_notes(plan), *unsure_notes(plan)], flags, titles)
    canvas.showPage()
    return g.pages


def _procedure_lines(g: GuideWriter, proc: Any, locale: str) -> list[tuple[str, str]]:
    """One procedure's title, 窓口で確認 note, documents and terms, in ``locale`` with the
    Japanese for the clerk; returns its documents (resident's language, Japanese)."""
    ja = PAPER_LANGUAGE
    comma = _t(", ", locale)
    g.need(14)  # keep a procedure's title with its first lines
    g.lines(f"■ {proc.title.get(locale)}", f"■ {proc.title.get(ja)}", GOTHIC_BOLD, 11.5,
            indent=3, gap=0.5)
    if getattr(proc, "check_at_counter", False):  # an answer was 「わからない」
        g.lines(*g.both("Check at the counter: you answered “I don't know”, so the form "
                        "is printed in case it is needed."), GOTHIC_BOLD, 10.5,
                indent=8, gap=0.3)
    bring = [(doc.get(locale), doc.get(ja)) for doc in proc.documents]
    if bring:
        g.lines(_t("Bring: %1", locale, comma.join(d[0] for d in bring)),
                _t("Bring: %1", ja, "、".join(d[1] for d in bring)), MINCHO, 10.5,
                indent=8, gap=0.3)
    terms = [_terms(proc, language) for language in (locale, ja)]
    if any(terms):
        g.lines(terms[0], terms[1], MINCHO, 10.5, indent=8, gap=0.3)
    g.y += 1.5
    return bring


def _terms(proc: Any, locale: str) -> str:
    """A procedure's fee and deadline on one line, in ``locale``."""
    fee, deadline = proc.fee.get(locale), proc.deadline.get(locale)
    terms = [_t("Fee: %1", locale, fee) if fee else "",
             _t("Deadline: %1", locale, deadline) if deadline else ""]
    return "　".join(t for t in terms if t)


def _stop_bar(g: GuideWriter, mark: str, stop: RouteStop) -> None:
    """A counter's grey heading bar: the resident's language, and the Japanese under it."""
    local = paper_text(stop_heading(mark, stop, g.locale))
    ja = stop_heading(mark, stop, PAPER_LANGUAGE)
    two = g.bilingual and local != ja
    height = 13.0 if two else 8.5
    g.need(height + 13.5)
    g.pen.rect(MARGIN_X, g.y - 1, WIDTH, height, 0.8, fill=0.88)
    g.pen.text(MARGIN_X + 2, g.y + 5.2, g.pen.safe(local, GOTHIC_BOLD), GOTHIC_BOLD, 13)
    if two:
        g.pen.text(MARGIN_X + 4, g.y + 10.2, g.pen.safe(ja, GOTHIC), GOTHIC, 10)
    g.y += height + 1.5


def _staff_notes(g: GuideWriter, late: Sequence[str], flags: Sequence[Flag],
                 titles: Mapping[str, str]) -> None:
    """【職員確認】: late filings and the forms' flags, for the clerk (always Japanese)."""
    if not (flags or late):
        return
    g.need(14)
    g.para("【職員確認】", GOTHIC_BOLD, 11, gap=0.5)
    for text in late:
        g.para("・" + text, GOTHIC, 10, indent=3, gap=0.2)
    for text in sorted({f"{titles.get(f.form_id, f.form_id)}：{f.text_ja()}" for f in flags}):
        g.para("・" + text, GOTHIC, 10, indent=3, gap=0.2)


def _status_link(g: GuideWriter, url: str) -> None:
    """The waiting status page: a QR code and its address beside it (no visit id in it:
    the page is the same for everyone, the ticket number is what the resident looks for)."""
    size = 20.0
    g.need(size + 2)
    top = g.y
    g.pen.qr(MARGIN_X, top, size, url)
    local, ja = g.both("Waiting status (see it on your phone)")
    g.pen.text(MARGIN_X + size + 3, top + 7, g.pen.safe(local, GOTHIC_BOLD), GOTHIC_BOLD, 11)
    if g.bilingual and local != ja:
        g.pen.text(MARGIN_X + size + 3, top + 11.5, ja, GOTHIC, 9)
    g.pen.text(MARGIN_X + size + 3, top + 16, url, GOTHIC, 10)
    g.y = top + size + 3


def stop_heading(mark: str, stop: RouteStop, locale: str) -> str:
    """A stop's heading: its number, name and place (counter)."""
    return f"{mark}　{stop.name.get(locale)}　{stop.place.get(locale)}"


def unsure_notes(plan: Any) -> list[str]:
    """One staff line per procedure kept because the resident answered 「わからない」
    (the plan's ``check_at_counter``): the clerk asks and decides whether it is needed."""
    return [f"{proc.title.get(PAPER_LANGUAGE)}：「わからない」の回答あり。窓口で確認してください"
            for proc in plan.procedures() if getattr(proc, "check_at_counter", False)]


def late_filing_notes(plan: Any) -> list[str]:
    """One staff line per procedure filed after its 届出期間 (the plan's ``filed_late``), so
    the clerk notes the late filing (some offices send a 届出期間経過通知)."""
    notes = []
    for proc in plan.procedures():
        if getattr(proc, "filed_late", False) and proc.filing_deadline is not None:
            last = to_wareki(proc.filing_deadline).format_ja()
            notes.append(f"{proc.title.get(PAPER_LANGUAGE)}：届出期間（{last}まで）を過ぎています")
    return notes
