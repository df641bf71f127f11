"""What the manager window shows, gathered in one background call (no Qt here).

``gather`` asks ``StatsService`` for the headline summary (with the baseline
comparison), the figures of every metric of its vocabulary for the chosen grouping, the
daily figures of the headline metric for the trend chart, and the channels compared
(``kiosk.statistics.channels``) and the help calls (``kiosk.statistics.help_calls``). Seconds throughout; the
panels show minutes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from kiosk.statistics.channels import ChannelFigures, channel_figures
from kiosk.statistics.help_calls import HelpCallStats, help_call_stats
from kiosk.statistics.stats import Figures, Filters, StatsService, Summary
from kiosk.visits.vocabulary import HEADLINE_METRIC, VOCABULARY, Vocabulary


@dataclass
class ManagerData:
    filters: Filters
    grouping: str
    summary: Summary
    rows: dict[str, list[tuple[Any, Figures]]] = field(default_factory=dict)
    trend: list[tuple[date, Figures]] = field(default_factory=list)
    channels: list[ChannelFigures] = field(default_factory=list)
    vocabulary: Vocabulary = VOCABULARY
    help_calls: HelpCallStats = field(default_factory=HelpCallStats)


def _day(key: Any) -> date:
    return key if isinstance(key, date) else date.fromisoformat(str(key)[:10])


def gather(service: StatsService, filters: Filters, grouping: str) -> ManagerData:
    service.vocabulary.grouping(grouping)  # raises on an unknown grouping
    data = ManagerData(filters, grouping, service.summary(filters), vocabulary=service.vocabulary)
    for metric in service.vocabulary.metric_ids:
        data.rows[metric] = service.figures(metric, filters, grouping)
    data.trend = [(_day(k), f) for k, f in service.figures(HEADLINE_METRIC, filters, "day")]
    data.channels = channel_figures(service, filters)
    # by day only: a help call belongs to a terminal and a screen, not to a visit
    data.help_calls = help_call_stats(service.engine, filters.date_from, filters.date_to)
    return data


def default_period(today: date, days: int = 30) -> tuple[date, date]:
    return today - timedelta(days=days - 1), today


def minutes_text(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds / 60:.1f}"
