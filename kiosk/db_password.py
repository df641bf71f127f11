"""The database password kept out of ``kiosk.toml``: a private file, or the OS keyring.

``database.password_file`` names a file holding only the password (one line). It must be
private to the kiosk's account (0600 or stricter): a file that others can read is
refused, with a message: whoever holds that password can use the town's database as the
terminal's role. ``database.password_keyring``
reads it from the OS keyring instead (the ``keyring`` package, service ``kakanai-kiosk``,
user ``database:<role>@<host>``), when that package is installed and has a working
back-end. Either way the password joins the URL in memory only; ``kiosk config show``
still hides it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

KEYRING_SERVICE = "kakanai-kiosk"


class PasswordError(ValueError):
    """The password cannot be had; the message names the setting and what to do."""


def keyring_user(url: str) -> str:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return f"database:{parsed.username or ''}@{parsed.host or 'localhost'}"


def read_password_file(path: Path) -> str:
    try:
        info = path.stat()
    except OSError as exc:
        raise PasswordError(f"database.password_file: {path} cannot be read "
                            f"({exc.strerror})") from None
    if os.name != "nt" and info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise PasswordError(
            f"database.password_file: {path} can be read by other accounts "
            f"(mode {stat.S_IMODE(info.st_mode):04o}); make it private: chmod 600 {path}")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise PasswordError(f"database.password_file: {path} cannot be read "
                            f"({type(exc).__name__})") from None
    password = text.strip()
    if not password or "\n" in password:
        raise PasswordError(f"database.password_file: {path} must hold the password alone, "
                            "on one line")
    return password


def read_keyring(url: str) -> str:
    try:
        import keyring  # type: ignore[import-not-found, unused-ignore]  # optional extra
    except ImportError:
        raise PasswordError("database.password_keyring: the keyring package is not "
                            "installed; use database.password_file instead") from None
    user = keyring_user(url)
    try:
        password = keyring.get_password(KEYRING_SERVICE, user)
    except Exception as exc:  # noqa: BLE001 - any back-end failure (no Secret Service, locked)
        raise PasswordError(f"database.password_keyring: the OS keyring does not answer "
                            f"({type(exc).__name__}); use database.password_file instead"
                            ) from None
    if not password:
        raise PasswordError(f"database.password_keyring: no password stored for service "
                            f"{KEYRING_SERVICE!r}, user {user!r}")
    return str(password)


def with_password(url: str, password_file: str, use_keyring: bool) -> str:
    """``url`` with the password from the file or the keyring (unchanged when neither)."""
    if not password_file and not use_keyring:
        return url
    if not url.startswith(("postgresql", "postgres")):
        raise PasswordError("database.password_file and database.password_keyring need a "
                            "postgresql:// database.url")
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.password:
        raise PasswordError("database.url already holds a password; remove it from the URL "
                            "when it comes from a file or the keyring")
    password = (read_password_file(Path(password_file).expanduser()) if password_file
                else read_keyring(url))
    return parsed.set(password=password).render_as_string(hide_password=False)
