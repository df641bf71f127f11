"""``kiosk run``: the resident kiosk window."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("run", help="start the resident kiosk")
    parser.add_argument("--demo", action="store_true",
                        help="demo mode: simulated card, SQLite, forms printed to a folder")
    parser.add_argument("--windowed", action="store_true",
                        help="a normal window instead of full-screen kiosk mode (development)")
    parser.add_argument("--smoke", action="store_true",
                        help="show the welcome screen, print the start-up time and exit")
    # A bad configuration is shown in the error window, not only on a console.
    parser.set_defaults(func=_run, tolerate_bad_config=True)


def _run(args: argparse.Namespace) -> int:
    from kiosk.ui.kiosk_app import run_kiosk

    return run_kiosk(args.config, demo=args.demo, windowed=args.windowed, smoke=args.smoke,
                     config_file=args.config_file,
                     config_error=getattr(args, "config_error", ""))
