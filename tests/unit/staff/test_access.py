"""Roles and permissions, and the export that refuses a clerk below any window."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from kiosk.app.staff_access import export_statistics
from kiosk.staff.access import NEEDS, AccessRefused, Permission, Role, StaffSession, require
from kiosk.statistics.labels import load_labels
from kiosk.statistics.stats import Filters, StatsService

CLERK = StaffSession("S1", Role.CLERK)
MANAGER = StaffSession("M1", Role.MANAGER)
ADMIN = StaffSession("A1", Role.ADMIN)


def test_each_role_includes_the_ones_below() -> None:
    assert {p for p in Permission if CLERK.can(p)} == {Permission.CLERK_CONSOLE,
                                                      Permission.STAFF_MENU}
    assert {p for p in Permission if MANAGER.can(p)} == {
        Permission.CLERK_CONSOLE, Permission.STAFF_MENU, Permission.VIEW_STATISTICS,
        Permission.EXPORT_STATISTICS}
    assert all(ADMIN.can(p) for p in Permission)
    assert set(NEEDS) == set(Permission)


def test_refusals_name_the_account_and_the_role_needed() -> None:
    with pytest.raises(AccessRefused, match=r"S1 \(clerk\) may not export statistics.*manager"):
        require(CLERK, Permission.EXPORT_STATISTICS)
    with pytest.raises(AccessRefused, match=r"M1 .* may not manage staff"):
        require(MANAGER, Permission.MANAGE_STAFF)
    with pytest.raises(AccessRefused, match="log in first"):
        require(None, Permission.CLERK_CONSOLE)
    assert require(ADMIN, Permission.CONFIGURE) is ADMIN
    assert Role.parse(" Manager ") is Role.MANAGER
    with pytest.raises(ValueError, match="unknown role"):
        Role.parse("root")


def test_a_clerk_cannot_export(sqlite_engine: Engine, tmp_path: Path) -> None:
    from datetime import date

    out = tmp_path / "stats.csv"
    options = {"service": StatsService(sqlite_engine),
               "filters": Filters(date(2026, 11, 1), date(2026, 11, 28)),
               "fmt": "csv", "out": out, "labels": load_labels(None)}
    with pytest.raises(AccessRefused):
        export_statistics(CLERK, configured=True, **options)  # type: ignore[arg-type]
    assert not out.exists()
    export_statistics(MANAGER, configured=True, **options)  # type: ignore[arg-type]
    assert out.exists()
