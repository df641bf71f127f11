"""``kiosk display``: the waiting-area screen for a TV (Qt imported inside the command)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def register(sub: argparse._SubParsersAction[Any]) -> None:
    display = sub.add_parser("display", help="open the waiting-area display (called tickets, "
                                             "counters, chime and spoken calls)")
    display.add_argument("--windowed", action="store_true", help="a window, not full screen")
    display.add_argument("--audio-folder", metavar="DIR", type=Path,
                         help="write each announcement's WAV files here instead of playing them")
    display.set_defaults(func=_display)


def _display(args: argparse.Namespace) -> int:
    from kiosk.app.composition import StartError
    from kiosk.cli.main import fail
    from kiosk.ui.display.app import run_display

    try:
        return run_display(args.config, windowed=args.windowed, audio_folder=args.audio_folder)
    except StartError as exc:
        return fail(str(exc))
