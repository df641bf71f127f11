"""``StaffDirectory``: the staff accounts in the database, and the log-in with its lock-out.

* ``authenticate(account_id, password)``: a ``LoginResult``. A wrong password, an unknown
  account and a disabled account all read "wrong" (nobody learns which ids exist), and
  each costs the same argon2id time. ``max_attempts`` wrong passwords in a row lock the
  account for ``lockout_seconds``: every try is refused without being compared until
  then. The counter and the time are columns of ``staff_account``, updated in the same
  transaction as the read (``SELECT … FOR UPDATE`` on PostgreSQL), so the lock-out holds
  across restarts and across consoles.
* ``add``, ``disable``, ``set_password``: need an admin session (``kiosk staff``); the
  very first account of an empty directory may be added without one, and must be an admin.
* ``accounts()``: ids, names, roles and states; never a hash.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, func, insert, select, update

from kiosk.staff.access import Permission, Role, StaffSession, require
from kiosk.staff.passwords import (
    RFC9106_SECOND,
    Argon2Cost,
    check_policy,
    hash_password,
    verify_password,
)
from kiosk.storage.staff_tables import StaffAccount

ACCOUNT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]{0,31}$")
# Compared against when the account does not exist, so an unknown id costs the same time.
_DUMMY_PASSWORD = "not-a-password-ever-used"  # noqa: S105 (hashed once to spend time, matches no account)


class StaffError(ValueError):
    """A staff-account change that cannot be done; a plain sentence for the admin."""


@dataclass(frozen=True)
class LoginResult:
    session: StaffSession | None
    attempts_left: int = 0
    seconds_left: int = 0
    unconfigured: bool = False  # no account exists and the terminal is not a demo

    @property
    def ok(self) -> bool:
        return self.session is not None

    @property
    def locked(self) -> bool:
        return self.session is None and self.seconds_left > 0


@dataclass(frozen=True)
class AccountInfo:
    id: str
    display_name: str
    role: Role
    disabled: bool
    locked_until: datetime | None


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)  # SQLite hands back naive UTC


class StaffDirectory:
    def __init__(self, engine: Engine, *, max_attempts: int = 5, lockout_seconds: int = 300,
                 cost: Argon2Cost = RFC9106_SECOND, now: Callable[[], datetime] = _utc_now,
                 enforce_floor: bool = True) -> None:
        self.engine = engine
        self.max_attempts = max_attempts
        self.lockout_seconds = lockout_seconds
        self.cost = cost
        self.now = now
        self._floor = enforce_floor  # False in tests only: they hash cheaply
        self._dummy_hash: str | None = None

    # ------------------------------------------------------------------ log-in
    def authenticate(self, account_id: str, password: str) -> LoginResult:
        t = StaffAccount.__table__.c
        now = self.now()
        with self.engine.begin() as connection:
            row = connection.execute(
                select(t.role, t.password_hash, t.disabled, t.failed_count, t.locked_until)
                .where(t.id == account_id).with_for_update()
            ).one_or_none()
            if row is None:
                verify_password(password, self._dummy(), floor=self._floor)
                return LoginResult(None, attempts_left=self.max_attempts)
            locked_until = _aware(row.locked_until)
            if locked_until is not None and now < locked_until:
                return LoginResult(None, seconds_left=_seconds(locked_until - now))
            failures = 0 if locked_until is not None else row.failed_count
            if not row.disabled and verify_password(password, row.password_hash,
                                                    floor=self._floor):
                connection.execute(update(StaffAccount).where(t.id == account_id)
                                   .values(failed_count=0, locked_until=None))
                return LoginResult(StaffSession(account_id, Role.parse(row.role)))
            failures += 1
            if failures >= self.max_attempts:
                until = now + timedelta(seconds=self.lockout_seconds)
                connection.execute(update(StaffAccount).where(t.id == account_id)
                                   .values(failed_count=0, locked_until=until))
                return LoginResult(None, seconds_left=self.lockout_seconds)
            connection.execute(update(StaffAccount).where(t.id == account_id)
                               .values(failed_count=failures, locked_until=None))
            return LoginResult(None, attempts_left=self.max_attempts - failures)

    def _dummy(self) -> str:
        if self._dummy_hash is None:
            self._dummy_hash = hash_password(_DUMMY_PASSWORD, self.cost)
        return self._dummy_hash

    def configured(self) -> bool:
        """True once any account exists (an empty directory is a demo terminal)."""
        with self.engine.connect() as connection:
            return bool(connection.execute(select(func.count()).select_from(StaffAccount))
                        .scalar_one())

    # ------------------------------------------------------------------ accounts
    def accounts(self) -> list[AccountInfo]:
        t = StaffAccount.__table__.c
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(t.id, t.display_name, t.role, t.disabled, t.locked_until).order_by(t.id))
            return [AccountInfo(r.id, r.display_name, Role.parse(r.role), r.disabled,
                                _aware(r.locked_until)) for r in rows]

    def add(self, actor: StaffSession | None, account_id: str, display_name: str, role: Role,
            password: str) -> None:
        if not ACCOUNT_ID.match(account_id):
            raise StaffError("An account id is 1 to 32 letters, digits, - or _ "
                             "(the staff number).")
        if not display_name.strip() or len(display_name) > 80:
            raise StaffError("A display name is 1 to 80 characters.")
        check_policy(password)
        if actor is None and self.configured():
            require(actor, Permission.MANAGE_STAFF)
        if actor is None and role is not Role.ADMIN:
            raise StaffError("The first account must be an admin (it adds the others).")
        if actor is not None:
            require(actor, Permission.MANAGE_STAFF)
        now = self.now()
        hashed = hash_password(password, self.cost)
        with self.engine.begin() as connection:
            exists = connection.execute(select(StaffAccount.id)
                                        .where(StaffAccount.id == account_id)).first()
            if exists is not None:
                raise StaffError(f"There is already an account {account_id}.")
            connection.execute(insert(StaffAccount).values(
                id=account_id, display_name=display_name.strip(), role=role.id,
                password_hash=hashed, disabled=False, failed_count=0, locked_until=None,
                created_at=now, password_changed_at=now))

    def disable(self, actor: StaffSession | None, account_id: str) -> None:
        require(actor, Permission.MANAGE_STAFF)
        self._update(account_id, disabled=True)

    def set_password(self, actor: StaffSession | None, account_id: str, password: str) -> None:
        """A new password (admins only); it also lifts a lock-out and re-enables nothing."""
        require(actor, Permission.MANAGE_STAFF)
        check_policy(password)
        self._update(account_id, password_hash=hash_password(password, self.cost),
                     password_changed_at=self.now(), failed_count=0, locked_until=None)

    def _update(self, account_id: str, **values: object) -> None:
        with self.engine.begin() as connection:
            changed = connection.execute(update(StaffAccount)
                                         .where(StaffAccount.id == account_id)
                                         .values(**values)).rowcount
        if not changed:
            raise StaffError(f"There is no account {account_id}.")


def _seconds(delta: timedelta) -> int:
    return max(1, int(delta.total_seconds() + 0.999))
