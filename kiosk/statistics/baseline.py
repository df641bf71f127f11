"""Import the town's pre-system survey (``kiosk stats baseline import FILE.csv``).

The file has three columns — date, life event, minutes — with or without a header row
(``date,life_event,minutes`` or ``日付,ライフイベント,分``), in UTF-8 (with or without BOM)
or Shift_JIS (cp932), as Excel on Japanese Windows saves it. The life event may be the
catalog code (``IN``) or its Japanese name (転入). A bad row stops the import with its
line number; nothing is written unless the whole file is good. ``replace=True`` (the CLI
default) swaps the previous survey for this one.

``compare(survey, current)`` is the comparison itself, mix-adjusted: the survey's mean
minutes per life event are weighted by this period's visits of that life event, so a month
with more complex cases (死亡) is not read as a regression. Reduction = 1 − current mean ÷
baseline mean; progress toward the goal = reduction ÷ 0.60. The survey measured the time
at the town hall, so only that figure has a baseline (kiosk time has none).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, insert

from kiosk.statistics.aggregate import Figures
from kiosk.statistics.labels import Labels
from kiosk.storage.tables import Baseline

TARGET_REDUCTION = 0.60
HEADER_WORDS = {"date", "日付", "life_event", "ライフイベント", "minutes", "分", "所要時間"}


class BaselineError(ValueError):
    """A problem with the survey file, naming the line."""


@dataclass(frozen=True)
class BaselineComparison:
    baseline_minutes: float
    current_minutes: float
    reduction: float  # 0.25 = 25 % less time than before
    progress: float  # share of the way to −60 %
    target_minutes: float


@dataclass(frozen=True)
class SurveyMean:
    """The survey's mean minutes of one life event, over ``rows`` answers."""

    life_event: str
    minutes: float
    rows: int


def compare(survey: Sequence[SurveyMean], current: Mapping[Any, Figures]
            ) -> BaselineComparison | None:
    """This period's time at the town hall (``current``: figures per life event, seconds)
    against the survey; ``None`` without a survey or without visits."""
    means = {s.life_event: s.minutes for s in survey}
    if not means or not current:
        return None
    shared = [le for le in current if le in means and current[le].mean is not None]
    if shared:
        weights = {le: current[le].count for le in shared}
        total = sum(weights.values())
        before = sum(means[le] * weights[le] for le in shared) / total
        now = sum((current[le].mean or 0.0) / 60 * weights[le] for le in shared) / total
    else:  # no life event in common: the survey's overall mean against this period's
        answers = sum(s.rows for s in survey)
        before = sum(s.minutes * s.rows for s in survey) / answers
        figures = [f for f in current.values() if f.mean is not None]
        total = sum(f.count for f in figures)
        if not total:
            return None
        now = sum((f.mean or 0.0) * f.count for f in figures) / total / 60
    reduction = 1 - now / before if before > 0 else 0.0
    return BaselineComparison(
        before, now, reduction, reduction / TARGET_REDUCTION, before * (1 - TARGET_REDUCTION)
    )


@dataclass(frozen=True)
class SurveyRow:
    survey_date: date
    life_event: str
    minutes: float


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp932")


def _parse_date(text: str, line: int) -> date:
    try:
        return date.fromisoformat(text.strip().replace("/", "-"))
    except ValueError:
        raise BaselineError(f"line {line}: the date must look like 2025-10-01") from None


def parse(raw: bytes, labels: Labels) -> list[SurveyRow]:
    by_name = {name: code for code, name in labels.life_events.items()}
    rows: list[SurveyRow] = []
    for line, record in enumerate(csv.reader(io.StringIO(_decode(raw))), start=1):
        if not record or all(not cell.strip() for cell in record):
            continue
        if line == 1 and record[0].strip().lower() in HEADER_WORDS:
            continue
        if len(record) < 3:
            raise BaselineError(f"line {line}: expected date, life event, minutes")
        event = record[1].strip()
        event = by_name.get(event, event)
        if not event:
            raise BaselineError(f"line {line}: the life event is empty")
        try:
            minutes = float(record[2])
        except ValueError:
            raise BaselineError(f"line {line}: minutes must be a number") from None
        if not 0 < minutes < 24 * 60:
            raise BaselineError(f"line {line}: minutes must be between 0 and 1440")
        rows.append(SurveyRow(_parse_date(record[0], line), event[:32], minutes))
    if not rows:
        raise BaselineError("the file holds no survey rows")
    return rows


def import_file(engine: Engine, path: Path, labels: Labels, *, replace: bool = True) -> int:
    """Load the survey; return the number of rows stored."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BaselineError(f"{path} cannot be read ({exc.strerror})") from None
    rows = parse(raw, labels)
    with engine.begin() as connection:
        if replace:
            connection.execute(delete(Baseline))
        connection.execute(
            insert(Baseline),
            [{"survey_date": r.survey_date, "life_event": r.life_event, "minutes": r.minutes}
             for r in rows],
        )
    return len(rows)
