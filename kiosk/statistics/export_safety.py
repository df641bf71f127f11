"""Formula-injection ("CSV injection") defence for the CSV and XLSX exports.

A spreadsheet treats a cell starting with ``=``, ``+``, ``-`` or ``@`` as a formula, and
a leading tab or carriage return can hide such a start from a reviewer. The labels in
the exports come from the catalog (event titles, department names) and from codes any
terminal with the database credentials can write, so they are not trusted. Following
OWASP's "CSV Injection" guidance, every text cell with such a start is neutralised:

* CSV: prefixed with a single quote (``'=1+2``), which spreadsheets show as text;
* XLSX: written as a string cell (never a formula) with Excel's "quote prefix" style, so
  the cell shows the original text and stays text even when a clerk edits it.

Numbers are never touched: a negative figure stays a number.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from forms.catalog import Catalog

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def is_formula_like(value: object) -> bool:
    """Whether ``value`` is text a spreadsheet could read as a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def neutralise_csv_cell(value: object) -> object:
    """``value`` with a leading ``'`` if it is formula-like text; anything else unchanged."""
    return QUOTE + value if isinstance(value, str) and is_formula_like(value) else value


def neutralise_csv_row(values: Sequence[object]) -> list[object]:
    return [neutralise_csv_cell(value) for value in values]


def formula_like_labels(catalog: Catalog) -> list[str]:
    """One sentence per catalog label an export could carry that starts like a formula.

    ``kiosk catalog check`` prints them as warnings: the exports neutralise such text,
    but a title meant for residents should not start with ``=`` in the first place.
    """
    found: list[str] = []
    for lang in catalog.locales:
        named = [
            *((f"event {eid} title", text) for eid, text in catalog.event_titles(lang).items()),
            *((f"event {eid} paper title", text)
              for eid, text in catalog.event_titles(lang, paper=True).items()),
            *((f"department {did} name", text)
              for did, text in catalog.department_names(lang).items()),
            *((f"department {did} counter", dept.counter.get(lang))
              for did, dept in catalog.departments.items()),
            *((f"procedure {pid} title", proc.title.get(lang))
              for pid, proc in catalog.procedures.items()),
        ]
        found += [
            f"{what} ({lang}) starts with {text[:1]!r}: a spreadsheet would read it as a "
            "formula (exports neutralise it with a leading '); start it with a letter"
            for what, text in named if is_formula_like(text)
        ]
    return list(dict.fromkeys(found))
