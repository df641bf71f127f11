"""The content of an exported report, gathered once and written by every format.

``build_report`` asks ``StatsService`` for the headline summary, the per-channel comparison
(kiosk time and time at the town hall against the survey: ``kiosk.statistics.channels``)
and the breakdowns the service's vocabulary declares (each metric's ``breakdowns``: dwell
by day, ISO week, life event, hour of day, channel; kiosk time by channel; wait and
service per department),
calling ``progress(done, total)`` after each query and stopping with ``ExportCancelled``
as soon as ``cancelled()`` says so. Figures stay in seconds here; writers show minutes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from kiosk.statistics.channels import ChannelFigures, channel_figures
from kiosk.statistics.labels import Labels
from kiosk.statistics.stats import Figures, Filters, StatsService, Summary
from kiosk.visits.clock import LOCAL_TZ, utc_now
from kiosk.visits.vocabulary import VOCABULARY, Vocabulary, statistics_text

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportCancelled(Exception):
    """The user cancelled; no file was written."""


# The files are for the town's records: written in Japanese whatever the window shows.
LANGUAGE = "ja"


@dataclass(frozen=True)
class Breakdown:
    metric: str
    grouping: str
    title: str
    rows: list[tuple[str, Figures]]


@dataclass
class Report:
    summary: Summary
    vocabulary: Vocabulary = VOCABULARY
    breakdowns: list[Breakdown] = field(default_factory=list)
    channels: list[ChannelFigures] = field(default_factory=list)
    generated_at: datetime = field(default_factory=utc_now)

    def headline_rows(self) -> list[tuple[str, Figures]]:
        """(label, figures) of every metric, in the vocabulary's order."""
        return [(m.label.text(LANGUAGE), self.summary.figures[m.id])
                for m in self.vocabulary.metrics]

    def department_metrics(self) -> list[tuple[str, dict[str, Figures]]]:
        """(label, figures by department name) of every department-level metric."""
        out = []
        for metric in self.vocabulary.at_level("department"):
            if "department" in metric.breakdowns:
                rows = dict(self.breakdown(metric.id, "department").rows)
                out.append((metric.label.text(LANGUAGE), rows))
        return out

    def channel_label(self, channel: str) -> str:
        return self.vocabulary.channel_label(channel, LANGUAGE)

    def breakdown(self, metric: str, grouping: str) -> Breakdown:
        return next(b for b in self.breakdowns if (b.metric, b.grouping) == (metric, grouping))

    @property
    def generated_local(self) -> str:
        return self.generated_at.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")


def _label(grouping: str, key: object, labels: Labels, vocabulary: Vocabulary) -> str:
    if grouping == "life_event":
        return labels.life_event(str(key))
    if grouping == "department":
        return labels.department(str(key))
    if grouping == "channel":
        return vocabulary.channel_label(str(key), LANGUAGE)
    if grouping == "hour":
        return statistics_text("%1:00", LANGUAGE, f"{int(str(key)):02d}")
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
    vocabulary = service.vocabulary
    breakdowns = vocabulary.breakdowns()
    total = 2 + len(breakdowns) + extra_steps

    def step(done: int) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled
        if progress is not None:
            progress(done, total)

    step(0)
    report = Report(service.summary(filters), vocabulary)
    step(1)
    report.channels = channel_figures(service, filters)
    step(2)
    for index, (metric, grouping) in enumerate(breakdowns, start=3):
        title = statistics_text("%1 by %2", LANGUAGE, metric.label.text(LANGUAGE),
                                grouping.label.text(LANGUAGE))
        rows = [(_label(grouping.id, key, labels, vocabulary), figures)
                for key, figures in service.figures(metric.id, filters, grouping.id)]
        report.breakdowns.append(Breakdown(metric.id, grouping.id, title, rows))
        step(index)
    return report


def steps_done(report: Report) -> int:
    return 2 + len(report.breakdowns)
