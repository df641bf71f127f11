"""What the three export writers share: the table header, the headline rows and the
write-beside-then-rename output (a cancelled or failed export never leaves half a file).

Kept apart from ``kiosk.statistics.export``, which picks a writer, so the writers never
import the module that imports them.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kiosk.statistics.report import Report
from kiosk.statistics.stats import Figures

HEADER = ("表", "区分", "件数", "平均(分)", "中央値(分)", "90パーセンタイル(分)")


@contextmanager
def atomic_output(out: Path, suffix: str) -> Iterator[Path]:
    """A temporary path beside ``out``, renamed to ``out`` only if the block succeeds."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".export-", suffix=suffix, dir=out.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)


def headline_rows(report: Report) -> list[tuple[str, Figures]]:
    return report.headline_rows()
