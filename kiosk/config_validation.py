"""Checks of configuration values that go beyond a type and a range.

Each check returns one plain sentence naming the key and what to do, or ``None``; the
loader (``kiosk.config``) raises them as ``ConfigError``. They exist because a value
that parses can still take the counter down later: a database URL SQLAlchemy cannot
read, a retention that overflows a date, a staff PIN hash no PIN can ever match. Secret
values (the PIN hash, a database password) are never echoed in a message.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from kiosk.security import pin_hash_problem

# Personal data is kept for the clerks for hours, not years: a bound keeps the expiry
# date arithmetic (and the 個人情報 policy) sane.
MAX_RETENTION_HOURS = 24 * 366
MAX_CONFIG_BYTES = 256 * 1024
_DATABASE_BACKENDS = ("sqlite", "postgresql")


def retention_problem(policy: str) -> str | None:
    if policy == "next-working-day":
        return None
    if policy.isascii() and policy.isdigit() and 0 < int(policy) <= MAX_RETENTION_HOURS:
        return None
    return ("retention.personal_data: must be next-working-day or a number of hours from 1 "
            f"to {MAX_RETENTION_HOURS} (got {policy[:20]!r})")


def database_url_problem(key: str, url: str) -> str | None:
    """Whether SQLAlchemy can read ``url`` as a SQLite or PostgreSQL URL (password hidden)."""
    if not url:
        return None
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    usage = (f"{key}: must be a URL such as sqlite:///C:/kiosk/kiosk.sqlite3 or "
             "postgresql://user:password@host:5432/kiosk")
    normalised = "postgresql://" + url.split("://", 1)[1] if url.startswith("postgres://") else url
    try:
        parsed = make_url(normalised)
        port = parsed.port
    except (ArgumentError, ValueError):
        return f"{usage}; it cannot be read as a URL"
    backend = parsed.get_backend_name()
    if backend not in _DATABASE_BACKENDS:
        return f"{usage} (got the scheme {backend!r})"
    if backend == "postgresql":
        if port is not None and not 0 < port < 65536:
            return f"{key}: the port must be between 1 and 65535 (got {port})"
        host = parsed.host or ""
        if "@" in host or any(c.isspace() for c in host) or "/" in host:
            return f"{usage}; its host part {host!r} is not a host name (an @ or / too many?)"
    return None


def staff_pin_hash_problem(stored: str) -> str | None:
    problem = pin_hash_problem(stored)
    if problem is None:
        return None
    return f"staff.pin_hash: {problem}; run `kiosk config set-staff-pin` to write a new one"


def read_config_text(path: Path) -> str:
    """The text of the configuration file: UTF-8, with or without a byte-order mark.

    TOML is UTF-8. A file saved as UTF-16 ("Unicode" in Notepad) or Shift_JIS (ANSI on
    Japanese Windows) is refused with its encoding named, so the fix is obvious.
    Raises ``OSError`` when the file cannot be read, ``ValueError`` with the sentence.
    """
    with path.open("rb") as handle:
        raw = handle.read(MAX_CONFIG_BYTES + 1)
    if len(raw) > MAX_CONFIG_BYTES:
        raise ValueError(f"is larger than {MAX_CONFIG_BYTES // 1024} KB; "
                         "a configuration file is a few lines")
    save_as = "; open it in Notepad and save it with the encoding UTF-8"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ValueError(f"is saved as UTF-16 (Notepad's \"Unicode\"), not UTF-8{save_as}")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        where = f"byte {exc.start}"
    if b"\x00" in raw:
        raise ValueError(f"is not a text file (binary data at {where}){save_as}")
    try:
        raw.decode("cp932")
    except UnicodeDecodeError:
        raise ValueError(f"is not UTF-8 text (unreadable {where}){save_as}") from None
    raise ValueError(f"is saved as Shift_JIS (ANSI), not UTF-8{save_as}")
