"""Read and write the configuration file one section at a time, never leaving it invalid.

A section is written, then the whole file is validated (``load_config``); when that fails,
the file goes back to what it was (or away, if it was new) and the step stops with the
reason. So an interrupted or refused step leaves the previous, working configuration.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from kiosk.app.setup.answers import (
    CardAnswers,
    CurrentAnswers,
    DatabaseAnswers,
    PrinterAnswers,
    RetentionAnswers,
    TerminalAnswers,
    default_backend,
)
from kiosk.app.setup.outcome import SetupStop
from kiosk.config import Config, ConfigError, load_config


def read_config(path: Path) -> dict[str, Any]:
    """The file's TOML as a dict (empty when there is no file yet)."""
    from kiosk.config_validation import read_config_text

    try:
        return tomllib.loads(read_config_text(path)) if path.exists() else {}
    except (OSError, ValueError) as exc:
        raise SetupStop(f"{path} cannot be read: {getattr(exc, 'strerror', None) or exc}") from None


def _table(data: dict[str, Any], name: str) -> dict[str, Any]:
    """``[name]`` of the file's TOML; empty when missing or not a table."""
    value = data.get(name, {})
    return value if isinstance(value, dict) else {}


def write_section(path: Path, name: str, values: dict[str, Any]) -> None:
    """Set ``values`` in ``[name]``; keep the file unchanged when the result is not valid."""
    import tomli_w

    data = read_config(path)
    before = path.read_bytes() if path.exists() else None
    data.setdefault(name, {}).update(values)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    try:
        load_config(path)
    except ConfigError as exc:
        if before is None:
            path.unlink()
        else:
            path.write_bytes(before)
        raise SetupStop(f"not saved: {exc}") from None


def valid_config(path: Path) -> Config:
    try:
        return load_config(path)
    except ConfigError as exc:
        raise SetupStop(f"the configuration is not valid: {exc}") from None


def current_answers(path: Path) -> CurrentAnswers:
    """Each step's answers as the file has them now (defaults where it has none)."""
    data = read_config(path)
    terminal, printer, retention = (_table(data, name)
                                    for name in ("terminal", "printer", "retention"))
    return CurrentAnswers(
        terminal=TerminalAnswers(str(terminal.get("role", "kiosk")), str(terminal.get("id", ""))),
        database=DatabaseAnswers(str(_table(data, "database").get("url", "")) or "local"),
        printer=PrinterAnswers(str(printer.get("backend", default_backend())),
                               str(printer.get("queue", "")), str(printer.get("folder", ""))),
        card=CardAnswers(str(_table(data, "card").get("reader", ""))),
        retention=RetentionAnswers(str(retention.get("personal_data", "next-working-day")),
                                   str(retention.get("metrics_days", 0))),
    )
