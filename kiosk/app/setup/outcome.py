"""What a setup step answers: done (or skipped, as asked) in plain words, or why it stopped."""

from __future__ import annotations

from dataclasses import dataclass

ROLES = ("kiosk", "clerk", "manager")
BACKENDS = ("cups", "qt", "folder")


class SetupStop(Exception):
    """A step cannot go on; the message is one sentence saying why and what to do."""


@dataclass(frozen=True)
class StepResult:
    """``area: what was found`` (``message``); ``done`` is False when the step saved its
    answer but skipped the live check, or had nothing to do, as the clerk asked."""

    message: str
    done: bool = True
