"""The content of an exported report, gathered once and written by every format.

``build_report`` asks ``StatsService`` for the headline summary and the breakdowns (by
day, ISO week, life event, hour of day, channel; wait and service per department),
calling ``progress(done, total)`` after each query and stopping with ``ExportCancelled``
as soon as ``cancelled()`` says so. Figures stay in seconds here; writers show minutes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from kiosk.statistics.labels import Labels
from kiosk.statistics.stats import Figures, Filters, StatsService, Summary
from kiosk.visits.clock import LOCAL_TZ, utc_now

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportCancelled(Exception):
    """The user cancelled; no file was written."""


METRIC_NAMES = {"dwell": "滞在時間", "kiosk": "端末操作", "wait": "待ち時間", "service": "対応時間"}
# (metric, grouping, sheet/section title)
BREAKDOWNS = (
    ("dwell", "day", "日別 滞在時間"),
    ("dwell", "week", "週別 滞在時間"),
    ("dwell", "life_event", "ライフイベント別 滞在時間"),
    ("dwell", "hour", "時間帯別 滞在時間"),
    ("dwell", "channel", "受付方法別 滞在時間"),
    ("wait", "department", "窓口別 待ち時間"),
    ("service", "department", "窓口別 対応時間"),
)
CHANNEL_NAMES = {
    "card": "マイナンバーカード", "manual": "手入力", "pre-application": "事前申請",
    "walk-in": "窓口直接", "unidentified": "本人確認前",
}


@dataclass(frozen=True)
class Breakdown:
    metric: str
    grouping: str
    title: str
    rows: list[tuple[str, Figures]]


@dataclass
class Report:
    summary: Summary
    breakdowns: list[Breakdown] = field(default_factory=list)
    generated_at: datetime = field(default_factory=utc_now)

    def breakdown(self, metric: str, grouping: str) -> Breakdown:
        return next(b for b in self.breakdowns if (b.metric, b.grouping) == (metric, grouping))

    @property
    def generated_local(self) -> str:
        return self.generated_at.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")


def _label(grouping: str, key: object, labels: Labels) -> str:
    if grouping == "life_event":
        return labels.life_event(str(key))
    if grouping == "department":
        return labels.department(str(key))
    if grouping == "channel":
        return CHANNEL_NAMES.get(str(key), str(key))
    if grouping == "hour":
        return f"{int(str(key)):02d}時"
    return str(key)


def build_report(
    service: StatsService,
    filters: Filters,
    labels: Labels,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    extra_steps: int = 0,
) -> Report:
    """Every figure an export needs; ``extra_steps`` are the writer's own, reported later."""
    total = 1 + len(BREAKDOWNS) + extra_steps

    def step(done: int) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled
        if progress is not None:
            progress(done, total)

    step(0)
    report = Report(service.summary(filters))
    step(1)
    for index, (metric, grouping, title) in enumerate(BREAKDOWNS, start=2):
        rows = [(_label(grouping, key, labels), figures)
                for key, figures in service.figures(metric, filters, grouping)]
        report.breakdowns.append(Breakdown(metric, grouping, title, rows))
        step(index)
    return report


def steps_done(report: Report) -> int:
    return 1 + len(report.breakdowns)
