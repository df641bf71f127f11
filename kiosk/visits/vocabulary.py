"""The one vocabulary of the visit statistics: metrics, groupings and channels, with their labels.

Everything that lists a figure iterates over a ``Vocabulary`` instead of spelling ids out:
the recorder (which channels and identification methods exist), ``StatsService``, the
report and its CSV/XLSX/PDF writers, ``kiosk stats`` and the manager window. Adding a
figure is one ``Metric`` entry here (see "How to add a statistic" in ``docs/conventions.md``).

It lives in ``kiosk.visits`` (not ``kiosk.statistics``) because the recorder validates the
channels it writes against it, and ``kiosk.statistics`` imports ``kiosk.visits``, never the
other way round.

Every label is here and nowhere else: an English source string and its Japanese text, so
routing them through one translation mechanism later is a change to ``Label`` alone.

* **metric**: a per-visit or per-department figure, read from a ``*_seconds`` column of
  ``visit_summary`` (``level="visit"``) or ``department_summary`` (``level="department"``);
  the figures are defined in ``kiosk.visits.dwell``. ``breakdowns`` are the groupings the
  exports break it down by.
* **grouping**: a column of both summary tables that figures can be grouped by.
* **channel**: how a visit was opened or identified. One spelling (``snake_case``), the same
  in the database, the CLI and the files. ``method`` is the ``identified`` event's method
  that puts a visit in that channel.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

Level = Literal["visit", "department"]


@dataclass(frozen=True)
class Label:
    """A user-visible name: the English source string and its Japanese text."""

    en: str
    ja: str

    def text(self, language: str) -> str:
        return self.ja if language == "ja" else self.en


@dataclass(frozen=True)
class Metric:
    id: str
    label: Label
    level: Level
    column: str  # the ``*_seconds`` column of the level's summary table
    breakdowns: tuple[str, ...] = ()  # grouping ids of the exported breakdowns


@dataclass(frozen=True)
class Grouping:
    id: str
    label: Label


@dataclass(frozen=True)
class Channel:
    id: str
    label: Label
    method: str | None = None  # the ``identified`` method that sets it
    filterable: bool = True  # offered as a filter (a visit not yet identified is not)


@dataclass(frozen=True)
class Vocabulary:
    metrics: tuple[Metric, ...]
    groupings: tuple[Grouping, ...]
    channels: tuple[Channel, ...]

    def metric(self, metric_id: str) -> Metric:
        for metric in self.metrics:
            if metric.id == metric_id:
                return metric
        raise ValueError(f"unknown metric {metric_id!r} (one of {', '.join(self.metric_ids)})")

    def grouping(self, grouping_id: str) -> Grouping:
        for grouping in self.groupings:
            if grouping.id == grouping_id:
                return grouping
        raise ValueError(
            f"unknown grouping {grouping_id!r} (one of {', '.join(self.grouping_ids)})")

    @property
    def metric_ids(self) -> tuple[str, ...]:
        return tuple(m.id for m in self.metrics)

    @property
    def grouping_ids(self) -> tuple[str, ...]:
        return tuple(g.id for g in self.groupings)

    @property
    def channel_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.channels)

    @property
    def filter_channels(self) -> tuple[Channel, ...]:
        return tuple(c for c in self.channels if c.filterable)

    @property
    def methods(self) -> dict[str, str]:
        """Identification method → the channel it puts a visit in."""
        return {c.method: c.id for c in self.channels if c.method is not None}

    def at_level(self, level: Level) -> tuple[Metric, ...]:
        return tuple(m for m in self.metrics if m.level == level)

    def breakdowns(self) -> tuple[tuple[Metric, Grouping], ...]:
        """Every (metric, grouping) an export breaks down, in the vocabulary's order."""
        return tuple((m, self.grouping(g)) for m in self.metrics for g in m.breakdowns)

    def channel_label(self, channel_id: str, language: str) -> str:
        for channel in self.channels:
            if channel.id == channel_id:
                return channel.label.text(language)
        return channel_id

    def with_metric(self, metric: Metric) -> Vocabulary:
        """A copy with one more metric (a town's own figure, or a test's)."""
        if metric.id in self.metric_ids:
            raise ValueError(f"metric {metric.id!r} is already registered")
        for grouping_id in metric.breakdowns:
            self.grouping(grouping_id)
        return replace(self, metrics=(*self.metrics, metric))


# The headline figure, compared against the town's pre-system survey (the −60% goal).
HEADLINE_METRIC = "dwell"

VOCABULARY = Vocabulary(
    metrics=(
        Metric("dwell", Label("Time at the town hall", "滞在時間"), "visit", "dwell_seconds",
               ("day", "week", "life_event", "hour", "channel")),
        Metric("kiosk", Label("Time at the kiosk", "端末操作"), "visit", "kiosk_seconds"),
        Metric("wait", Label("Waiting at counters", "待ち時間"), "department", "wait_seconds",
               ("department",)),
        Metric("service", Label("Served at counters", "対応時間"), "department",
               "service_seconds", ("department",)),
    ),
    groupings=(
        Grouping("day", Label("Day", "日")),
        Grouping("week", Label("Week", "週")),
        Grouping("life_event", Label("Life event", "ライフイベント")),
        Grouping("department", Label("Counter", "窓口")),
        Grouping("hour", Label("Hour of day", "時間帯")),
        Grouping("channel", Label("Channel", "受付方法")),
    ),
    channels=(
        Channel("card", Label("My Number card", "マイナンバーカード"), method="card"),
        Channel("manual", Label("Typed in", "手入力"), method="manual"),
        Channel("pre_application", Label("Pre-application", "事前申請"),
                method="pre_application"),
        Channel("walk_in", Label("Walk-in (no kiosk)", "窓口直接")),
        Channel("unidentified", Label("Not yet identified", "本人確認前"), filterable=False),
    ),
)

# How the manager's headline names the figures it shows beside each metric's label.
HEADLINE_FIGURES = Label("median / mean / 90%, min", "中央値／平均／90%、分")
MEDIAN_FIGURE = Label("median, min", "中央値、分")

# Spellings of channels before there was one vocabulary: migration 0003 rewrote the stored
# rows, and an outbox filled before the upgrade is rewritten as it is sent.
FORMER_CHANNEL_IDS = {"pre-application": "pre_application", "walk-in": "walk_in"}

# The channels a program opens visits with by name (all others come from a ``method``).
WALK_IN = "walk_in"
UNIDENTIFIED = "unidentified"
