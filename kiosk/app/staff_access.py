"""Role checks at the services' entry points that the windows and commands share.

``export_statistics`` is the only way the CLI (and, through it, scripts) writes a
statistics file: with staff accounts configured it needs a session allowed
``EXPORT_STATISTICS`` (a manager or an admin), so a clerk's log-in is refused here, below
any window. An unconfigured terminal (no account at all) exports as before; ``kiosk
doctor`` flags it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kiosk.staff.access import Permission, StaffSession, require
from kiosk.statistics.export import export
from kiosk.statistics.labels import Labels
from kiosk.statistics.report import Report
from kiosk.statistics.stats import Filters, StatsService


def check(session: StaffSession | None, permission: Permission, *, configured: bool) -> None:
    """Raise ``AccessRefused`` unless the terminal is unconfigured or the role allows it."""
    if configured:
        require(session, permission)


def export_statistics(session: StaffSession | None, *, configured: bool,
                      service: StatsService, filters: Filters, fmt: str, out: Path,
                      labels: Labels, **options: Any) -> Report:
    check(session, Permission.EXPORT_STATISTICS, configured=configured)
    return export(service, filters, fmt, out, labels, **options)
