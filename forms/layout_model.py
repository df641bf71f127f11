"""The types of a form layout: fields, rows, tables, sections and the placed boxes.

Kept apart from the loader (``forms.layout``) so the geometry and the checks, which the
loader runs, can use the types without importing the loader back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

#: Whom a block of person boxes is about (``who:``); its ``@.x`` bindings read that person.
WHO = ("person", "applicant", "head", "claimant", "spouse")

MIN_ERA_DATE_W = 34.0
DIGIT_BOX_W = 4.6
DIGIT_GAP = 2.5


class LayoutError(ValueError):
    """A layout file that cannot be used; the message names the file and the field."""


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One labelled box: what it shows and where its value comes from."""

    kind: str = "text"
    label: str = ""
    bind: str | None = None
    kana: str | None = None
    w: float | None = None
    label_w: float | None = None
    options: tuple[str, ...] = ()
    eras: tuple[str, ...] = ("明", "大", "昭", "平", "令")
    count: int = 0
    groups: tuple[int, ...] = ()
    size: float = 11.0
    floor: float = 9.0
    text: str = ""
    kana_style: str = "katakana"
    align: str = "left"
    # a choice's printed option for a value (はい → 有, 転入 → 使用開始 …)
    map: tuple[tuple[str, str], ...] = ()

    def option_for(self, value: str) -> str:
        """The option a value circles (the value itself unless ``map`` renames it)."""
        return dict(self.map).get(value, value)

    @property
    def is_postal(self) -> bool:
        """A 7-box postal code (3-4 groups) is printed with a leading 〒."""
        return self.kind == "digits" and self.count == 7 and self.groups == (3, 4)

    @property
    def name(self) -> str:
        """How errors and flags refer to this field (its binding, else its label)."""
        return self.bind or self.label or self.kind


@dataclass(frozen=True, slots=True)
class Row:
    h: float
    fields: tuple[FieldSpec, ...]


@dataclass(frozen=True, slots=True)
class Table:
    rows: int
    row_h: float
    header_h: float
    columns: tuple[FieldSpec, ...]


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    rows: tuple[Row, ...] = ()
    table: Table | None = None
    office: bool = False
    who: str = ""  # the person every person box of the section is about


@dataclass(frozen=True, slots=True)
class Placed:
    """A box on the page, in mm from the top-left corner."""

    field: FieldSpec
    x: float
    y: float
    w: float
    h: float
    role: str = "field"  # field | th | cell | section
    row: int = -1


@dataclass(frozen=True, slots=True)
class Layout:
    id: str
    title: str
    department: str
    needs_my_number: bool
    sections: tuple[Section, ...]
    source: Path
    subtitle: str = ""
    era_table: str | None = None
    addressee: str = ""  # empty: the town's addressee from town.yaml, with 様
    note: str = ""
    # one copy per person listed (two deaths never share one 死亡届), even when the
    # procedure lists the household on one form
    one_per_person: bool = False
    boxes: tuple[Placed, ...] = ()
    placed: tuple[Placed, ...] = field(default=())

    def bindings(self) -> list[str]:
        """Every value path this layout reads."""
        return [p.field.bind for p in self.placed if p.field.bind] + [
            p.field.kana for p in self.placed if p.field.kana
        ]
