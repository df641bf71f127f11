"""``kiosk config …``: show the effective configuration, set the staff PIN."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("config", help="show or change the configuration")
    config_sub = parser.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    show = config_sub.add_parser("show", help="print the effective configuration (secrets hidden)")
    show.set_defaults(func=_show)
    path = config_sub.add_parser("path", help="print the configuration file's location")
    path.set_defaults(func=_path)
    pin = config_sub.add_parser("set-staff-pin", help="hash a new staff PIN into the file")
    pin.add_argument("--pin-stdin", action="store_true", help="read the PIN from standard input")
    # Runs on a configuration the loader refuses: a bad pin_hash is what it repairs.
    pin.set_defaults(func=_set_staff_pin, tolerate_bad_config=True)


def _show(args: argparse.Namespace) -> int:
    import tomli_w

    from kiosk.config import as_dict

    print(f"# source: {args.config.source}")
    print(tomli_w.dumps(as_dict(args.config)), end="")
    return 0


def _path(args: argparse.Namespace) -> int:
    from kiosk.config import config_path

    print(config_path(args.config_file))
    return 0


def _set_staff_pin(args: argparse.Namespace) -> int:
    import tomllib

    import tomli_w

    from kiosk.cli.main import fail
    from kiosk.config import config_path
    from kiosk.config_validation import read_config_text
    from kiosk.security import hash_pin

    if args.pin_stdin:
        pin = sys.stdin.readline().strip()
    else:
        pin = getpass.getpass("New staff PIN (4-12 digits): ")
        if getpass.getpass("Repeat: ") != pin:
            return fail("the two PINs differ; nothing was changed")
    try:
        hashed = hash_pin(pin)
    except ValueError as exc:
        return fail(str(exc))
    path = config_path(args.config_file)
    try:
        data = tomllib.loads(read_config_text(path)) if path.exists() else {}
    except (OSError, ValueError) as exc:  # TOMLDecodeError is a ValueError
        return fail(f"{path} cannot be updated: {getattr(exc, 'strerror', None) or exc}")
    data.setdefault("staff", {})["pin_hash"] = hashed
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    print(f"staff PIN updated in {path}")
    return 0
