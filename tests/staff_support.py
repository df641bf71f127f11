"""Staff accounts for tests: a directory that hashes cheaply, and ready-made accounts.

Production hashes cost 64 MiB and three passes (RFC 9106); tests hash with the least
argon2id allows so hundreds of log-ins stay fast. ``enforce_floor=False`` lets such a
hash verify, which production never does.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

from kiosk.staff.access import Role, StaffSession
from kiosk.staff.directory import StaffDirectory
from kiosk.staff.login import TerminalLogin
from kiosk.staff.passwords import Argon2Cost

CHEAP = Argon2Cost(memory_kib=8, iterations=1, lanes=1)
CLERK, CLERK_PASSWORD = "S1024", "counter-pass-1"
MANAGER, MANAGER_PASSWORD = "M2001", "manager-pass-1"
ADMIN, ADMIN_PASSWORD = "A0001", "admin-pass-01"
ADMIN_SESSION = StaffSession(ADMIN, Role.ADMIN)


def directory(engine: Engine, **options: Any) -> StaffDirectory:
    return StaffDirectory(engine, cost=CHEAP, enforce_floor=False, **options)


def with_accounts(engine: Engine, **options: Any) -> StaffDirectory:
    """A directory holding an admin, a manager and a clerk."""
    staff = directory(engine, **options)
    if staff.configured():  # a second window on the same database
        return staff
    staff.add(None, ADMIN, "Admin", Role.ADMIN, ADMIN_PASSWORD)
    staff.add(ADMIN_SESSION, MANAGER, "Manager", Role.MANAGER, MANAGER_PASSWORD)
    staff.add(ADMIN_SESSION, CLERK, "Clerk", Role.CLERK, CLERK_PASSWORD)
    return staff


def clerk_login(engine: Engine, **options: Any) -> TerminalLogin:
    """What ``kiosk clerk`` builds: the directory, here holding the three accounts."""
    return TerminalLogin(with_accounts(engine, **options))


def manager_login(engine: Engine, **options: Any) -> TerminalLogin:
    """What ``kiosk manager`` builds (the demo, were there one, would be a manager)."""
    return TerminalLogin(with_accounts(engine, **options), demo_role=Role.MANAGER)


def log_in(window: Any, qtbot: Any, account: str = CLERK, password: str = CLERK_PASSWORD) -> None:
    """Type the account and password on the start page (the clerk console's or the manager
    window's log-in) and press Start."""
    from PySide6.QtCore import Qt

    window.start_page.staff_id.setText(account)
    window.start_page.password.setFocus()
    qtbot.keyClicks(window.start_page.password, password)
    qtbot.mouseClick(window.start_page.start_button, Qt.MouseButton.LeftButton)
