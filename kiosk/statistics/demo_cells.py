"""The day cells of ``stats_rollup`` for generated visits, counted as they are generated.

``kiosk.storage.rollups.rebuild`` bins a month of summaries in SQL (``ln`` per value and a
sort per dimension: most of what ``demo-data`` cost after the inserts). The generator
knows every value it writes, so it counts them into the same cells in Python, in the
child process that generates, and the writer upserts a day's cells with the chunk in
which the day ends. Only the
finer dimensions are counted here; the ``all`` totals and the month grain are still
summed in SQL from these (``rebuild(..., cells_written=True)``). The bins are
``bin_of``'s, the same ``ln`` and ``floor`` as ``rollups.bin_expression``, on the same
doubles as the summary rows, so a rebuild gives the same cells (a test checks it).
"""

from __future__ import annotations

from kiosk.domain.log_histogram import SUMS_ONLY, bin_of
from kiosk.storage.rollups import (
    CHANNEL,
    CHANNEL_EVENT,
    DEPARTMENT,
    DEPARTMENT_COLUMNS,
    LIFE_EVENT,
    VISIT_COLUMNS,
    VISITS,
)

CellKey = tuple[str, str, str, str, int]  # dimension, day (ISO), metric, member, bin

_DWELL, _KIOSK = VISIT_COLUMNS
_WAIT, _SERVICE = DEPARTMENT_COLUMNS


class DayCells:
    """Counts and sums per cell, as ``rollups._branches`` (without ``totals``) gives them."""

    def __init__(self) -> None:
        self.cells: dict[CellKey, list[float]] = {}

    def _add(self, key: CellKey, value: float) -> None:
        cell = self.cells.get(key)
        if cell is None:
            self.cells[key] = [1, value]
        else:
            cell[0] += 1
            cell[1] += value

    def visit(self, day: str, life_event: str, channel: str, dwell: float,
              kiosk: float | None) -> None:
        add = self._add
        for metric, value in ((_DWELL, dwell), (_KIOSK, kiosk)):
            if value is None:
                continue
            b = bin_of(value)
            add((LIFE_EVENT, day, metric, life_event, b), value)
            add((CHANNEL, day, metric, channel, b), value)
            add((CHANNEL_EVENT, day, metric, f"{channel}/{life_event}", SUMS_ONLY), value)
        add((LIFE_EVENT, day, VISITS, life_event, 0), 0.0)
        add((CHANNEL, day, VISITS, channel, 0), 0.0)

    def department(self, day: str, department: str, wait: float, service: float) -> None:
        self._add((DEPARTMENT, day, _WAIT, department, bin_of(wait)), wait)
        self._add((DEPARTMENT, day, _SERVICE, department, bin_of(service)), service)

    def merged(self, other: DayCells) -> DayCells:
        """These cells and ``other``'s (other days: no cell in both)."""
        self.cells.update(other.cells)
        return self

    def rows(self) -> list[tuple[str, str, str, str, int, int, float]]:
        """(dimension, day, metric, member, bin, count, sum), in key order."""
        return [(*key, int(n), total) for key, (n, total) in sorted(self.cells.items())]
