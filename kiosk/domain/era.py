"""和暦 (Japanese era) dates: conversion, 元年, era letters and per-form era codes.

Forms print birth and event dates in 和暦, so the rules must match the clerk's reference
(shared domain notes §3.1):

* Up to 昭和 the new era began on the day the old one ended: 1912-07-30 is both 明治45年
  and 大正元年, 1926-12-25 both 大正15年 and 昭和元年. Like Java and the usual software
  convention, a shared boundary day converts to the **new** era. Reading a date back,
  the old era's last day (明治45年7月30日) is accepted too, because residents write it so.
* Since 昭和 the new era starts the next day (平成 1989-01-08, 令和 2019-05-01).
* The first year is written 元年; "1年" is accepted when parsing.
* 明治 starts on 1868-01-25 here (明治元年1月1日 of the old calendar, the usual Japanese
  sources); day-level conversion before the Gregorian calendar (1873) is unreliable anyway.
* Forms use different era codes (年金: 明1 大3 昭5 平7 令9; 協会けんぽ: 昭1 平2 令3), so the
  code tables are data, chosen per form layout.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Era:
    """One era: its name, the JIS X 0301 letter, the first day and the last official day."""

    name: str
    short: str
    letter: str
    start: date
    end: date | None

    @property
    def offset(self) -> int:
        """西暦 = era year + offset."""
        return self.start.year - 1


ERAS: tuple[Era, ...] = (
    Era("明治", "明", "M", date(1868, 1, 25), date(1912, 7, 30)),
    Era("大正", "大", "T", date(1912, 7, 30), date(1926, 12, 25)),
    Era("昭和", "昭", "S", date(1926, 12, 25), date(1989, 1, 7)),
    Era("平成", "平", "H", date(1989, 1, 8), date(2019, 4, 30)),
    Era("令和", "令", "R", date(2019, 5, 1), None),
)

#: Era code tables used by printed forms; a layout names one of these.
ERA_CODE_TABLES: dict[str, dict[str, str]] = {
    "nenkin": {"明治": "1", "大正": "3", "昭和": "5", "平成": "7", "令和": "9"},
    "kyokai_kenpo": {"昭和": "1", "平成": "2", "令和": "3"},
}


class EraError(ValueError):
    """A date outside the supported eras, or an era date that does not exist."""


@dataclass(frozen=True, slots=True)
class WarekiDate:
    """A date expressed in an era: 令和元年5月1日 is (令和, 1, 5, 1)."""

    era: Era
    year: int
    month: int
    day: int

    @property
    def year_text(self) -> str:
        """The year as printed: 元 for the first year, otherwise the number."""
        return "元" if self.year == 1 else str(self.year)

    def format_ja(self) -> str:
        """令和元年5月1日 style."""
        return f"{self.era.name}{self.year_text}年{self.month}月{self.day}日"

    def format_letter(self) -> str:
        """JIS X 0301 style, R01.05.01 (fixed-width records write 元年 as 01)."""
        return f"{self.era.letter}{self.year:02d}.{self.month:02d}.{self.day:02d}"

    def code(self, table: str) -> str:
        """The era's code in a form's code table (年金: 平成 → 7)."""
        try:
            return ERA_CODE_TABLES[table][self.era.name]
        except KeyError as exc:
            raise EraError(f"era code table {table!r} has no code for this era") from exc


def era_by_name(name: str) -> Era:
    """Find an era by full name (令和), short name (令) or letter (R, r)."""
    for era in ERAS:
        if name in (era.name, era.short, era.letter, era.letter.lower()):
            return era
    raise EraError(f"unknown era {name!r}")


def to_wareki(day: date) -> WarekiDate:
    """Convert a Gregorian date; a shared boundary day belongs to the new era."""
    for era in reversed(ERAS):
        if day >= era.start:
            return WarekiDate(era, day.year - era.offset, day.month, day.day)
    raise EraError("dates before 明治 (1868-01-25) cannot be written in an era")


def from_wareki(era: Era | str, year: int, month: int, day: int) -> date:
    """Convert back, checking that the date lies inside the era (its last day included)."""
    era_obj = era if isinstance(era, Era) else era_by_name(era)
    if year < 1:
        raise EraError("an era year starts at 1 (元年)")
    try:
        result = date(year + era_obj.offset, month, day)
    except ValueError as exc:
        raise EraError("no such calendar day") from exc
    if result < era_obj.start or (era_obj.end is not None and result > era_obj.end):
        raise EraError("this day is outside the era")
    return result


_PATTERN = re.compile(
    r"^\s*(?P<era>明治|大正|昭和|平成|令和|[明大昭平令]|[MTSHRmtshr])\s*"
    r"(?P<year>元|\d{1,3})\s*(?:年|[.\-/])\s*(?P<month>\d{1,2})\s*(?:月|[.\-/])\s*"
    r"(?P<day>\d{1,2})\s*日?\s*$"
)


def parse_wareki(text: str) -> date:
    """Parse 令和元年5月1日, 令和1年5月1日, R1.5.1 or R01.05.01 (full-width digits too)."""
    normalised = unicodedata.normalize("NFKC", text)
    match = _PATTERN.match(normalised)
    if match is None:
        raise EraError("not an era date")
    year_text = match["year"]
    year = 1 if year_text == "元" else int(year_text)
    return from_wareki(match["era"], year, int(match["month"]), int(match["day"]))
