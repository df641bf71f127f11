"""The resident's basic data as the kiosk handles it in memory.

The 個人番号 is deliberately *not* a field here: it is read from the card only when a
form that legally needs it is printed, held by the caller for that moment, and never
stored (番号法). See ``kiosk.card`` for how it is read.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date


class Sex(enum.Enum):
    """性別 as the card encodes it (one ASCII digit, JIS X 0303 style)."""

    MALE = "1"
    FEMALE = "2"
    NOT_STATED = "9"

    @classmethod
    def from_code(cls, code: str) -> Sex:
        """Map a card or form code; anything but 1/2 is shown as 'not stated', never a crash."""
        for member in cls:
            if member.value == code:
                return member
        return cls.NOT_STATED

    @property
    def label_ja(self) -> str:
        """The word official forms print (a form value, not a screen label)."""
        return {Sex.MALE: "男", Sex.FEMALE: "女", Sex.NOT_STATED: "記載なし"}[self]

    @property
    def label_source(self) -> str:
        """The English source of the screen label: translate it with
        ``kiosk.i18n.translate("Sex", sex.label_source, locale)``."""
        return {Sex.MALE: "Male", Sex.FEMALE: "Female", Sex.NOT_STATED: "Not stated"}[self]


@dataclass(frozen=True, slots=True)
class BasicFour:
    """基本4情報: 氏名・住所・生年月日・性別, as read from the card or typed in."""

    name: str
    address: str
    birth_date: date
    sex: Sex

    def __repr__(self) -> str:
        # Never let personal data reach a log line or a traceback through repr().
        return "BasicFour(<redacted>)"

    __str__ = __repr__
