"""Benchmark: ``stats summary`` for one month, one fiscal year and all time on N visits.

Usage::

    .venv/bin/python benchmarks/bench_stats.py --visits 1000000 --backend both

It builds a brand-new database per back-end (a SQLite file in a temporary folder; a
``bench_…`` database on the PostgreSQL server of ``--pg-url``, dropped at the end),
fills it with ``kiosk.statistics.demo_data`` (PostgreSQL ``COPY`` / SQLite ``executemany``,
roll-ups rebuilt once at the end), runs ``ANALYZE``, then times, each ``--repeat`` times
(median and best shown), what ``kiosk stats summary`` computes (the headline summary and
the channel comparison) for

* one month: the 30 days up to ``--end`` (day cells: the worst case of the roll-ups),
* one fiscal year: April to March, the one ending on ``--end``'s fiscal year,
* all time,

and checks each against an exact recomputation: the per-visit summaries (every figure)
and, independently, the dwell recomputed from the raw events (``left`` − ``visit_started``
per visit, in SQL): counts equal, means equal, medians and 90th percentiles within the
stated bound (``kiosk.domain.log_histogram.error_bound``). It also times the XLSX export
of the month.

``--demo-visits N`` (default 200,000; 0 skips) first times ``insert_demo`` for N visits on
a fresh SQLite file in a child process and reports its peak memory (``ru_maxrss``).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError

from kiosk.domain.log_histogram import error_bound
from kiosk.statistics.aggregate import Figures, figures_of
from kiosk.statistics.channels import channel_figures
from kiosk.statistics.demo_data import insert_demo
from kiosk.statistics.export import export
from kiosk.statistics.labels import load_labels
from kiosk.statistics.stats import Filters, StatsService, Summary
from kiosk.storage import migrate
from kiosk.storage.db import make_engine
from kiosk.storage.tables import StatsRollup, Visit, VisitEvent

DEFAULT_PG = os.environ.get("KIOSK_TEST_PG_URL", "postgresql://kiosk:kiosk@127.0.0.1:5432/kiosk_test")


def timed(repeat: int, work: Callable[[], Any]) -> tuple[float, float]:
    """(median, best) seconds of ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), min(times)


def fiscal_year(end: date) -> Filters:
    start = date(end.year if end.month >= 4 else end.year - 1, 4, 1)
    return Filters(start, date(start.year + 1, 3, 31))


def within(rolled: Figures, exact: Figures) -> bool:
    if rolled.count != exact.count:
        return False
    if not exact.count:
        return True
    assert rolled.mean is not None and exact.mean is not None
    pairs = ((rolled.median, exact.median), (rolled.p90, exact.p90))
    return abs(rolled.mean - exact.mean) <= 1e-6 * exact.mean + 1e-3 and all(
        a is not None and b is not None and abs(a - b) <= error_bound(b) + 1e-6 for a, b in pairs)


def raw_dwell(engine: Engine, filters: Filters) -> Figures:
    """Dwell recomputed from the raw events: last ``left`` − first ``visit_started``."""
    e, v = VisitEvent.__table__.c, Visit.__table__.c
    started = func.min(e.occurred_at).filter(e.kind == "visit_started")
    left = func.max(e.occurred_at).filter(e.kind == "left")
    per_visit = select(e.visit_id, started.label("s"), left.label("l")).group_by(e.visit_id)
    sub = per_visit.subquery()
    if engine.dialect.name == "postgresql":
        seconds: Any = func.extract("epoch", sub.c.l - sub.c.s)
    else:
        seconds = (func.julianday(sub.c.l) - func.julianday(sub.c.s)) * 86400.0
    query = select(seconds).select_from(sub.join(Visit.__table__, v.id == sub.c.visit_id)).where(
        sub.c.s.is_not(None), sub.c.l.is_not(None))
    if filters.date_from:
        query = query.where(v.day >= filters.date_from)
    if filters.date_to:
        query = query.where(v.day <= filters.date_to)
    with engine.connect() as c:
        values = sorted(float(x) for x in c.execute(query).scalars())
    return figures_of(values)


def what_stats_summary_computes(service: StatsService, filters: Filters) -> Summary:
    channel_figures(service, filters)
    return service.summary(filters)


def check(service: StatsService, exact: StatsService, filters: Filters, engine: Engine,
          summary: Summary) -> str:
    truth = exact.summary(filters)
    same = summary.visits == truth.visits and all(
        within(summary.figures[m], truth.figures[m]) for m in truth.figures) and all(
        within(summary.departments[d][m], figures)
        for d, by_metric in truth.departments.items() for m, figures in by_metric.items())
    raw = within(summary.dwell, raw_dwell(engine, filters))
    return (f"{'exact' if summary.exact else 'histograms'}; equal to the summaries' exact "
            f"figures: {'yes' if same else 'NO'}; dwell equal to the raw events': "
            f"{'yes' if raw else 'NO'}")


