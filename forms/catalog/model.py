"""The catalog as typed, frozen objects: what the loader produces and the engine reads.

Conditions are stored twice: ``source`` (the text the town wrote, for display) and the
parsed expression with every named predicate already inlined, so the engine only ever
sees question ids and built-in facts.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from kiosk.domain.conditions import Node, Value
from kiosk.i18n import Text

__all__ = ["Text"]  # a catalog text: a map from locale to string with a fallback chain

NO_TEXT = Text.of({})
"""A text in no locale (e.g. a question without ``help``); immutable, so shared."""


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
    # about how long one procedure takes at this counter (a procedure may state its own)
    minutes: int = 10


@dataclass(frozen=True, slots=True)
class KioskTiming:
    """The time still spent at the kiosk after the summary (``departments.yaml`` ``kiosk``)."""

    seconds_to_finish: int = 60
    seconds_per_form: int = 15


@dataclass(frozen=True, slots=True)
class Option:
    id: str
    label: Text
    # a plain-words explanation shown with the answer (and read aloud)
    help: Text = NO_TEXT


class RecordSource(enum.Enum):
    """Which record a ``from_record`` rule reads."""

    RECORD = "record"  # this town's 住民記録 (the resident's registered household)
    RESERVATION = "reservation"  # a 転入予約's 転出証明書情報 (what the previous town states)


@dataclass(frozen=True, slots=True)
class RecordRule:
    """How a record answers a question (``from_record`` in questions.yaml).

    ``events`` empty: every event that lists the question. A yes/no question is "yes" when
    the person (the household, for a household question) holds one of ``yes`` and "no"
    otherwise; a choice takes the first option of ``options`` whose codes they hold, else
    ``otherwise`` (``None``: the record does not decide, the question is asked).
    """

    source: RecordSource
    events: frozenset[str]
    yes: frozenset[str] = frozenset()
    options: tuple[tuple[str, frozenset[str]], ...] = ()
    otherwise: str | None = None

    def applies(self, source: RecordSource, event: str) -> bool:
        return self.source is source and (not self.events or event in self.events)

    def value_for(self, codes: frozenset[str]) -> bool | str | None:
        """The answer the codes a person (or household) holds give, or ``None``."""
        if not self.options:
            return bool(self.yes & codes)
        for option, wanted in self.options:
            if wanted & codes:
                return option
        return self.otherwise


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
    # how the core system's records answer it, per source and event (none: always asked)
    from_record: tuple[RecordRule, ...] = ()
    # a plain-words explanation of the question: its jargon and where to find the answer
    help: Text = NO_TEXT

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


class Subject(enum.Enum):
    """Whom a life event is about, besides the resident at the kiosk."""

    RESIDENT = "resident"  # the resident and whoever they bring (moves, marriage …)
    NEWBORN = "newborn"  # a baby: the household screen asks for it, the engine infers it
    DECEASED = "deceased"  # a person who died: the household screen asks who it was


class AddressChange(enum.Enum):
    """What the event does to the household's address."""

    NEW_ADDRESS = "new_address"  # a new address in the town (the kiosk asks for it)
    DEPARTURE = "departure"  # the movers leave the town (only who stays is left behind)
    NONE = "none"


@dataclass(frozen=True, slots=True)
class EventDef:
    """A life event and its behaviour, all from ``events.yaml``: no code names an event."""

    id: str
    title: Text  # on screens, e.g. おくやみ（死亡）
    description: Text
    questions: tuple[str, ...]
    paper_title: Text  # on the guide sheet and the forms, e.g. 死亡
    subject: Subject
    address_change: AddressChange
    symbol: str  # on the event button, readable without words
    household_prompt: Text  # the household screen's title
    # when the household splits (世帯分離): the resident then picks who leaves to form the
    # new household and who heads it (None: the event never splits a household)
    household_split: Condition | None = None
    # a 転入予約 the core system holds gives the movers, the planned address and what the
    # 転出証明書 states (引越しワンストップ)
    uses_reservation: bool = False

    @property
    def brings_new_address(self) -> bool:
        return self.address_change is AddressChange.NEW_ADDRESS

    @property
    def is_departure(self) -> bool:
        return self.address_change is AddressChange.DEPARTURE


