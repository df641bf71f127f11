"""Kiosk time and time at the town hall per channel: what pre-application changes.

For each channel of the vocabulary that had visits under the filters (in the
vocabulary's order; a channel the vocabulary does not know comes last, by id):

* **visits**: the channel's visits in the period, whether or not they have left yet;
* per metric of ``CHANNEL_METRICS`` (kiosk time, then time at the town hall, both defined
  in ``kiosk.visits.dwell``): count, mean, median and 90th percentile of the visits that
  have that figure. Walk-ins have no kiosk time: their kiosk figures are empty;
* **baseline**: the channel's time at the town hall against the pre-system survey and the
  −60% target, mix-adjusted by the channel's own life events
  (``kiosk.statistics.baseline.compare``). The survey measured the whole visit, so kiosk
  time has no baseline. ``None`` without a survey.

Anonymous: counts and durations per channel, read from ``visit_summary`` (or, over a
long range, from the roll-ups' ``channel`` and ``channel_event`` cells: see
``StatsService.rollups``); no visit is named. Two reads: one pass over the filtered
visits for the figures, one ``GROUP BY`` for the visit counts and the per-life-event
means the baseline weighs.

``channel_titles`` and ``channel_values`` lay the comparison out as the one table the
exports and the manager window show.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import and_, func, select, true

from kiosk.statistics.aggregate import EMPTY, Figures
from kiosk.statistics.baseline import BaselineComparison, compare
from kiosk.statistics.rollup_reader import RollupView
from kiosk.statistics.stats import Filters, StatsService, conditions
from kiosk.storage.rollups import CHANNEL, CHANNEL_EVENT, VISITS
from kiosk.storage.tables import VisitSummary
from kiosk.visits.vocabulary import (
    CHANNEL_METRICS,
    HEADLINE_METRIC,
    Metric,
    Vocabulary,
    statistics_text,
)


@dataclass(frozen=True)
class ChannelFigures:
    channel: str
    visits: int
    figures: dict[str, Figures] = field(default_factory=dict)  # by metric id (seconds)
    baseline: BaselineComparison | None = None  # of the headline metric only

    def of(self, metric: str) -> Figures:
        return self.figures.get(metric, EMPTY)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready (``kiosk stats summary --json``): seconds, like the summary."""
        return {"visits": self.visits,
                **{metric: asdict(figures) for metric, figures in self.figures.items()},
                "baseline": None if self.baseline is None else asdict(self.baseline)}


def channel_figures(service: StatsService, filters: Filters) -> list[ChannelFigures]:
    """The per-channel comparison under ``filters`` (a channel filter leaves one row)."""
    vocabulary = service.vocabulary
    metrics = [vocabulary.metric(m) for m in CHANNEL_METRICS]
    by_channel: dict[str, dict[str, Figures]] = defaultdict(dict)
    view = service.rollups(filters)
    if view is not None:
        visits, means = _from_rollups(view, service, metrics, by_channel)
    else:
        v = VisitSummary.__table__
        where = and_(true(), *conditions(v, filters))
        figures = service.aggregate(
            select(v.c.channel.label("k"), *(v.c[m.column] for m in metrics)).where(where))
        for metric, groups in zip(metrics, figures.groups, strict=True):
            for channel, values in groups:
                by_channel[str(channel)][metric.id] = values
        visits, means = _counts_and_means(service, where)
    survey = service.survey()
    known = {c: i for i, c in enumerate(vocabulary.channel_ids)}
    ordered = sorted(visits, key=lambda c: (known.get(c, len(known)), c))
    return [ChannelFigures(c, visits[c], dict(by_channel[c]),
                           compare(survey, means[c]) if means[c] else None)
            for c in ordered]


def _from_rollups(view: RollupView, service: StatsService, metrics: list[Metric],
                  by_channel: dict[str, dict[str, Figures]]
                  ) -> tuple[dict[str, int], dict[str, dict[str, Figures]]]:
    cells = view.cells(CHANNEL)
    for metric in metrics:
        for channel, values in cells.groups(metric.column):
            by_channel[str(channel)][metric.id] = values
    visits = {str(channel): figures.count for channel, figures in cells.groups(VISITS)}
    headline = service.vocabulary.metric(HEADLINE_METRIC).column
    means: dict[str, dict[str, Figures]] = defaultdict(dict)
    for member, figures in view.cells(CHANNEL_EVENT).groups(headline):
        channel, _, life_event = str(member).partition("/")
        means[channel][life_event] = Figures(figures.count, figures.mean, None, None)
    return visits, means


def _counts_and_means(service: StatsService, where: Any
                      ) -> tuple[dict[str, int], dict[str, dict[str, Figures]]]:
    """Visits per channel, and per channel the headline's count and mean per life event."""
    v = VisitSummary.__table__
    value = v.c[service.vocabulary.metric(HEADLINE_METRIC).column]
    query = (select(v.c.channel, v.c.life_event, func.count(), func.count(value),
                    func.avg(value))
             .where(where).group_by(v.c.channel, v.c.life_event))
    visits: dict[str, int] = defaultdict(int)
    means: dict[str, dict[str, Figures]] = defaultdict(dict)
    with service.engine.connect() as connection:
        for channel, life_event, rows, measured, mean in connection.execute(query):
            visits[str(channel)] += int(rows)
            if measured:
                means[str(channel)][str(life_event)] = Figures(
                    int(measured), float(mean), None, None)
    return dict(visits), means


# The per-channel table (XLSX sheet, PDF table): English sources of its columns after the
# channel and its visits; ``%1`` is the metric's label. Comparison values are minutes,
# then two fractions (reduction, progress toward −60%).
CHANNEL_FIGURE_SOURCES = ("%1, median (min)", "%1, 90th percentile (min)")
COMPARISON_SOURCES = ("Before the system, mean (min)", "Now, mean (min)",
                      "Target −60%, mean (min)", "Reduction", "Progress toward −60%")
CHANNELS_TITLE = "Time at the kiosk and at the town hall by channel"


def channel_titles(vocabulary: Vocabulary, language: str) -> list[str]:
    """受付方法, 来庁件数, then median and 90% of each channel metric, then the comparison
    (the exports' tables and the manager window's have these columns)."""
    titles = [statistics_text("Channel", language), statistics_text("Visits", language)]
    for metric in CHANNEL_METRICS:
        label = vocabulary.metric(metric).label.text(language)
        titles += [statistics_text(source, language, label) for source in CHANNEL_FIGURE_SOURCES]
    return titles + [statistics_text(source, language) for source in COMPARISON_SOURCES]


def channel_values(row: ChannelFigures) -> list[float | int | None]:
    """The numbers of one channel under ``channel_titles`` (after its label), in minutes."""
    values: list[float | int | None] = [row.visits]
    for metric in CHANNEL_METRICS:
        figures = row.of(metric)
        values += [_minutes(figures.median), _minutes(figures.p90)]
    b = row.baseline
    values += ([None] * len(COMPARISON_SOURCES) if b is None else
               [b.baseline_minutes, b.current_minutes, b.target_minutes, b.reduction,
                b.progress])
    return values


def _minutes(seconds: float | None) -> float | None:
    return None if seconds is None else seconds / 60
