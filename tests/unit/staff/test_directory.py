"""Staff accounts on SQLite and PostgreSQL: log-in, the lock-out kept in the database
(it survives a "restart": a new engine and a new directory), and admin-only changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from staff_support import (
    ADMIN,
    ADMIN_SESSION,
    CLERK,
    CLERK_PASSWORD,
    MANAGER,
    directory,
    with_accounts,
)

from kiosk.staff.access import AccessRefused, Role, StaffSession
from kiosk.staff.directory import StaffError
from kiosk.staff.passwords import PasswordPolicyError
from kiosk.storage import migrate
from kiosk.storage.db import make_engine
from kiosk.storage.staff_tables import StaffAccount


class Clock:
    def __init__(self) -> None:
        self.at = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def url(db_url: str) -> str:
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    engine.dispose()
    return db_url


def test_the_right_password_logs_in_with_the_accounts_role(url: str) -> None:
    staff = with_accounts(make_engine(url))
    result = staff.authenticate(CLERK, CLERK_PASSWORD)
    assert result.ok and result.session == StaffSession(CLERK, Role.CLERK)
    wrong = staff.authenticate(CLERK, "counter-pass-2")
    assert not wrong.ok and wrong.attempts_left == 4 and not wrong.locked


def test_unknown_and_disabled_accounts_read_as_a_wrong_password(url: str) -> None:
    staff = with_accounts(make_engine(url))
    assert not staff.authenticate("NOBODY", CLERK_PASSWORD).ok
    staff.disable(ADMIN_SESSION, CLERK)
    result = staff.authenticate(CLERK, CLERK_PASSWORD)
    assert not result.ok and not result.locked


def test_the_lock_out_survives_a_restart_and_ends_on_time(url: str) -> None:
    clock = Clock()
    with_accounts(make_engine(url))
    first = directory(make_engine(url), max_attempts=3, lockout_seconds=300, now=clock)
    for left in (2, 1):
        assert first.authenticate(CLERK, "wrong-password").attempts_left == left
    assert first.authenticate(CLERK, "wrong-password").seconds_left == 300
    first.engine.dispose()
    # The console closes and opens again: a new engine and a new directory.
    clock.at += timedelta(seconds=100)
    second = directory(make_engine(url), max_attempts=3, lockout_seconds=300, now=clock)
    refused = second.authenticate(CLERK, CLERK_PASSWORD)
    assert refused.locked and refused.seconds_left == 200, "the right password waits too"
    clock.at += timedelta(seconds=200)
    assert second.authenticate(CLERK, CLERK_PASSWORD).ok


def test_the_count_of_wrong_passwords_survives_a_restart(url: str) -> None:
    with_accounts(make_engine(url))
    directory(make_engine(url), max_attempts=3).authenticate(CLERK, "wrong-password")
    later = directory(make_engine(url), max_attempts=3)
    assert later.authenticate(CLERK, "wrong-password").attempts_left == 1


def test_a_new_password_lifts_the_lock_out(url: str) -> None:
    staff = with_accounts(make_engine(url), max_attempts=1)
    assert staff.authenticate(CLERK, "wrong-password").locked
    staff.set_password(ADMIN_SESSION, CLERK, "a-new-pass-99")
    assert staff.authenticate(CLERK, "a-new-pass-99").ok
    assert not staff.authenticate(CLERK, CLERK_PASSWORD).ok


def test_only_an_admin_changes_accounts(url: str) -> None:
    staff = with_accounts(make_engine(url))
    manager = StaffSession(MANAGER, Role.MANAGER)
    with pytest.raises(AccessRefused, match="manage staff"):
        staff.add(manager, "S2000", "New", Role.CLERK, "some-password-1")
    with pytest.raises(AccessRefused):
        staff.set_password(manager, CLERK, "some-password-1")
    with pytest.raises(AccessRefused):
        staff.disable(StaffSession(CLERK, Role.CLERK), ADMIN)
    with pytest.raises(AccessRefused, match="log in first"):
        staff.add(None, "S2000", "New", Role.ADMIN, "some-password-1")
    assert [a.id for a in staff.accounts()] == [ADMIN, MANAGER, CLERK]


def test_the_first_account_must_be_an_admin_and_ids_are_unique(url: str) -> None:
    staff = directory(make_engine(url))
    assert not staff.configured()
    with pytest.raises(StaffError, match="first account"):
        staff.add(None, CLERK, "Clerk", Role.CLERK, CLERK_PASSWORD)
    staff.add(None, ADMIN, "Admin", Role.ADMIN, "admin-pass-01")
    assert staff.configured()
    with pytest.raises(StaffError, match="already"):
        staff.add(ADMIN_SESSION, ADMIN, "Again", Role.CLERK, "admin-pass-01")
    with pytest.raises(PasswordPolicyError):
        staff.add(ADMIN_SESSION, "S1", "Weak", Role.CLERK, "1234")
    with pytest.raises(StaffError, match="no account"):
        staff.disable(ADMIN_SESSION, "S404")


def test_no_password_is_stored_in_clear(url: str) -> None:
    engine = make_engine(url)
    with_accounts(engine)
    with engine.connect() as connection:
        hashes = connection.execute(select(StaffAccount.password_hash)).scalars().all()
    assert all(h.startswith("$argon2id$") and CLERK_PASSWORD not in h for h in hashes)
