"""Per-user folders (config, data, logs, cache, print spool), portable across Linux and Windows.

``platformdirs`` picks the platform's conventional places. ``KIOSK_HOME`` overrides all of
them with one folder: tests and the throw-away demo use it so nothing leaks into the real
user profile. Every folder is made private (0700) when it is first asked for.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

APP_NAME = "kakanai-kiosk"
APP_AUTHOR = "kakanai"


def _home_override() -> Path | None:
    value = os.environ.get("KIOSK_HOME")
    return Path(value) if value else None


PRIVATE_DIR = 0o700


def _ensure(path: Path) -> Path:
    """Create ``path`` 0700: these folders hold personal data, keys, logs and settings."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    with contextlib.suppress(OSError):  # a folder we do not own (a shared mount)
        os.chmod(path, PRIVATE_DIR)
    return path


def config_dir() -> Path:
    home = _home_override()
    if home is not None:
        return _ensure(home / "config")
    import platformdirs

    return _ensure(Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)))


def data_dir() -> Path:
    home = _home_override()
    if home is not None:
        return _ensure(home / "data")
    import platformdirs

    return _ensure(Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)))


def log_dir() -> Path:
    home = _home_override()
    if home is not None:
        return _ensure(home / "logs")
    import platformdirs

    return _ensure(Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)))


def cache_dir() -> Path:
    """Where derived data that can always be rebuilt lives (a font's coverage): deleting
    it costs one slower start, never data."""
    home = _home_override()
    if home is not None:
        return _ensure(home / "cache")
    import platformdirs

    return _ensure(Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)))


def spool_dir() -> Path:
    """Where failed print jobs wait, sealed with the terminal's key (``printing.queue``);
    deleted once printed, settled by staff, or at the end of retention."""
    return _ensure(data_dir() / "spool")


def default_config_path() -> Path:
    return config_dir() / "kiosk.toml"
