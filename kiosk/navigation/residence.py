"""A foreign resident's record items (住民基本台帳法 §30の45), read and checked.

A household member who is a foreign resident may carry ``"residence"`` in the scenario
file; the 住民異動届's foreign-resident page prints it:

    "residence": {"category": "mid_long", "nationality": "ベトナム",
                  "status": "技能実習", "period": "1年", "expires": "2027-03-31",
                  "card_number": "AB12345678CD"}

What the law asks for each category (住民基本台帳法 §30の45 の表):

* 中長期在留者 (``mid_long``): 在留資格, 在留期間, 在留期間の満了の日, 在留カードの番号
  (a 永住者's 在留期間 is 無期限, with no 満了日);
* 特別永住者 (``special_permanent``): 特別永住者である旨, 特別永住者証明書の番号 (no
  在留期間: the status has none);
* 一時庇護許可者 (``temporary_refuge``) and 仮滞在許可者 (``provisional_stay``): the
  上陸期間 / 仮滞在期間 and its last day; they hold no 在留カード;
* 経過滞在者 (``transitional``): born in Japan or having lost Japanese nationality, within
  60 days; no card and no period.

A 在留カード番号 and a 特別永住者証明書番号 are 12 characters: 2 capital letters, 8 digits,
2 capital letters (AB12345678CD). A period that ended before the event is refused unless
the card holder applied for renewal or change in time: then they stay lawfully until the
decision, at most two months after the end (入管法 §20⑥, §21④: 特例期間), so
``renewal_pending: true`` accepts an end up to two months before the event.

Everything here is personal data: ``__repr__`` is redacted, messages name keys only.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

CARD_NUMBER = re.compile(r"[A-Z]{2}[0-9]{8}[A-Z]{2}")
GRACE_MONTHS = 2  # 特例期間: 在留期間の満了の日から2月を経過する日まで
MAX_TEXT = 200
PERMANENT = "永住者"  # a 中長期在留者 whose 在留期間 is 無期限: no 満了日
INDEFINITE = "無期限"


class ResidenceError(ValueError):
    """A residence entry that cannot be used; the message names keys, never values."""


class Category(enum.Enum):
    """法第30条の45に規定する区分, with the label the form prints."""

    MID_LONG = "mid_long"
    SPECIAL_PERMANENT = "special_permanent"
    TEMPORARY_REFUGE = "temporary_refuge"
    PROVISIONAL_STAY = "provisional_stay"
    TRANSITIONAL = "transitional"

    @property
    def label_ja(self) -> str:
        return _LABELS[self]

    @property
    def has_card(self) -> bool:
        """Holds a 在留カード or a 特別永住者証明書 (whose number the record keeps)."""
        return self in (Category.MID_LONG, Category.SPECIAL_PERMANENT)

    @property
    def has_period(self) -> bool:
        """Stays for a period that ends (在留期間, 上陸期間, 仮滞在期間)."""
        return self in (Category.MID_LONG, Category.TEMPORARY_REFUGE, Category.PROVISIONAL_STAY)


_LABELS = {
    Category.MID_LONG: "中長期在留者",
    Category.SPECIAL_PERMANENT: "特別永住者",
    Category.TEMPORARY_REFUGE: "一時庇護許可者",
    Category.PROVISIONAL_STAY: "仮滞在許可者",
    Category.TRANSITIONAL: "経過滞在者",
}
_BY_NAME = {c.value: c for c in Category} | {label: c for c, label in _LABELS.items()}


@dataclass(frozen=True, slots=True)
class Residence:
    """The §30の45 items of one foreign resident."""

    category: Category
    nationality: str  # 国籍・地域
    status: str = ""  # 在留資格 (特別永住者: 「特別永住者」)
    period: str = ""  # 在留期間 (上陸期間, 仮滞在期間) as on the card: 「3年」「6月」
    expires: date | None = None  # その満了の日
    card_number: str = ""  # 在留カード番号 or 特別永住者証明書番号
    renewal_pending: bool = False  # 更新・変更の申請中 (the card's back says so)

    def __repr__(self) -> str:
        return "Residence(<redacted>)"

    __str__ = __repr__


def parse_residence(data: Any, where: str) -> Residence | None:
    """The ``residence`` entry of a person (``None`` when not given)."""
    if data is None:
        return None
    where = f"{where}.residence"
    if not isinstance(data, Mapping):
        raise ResidenceError(f"{where} must be an object with category and nationality")
    unknown = sorted(set(data) - {"category", "nationality", "status", "period", "expires",
                                  "card_number", "renewal_pending"})
    if unknown:
        raise ResidenceError(f"{where}: unknown keys {', '.join(unknown)}")
    category = _BY_NAME.get(str(data.get("category", "")))
    if category is None:
        raise ResidenceError(
            f"{where}: 'category' must be one of {', '.join(c.value for c in Category)}")
    nationality = _text(data, "nationality", where)
    if not nationality:
        raise ResidenceError(f"{where}: 'nationality' (国籍・地域) must not be empty")
    status = _text(data, "status", where)
    period = _text(data, "period", where)
    if category is Category.SPECIAL_PERMANENT:
        status = status or category.label_ja
    if status == PERMANENT:
        period = period or INDEFINITE
    expires_text = data.get("expires")
    expires = None
    if expires_text is not None:
        try:
            expires = date.fromisoformat(str(expires_text))
        except ValueError:
            raise ResidenceError(f"{where}: 'expires' must be a date written YYYY-MM-DD") from None
    pending = data.get("renewal_pending", False)
    if not isinstance(pending, bool):
        raise ResidenceError(f"{where}: 'renewal_pending' must be true or false")
    residence = Residence(category, nationality, status, period, expires,
                          _text(data, "card_number", where), pending)
    _check_items(residence, where)
    return residence


def _text(data: Mapping[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if value is None:
        return ""
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise ResidenceError(f"{where}: {key!r} must be a text of at most {MAX_TEXT} characters")
    return value.strip()


def _check_items(r: Residence, where: str) -> None:
    """The items the law asks for the category, and nothing it does not have."""
    label = r.category.label_ja
    if r.category.has_card and not CARD_NUMBER.fullmatch(r.card_number):
        raise ResidenceError(f"{where}: 'card_number' ({label}) must be 2 capital letters, "
                             "8 digits and 2 capital letters, like AB12345678CD")
    if not r.category.has_card and r.card_number:
        raise ResidenceError(f"{where}: a {r.category.value} holds no residence card; "
                             "drop 'card_number'")
    if r.status == PERMANENT and (r.expires or r.period != INDEFINITE):
        raise ResidenceError(f"{where}: a {PERMANENT}'s stay has no end (在留期間 "
                             f"{INDEFINITE}); drop 'expires'")
    if r.category is Category.MID_LONG and not (
            r.status and r.period and (r.expires or r.status == PERMANENT)):
        raise ResidenceError(f"{where}: a {label} needs 'status' (在留資格), 'period' "
                             "(在留期間) and 'expires' (its last day)")
    if not r.category.has_period and (r.period or r.expires or r.renewal_pending):
        raise ResidenceError(f"{where}: a {r.category.value} has no period of stay; drop "
                             "'period', 'expires' and 'renewal_pending'")


def check_stay_on(r: Residence, event_date: date, where: str) -> None:
    """Refuse a period that ended before the event (the person would not be a resident
    then), except within the 特例期間 of a renewal or change applied for in time."""
    if r.expires is None or r.expires >= event_date:
        return
    if r.renewal_pending and event_date <= months_after(r.expires, GRACE_MONTHS):
        return
    if r.renewal_pending:
        raise ResidenceError(f"{where}.residence: 'expires' is more than {GRACE_MONTHS} "
                             "months before event_date (the 特例期間 has ended)")
    raise ResidenceError(f"{where}.residence: 'expires' is before event_date; if a renewal "
                         "or change was applied for in time, add \"renewal_pending\": true")


def months_after(day: date, months: int) -> date:
    """The same day ``months`` later; a day the month lacks becomes its last day."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover - 28 exists in every month


def residence_to_json(residence: Residence | None) -> dict[str, Any] | None:
    """The ``residence`` entry of the scenario file format (``parse_residence`` reads it
    back unchanged), for whoever writes a scenario out (the clerks' copy)."""
    if residence is None:
        return None
    data: dict[str, Any] = {"category": residence.category.value,
                            "nationality": residence.nationality}
    for key, value in (("status", residence.status), ("period", residence.period),
                       ("card_number", residence.card_number)):
        if value:
            data[key] = value
    if residence.expires is not None:
        data["expires"] = residence.expires.isoformat()
    if residence.renewal_pending:
        data["renewal_pending"] = True
    return data