@dataclass(frozen=True, slots=True)
class Item:
    """A document to bring or a checklist line, shown only when ``when`` holds."""

    text: Text
    when: Condition | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    """How a procedure applies to one life event: each variant states its own forms,
    documents, fee and deadline (or copies another variant's by name, ``same_as``)."""

    event: str
    when: Condition
    title: Text
    form_ids: tuple[str, ...]
    documents: tuple[Item, ...]
    deadline: Text
    checklist: tuple[Item, ...]
    fee: Text
    # The 届出期間 in days (None: no legal period), and whether the event day counts as
    # day 1 (戸籍法 §43) or the period starts the next day (民法 §140, 住民基本台帳法).
    filing_days: int | None = None
    filing_counts_event_day: bool = False
    # "reservation": when the visit came with a 転入予約 the core system holds, the core
    # system fills this form itself, and a short confirmation sheet is printed instead
    core_fills_with: str = ""


@dataclass(frozen=True, slots=True)
class Guidance:
    """Staff guidance for a procedure, beside each variant's checklist (what to check): the
    legal basis, the mistakes counters commonly make, and the documents the clerk must see."""

    legal_basis: tuple[Text, ...] = ()
    mistakes: tuple[Text, ...] = ()
    to_see: tuple[Text, ...] = ()


@dataclass(frozen=True, slots=True)
class Procedure:
    id: str
    ref: int | None
    department: str
    title: Text
    form_scope: str  # "member" | "household"
    rules: Mapping[str, Rule]
    guidance: Guidance = Guidance()
    # minutes at the counter, when it differs from its department's ``minutes``
    minutes: int | None = None


@dataclass(frozen=True, slots=True)
class Oaza:
    """A 大字 of the town with its reading and postal code."""

    name: str
    kana: str
    postal_code: str


@dataclass(frozen=True, slots=True)
class Town:
    """The town the kiosk serves, from ``town.yaml`` (the only place that names it)."""

    name: Text
    prefecture: Text
    district: Text
    kana: str
    jis_code: str
    default_postal_code: str
    child_medical_age: int
    oaza: tuple[Oaza, ...]
    addressee: Text  # to whom the forms are addressed, the mayor (forms add 様)
    oaza_prefix: str = ""  # written before a 大字 in a registered address (大字), or none
    # pre-application codes carry it; the kiosk refuses a code from another version
    catalog_version: int = 1

    def full_name(self, lang: str = "ja") -> str:
        """Prefecture, district and town, as written in front of an address."""
        if lang == "ja":
            return f"{self.prefecture.get(lang)}{self.district.get(lang)}{self.name.get(lang)}"
        return f"{self.name.get(lang)}, {self.district.get(lang)}, {self.prefecture.get(lang)}"

    def address(self, body: str) -> str:
        """An address in the town (大字 + 番地) written in full; one already written in
        full (it starts with the prefecture) is left as it is."""
        if not body or body.startswith(self.prefecture.get("ja")):
            return body
        return f"{self.full_name()}{body}"

    def postal_code_for(self, oaza_name: str) -> str:
        """The 大字's postal code, or the town-wide default when it is not known."""
        for entry in self.oaza:
            if entry.name == oaza_name:
                return entry.postal_code
        return self.default_postal_code


@dataclass(frozen=True, slots=True)
class OneStopDesk:
    """The town's one-stop desk (回らない窓口, ``onestop.yaml``): one counter that handles
    every procedure except the ``specialist`` ones, which it hands to their department.

    ``id`` is the desk's counter code: it is also in ``Catalog.departments`` (order 0), so
    queues, clerk consoles and the statistics treat it like any other counter."""

    id: str
    name: Text
    place: Text
    specialist: frozenset[str]

    def handles(self, procedure_id: str) -> bool:
        """Whether the desk does this procedure itself (else a department's specialist)."""
        return procedure_id not in self.specialist


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
    # the town's one-stop desk (onestop.yaml, when enabled); None: a counter per department
    onestop: OneStopDesk | None = None
    # the 「わからない」 answer every question offers, with its help (questions.yaml)
    dont_know: Option = Option("dont_know", Text("わからない", "I don't know"))
    kiosk_timing: KioskTiming = KioskTiming()

    @property
    def layouts_dir(self) -> Path:
        """The town's own form layouts (``layouts/`` beside the catalog files), which
        override or add to the bundled ones; the folder need not exist."""
        return self.folder / "layouts"

    def event_titles(self, lang: str, paper: bool = False) -> dict[str, str]:
        """``{event id: title}`` in the files' order (screen titles, or paper titles)."""
        return {eid: (e.paper_title if paper else e.title).get(lang)
                for eid, e in self.events.items()}

    def department_names(self, lang: str) -> dict[str, str]:
        """``{department id: name}`` in visiting order."""
        return {did: d.name.get(lang) for did, d in self.departments.items()}

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
