"""The vocabulary of value paths a form layout may bind a field to.

Layouts are data, so a typo in a binding would silently print an empty box. The loader
checks every binding against this vocabulary; ``printing.context`` implements each path,
and a test proves the two agree. Paths:

* ``card.*``: the resident as read from the My Number card (at a 転入 the card still
  shows the *old* address); ``card.my_number`` only on forms that may carry it.
* ``person.*``: the subject of this copy of the form (the plan's ``FormRequest.member_id``:
  the member for a member-scoped form, the first member listed for a household form).
* ``household[*].*``: the members the form covers, one table row each (tables only).
* ``answers.<qid>``: a questionnaire answer.
* ``derived.*``: computed values (new address, postal code, dates, labels).
* ``visit.*``: the visit's ticket number and id (never personal data).
"""

from __future__ import annotations

import re

CARD_ATTRS = frozenset({"name", "address", "birth_date", "sex", "my_number"})
MEMBER_ATTRS = frozenset({"name", "furigana", "birth_date", "sex", "relation", "my_number"})
DERIVED = frozenset(
    {
        "event_label",
        "event_date",
        "filing_date",
        "address",
        "old_address",
        "new_address",
        "katagaki",
        "postal_code",
        "head_name",
        "municipality",
        "procedures",
    }
)
VISIT = frozenset({"ticket", "id", "date"})

#: Paths whose values are dates (rendered in 和暦 by ``era_date`` fields).
DATE_ATTRS = frozenset({"birth_date", "event_date", "filing_date", "date"})

_ANSWER = re.compile(r"^answers\.[a-z][a-z0-9_]*$")


def is_member_path(path: str) -> bool:
    """True for ``household[*].x`` paths, which only table columns may use."""
    return path.startswith("household[*].")


def is_my_number(path: str) -> bool:
    """True when the path prints a 個人番号 (allowed only on forms that legally need it)."""
    return path.endswith(".my_number")


def binding_error(path: str) -> str | None:
    """``None`` when ``path`` is a known binding, otherwise why it is not."""
    head, _, attr = path.partition(".")
    known: frozenset[str] | None = {
        "card": CARD_ATTRS,
        "person": MEMBER_ATTRS,
        "household[*]": MEMBER_ATTRS,
        "derived": DERIVED,
        "visit": VISIT,
    }.get(head)
    if head == "answers":
        return None if _ANSWER.match(path) else "answer ids are lower-case identifiers"
    if known is None:
        return f"unknown source {head!r} (card, person, household[*], answers, derived, visit)"
    if attr not in known:
        return f"{head} has no value {attr!r} (known: {', '.join(sorted(known))})"
    return None


def all_static_paths() -> list[str]:
    """Every fixed path (answers excluded), for the context completeness test."""
    paths = [f"card.{a}" for a in CARD_ATTRS]
    paths += [f"person.{a}" for a in MEMBER_ATTRS]
    paths += [f"derived.{a}" for a in DERIVED]
    paths += [f"visit.{a}" for a in VISIT]
    return sorted(paths)
