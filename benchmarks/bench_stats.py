"""Benchmark: ``stats summary`` and an XLSX export for one month, on N synthetic visits.

Usage::

    .venv/bin/python benchmarks/bench_stats.py --visits 1000000 --days 365 --backend both

It builds a brand-new database per back-end (a SQLite file in a temporary folder; a
``bench_…`` database on the PostgreSQL server of ``--pg-url``, dropped at the end),
fills it with ``kiosk.statistics.demo_data`` (PostgreSQL ``COPY`` / SQLite ``executemany``),
runs ``ANALYZE``, then times, each ``--repeat`` times (best shown):

* the headline summary of the last 30 days (what ``kiosk stats summary --from --to`` runs),
* the headline summary over the whole period,
* the XLSX export of the last 30 days (all breakdowns, charts, file written).

Aim: summary under 2 s. The statistics read the per-visit summary tables with their
(day, life_event) and (day, department) indexes; percentiles are ``percentile_cont`` on
PostgreSQL and a single sorted pass on SQLite.
"""

from __future__ import annotations

import argparse
import os
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

from kiosk.statistics.demo_data import insert_demo
from kiosk.statistics.export import export
from kiosk.statistics.labels import load_labels
from kiosk.statistics.stats import Filters, StatsService
from kiosk.storage import migrate
from kiosk.storage.db import make_engine
from kiosk.storage.tables import Visit, VisitEvent

DEFAULT_PG = os.environ.get("KIOSK_TEST_PG_URL", "postgresql://kiosk:kiosk@127.0.0.1:5432/kiosk_test")


def best_of(repeat: int, work: Callable[[], Any]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def run(name: str, engine: Engine, args: argparse.Namespace, folder: Path) -> None:
    migrate.upgrade(engine)
    end = date(2026, 11, 20)
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
    service = StatsService(engine)
    month = Filters(end - timedelta(days=29), end)
    summary = service.summary(month)
    month_s = best_of(args.repeat, lambda: service.summary(month))
    all_s = best_of(args.repeat, lambda: service.summary(Filters()))
    out = folder / f"month-{name}.xlsx"
    xlsx_s = best_of(args.repeat, lambda: export(service, month, "xlsx", out, load_labels()))
    print(f"{name:10} visits={written:,} events={events:,} generate={generate_s:7.1f}s "
          f"({written / generate_s:,.0f} visits/s)" if existing == 0 else
          f"{name:10} visits={written:,} events={events:,} (reused from an earlier --keep run)")
    print(f"{'':10} month: {summary.visits:,} visits; summary={month_s:.3f}s "
          f"xlsx export={xlsx_s:.3f}s ({out.stat().st_size // 1024} KB); "
          f"summary of all {args.days} days={all_s:.3f}s")
    print(f"{'':10} month median dwell {summary.dwell.median / 60:.1f} min, "
          f"p90 {summary.dwell.p90 / 60:.1f} min", flush=True)


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
