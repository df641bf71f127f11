"""The built-in facts a catalog condition may name, with their types and fixed choices.

This is the vocabulary the catalog loader checks every condition against and the engine
fills in (``kiosk.navigation.facts``). It lives in the domain, below ``forms``, so that
loading the catalog needs nothing of the engine. The ``event`` fact's choices are not
here: they are the event ids of the catalog being loaded.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kiosk.domain.resident import Sex

FACT_TYPES: Mapping[str, str] = MappingProxyType(
    {
        "event": "str",
        "age": "int",
        "legal_age": "int",
        "sex": "str",
        "relation": "str",
        "is_self": "bool",
        "is_deceased": "bool",
        "is_newborn": "bool",
        "moves": "bool",
        "preschool": "bool",
        "school_child": "bool",
        "school_grade": "int",
        "child_le_18fy": "bool",
        "child_medical": "bool",
        "household_size": "int",
        "household_left": "int",
        "children_le_18fy": "int",
        "card_read": "bool",
        "spouse_listed": "bool",
    }
)
"""Every built-in fact and its type; the catalog's conditions are checked against these."""

SEX_CODES: Mapping[Sex, str] = MappingProxyType(
    {Sex.MALE: "M", Sex.FEMALE: "F", Sex.NOT_STATED: "X"}
)
"""How conditions spell a person's sex (``sex == "F"``)."""

EVENT_FACT = "event"
"""The fact holding the visit's life event id; its choices come from the catalog."""


def fact_choices(event_ids: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The allowed values of the choice facts, given the catalog's event ids."""
    return {"sex": tuple(SEX_CODES.values()), EVENT_FACT: event_ids}
