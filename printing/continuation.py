"""別紙 (continuation sheets) for member tables longer than the form's rows.

A 住民異動届 has five mover rows (and its foreign residents' page two tables of five,
both continued on the same sheets); a three-generation household of eight must still
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


def member_tables(layout: Layout) -> list[Section]:
    """The sections listing ``household[*]`` rows (a form may list its people in two
    tables side by side in meaning, row for row: the foreign residents' page does)."""
    return [
        section for section in layout.sections
        if section.table is not None and any(
            (c.bind or "").startswith("household[*].") for c in section.table.columns)
    ]


def member_table(layout: Layout) -> Section | None:
    """The layout's first member table, if any."""
    tables = member_tables(layout)
    return tables[0] if tables else None


def continuation_sheets(layout: Layout, members: int) -> list[Sheet]:
    """The sheets needed to list ``members`` people on ``layout`` (none when they fit)."""
    sections = member_tables(layout)
    section = sections[0] if sections else None
    if section is None or section.table is None or members <= section.table.rows:
        return []
    table = section.table
    tables = [s.table for s in sections if s.table is not None]
    room = (CONTENT_BOTTOM - CONTENT_TOP - 14.0
            - sum(2 * SECTION_TITLE_H + t.header_h for t in tables))
    per_sheet = max(1, int(room // sum(t.row_h for t in tables)))
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
        body = tuple(
            Section(
                title=f"{part.title}（{label}）",
                rows=(Row(10.0, (note,)),) if part is section else (),
                table=dataclasses.replace(part.table, rows=stop - start),
            )
            for part in sections if part.table is not None
        )
        sheet = dataclasses.replace(
            layout, title=f"{layout.title}　{label}", subtitle="", note="",
            sections=body, placed=(), boxes=(),
        )
        sheets.append(Sheet(place(sheet), start, stop, n + 1, total))
    return sheets
