"""Per-user folders (config, data, logs, print spool), portable across Linux and Windows.

``platformdirs`` picks the platform's conventional places. ``KIOSK_HOME`` overrides all of
them with one folder: tests and the throw-away demo use it so nothing leaks into the real
user profile.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "kakanai-kiosk"
APP_AUTHOR = "kakanai"


def _home_override() -> Path | None:
    value = os.environ.get("KIOSK_HOME")
    return Path(value) if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
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


def spool_dir() -> Path:
    """Where failed print jobs wait, sealed with the terminal's key (``printing.queue``);
    deleted once printed, settled by staff, or at the end of retention."""
    return _ensure(data_dir() / "spool")


def default_config_path() -> Path:
    return config_dir() / "kiosk.toml"
