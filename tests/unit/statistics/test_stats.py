"""Statistics against an independent computation (the ``statistics`` module)."""

from __future__ import annotations

import random
import statistics
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine, insert

from kiosk.statistics.baseline import BaselineError, import_file, parse
from kiosk.statistics.labels import load_labels
from kiosk.statistics.stats import Figures, Filters, StatsService, percentile_cont
from kiosk.storage.tables import DepartmentSummary, VisitSummary

DAY0 = date(2026, 11, 2)
EVENTS = ("IN", "OUT", "D")
DEPTS = ("JUMIN", "HOKEN", "ZEIMU")
CHANNELS = ("card", "manual", "walk_in")


def expected(values: list[float]) -> Figures:
    if len(values) == 1:
        return Figures(1, values[0], values[0], values[0])
    return Figures(len(values), statistics.fmean(values), statistics.median(values),
                   statistics.quantiles(values, n=10, method="inclusive")[8])


def close(a: Figures, b: Figures) -> bool:
    return a.count == b.count and all(
        x == pytest.approx(y, rel=1e-9, abs=1e-6)
        for x, y in ((a.mean, b.mean), (a.median, b.median), (a.p90, b.p90)))


@given(st.lists(st.floats(0, 1e6, allow_nan=False), min_size=1, max_size=200))
def test_percentile_cont_matches_statistics(values: list[float]) -> None:
    ordered = sorted(values)
    assert percentile_cont(ordered, 0.5) == pytest.approx(statistics.median(values), abs=1e-6)
    if len(values) > 1:
        p90 = statistics.quantiles(values, n=10, method="inclusive")[8]
        assert percentile_cont(ordered, 0.9) == pytest.approx(p90, rel=1e-9, abs=1e-6)


def _random_rows(rng: random.Random, n: int) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    visits, depts = [], []
    for i in range(n):
        day = DAY0 + timedelta(days=rng.randrange(10))
        common = {"visit_id": f"v{i:05d}", "day": day, "hour": rng.randrange(8, 17),
                  "week": f"{day.isocalendar()[0]}-W{day.isocalendar()[1]:02d}",
                  "life_event": rng.choice(EVENTS), "channel": rng.choice(CHANNELS)}
        dwell = None if rng.random() < 0.05 else rng.lognormvariate(7.8, 0.5)
        visits.append({**common, "dwell_seconds": dwell,
                       "kiosk_seconds": None if common["channel"] == "walk_in" else rng.uniform(60, 900)})
        for dept in rng.sample(DEPTS, rng.randint(1, 3)):
            depts.append({**common, "department": dept, "wait_seconds": rng.expovariate(1 / 300),
                          "service_seconds": rng.gammavariate(3, 150), "sent_back": 0})
    return visits, depts


@pytest.fixture
def random_data(engine: Engine) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    visits, depts = _random_rows(random.Random(20261125), 700)
    with engine.begin() as c:
        c.execute(insert(VisitSummary), visits)
        c.execute(insert(DepartmentSummary), depts)
    return visits, depts


@pytest.mark.parametrize("by", ["day", "week", "life_event", "hour", "channel", None])
def test_dwell_figures_by_group_match_statistics(engine: Engine, random_data, by) -> None:
    visits, _ = random_data
    groups: dict[object, list[float]] = defaultdict(list)
    for v in visits:
        if v["dwell_seconds"] is not None:
            groups[v[by] if by else None].append(v["dwell_seconds"])
    got = StatsService(engine).figures("dwell", Filters(), by)
    assert [k for k, _ in got] == sorted(groups, key=lambda k: (k is None, k))
    for key, figures in got:
        assert close(figures, expected(groups[key])), key


def test_filtered_wait_and_service_match_statistics(engine: Engine, random_data) -> None:
    _, depts = random_data
    filters = Filters(DAY0 + timedelta(days=2), DAY0 + timedelta(days=6), life_event="IN",
                      channel="card")
    chosen = [d for d in depts if filters.date_from <= d["day"] <= filters.date_to
              and d["life_event"] == "IN" and d["channel"] == "card"]
    service = StatsService(engine)
    for metric in ("wait", "service"):
        got = dict(service.figures(metric, filters, "department"))
        for dept in DEPTS:
            values = [d[f"{metric}_seconds"] for d in chosen if d["department"] == dept]
            assert close(got[dept], expected(values))


def test_department_filter_on_visit_figures(engine: Engine, random_data) -> None:
    visits, depts = random_data
    zeimu = {d["visit_id"] for d in depts if d["department"] == "ZEIMU"}
    values = [v["dwell_seconds"] for v in visits if v["visit_id"] in zeimu and v["dwell_seconds"] is not None]
    service = StatsService(engine)
    (_, figures), = service.figures("dwell", Filters(department="ZEIMU"))
    assert close(figures, expected(values))
    by_dept = dict(service.figures("dwell", Filters(), "department"))
    assert close(by_dept["ZEIMU"], figures)
    summary = service.summary(Filters(department="ZEIMU"))
    assert summary.visits == len(zeimu)
    assert set(summary.departments) == {"ZEIMU"}


def test_empty_period_gives_empty_figures(engine: Engine) -> None:
    summary = StatsService(engine).summary(Filters(date(2001, 1, 1), date(2001, 1, 2)))
    assert summary.visits == 0 and summary.dwell.count == 0 and summary.dwell.median is None
    assert summary.baseline is None


def test_baseline_comparison_is_mix_adjusted(engine: Engine, tmp_path: Path) -> None:
    rows = [{"visit_id": f"v{i}", "day": DAY0, "hour": 9, "week": "2026-W45", "life_event": le,
             "channel": "card", "dwell_seconds": minutes * 60, "kiosk_seconds": None}
            for i, (le, minutes) in enumerate([("IN", 40), ("IN", 50), ("IN", 45), ("D", 90)])]
    with engine.begin() as c:
        c.execute(insert(VisitSummary), rows)
    survey = tmp_path / "survey.csv"
    survey.write_bytes("日付,ライフイベント,分\n2024-10-01,転入,100\n2024-10-02,IN,80\n"
                       "2024-10-03,おくやみ（死亡）,150\n2024-10-04,B,60\n".encode("cp932"))
    assert import_file(engine, survey, load_labels()) == 4
    b = StatsService(engine).summary(Filters()).baseline
    assert b is not None
    # IN: 3 visits, survey mean 90; D: 1 visit, survey 150 → (3·90 + 150) / 4 = 105
    assert b.baseline_minutes == pytest.approx(105)
    assert b.current_minutes == pytest.approx((40 + 50 + 45 + 90) / 4)
    assert b.reduction == pytest.approx(1 - 56.25 / 105)
    assert b.progress == pytest.approx(b.reduction / 0.6)
    assert b.target_minutes == pytest.approx(42)


def test_baseline_file_errors_name_the_line() -> None:
    labels = load_labels()
    with pytest.raises(BaselineError, match="line 2"):
        parse(b"date,life_event,minutes\n2024-13-01,IN,10\n", labels)
    with pytest.raises(BaselineError, match="line 1"):
        parse(b"2024-10-01,IN,many\n", labels)
    with pytest.raises(BaselineError, match="no survey rows"):
        parse(b"date,life_event,minutes\n", labels)
    assert parse("\ufeff2024/10/01,転出,30\n".encode(), labels)[0].life_event == "OUT"
