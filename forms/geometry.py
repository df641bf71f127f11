"""Placing a layout's boxes on an A4 page, and refusing layouts whose boxes collide.

Layouts describe rows and widths; this module turns them into rectangles (millimetres
from the top-left corner), so the renderer only draws and the validator can check the
real geometry: a field that runs past the right margin, a section that runs off the
bottom, or an absolutely placed box sitting on another box is an error naming the file
and the field.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from forms.layout_model import (
    DIGIT_BOX_W,
    DIGIT_GAP,
    MIN_ERA_DATE_W,
    FieldSpec,
    Layout,
    LayoutError,
    Placed,
)

PAGE_W = 210.0
PAGE_H = 297.0
MARGIN_X = 12.0
TOP = 12.0
HEADER_H = 30.0
CONTENT_TOP = TOP + HEADER_H + 2.0
CONTENT_BOTTOM = PAGE_H - 16.0
CONTENT_W = PAGE_W - 2 * MARGIN_X
SECTION_TITLE_H = 6.0
SECTION_GAP = 2.5
_EPS = 0.01


def _widths(fields: Sequence[FieldSpec]) -> list[float]:
    fixed = sum(f.w for f in fields if f.w is not None)
    free = [f for f in fields if f.w is None]
    share = (CONTENT_W - fixed) / len(free) if free else 0.0
    return [f.w if f.w is not None else share for f in fields]


def _min_width(spec: FieldSpec, label_w: float, coded: bool) -> float:
    if spec.kind == "era_date":
        return era_date_width(spec, coded) + label_w
    if spec.kind == "digits":
        return digits_width(spec) + label_w + 2.0
    return 8.0


def era_date_width(spec: FieldSpec, coded: bool = False) -> float:
    """Room for the era marks (明・大・昭・平・令, or 1明 3大 … with a code table) and the
    year, month and day."""
    return MIN_ERA_DATE_W + len(spec.eras) * (6.8 if coded else 5.0)


def digits_width(spec: FieldSpec) -> float:
    """Character boxes plus the hyphen gaps between groups (〒861-0803)."""
    mark = 4.0 if spec.is_postal else 0.0
    return mark + spec.count * DIGIT_BOX_W + max(0, len(spec.groups) - 1) * DIGIT_GAP


def label_width(spec: FieldSpec, in_table: bool = False) -> float:
    """Width of the shaded label cell left of the value (0 for table cells and notes)."""
    if in_table or spec.kind in ("note",) or not spec.label:
        return 0.0
    if spec.label_w is not None:
        return spec.label_w
    return min(30.0, 4.2 * len(spec.label) + 4.0) if len(spec.label) > 2 else 12.0


def _row_boxes(fields: Sequence[FieldSpec], y: float, h: float, layout: Layout,
               role: str = "field", row: int = -1) -> list[Placed]:
    placed = []
    x = MARGIN_X
    for spec, w in zip(fields, _widths(fields), strict=True):
        lw = 0.0 if role != "field" else label_width(spec)
        if w < _min_width(spec, lw, layout.era_table is not None) - _EPS:
            raise LayoutError(f"{layout.source.name}: field {spec.name}: box too narrow "
                              f"({w:.1f} mm) for its content")
        placed.append(Placed(spec, x, y, w, h, role, row))
        x += w
    return placed


def _check_geometry(layout: Layout, placed: Sequence[Placed]) -> None:
    name = layout.source.name
    for p in placed:
        if p.x < MARGIN_X - _EPS or p.x + p.w > PAGE_W - MARGIN_X + _EPS:
            raise LayoutError(f"{name}: field {p.field.name}: runs past the page margin")
        if p.y < TOP - _EPS or p.y + p.h > CONTENT_BOTTOM + _EPS:
            raise LayoutError(f"{name}: field {p.field.name}: runs off the bottom of the page")
    for i, a in enumerate(placed):
        for b in placed[i + 1:]:
            if (a.x + _EPS < b.x + b.w and b.x + _EPS < a.x + a.w
                    and a.y + _EPS < b.y + b.h and b.y + _EPS < a.y + a.h):
                raise LayoutError(
                    f"{name}: field {b.field.name}: overlaps field {a.field.name}"
                )


def place(layout: Layout, boxes: tuple[Placed, ...] = ()) -> Layout:
    """Return ``layout`` with every box placed; raise ``LayoutError`` on a collision."""
    placed: list[Placed] = []
    y = CONTENT_TOP
    for section in layout.sections:
        if section.title:
            band = FieldSpec(kind="note", label=section.title)
            placed.append(Placed(band, MARGIN_X, y, CONTENT_W, SECTION_TITLE_H, "section"))
            y += SECTION_TITLE_H
        for row in section.rows:
            placed += _row_boxes(row.fields, y, row.h, layout)
            y += row.h
        if section.table is not None:
            t = section.table
            placed += _row_boxes(t.columns, y, t.header_h, layout, "th")
            y += t.header_h
            for r in range(t.rows):
                placed += _row_boxes(t.columns, y, t.row_h, layout, "cell", r)
                y += t.row_h
        y += SECTION_GAP
    placed += boxes
    _check_geometry(layout, placed)
    return dataclasses.replace(layout, placed=tuple(placed), boxes=boxes)
