"""Roles and what each may do; ``require`` is called by the services, not only the windows.

``clerk``: the clerk console (and the kiosk's staff menu). ``manager``: also the statistics
and their exports. ``admin``: also the configuration and the staff accounts. Each role
includes the ones below it, so a manager may work a counter.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Role(enum.IntEnum):
    CLERK = 1
    MANAGER = 2
    ADMIN = 3

    @property
    def id(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Role:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown role {text!r} (clerk, manager or admin)") from None


class Permission(enum.Enum):
    CLERK_CONSOLE = "clerk_console"
    STAFF_MENU = "staff_menu"
    VIEW_STATISTICS = "view_statistics"
    EXPORT_STATISTICS = "export_statistics"
    CONFIGURE = "configure"
    MANAGE_STAFF = "manage_staff"

    @property
    def needs(self) -> Role:
        return NEEDS[self]


#: The least role each permission needs (one table, so a test can read it whole).
NEEDS: dict[Permission, Role] = {
    Permission.CLERK_CONSOLE: Role.CLERK,
    Permission.STAFF_MENU: Role.CLERK,
    Permission.VIEW_STATISTICS: Role.MANAGER,
    Permission.EXPORT_STATISTICS: Role.MANAGER,
    Permission.CONFIGURE: Role.ADMIN,
    Permission.MANAGE_STAFF: Role.ADMIN,
}


class AccessRefused(PermissionError):
    """The account's role does not allow this; a plain sentence without personal data."""


@dataclass(frozen=True)
class StaffSession:
    """Who is logged in: the account id is what the audit records as "who"."""

    account_id: str
    role: Role
    demo: bool = False

    def can(self, permission: Permission) -> bool:
        return self.role >= permission.needs


def require(session: StaffSession | None, permission: Permission) -> StaffSession:
    """The session, if its role allows ``permission``; else ``AccessRefused``."""
    if session is None:
        raise AccessRefused(f"log in first: {_what(permission)} needs a staff account")
    if not session.can(permission):
        raise AccessRefused(
            f"account {session.account_id} ({session.role.id}) may not {_what(permission)}: "
            f"that needs the {permission.needs.id} role")
    return session


def _what(permission: Permission) -> str:
    return permission.name.lower().replace("_", " ")
