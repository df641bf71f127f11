"""Value paths (``card.name``, ``household[*].birth_date`` …) resolved to printable values.

The renderer never reaches into the scenario itself: it asks a ``FormContext`` for a path
from the layout vocabulary (``forms.bindings``). Values are ``str`` or ``date`` (dates are
formatted in 和暦 by the renderer) or ``None`` for "leave the box empty".

The 個人番号 is not part of the scenario. It arrives as an in-memory mapping
``person_id -> number`` and is handed out only when the layout says
``needs_my_number: true``; on any other form ``*.my_number`` resolves to nothing.

The town (its name before an address, 「市区町村」 boxes) and the event's title on paper
come from the catalog (``town.yaml``, ``events.yaml``) through the caller: printing
names neither.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

import jaconv

from forms.bindings import PERSON_SOURCES, RESIDENCE_ATTRS, binding_error
from forms.catalog import Town
from kiosk.domain.answers import is_dont_know
from printing.people import Household, format_address, postal_code_in_town, status_of

Value = str | date | None
PAPER_LANGUAGE = "ja"
"""Forms and the guide sheet are filed in Japanese, whatever the screen language."""


class PersonLike(Protocol):
    """What the renderer reads of a household member (navigation's ``Person``)."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def furigana(self) -> str: ...
    @property
    def birth_date(self) -> date: ...
    @property
    def relation(self) -> str: ...


_Day = date  # VisitInfo's field ``date`` hides the type inside the class


@dataclass(frozen=True, slots=True)
class VisitInfo:
    """The visit's ids; none of them is personal data."""

    id: str
    ticket: str
    date: date
    # the core system's 転入予約 number and its planned date, when the core system fills
    # the forms itself (the confirmation sheet prints them)
    core_reference: str = ""
    core_planned_date: _Day | None = None

    def __repr__(self) -> str:
        return f"VisitInfo(id={self.id!r}, ticket={self.ticket!r})"


def full_width_katakana(text: str, style: str = "katakana") -> str:
    """Furigana as forms want it: full-width katakana (or hiragana), one 全角 space."""
    text = jaconv.h2z(text, kana=True, ascii=False, digit=False)
    text = jaconv.hira2kata(text)
    if style == "hiragana":
        text = jaconv.kata2hira(text)
    return "　".join(text.replace("　", " ").split())


def sex_label(value: Any) -> str:
    """男/女 from an enum (``label_ja``), a card code ("1"/"2") or a label."""
    label = getattr(value, "label_ja", None)
    if isinstance(label, str):
        return label
    text = str(getattr(value, "value", value) or "")
    return {"1": "男", "2": "女", "male": "男", "female": "女", "M": "男", "F": "女"}.get(
        text, text if text in ("男", "女") else ""
    )


def postal_digits(value: Any) -> str:
    return "".join(ch for ch in str(value or "") if ch.isdigit())


@dataclass(slots=True)
class FormContext:
    """Everything one copy of one form may print."""

    scenario: Any
    visit: VisitInfo
    subject: Any
    members: Sequence[Any]
    procedures: Sequence[str] = ()
    my_numbers: Mapping[str, str] = field(default_factory=dict)
    allow_my_number: bool = False
    town: Town = field(kw_only=True)
    event_title: str = field(kw_only=True)  # the event's paper title (events.yaml)
    # whom the event is about (events.yaml ``subject``): a birth happens on the
    # newborn's birth date, whatever day it is filed.
    event_subject: str = field(default="resident", kw_only=True)
    # the event's address change (events.yaml ``address_change``): at a departure the
    # card's address is the one being left
    event_address_change: str = field(default="none", kw_only=True)
    # what every box of the form asks again (the household's roles, the derived values),
    # worked out once per copy: the context is never changed once made
    _memo: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __repr__(self) -> str:
        return f"FormContext(<redacted>, visit={self.visit.id!r})"

    # -- helpers -----------------------------------------------------------------
    @property
    def resident(self) -> Any:
        return self.scenario.resident

    @property
    def household(self) -> Household:
        found: Household | None = self._memo.get("household")
        if found is None:
            found = self._memo["household"] = self._household()
        return found

    def _household(self) -> Household:
        people = [self.resident, *getattr(self.scenario, "household", ())]
        split = getattr(self.scenario, "new_household", None)
        return Household(self.resident, people, getattr(self.scenario, "new_address", None),
                         self._card_address(), self.town,
                         claimant_is_spouse=self._answer("claimant") == "spouse",
                         new_head_id=str(split.head) if split is not None else "")

    def _person(self, source: str, row: int | None) -> Any:
        if source == "household[*]":
            return self.members[row] if row is not None and row < len(self.members) else None
        if source == "person":
            return self.subject
        if source == "head":
            return self.household.head()
        if source == "claimant":
            return self.household.claimant()
        if source == "spouse":
            return self.household.claimant_spouse()
        return self.resident

    def _member(  # noqa: PLR0911 - one return per kind of member value
        self, person: Any, attr: str, kana_style: str = "katakana"
    ) -> Value:
        if person is None:
            return None
        people = self.household
        if attr.startswith("answers."):
            answer = getattr(self.scenario, "answer", None)
            qid = attr.partition(".")[2]
            return _answer(answer(qid, str(person.id)) if answer else None)
        if attr == "my_number":
            if not self.allow_my_number:
                return None
            return self.my_numbers.get(str(person.id))
        if attr == "sex":
            return sex_label(getattr(person, "sex", None))
        if attr == "furigana":
            return full_width_katakana(str(getattr(person, "furigana", "") or ""), kana_style)
        if attr in RESIDENCE_ATTRS:
            return residence_value(getattr(person, "residence", None), attr)
        computed = {"relation": people.relation, "kinship": people.kinship,
                    "address": people.address, "postal_code": people.postal_code,
                    "katagaki": people.katagaki, "status": people.together}.get(attr)
        if computed is not None:
            return computed(person)
        value = getattr(person, attr, None)
        if value is None or isinstance(value, date):
            return value
        return str(value)

    def _card_address(self) -> str:
        value = getattr(self.scenario, "current_address", "") or ""
        return value if isinstance(value, str) else format_address(value, self.town)

    def _event_date(self) -> Value:
        """The day the event happened: for a birth, the newborn's birth date."""
        if self.event_subject == "newborn":
            newborns = [self.subject] if status_of(self.subject) == "newborn" else [
                p for p in self.members if status_of(p) == "newborn"]
            born: list[date] = [p.birth_date for p in newborns]
            if born:
                return min(born)
        value = getattr(self.scenario, "event_date", None)
        return value if isinstance(value, date) else None

    def _honseki_note(self) -> str:
        """本籍 as on the 転出証明書: only for a move in from another municipality in Japan
        (a move within the town has no certificate, and arrivals from abroad bring a
        passport or a 戸籍謄本 instead). A foreign national has no 本籍 at all (住民基本台帳法
        §30の45: the record holds 国籍・地域 instead), so nothing prints for them."""
        if self._answer("foreign_national") is True:
            return ""
        moving_in = getattr(self.scenario, "new_address", None) is not None
        from_elsewhere = bool(self._card_address()) and not self._card_address().startswith(
            self.town.full_name())
        answers = getattr(self.scenario, "answers", {})
        if moving_in and from_elsewhere and answers.get("from_area") != "abroad":
            return "（転出証明書のとおり）"
        return ""

    def _answer(self, question: str, member_id: str = "self") -> object:
        """The resident's (or a member's) answer, with the household answer as fallback."""
        answer = getattr(self.scenario, "answer", None)
        return answer(question, member_id) if callable(answer) else None

    def _newborn_count(self) -> str:
        """How many children this birth brought (出生児数: 1人, 2人 for twins …)."""
        born = sum(status_of(p) == "newborn" for p in getattr(self.scenario, "household", ()))
        return f"{born}人" if born else ""

    def _former_head(self) -> Any:
        """The head who died or left: the 世帯主 listed so, else the deceased when the
        household said the deceased was the head (``deceased_was_head``)."""
        former = self.household.former_head()
        if former is None and self._answer("deceased_was_head") is True:
            former = next((p for p in self.household.people if status_of(p) == "deceased"),
                          None)
        return former

    def _filer_role(self, head: Any) -> str:
        """The applicant's relation to the person the form is about (届出人の資格)."""
        if self.subject is self.resident:
            return "本人"
        if head is self.resident:
            return "世帯主"
        return "同一世帯員" if self.household.applicant_lives_here else "代理人"

    # -- the vocabulary ------------------------------------------------------------
    def resolve(
        self, path: str, row: int | None = None, kana_style: str = "katakana"
    ) -> Value:
        """The value of ``path``; ``row`` picks the member for ``household[*]`` paths."""
        if binding_error(path) is not None:
            raise KeyError(f"unknown binding {path!r}")
        head, _, attr = path.partition(".")
        if head in PERSON_SOURCES:
            return self._member(self._person(head, row), attr, kana_style)
        if head == "card":
            if attr == "address":
                return self._card_address()
            return self._member(self.resident, attr)
        if head == "answers":  # 「わからない」 prints nothing: the clerk settles it
            value = getattr(self.scenario, "answers", {}).get(attr)
            return None if is_dont_know(value) else _answer(value)
        if head == "visit":
            return {"id": self.visit.id, "ticket": self.visit.ticket,
                    "core_reference": self.visit.core_reference,
                    "core_planned_date": self.visit.core_planned_date}.get(attr, self.visit.date)
        return self._derived(attr)

    def _derived(self, attr: str) -> Value:
        values: dict[str, Value] | None = self._memo.get("derived")
        if values is None:
            values = self._memo["derived"] = self._derived_values()
        return values[attr]

    def _derived_values(self) -> dict[str, Value]:
        new = getattr(self.scenario, "new_address", None)
        moving_in = new is not None
        head = self.household.head()
        values: dict[str, Value] = {
            "event_label": self.event_title,
            "event_date": self._event_date(),
            "filing_date": self.visit.date,
            "new_address": format_address(new, self.town),
            "katagaki": str(getattr(new, "katagaki", "") or "") if new else "",
            "postal_code": postal_digits(getattr(new, "postal_code", "")) if new else "",
            "address": format_address(new, self.town) if moving_in else self._card_address(),
            "old_address": self._card_address() if moving_in or (
                self.event_address_change == "departure") else "",
            "head_name": str(head.name) if head is not None else "",
            "municipality": self.town.full_name(PAPER_LANGUAGE),
            "procedures": "、".join(self.procedures),
            "honseki_note": self._honseki_note(),
            # the 筆頭者 is written where the 本籍 is: on the same certificate
            "hittosha_note": self._honseki_note(),
            "filer_role": self._filer_role(head),
            "filer_relation": self.household.applicant_to(self.subject),
            "former_head_name": str(getattr(self._former_head(), "name", "") or ""),
            "newborn_count": self._newborn_count(),
        }
        if getattr(self.scenario, "new_household", None) is not None and not moving_in:
            # a split: the new household lives where the household is registered
            values["new_address"] = self._card_address()
            values["postal_code"] = postal_digits(postal_code_in_town(self._card_address(),
                                                                      self.town))
        return values


def residence_value(residence: Any, attr: str) -> Value:
    """One §30の45 item of a foreign resident (``kiosk.navigation.residence.Residence``);
    nothing for a person without one."""
    if residence is None:
        return None
    if attr == "residence_category":
        return str(residence.category.label_ja)
    value = getattr(residence, {"residence_status": "status", "residence_period": "period",
                                "residence_expiry": "expires",
                                "residence_card": "card_number"}.get(attr, attr))
    return value if value is None or isinstance(value, date) else str(value)


def _answer(value: Any) -> Value:
    if value is None:
        return None
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    if isinstance(value, date):
        return value
    return str(value)
