"""Structured, rotating logs that never carry personal data.

Each line is one JSON object (time, level, logger, message, plus ``extra`` fields), so
support staff can grep and tools can parse. Personal data must never be passed to a
logger: log ids and counts only. As a last line of defence a filter masks anything that
looks like a 12-digit 個人番号 or a 4-digit PIN passed as a ``pin`` extra.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

_TWELVE_DIGITS = re.compile(r"(?<!\d)\d{12}(?!\d)")
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = value if isinstance(value, int | float | bool | None) else str(value)
        if record.exc_info and record.exc_info[0] is not None:
            # The type only: exception messages may quote data we must not write down.
            entry["exception"] = record.exc_info[0].__name__
        return json.dumps(entry, ensure_ascii=False)


class RedactingFilter(logging.Filter):
    """Mask number-shaped data that slipped into a message despite the house rules."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _TWELVE_DIGITS.sub("************", message)
        if masked != message:
            record.msg, record.args = masked, None
        # ``name`` is not in this list: on a LogRecord it is the logger's name, and logging
        # itself refuses an ``extra`` that would overwrite it.
        for key in ("pin", "my_number", "resident_name", "address", "birth_date"):
            if hasattr(record, key):
                setattr(record, key, "<redacted>")
        return True


def setup_logging(level: str = "INFO", log_dir: Path | None = None) -> Path:
    """Send the kiosk's logs to a rotating JSON-lines file; return its path."""
    from kiosk.paths import log_dir as default_log_dir

    folder = log_dir or default_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "kiosk.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RedactingFilter())
    root = logging.getLogger("kiosk")
    for old in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(level)
    return path
