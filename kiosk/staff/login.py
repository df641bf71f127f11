"""How a terminal logs staff in: the accounts, or the demo account under ``--demo`` only.

``TerminalLogin`` asks the ``StaffDirectory`` once any account exists. With none, a
terminal started with ``--demo`` accepts the demo account (``demo`` / ``0000``, a clerk
session marked ``demo``); any other terminal accepts nobody, and its prompt says to run
``kiosk staff add`` (``kiosk doctor`` flags it too). The demo password exists nowhere else.
The demo account is a clerk at the clerk console and a manager at ``kiosk manager --demo``.
"""

from __future__ import annotations

import hmac
from typing import Protocol

from kiosk.staff.access import Role, StaffSession
from kiosk.staff.directory import LoginResult

DEMO_ACCOUNT = "demo"
DEMO_PASSWORD = "0000"  # noqa: S105 (the documented demo password, --demo only)


class StaffLogin(Protocol):
    """What a log-in prompt calls (the console, the kiosk's staff menu, tests' fakes)."""

    def authenticate(self, account_id: str, password: str) -> LoginResult: ...


class Directory(Protocol):
    def authenticate(self, account_id: str, password: str) -> LoginResult: ...
    def configured(self) -> bool: ...


class DemoLogin:
    """Accepts only the demo account; no lock-out (it guards no real data)."""

    def __init__(self, role: Role = Role.CLERK) -> None:
        self.role = role

    def authenticate(self, account_id: str, password: str) -> LoginResult:
        if account_id == DEMO_ACCOUNT and hmac.compare_digest(password.encode(),
                                                              DEMO_PASSWORD.encode()):
            return LoginResult(StaffSession(DEMO_ACCOUNT, self.role, demo=True))
        return LoginResult(None, attempts_left=1)


class TerminalLogin:
    def __init__(self, directory: Directory, *, demo: bool = False,
                 demo_role: Role = Role.CLERK) -> None:
        self.directory = directory
        self.demo = demo
        self.demo_role = demo_role

    def authenticate(self, account_id: str, password: str) -> LoginResult:
        if self.directory.configured():
            return self.directory.authenticate(account_id, password)
        if self.demo:
            return DemoLogin(self.demo_role).authenticate(account_id, password)
        return LoginResult(None, unconfigured=True)
