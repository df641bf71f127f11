"""``kiosk stats …`` (summary, export, baseline import) and ``kiosk demo-data``.

All figures come from ``kiosk.statistics.stats.StatsService``, the same service the manager
window uses, so the CLI, the exports and the window always agree.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any


def register(sub: argparse._SubParsersAction[Any]) -> None:
    from kiosk.cli.staff_login import add_login_arguments

    stats = sub.add_parser("stats", help="dwell-time statistics, exports and the baseline")
    stats_sub = stats.add_subparsers(dest="stats_command", metavar="ACTION", required=True)

    summary = stats_sub.add_parser("summary", help="print the headline figures")
    _filters(summary)
    summary.add_argument("--json", action="store_true", help="machine-readable output")
    summary.set_defaults(func=_summary)

    export = stats_sub.add_parser("export", help="write a CSV, XLSX or PDF report")
    _filters(export, required=True)
    export.add_argument("--format", choices=("csv", "xlsx", "pdf"), required=True)
    export.add_argument("--out", required=True, metavar="FILE")
    add_login_arguments(export)  # a manager's or an admin's account, once accounts exist
    export.add_argument("--encoding", choices=("utf-8-sig", "cp932"), default="utf-8-sig",
                        help="CSV only: UTF-8 with BOM (default) or Shift_JIS (cp932)")
    export.set_defaults(func=_export)

    baseline = stats_sub.add_parser("baseline", help="the pre-system survey")
    baseline_sub = baseline.add_subparsers(dest="baseline_command", metavar="ACTION",
                                           required=True)
    load = baseline_sub.add_parser("import", help="load FILE.csv (date, life event, minutes)")
    load.add_argument("file", metavar="FILE.csv")
    load.add_argument("--append", action="store_true", help="keep the rows already loaded")
    load.set_defaults(func=_baseline_import)

    demo = sub.add_parser("demo-data", help="generate realistic synthetic visits")
    demo.add_argument("--visits", type=int, default=5000)
    demo.add_argument("--days", type=int, default=30)
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(func=_demo)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _filters(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument("--from", dest="date_from", type=_day, required=required,
                        metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", type=_day, required=required,
                        metavar="YYYY-MM-DD", help="inclusive")
    from kiosk.visits.vocabulary import VOCABULARY, current_channel_id

    parser.add_argument("--event", help="life event code, as in the catalog's events.yaml")
    parser.add_argument("--department", help="department code, as in departments.yaml")
    # a former spelling (pre-application, walk-in) still reads, as today's id
    parser.add_argument("--channel", type=current_channel_id,
                        choices=[c.id for c in VOCABULARY.filter_channels])


def _engine(args: argparse.Namespace) -> Any:
    """A connected, migrated engine, or a plain sentence for ``fail``."""
    from kiosk.storage import migrate
    from kiosk.storage.db import DatabaseUnavailable, check_connection, make_engine

    engine = make_engine(args.config.database.url)
    try:
        check_connection(engine)
    except DatabaseUnavailable as exc:
        engine.dispose()
        return str(exc)
    if not migrate.is_up_to_date(engine):
        engine.dispose()
        return "the database schema is not up to date; run `kiosk db upgrade` first"
    return engine


def _make_filters(args: argparse.Namespace) -> Any:
    from kiosk.statistics.stats import Filters

    return Filters(args.date_from, args.date_to, args.event, args.department, args.channel)


def _summary(args: argparse.Namespace) -> int:
    import json

    from kiosk.cli.main import fail
    from kiosk.domain.log_histogram import ABSOLUTE_ERROR, RELATIVE_ERROR
    from kiosk.statistics.channels import channel_figures
    from kiosk.statistics.help_calls import help_call_stats
    from kiosk.statistics.stats import StatsService, minutes

    if args.date_from and args.date_to and args.date_from > args.date_to:
        return fail(f"--from {args.date_from} is after --to {args.date_to}: "
                    "give the earlier date first")
    engine = _engine(args)
    if isinstance(engine, str):
        return fail(engine)
    try:
        service = StatsService(engine)
        summary = service.summary(_make_filters(args))
        channels = channel_figures(service, _make_filters(args))
        # by day only: a help call belongs to a terminal and a screen, not to a visit
        help_calls = help_call_stats(engine, args.date_from, args.date_to)
    finally:
        engine.dispose()
    if args.json:
        data = summary.as_dict()
        data["channels"] = {row.channel: row.as_dict() for row in channels}
        data["help_calls"] = help_calls.as_dict()
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"visits: {summary.visits}")
    print("percentiles: exact" if summary.exact else
          "percentiles: from the daily and monthly histograms, within "
          f"{RELATIVE_ERROR:.0%} + {ABSOLUTE_ERROR} s of the exact ones "
          "(counts and means exact)")
    for name in service.vocabulary.metric_ids:
        f = summary.figures[name]
        print(f"{name:8} n={f.count:<8} mean={minutes(f.mean)} median={minutes(f.median)} "
              f"p90={minutes(f.p90)} (minutes)")
    if summary.baseline is not None:
        b = summary.baseline
        print(f"baseline {b.baseline_minutes:.1f} min -> now {b.current_minutes:.1f} min: "
              f"{b.reduction * 100:.1f}% less, {b.progress * 100:.0f}% of the way to -60%")
    for row in channels:
        medians = " ".join(f"{metric}_median={minutes(row.of(metric).median)}"
                           for metric in row.figures)
        print(f"channel {row.channel}: visits={row.visits} {medians} (minutes)")
    _print_help_calls(help_calls)
    return 0


def _print_help_calls(stats: Any) -> None:
    """``kiosk.statistics.help_calls.HelpCallStats`` as text lines."""
    def seconds(value: float | None) -> str:
        return "-" if value is None else f"{value:.0f}"

    print(f"help calls: {stats.calls} ({stats.unacknowledged} not acknowledged) "
          f"acknowledge_median={seconds(stats.acknowledge_median_seconds)} "
          f"acknowledge_p90={seconds(stats.acknowledge_p90_seconds)} (seconds)")
    for day, count in stats.per_day.items():
        print(f"help calls on {day.isoformat()}: {count}")
    for screen, count in stats.per_screen.items():
        print(f"help calls on screen {screen}: {count}")
    for reason, count in stats.per_reason.items():
        print(f"help calls for {reason}: {count}")


def _export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from kiosk.app.staff_access import export_statistics
    from kiosk.cli.main import fail
    from kiosk.cli.staff_login import directory, log_in
    from kiosk.staff.access import Permission
    from kiosk.statistics.labels import load_labels
    from kiosk.statistics.stats import StatsService

    if args.encoding != "utf-8-sig" and args.format != "csv":
        return fail("--encoding applies to CSV only")
    if args.date_from > args.date_to:
        return fail(f"--from {args.date_from} is after --to {args.date_to}: "
                    "give the earlier date first")
    engine = _engine(args)
    if isinstance(engine, str):
        return fail(engine)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\rexporting… {done}/{total}", end="", file=sys.stderr, flush=True)

    out = Path(args.out)
    staff = directory(args, engine)
    try:
        session = log_in(args, staff, Permission.EXPORT_STATISTICS)
        if isinstance(session, str):
            return fail(session)
        export_statistics(session, configured=staff.configured(), service=StatsService(engine),
                          filters=_make_filters(args), fmt=args.format, out=out,
                          labels=load_labels(args.config.catalog.folder),
                          encoding=args.encoding, progress=progress)
    except OSError as exc:
        return fail(f"{out} cannot be written ({exc.strerror})")
    finally:
        engine.dispose()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"wrote {out}")
    return 0


def _baseline_import(args: argparse.Namespace) -> int:
    import csv
    from pathlib import Path

    from kiosk.cli.main import fail
    from kiosk.statistics.baseline import BaselineError, import_file
    from kiosk.statistics.labels import load_labels

    engine = _engine(args)
    if isinstance(engine, str):
        return fail(engine)
    try:
        count = import_file(engine, Path(args.file), load_labels(args.config.catalog.folder),
                            replace=not args.append)
    except BaselineError as exc:
        return fail(str(exc))
    except (UnicodeDecodeError, csv.Error):
        return fail(f"{args.file} is not a CSV text file in UTF-8 or Shift_JIS (cp932): "
                    "save the survey from Excel as CSV and import that file")
    finally:
        engine.dispose()
    print(f"imported {count} baseline row(s)")
    return 0


def _demo(args: argparse.Namespace) -> int:
    import time

    from forms.catalog import CatalogError, load_catalog
    from kiosk.cli.main import fail
    from kiosk.statistics.demo_data import insert_demo

    if args.visits < 1 or args.days < 1:
        return fail("--visits and --days must be at least 1")
    try:  # the town's own events and routes
        catalog = load_catalog(args.config.catalog.folder or None)
    except CatalogError as exc:
        return fail(str(exc))
    engine = _engine(args)
    if isinstance(engine, str):
        return fail(engine)
    started = time.perf_counter()
    try:
        written = insert_demo(engine, args.visits, args.days, seed=args.seed,
                              catalog=catalog)
    except ValueError as exc:
        return fail(str(exc))
    finally:
        engine.dispose()
    print(f"generated {written} visit(s) over {args.days} day(s) "
          f"in {time.perf_counter() - started:.1f} s")
    return 0