def run(name: str, engine: Engine, args: argparse.Namespace, folder: Path) -> None:
    migrate.upgrade(engine)
    end = date.fromisoformat(args.end)
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        print(f"\r  [{name}] generating {done:>9}/{total}", end="", file=sys.stderr, flush=True)

    with engine.connect() as c:
        existing = c.execute(select(func.count()).select_from(Visit)).scalar_one()
    if existing:  # --keep from an earlier run: measure the same data again
        written, generate_s = existing, float("nan")
    else:
        written = insert_demo(engine, args.visits, args.days, end=end, seed=args.seed,
                              progress=progress)
        print(file=sys.stderr)
        generate_s = time.perf_counter() - started
        with engine.begin() as c:
            c.execute(text("ANALYZE"))
    with engine.connect() as c:
        events = c.execute(select(func.count()).select_from(VisitEvent)).scalar_one()
        cells = c.execute(select(func.count()).select_from(StatsRollup)).scalar_one()
    print(f"{name:10} visits={written:,} events={events:,} roll-up cells={cells:,} "
          + (f"generate={generate_s:.1f}s ({written / generate_s:,.0f} visits/s)"
             if not existing else "(reused from an earlier --keep run)"), flush=True)
    service = StatsService(engine)
    exact = StatsService(engine, exact_limit=10**12)
    month = Filters(end - timedelta(days=29), end)
    ranges = (("month", month), ("fiscal year", fiscal_year(end)), ("all time", Filters()))
    for label, filters in ranges:
        summary = what_stats_summary_computes(service, filters)
        median_s, best_s = timed(args.repeat, lambda: what_stats_summary_computes(
            service, filters))  # noqa: B023 - called before the loop moves on
        exact_s, _ = timed(1, lambda: what_stats_summary_computes(exact, filters))  # noqa: B023
        print(f"{'':10} {label:11} {summary.visits:>9,} visits: summary {median_s:.3f}s "
              f"(best {best_s:.3f}s; exact from the summaries {exact_s:.3f}s); "
              f"median dwell {(summary.dwell.median or 0) / 60:.1f} min, "
              f"p90 {(summary.dwell.p90 or 0) / 60:.1f} min", flush=True)
        print(f"{'':10} {'':11} {check(service, exact, filters, engine, summary)}", flush=True)
    out = folder / f"month-{name}.xlsx"
    xlsx_s, _ = timed(args.repeat, lambda: export(service, month, "xlsx", out, load_labels()))
    print(f"{'':10} month xlsx export {xlsx_s:.3f}s ({out.stat().st_size // 1024} KB)",
          flush=True)


def demo_data(visits: int, folder: Path) -> None:
    """``insert_demo`` of ``visits`` on a fresh SQLite file, in a child: seconds, peak RSS."""
    code = ("import sys; from kiosk.storage.db import make_engine; "
            "from kiosk.storage import migrate; "
            "from kiosk.statistics.demo_data import insert_demo; "
            "e = make_engine(sys.argv[1]); migrate.upgrade(e); "
            "import time; t = time.perf_counter(); "
            "insert_demo(e, int(sys.argv[2]), 60); print(time.perf_counter() - t)")
    url = f"sqlite:///{(folder / 'demo.sqlite3').as_posix()}"
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code, url, str(visits)],
                            check=True, capture_output=True, text=True)
    wall = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"demo-data  {visits:,} visits over 60 days (SQLite): {float(result.stdout):.1f}s "
          f"inserting, {wall:.1f}s as a process, peak memory {peak_mb:.0f} MB", flush=True)


def drop_database(admin: Engine, name: str) -> None:
    """Drop the benchmark database; autovacuum may still be analysing it for a moment."""
    for attempt in range(30):
        try:
            with admin.connect() as c:
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            return
        except DBAPIError:
            if attempt == 29:
                raise
            time.sleep(2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--end", default="2027-03-31", help="the last day of the visits")
    parser.add_argument("--demo-visits", type=int, default=200_000,
                        help="time demo-data for this many visits first (0: skip)")
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--pg-url", default=DEFAULT_PG)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", metavar="DIR",
                        help="keep the databases (DIR/bench.sqlite3 and the PostgreSQL database "
                             "kiosk_bench) and reuse them when run again")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        folder = Path(tmp)
        if args.demo_visits:
            demo_data(args.demo_visits, folder)
        sqlite_folder = Path(args.keep) if args.keep else folder
        sqlite_folder.mkdir(parents=True, exist_ok=True)
        if args.backend in ("sqlite", "both"):
            engine = make_engine(f"sqlite:///{(sqlite_folder / 'bench.sqlite3').as_posix()}")
            try:
                run("sqlite", engine, args, folder)
            finally:
                engine.dispose()
        if args.backend in ("postgresql", "both"):
            name = "kiosk_bench" if args.keep else f"bench_{uuid.uuid4().hex[:10]}"
            admin = make_engine(args.pg_url).execution_options(isolation_level="AUTOCOMMIT")
            with admin.connect() as c:
                known = c.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"),
                                  {"n": name}).first()
                if not known:
                    c.execute(text(f'CREATE DATABASE "{name}"'))
            engine = make_engine(args.pg_url.rsplit("/", 1)[0] + "/" + name)
            try:
                run("postgresql", engine, args, folder)
            finally:
                engine.dispose()
                if not args.keep:
                    drop_database(admin, name)
                admin.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
