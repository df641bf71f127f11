"""別紙 (continuation sheets) for member tables longer than the form's rows.

A 住民異動届 has five mover rows; a three-generation household of eight must still
print every mover. The rows that do not fit go on continuation sheets, each a page with
the same columns, titled 「<form title>　別紙 1/2」 and carrying the visit's 受付番号 and
QR code, so the clerk can tie each sheet to its form. The form itself is flagged
「別紙に記入」 and the sheets follow it directly in the bundle.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from forms.geometry import CONTENT_BOTTOM, CONTENT_TOP, SECTION_TITLE_H, place
from forms.layout import FieldSpec, Layout, Row, Section


@dataclass(frozen=True, slots=True)
class Sheet:
    """One continuation page: its layout and the slice of members it lists."""

    layout: Layout
    start: int
    stop: int
    number: int
    total: int

    @property
    def label(self) -> str:
        return f"別紙 {self.number}/{self.total}"


def member_table(layout: Layout) -> Section | None:
    """The layout's member table (the section listing ``household[*]`` rows), if any."""
    for section in layout.sections:
        if section.table is not None and any(
            (c.bind or "").startswith("household[*].") for c in section.table.columns
        ):
            return section
    return None


def continuation_sheets(layout: Layout, members: int) -> list[Sheet]:
    """The sheets needed to list ``members`` people on ``layout`` (none when they fit)."""
    section = member_table(layout)
    if section is None or section.table is None or members <= section.table.rows:
        return []
    table = section.table
    room = CONTENT_BOTTOM - CONTENT_TOP - 2 * SECTION_TITLE_H - table.header_h - 14.0
    per_sheet = max(1, int(room // table.row_h))
    rest = members - table.rows
    total = -(-rest // per_sheet)
    sheets = []
    for n in range(total):
        start = table.rows + n * per_sheet
        stop = min(members, start + per_sheet)
        label = f"別紙 {n + 1}/{total}"
        note = FieldSpec(kind="note", text=(
            f"{layout.title}（受付番号は右上）の{section.title}の続きです。"
            f"{start + 1}人目から{stop}人目までを記入しています。"))
        body = Section(
            title=f"{section.title}（{label}）",
            rows=(Row(10.0, (note,)),),
            table=dataclasses.replace(table, rows=stop - start),
        )
        sheet = dataclasses.replace(
            layout, title=f"{layout.title}　{label}", subtitle="", note="",
            sections=(body,), placed=(), boxes=(),
        )
        sheets.append(Sheet(place(sheet), start, stop, n + 1, total))
    return sheets
