"""The one vocabulary of the visit statistics: metrics, groupings and channels, with their labels.

Everything that lists a figure iterates over a ``Vocabulary`` instead of spelling ids out:
the recorder (which channels and identification methods exist), ``StatsService``, the
report and its CSV/XLSX/PDF writers, ``kiosk stats`` and the manager window. Adding a
figure is one ``Metric`` entry here and its label's translation in ``core_ja.ts`` (see "How
to add a statistic" in ``docs/conventions.md``).

It lives in ``kiosk.visits`` (not ``kiosk.statistics``) because the recorder validates the
channels it writes against it, and ``kiosk.statistics`` imports ``kiosk.visits``, never the
other way round.

Every label is here and nowhere else, as an English source string; its translations are
in context ``Statistics`` of ``resources/i18n/core_<locale>.ts`` (the one translation
mechanism, ``kiosk.i18n.translate``), like the report's other words (``statistics_text``).

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

import re
from dataclasses import dataclass, replace
from typing import Literal

from kiosk.i18n import translate

# The channel (and identification method) of a visit that came with a code made at home.
from kiosk.visits.channel_names import PRE_APPLICATION

Level = Literal["visit", "department"]


CONTEXT = "Statistics"
"""The translation context of every statistics word (``core_<locale>.ts``)."""

_PLACEHOLDER = re.compile(r"%(\d)")


def statistics_text(source: str, language: str, *args: object) -> str:
    """``source`` (English) in ``language``, its ``%1``, ``%2``… filled after translating
    (the translation may reorder them: ``%1 by %2`` → ``%2別 %1``)."""
    translated = translate(CONTEXT, source, language)
    if not args:
        return translated
    return _PLACEHOLDER.sub(
        lambda m: str(args[int(m[1]) - 1]) if 0 < int(m[1]) <= len(args) else m[0], translated)


@dataclass(frozen=True)
class Label:
    """A user-visible name: its English source string, translated on demand."""

    source: str

    def text(self, language: str) -> str:
        return statistics_text(self.source, language)


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
# The figures compared channel by channel (``kiosk.statistics.channels``): the time at the
# tablet, then the time at the town hall, so the effect of pre-application shows.
CHANNEL_METRICS = ("kiosk", HEADLINE_METRIC)

VOCABULARY = Vocabulary(
    metrics=(
        Metric("dwell", Label("Time at the town hall"), "visit", "dwell_seconds",
               ("day", "week", "life_event", "hour", "channel")),
        Metric("kiosk", Label("Time at the kiosk"), "visit", "kiosk_seconds", ("channel",)),
        Metric("wait", Label("Waiting at counters"), "department", "wait_seconds",
               ("department",)),
        Metric("service", Label("Served at counters"), "department",
               "service_seconds", ("department",)),
    ),
    groupings=(
        Grouping("day", Label("Day")),
        Grouping("week", Label("Week")),
        Grouping("life_event", Label("Life event")),
        Grouping("department", Label("Counter")),
        Grouping("hour", Label("Hour of day")),
        Grouping("channel", Label("Channel")),
    ),
    channels=(
        Channel("card", Label("My Number card"), method="card"),
        Channel("manual", Label("Typed in"), method="manual"),
        Channel(PRE_APPLICATION, Label("Pre-application"), method=PRE_APPLICATION),
        Channel("walk_in", Label("Walk-in (no kiosk)")),
        Channel("unidentified", Label("Not yet identified"), filterable=False),
    ),
)

# How the manager's headline names the figures it shows beside each metric's label.
HEADLINE_FIGURES = Label("median / mean / 90%, min")
MEDIAN_FIGURE = Label("median, min")

# Spellings of channels before there was one vocabulary: migration 0003 rewrote the stored
# rows, and an outbox filled before the upgrade is rewritten as it is sent.
FORMER_CHANNEL_IDS = {"pre-application": "pre_application", "walk-in": "walk_in"}



def current_channel_id(channel_id: str) -> str:
    """``channel_id`` in today's spelling (a former one, typed or stored, still reads)."""
    return FORMER_CHANNEL_IDS.get(channel_id, channel_id)


# The channels a program opens visits with by name (all others come from a ``method``).
WALK_IN = "walk_in"
UNIDENTIFIED = "unidentified"
