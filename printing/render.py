"""Drawing one prefilled form (one A4 page) from its layout and a ``FormContext``.

The layout fixes every box (``forms.geometry``); this module only draws: the header with
title, addressee, ticket number and a small QR (visit id + form id, no personal data),
then every field by kind, then the office-use area, where any problem found while
drawing (a character the fonts lack, text that would not fit, a member table too short)
is written for the clerk and returned as a ``Flag``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from forms.bindings import person_source
from forms.geometry import MARGIN_X, PAGE_H, PAGE_W, TOP, label_width
from forms.layout import DIGIT_BOX_W, DIGIT_GAP, FieldSpec, Layout, Placed
from kiosk.domain.era import EraError, to_wareki
from printing.context import PAPER_LANGUAGE, FormContext, Value
from printing.draw import PT, Pen
from printing.fonts import GOTHIC, GOTHIC_BOLD, MINCHO

LABEL_FILL = 0.9


@dataclass(frozen=True, slots=True)
class Flag:
    """Something the clerk must check on a printed form (ids only, never the value)."""

    form_id: str
    field: str
    kind: str  # missing_glyph | overflow | table_overflow | unknown_address

    def to_json(self) -> dict[str, str]:
        return {"form": self.form_id, "field": self.field, "kind": self.kind}

    def text_ja(self) -> str:
        return {
            "missing_glyph": "印字できない文字あり（〓の箇所を手書き）",
            "overflow": "記入欄に収まらない内容あり",
            "table_overflow": "人数が欄を超えるため別紙に記入",
            "unknown_address": "住所が分からない欄あり（窓口で確認）",
        }[self.kind]


def qr_payload(visit_id: str, form_id: str = "") -> str:
    """What the QR codes hold: ids only, so a lost sheet reveals nothing."""
    return f"KKS1:{visit_id}:{form_id}" if form_id else f"KKS1:{visit_id}"


class FormPainter:
    """Draws one layout for one context; collects flags while drawing."""

    def __init__(self, canvas: Canvas, layout: Layout, ctx: FormContext) -> None:
        self.pen = Pen(canvas)
        self.layout = layout
        self.ctx = ctx
        self.flags: list[Flag] = []

    def _flag(self, field: str, kind: str) -> None:
        flag = Flag(self.layout.id, field, kind)
        if flag not in self.flags:
            self.flags.append(flag)

    # -- page furniture ---------------------------------------------------------------
    def header(self, copy_note: str = "") -> None:
        """Title centred; QR top right; addressee, note and ticket number below."""
        pen, lay = self.pen, self.layout
        size = 18.0
        while size > 13 and stringWidth(lay.title, GOTHIC_BOLD, size) > 124 * mm:
            size -= 0.5
        pen.text(PAGE_W / 2, TOP + 8.5, lay.title, GOTHIC_BOLD, size, "center")
        if lay.subtitle:
            pen.text(PAGE_W / 2, TOP + 15, f"（{lay.subtitle}）", GOTHIC, 10, "center")
        pen.qr(PAGE_W - MARGIN_X - 20, TOP - 1, 20, qr_payload(self.ctx.visit.id, lay.id))
        pen.text(MARGIN_X, TOP + 27, self.addressee(), MINCHO, 12)
        box_x = PAGE_W - MARGIN_X - 64
        pen.rect(box_x, TOP + 20, 42, 9.5)
        pen.text(box_x + 1.5, TOP + 26.6, "受付番号", GOTHIC, 9)
        pen.text(box_x + 40.5, TOP + 27.3, self.ctx.visit.ticket, GOTHIC_BOLD, 14, "right")
        note = "　".join(t for t in (lay.note, copy_note) if t)
        if note:
            pen.fitted(MARGIN_X + 34, TOP + 20, box_x - MARGIN_X - 36, 9.5, note, "note",
                       GOTHIC, 9, 9, "right")

    def addressee(self) -> str:
        """The layout's own addressee, else the town's (``town.yaml``) with 様."""
        town = self.ctx.town.addressee.get(PAPER_LANGUAGE)
        return self.layout.addressee or f"{town}　様"

    def footer(self, page_label: str) -> None:
        base = PAGE_H - 9
        town = self.ctx.town.name.get(PAPER_LANGUAGE)
        self.pen.text(MARGIN_X, base, f"様式 {self.layout.id}　書かない窓口（{town}）",
                      GOTHIC, 9)
        self.pen.text(PAGE_W - MARGIN_X, base, page_label, GOTHIC, 9, "right")

    # -- fields -------------------------------------------------------------------------
    def value(self, path: str | None, row: int | None, style: str = "katakana") -> Value:
        return self.ctx.resolve(path, row, style) if path else None

    def draw(self, page_label: str, copy_note: str = "") -> list[Flag]:
        self.header(copy_note)
        later: list[Placed] = []
        for p in self.layout.placed:
            if p.field.kind == "flags":
                later.append(p)
            else:
                self.box(p)
        for p in self.layout.placed:
            if p.role == "cell" and p.row == 0 and p.x <= MARGIN_X + 0.01:
                table_rows = 1 + max(q.row for q in self.layout.placed
                                     if q.role == "cell" and q.field is p.field)
                if len(self.ctx.members) > table_rows:
                    self._flag(p.field.name, "table_overflow")
        for name in self.pen.overflows:
            self._flag(name, "overflow")
        for p in later:
            self.box(p)
        self.footer(page_label)
        return self.flags

    def box(self, p: Placed) -> None:
        pen, f = self.pen, p.field
        if p.role == "section":
            pen.rect(p.x, p.y, p.w, p.h, 0.9, fill=0.8)
            pen.text(p.x + 2, p.y + p.h - 1.7, f.label, GOTHIC_BOLD, 10)
            return
        if p.role == "th":
            pen.rect(p.x, p.y, p.w, p.h, 0.6, fill=LABEL_FILL)
            pen.fitted(p.x, p.y, p.w, p.h, f.label, f.name, GOTHIC, 9, 9, "center", 0.8)
            return
        lw = label_width(f, p.role == "cell")
        if lw:
            pen.rect(p.x, p.y, lw, p.h, 0.6, fill=LABEL_FILL)
            pen.fitted(p.x, p.y, lw, p.h, f.label, f.name, GOTHIC, 9.5, 9, "center", 0.8)
        x, w = p.x + lw, p.w - lw
        pen.rect(x, p.y, w, p.h, 0.6)
        row = p.row if p.role == "cell" else None
        draw = getattr(self, f"_{f.kind}")
        errors_before = self.pen.missing
        draw(f, x, p.y, w, p.h, row)
        if self.pen.missing > errors_before:
            self._flag(f.name, "missing_glyph")

    def _text(self, f: FieldSpec, x: float, y: float, w: float, h: float,
              row: int | None) -> None:
        value = self.value(f.bind, row)
        text = _as_text(value)
        if not text and _is_person_address(f.bind) and (row is None or row < len(self.ctx.members)):
            self._flag(f.name, "unknown_address")  # e.g. a deceased filed for from elsewhere
        if f.kana:
            kana = _as_text(self.value(f.kana, row, f.kana_style))
            kh = min(4.6, h * 0.38)
            self.pen.line(x, y + kh, x + w, y + kh, 0.3, (1, 1.5))
            self.pen.fitted(x, y, w, kh, kana, f.kana, MINCHO, 9, 7, vpad=0.0)
            self.pen.fitted(x, y + kh, w, h - kh, text, f.name, MINCHO, 13, f.floor)
        else:
            self.pen.fitted(x, y, w, h, text, f.name, MINCHO, f.size, f.floor, f.align)

    def _era_date(self, f: FieldSpec, x: float, y: float, w: float, h: float,
                  row: int | None) -> None:
        value = self.value(f.bind, row)
        wareki = None
        if isinstance(value, date):
            try:
                wareki = to_wareki(value)
            except EraError:
                self._flag(f.name, "overflow")
        table = self.layout.era_table
        mid = y + h / 2
        cx = x + 2.0
        for short in f.eras:
            label = short
            if table:
                from kiosk.domain.era import ERA_CODE_TABLES, era_by_name

                code = ERA_CODE_TABLES[table].get(era_by_name(short).name, "")
                label = f"{code}{short}"
            width = self.pen.text(cx, mid + 1.1, label, GOTHIC, 9)
            if wareki is not None and wareki.era.short == short:
                self.pen.ellipse(cx + width / 2, mid - 0.1, width / 2 + 1.0, 2.2)
            cx += width + 1.8
        year = wareki.year_text if wareki else ""
        parts = ((year, "年"), (str(wareki.month) if wareki else "", "月"),
                 (str(wareki.day) if wareki else "", "日"))
        right = x + w - 1.5
        for number, unit in reversed(parts):
            right -= self.pen.text(right, mid + 1.5, unit, GOTHIC, 9, "right") + 0.4
            self.pen.text(right, mid + 1.6, number, MINCHO, 11, "right")
            right -= 7.0

    def _choice(self, f: FieldSpec, x: float, y: float, w: float, h: float,
                row: int | None) -> None:
        value = f.option_for(_as_text(self.value(f.bind, row)))
        cx = x + 2.5
        mid = y + h / 2
        for option in f.options:
            width = self.pen.text(cx, mid + 1.4, option, MINCHO, 10.5)
            if value == option:
                self.pen.ellipse(cx + width / 2, mid, width / 2 + 1.4, 2.6)
            cx += width + 4.0
        if value and value not in f.options:
            rest = x + w - cx
            if rest > 6:
                self.pen.fitted(cx, y, rest, h, f"（{value}）", f.name, MINCHO, 10.5, 9)
            else:
                self._flag(f.name, "overflow")

    def _digits(self, f: FieldSpec, x: float, y: float, w: float, h: float,
                row: int | None) -> None:
        digits = "".join(ch for ch in _as_text(self.value(f.bind, row)) if ch.isdigit())
        if len(digits) > f.count:
            self._flag(f.name, "overflow")
        bh = min(h - 2.0, 7.0)
        top = y + (h - bh) / 2
        cx = x + 1.5
        if f.is_postal:
            self.pen.text(cx, top + bh / 2 + 1.5, "〒", MINCHO, 10)
            cx += 4.0
        group_ends: set[int] = set()
        total = 0
        for g in f.groups[:-1]:
            total += g
            group_ends.add(total)
        for i in range(f.count):
            if i in group_ends:
                self.pen.text(cx + DIGIT_GAP / 2, top + bh / 2 + 1.3, "-", GOTHIC, 10, "center")
                cx += DIGIT_GAP
            self.pen.rect(cx, top, DIGIT_BOX_W, bh, 0.5)
            if i < len(digits):
                self.pen.text(cx + DIGIT_BOX_W / 2, top + bh / 2 + 1.5, digits[i], MINCHO, 11,
                              "center")
            cx += DIGIT_BOX_W

    def _signature(self, f: FieldSpec, x: float, y: float, w: float, h: float,
                   row: int | None) -> None:
        self.pen.text(x + w - 2, y + h - 1.5, "（自署）", GOTHIC, 9, "right")

    def _blank(self, f: FieldSpec, x: float, y: float, w: float, h: float,
               row: int | None) -> None:
        if f.text:
            self.pen.fitted(x, y, w, min(h, 5.5), f.text, f.name, GOTHIC, 9, 9)

    def _note(self, f: FieldSpec, x: float, y: float, w: float, h: float,
              row: int | None) -> None:
        self.pen.fitted(x, y, w, h, f.text or f.label, f.name, GOTHIC, 9.5, 9)

    def _checks(self, f: FieldSpec, x: float, y: float, w: float, h: float,
                row: int | None) -> None:
        self.pen.fitted(x, y, w, h, "　".join(f"□{o}" for o in f.options), f.name, GOTHIC,
                        10, 9)

    def _stamps(self, f: FieldSpec, x: float, y: float, w: float, h: float,
                row: int | None) -> None:
        n = len(f.options)
        cw = (w - 2) / n
        for i, name in enumerate(f.options):
            bx = x + 1 + i * cw
            self.pen.rect(bx, y + 1, cw, 5, 0.4)
            self.pen.text(bx + cw / 2, y + 4.8, name, GOTHIC, 9, "center")
            self.pen.rect(bx, y + 6, cw, h - 7, 0.4)

    def _flags(self, f: FieldSpec, x: float, y: float, w: float, h: float,
               row: int | None) -> None:
        notes = sorted({flag.text_ja() for flag in self.flags})
        if notes:
            self.pen.fitted(x, y, w, h, "※" + "\n※".join(notes), f.name, GOTHIC, 9, 9)


def _is_person_address(path: str | None) -> bool:
    return bool(path) and person_source(str(path)) is not None and str(path).endswith(".address")


def _as_text(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return to_wareki(value).format_ja()
    return value


def line_height_mm(size: float) -> float:
    return size * PT
