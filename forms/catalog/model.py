"""The catalog as typed, frozen objects: what the loader produces and the engine reads.

Conditions are stored twice: ``source`` (the text the town wrote, for display) and the
parsed expression with every named predicate already inlined, so the engine only ever
sees question ids and built-in facts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from kiosk.i18n import Text
from kiosk.navigation.conditions import Node, Value

__all__ = ["Text"]  # a catalog text: a map from locale to string with a fallback chain


@dataclass(frozen=True, slots=True)
class Condition:
    source: str
    expr: Node


@dataclass(frozen=True, slots=True)
class DepartmentDef:
    id: str
    name: Text
    counter: Text
    order: int


@dataclass(frozen=True, slots=True)
class Option:
    id: str
    label: Text


@dataclass(frozen=True, slots=True)
class Question:
    """A yes/no, choice or number question, asked once or per member (``scope``)."""

    id: str
    scope: str  # "household" | "person"
    type: str  # "bool" | "choice" | "int"
    text: Text
    options: tuple[Option, ...]
    default: Value
    ask_when: Condition
    text_by_event: Mapping[str, Text]
    # a yes/no question answered "yes" without asking where this holds (e.g. the resident
    # whose My Number card was just read has a card)
    implied_by: Condition | None = None

    @property
    def value_type(self) -> str:
        """The type conditions see: ``bool``, ``int`` or ``str`` (for a choice)."""
        return "str" if self.type == "choice" else self.type

    @property
    def option_ids(self) -> tuple[str, ...]:
        return tuple(o.id for o in self.options)

    def text_for(self, event: str) -> Text:
        """The wording for this event (some events ask about the deceased, …)."""
        return self.text_by_event.get(event, self.text)

    def accepts(self, value: object) -> bool:
        """Whether ``value`` is a valid answer."""
        if self.type == "bool":
            return isinstance(value, bool)
        if self.type == "int":
            return isinstance(value, int) and not isinstance(value, bool)
        return isinstance(value, str) and value in self.option_ids


@dataclass(frozen=True, slots=True)
class Predicate:
    """A named condition (§1.2 of the reference) usable in other conditions."""

    id: str
    condition: Condition
    label: Text
    type: str


@dataclass(frozen=True, slots=True)
class EventDef:
    id: str
    title: Text
    description: Text
    questions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Item:
    """A document to bring or a checklist line, shown only when ``when`` holds."""

    text: Text
    when: Condition | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    """How a procedure applies to one life event (defaults already merged in)."""

    event: str
    when: Condition
    title: Text
    form_ids: tuple[str, ...]
    documents: tuple[Item, ...]
    deadline: Text
    checklist: tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class Procedure:
    id: str
    ref: int | None
    department: str
    title: Text
    form_scope: str  # "member" | "household"
    fee: Text
    rules: Mapping[str, Rule]


@dataclass(frozen=True, slots=True)
class Oaza:
    """A 大字 of the town with its reading and postal code."""

    name: str
    kana: str
    postal_code: str


@dataclass(frozen=True, slots=True)
class Town:
    name: Text
    prefecture: Text
    district: Text
    kana: str
    jis_code: str
    default_postal_code: str
    child_medical_age: int
    oaza: tuple[Oaza, ...]

    def postal_code_for(self, oaza_name: str) -> str:
        """The 大字's postal code, or the town-wide default when it is not known."""
        for entry in self.oaza:
            if entry.name == oaza_name:
                return entry.postal_code
        return self.default_postal_code


@dataclass(frozen=True, slots=True)
class Catalog:
    """The whole validated catalog; mappings keep the files' order."""

    folder: Path
    departments: Mapping[str, DepartmentDef]
    events: Mapping[str, EventDef]
    questions: Mapping[str, Question]
    predicates: Mapping[str, Predicate]
    procedures: Mapping[str, Procedure]
    town: Town
    known_forms: frozenset[str]
    # the locales the catalog's texts carry (locales.yaml), "ja" first
    locales: tuple[str, ...] = ("ja", "en")

    def counts(self) -> dict[str, int]:
        """Entry counts, as ``kiosk catalog check`` prints them."""
        return {
            "departments": len(self.departments),
            "events": len(self.events),
            "questions": len(self.questions),
            "predicates": len(self.predicates),
            "procedures": len(self.procedures),
            "forms": len({f for p in self.procedures.values() for r in p.rules.values()
                          for f in r.form_ids}),
            "oaza": len(self.town.oaza),
        }
