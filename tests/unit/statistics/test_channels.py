"""Kiosk time and time at the town hall per channel, from events written by the recorder."""

from __future__ import annotations

from pathlib import Path

import pytest
from channel_visits_support import DAY, VISITS, expected, record_visits
from sqlalchemy import Engine

from kiosk.statistics.channels import channel_figures
from kiosk.statistics.stats import Filters, StatsService
from kiosk.visits.vocabulary import HEADLINE_METRIC, VOCABULARY, current_channel_id


@pytest.fixture
def service(engine: Engine, tmp_path: Path) -> StatsService:
    record_visits(engine, tmp_path)
    return StatsService(engine)


def test_each_channel_has_its_exact_medians_and_p90(service: StatsService) -> None:
    rows = channel_figures(service, Filters(DAY, DAY))
    want = expected()
    assert [r.channel for r in rows] == [c for c in VOCABULARY.channel_ids if c in want]
    for row in rows:
        w = want[row.channel]
        kiosk, dwell = row.of("kiosk"), row.of(HEADLINE_METRIC)
        assert row.visits == w.visits
        assert kiosk.count == len(w.kiosk) and dwell.count == len(w.dwell)
        if w.kiosk:
            assert kiosk.median == pytest.approx(w.median(w.kiosk) * 60)
            assert kiosk.p90 == pytest.approx(w.p90(w.kiosk) * 60)
        else:  # walk-ins never touch the kiosk
            assert kiosk.median is None
        assert dwell.median == pytest.approx(w.median(w.dwell) * 60)
        assert dwell.p90 == pytest.approx(w.p90(w.dwell) * 60)


def test_pre_application_shortens_the_kiosk_time(service: StatsService) -> None:
    rows = {r.channel: r for r in channel_figures(service, Filters(DAY, DAY))}
    pre, card = rows["pre_application"].of("kiosk"), rows["card"].of("kiosk")
    assert pre.median is not None and card.median is not None
    assert pre.median < card.median / 4


def test_each_channel_is_compared_with_the_survey_of_its_own_life_events(
        service: StatsService) -> None:
    rows = channel_figures(service, Filters(DAY, DAY))
    for row in rows:
        w = expected()[row.channel]
        assert row.baseline is not None
        assert row.baseline.baseline_minutes == pytest.approx(w.baseline_minutes)
        assert row.baseline.reduction == pytest.approx(w.reduction)
        assert row.baseline.target_minutes == pytest.approx(w.baseline_minutes * 0.4)
        assert row.baseline.progress == pytest.approx(w.reduction / 0.6)


def test_a_channel_filter_leaves_that_channel(service: StatsService) -> None:
    rows = channel_figures(service, Filters(DAY, DAY, channel="pre_application"))
    assert [r.channel for r in rows] == ["pre_application"]
    assert rows[0].visits == sum(p.channel == "pre_application" for p in VISITS)
    assert channel_figures(service, Filters(DAY, DAY, life_event="nothing")) == []


def test_no_survey_no_comparison(engine: Engine, tmp_path: Path) -> None:
    record_visits(engine, tmp_path)
    with engine.begin() as connection:
        from kiosk.storage.tables import Baseline

        connection.execute(Baseline.__table__.delete())
    rows = channel_figures(StatsService(engine), Filters(DAY, DAY))
    assert rows and all(r.baseline is None for r in rows)


def test_former_spellings_still_read() -> None:
    assert current_channel_id("pre-application") == "pre_application"
    assert current_channel_id("walk-in") == "walk_in"
    assert current_channel_id("card") == "card"
