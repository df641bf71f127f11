"""``kiosk clerk`` (the counter's console) and ``kiosk manager`` (statistics window).

Both open a Qt window, so Qt is imported inside the command functions only: building the
parser (and ``kiosk --version``) stays fast and Qt-free.
"""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: argparse._SubParsersAction[Any]) -> None:
    clerk = sub.add_parser("clerk", help="open the clerk console for one counter")
    clerk.add_argument("--department", metavar="ID",
                       help="preselect the counter (department id, e.g. JUMIN)")
    clerk.add_argument("--windowed", action="store_true", help="a normal window, not maximised")
    clerk.add_argument("--demo", action="store_true",
                       help="with no staff account yet, log in as demo / 0000 (demonstrations)")
    # A bad configuration is shown in the console's error window, not only on a console.
    clerk.set_defaults(func=_clerk, tolerate_bad_config=True)
    manager = sub.add_parser("manager", help="open the manager's statistics window")
    manager.add_argument("--windowed", action="store_true", help="a normal window, not maximised")
    manager.add_argument("--demo", action="store_true",
                         help="with no staff account yet, log in as demo / 0000 (a manager)")
    manager.set_defaults(func=_manager)


def _clerk(args: argparse.Namespace) -> int:
    from kiosk.cli.main import fail
    from kiosk.ui.clerk.app import StartError, run_clerk

    try:
        return run_clerk(args.config, department=args.department, windowed=args.windowed,
                         config_file=args.config_file,
                         config_error=getattr(args, "config_error", ""), demo=args.demo)
    except StartError as exc:
        return fail(str(exc))


def _manager(args: argparse.Namespace) -> int:
    from kiosk.cli.main import fail
    from kiosk.ui.clerk.app import StartError
    from kiosk.ui.manager.app import run_manager

    try:
        return int(run_manager(args.config, windowed=args.windowed, demo=args.demo))
    except StartError as exc:
        return fail(str(exc))
