"""The clerk's answers to each step, as typed values (the command line's options, the window's
fields); ``current_answers`` pre-fills them from the configuration file."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field


@dataclass(frozen=True)
class TerminalAnswers:
    role: str = "kiosk"
    terminal_id: str = ""  # empty: generated at first start


@dataclass(frozen=True)
class DatabaseAnswers:
    url: str = "local"  # postgresql://… or "local" (this terminal's SQLite file)


def default_backend() -> str:
    """Windows prints through Qt's printer support; elsewhere CUPS is there."""
    return "qt" if sys.platform == "win32" else "cups"


@dataclass(frozen=True)
class PrinterAnswers:
    backend: str = field(default_factory=default_backend)
    queue: str = ""  # CUPS queue or Windows printer ('' = the system default)
    folder: str = ""  # the folder back-end's folder
    test_page: bool = True


@dataclass(frozen=True)
class CardAnswers:
    reader: str = ""  # a reader name pattern ('' = the first with a card)
    test: bool = True


@dataclass(frozen=True)
class AdminAnswers:
    account: str = ""  # the staff number; empty: add no admin now
    name: str = ""
    password: str = field(default="", repr=False)


@dataclass(frozen=True)
class RetentionAnswers:
    personal_data: str = "next-working-day"  # or a number of hours
    metrics_days: str = "0"  # 0: kept for ever


@dataclass(frozen=True)
class CurrentAnswers:
    """What the configuration file says today, for each step's fields."""

    terminal: TerminalAnswers
    database: DatabaseAnswers
    printer: PrinterAnswers
    card: CardAnswers
    retention: RetentionAnswers
