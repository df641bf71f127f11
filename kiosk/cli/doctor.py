"""``kiosk doctor``: check this terminal and report in plain words."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("doctor", help="check database, fonts, card readers and printer")
    parser.set_defaults(func=_run, tolerate_bad_config=True)


def _run(args: argparse.Namespace) -> int:
    if args.config is None:
        print(f"FAIL  configuration: {args.config_error}")
        return 1
    from kiosk.doctor import Status, run_checks

    findings = run_checks(args.config)
    for finding in findings:
        print(f"{finding.status.value.upper():4}  {finding.area}: {finding.message}")
    failed = [f for f in findings if f.status is Status.FAIL]
    print(f"\n{len(findings) - len(failed)} of {len(findings)} checks passed"
          + (f"; {len(failed)} need attention." if failed else "."))
    return 1 if failed else 0
