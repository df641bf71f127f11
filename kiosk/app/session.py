"""The resident's session: everything the kiosk knows about the person at the counter.

It lives in memory only, for one visit. ``wipe()`` drops every piece of personal data;
the shell calls it when the visit ends, times out, or the card is removed. The 個人番号,
when a form needs it, is held in ``my_numbers`` for the moment of printing and wiped with
the rest (番号法): it is never written to disk or the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from kiosk.domain.resident import BasicFour


@dataclass
class ResidentSession:
    """Mutable on purpose: screens fill it in step by step, ``wipe`` empties it."""

    language: str = "ja"
    channel: str = ""  # "card", "manual" or "staff"
    visit_id: str | None = None
    ticket: str | None = None
    resident: BasicFour | None = None
    furigana: str = ""
    event_id: str | None = None
    answers: dict[str, Any] = field(default_factory=dict)
    household: list[dict[str, Any]] = field(default_factory=list)
    new_address: dict[str, str] = field(default_factory=dict)
    my_numbers: dict[str, str] = field(default_factory=dict)
    plan: Any = None
    flags: list[str] = field(default_factory=list)
    characters_typed: int = 0

    @property
    def has_personal_data(self) -> bool:
        return bool(
            self.resident or self.furigana or self.household or self.new_address
            or self.my_numbers or self.answers
        )

    def wipe(self) -> None:
        """Forget the resident: every field goes back to its empty default."""
        self.my_numbers.clear()
        fresh = ResidentSession()
        for item in fields(self):
            setattr(self, item.name, getattr(fresh, item.name))

    def __repr__(self) -> str:
        return f"ResidentSession(visit_id={self.visit_id!r}, <personal data redacted>)"
