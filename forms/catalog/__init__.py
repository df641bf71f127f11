"""The life-event catalog: data files a town edits (``*.yaml`` here) and their loader.

``load_catalog()`` reads and validates the bundled catalog (or a town's own copy named by
``[catalog] folder`` in the configuration) into frozen, typed objects; any problem raises
``CatalogError`` naming the file, line, entry and what is wrong.
"""

from forms.catalog.loader import (
    BUNDLED_FOLDER,
    FIXED_FORM_IDS,
    known_form_ids,
    load_catalog,
)
from forms.catalog.model import (
    AddressChange,
    Catalog,
    Condition,
    DepartmentDef,
    EventDef,
    Guidance,
    Item,
    KioskTiming,
    Oaza,
    OneStopDesk,
    Option,
    Predicate,
    Procedure,
    Question,
    RecordRule,
    RecordSource,
    Rule,
    Subject,
    Text,
    Town,
)
from forms.catalog.yamlio import CatalogError

__all__ = [
    "BUNDLED_FOLDER",
    "FIXED_FORM_IDS",
    "AddressChange",
    "Catalog",
    "CatalogError",
    "Condition",
    "DepartmentDef",
    "EventDef",
    "Guidance",
    "Item",
    "KioskTiming",
    "Oaza",
    "OneStopDesk",
    "Option",
    "Predicate",
    "Procedure",
    "Question",
    "RecordRule",
    "RecordSource",
    "Rule",
    "Subject",
    "Text",
    "Town",
    "known_form_ids",
    "load_catalog",
]
