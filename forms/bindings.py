"""The vocabulary of value paths a form layout may bind a field to.

Layouts are data, so a typo in a binding would silently print an empty box. The loader
checks every binding against this vocabulary; ``printing.context`` implements each path,
and a test proves the two agree. A box about a person names *which* person, and every
value of that box (name, furigana, birth date, sex, address, 続柄) comes from the same one:

* ``person.*``: the subject of this copy of the form (the plan's ``FormRequest.member_id``:
  the member for a member-scoped form, the first member listed for a household form).
* ``applicant.*``: the applicant who came to the counter (the card holder, 届出人・請求者).
* ``head.*``: the head of household (世帯主) after the event; when the head died, the
  member who takes over (the applicant when they live in the household).
* ``claimant.*``: the parent who claims 児童手当, the one with the higher income (児童手当法
  §4②): the applicant, or their husband or wife when the household says so (``claimant``);
  ``spouse.*``: the claimant's husband or wife (配偶者), living with them or apart.
* ``household[*].*``: the members the form covers, one table row each (tables only).
* ``card.*``: the card as read (at a 転入 it still shows the *old* address); kept for
  town layouts written before ``applicant.*``. ``card.my_number`` only where allowed.
* ``answers.<qid>``: a questionnaire answer; ``<who>.answers.<qid>`` the answer for that
  person (a per-member override, else the household answer).
* ``derived.*``: computed values (new address, dates, labels).
* ``visit.*``: the visit's ticket number and id (never personal data), and when the core
  system fills the forms itself, its 転入予約 number (``core_reference``) and planned
  date (``core_planned_date``).

Person values: ``relation`` is the 続柄 to the head of household (a one-person household
prints 世帯主); ``kinship`` the 続柄 to the claimant (the applicant unless the household
named their spouse; 児童手当: the claimant's child is 子); ``address``, ``postal_code`` and
``katagaki`` the person's own registered address;
``status`` 同 or 別 (living with the applicant's household or apart); ``nationality``,
``residence_category`` (法第30条の45の区分), ``residence_status`` (在留資格),
``residence_period``, ``residence_expiry`` (its last day) and ``residence_card`` (在留カード
or 特別永住者証明書の番号) a foreign resident's record items.
"""

from __future__ import annotations

import re

CARD_ATTRS = frozenset({"name", "address", "birth_date", "sex", "my_number"})
#: A foreign resident's 住民基本台帳法 §30の45 items (empty for everybody else).
RESIDENCE_ATTRS = frozenset(
    {"nationality", "residence_category", "residence_status", "residence_period",
     "residence_expiry", "residence_card"}
)
MEMBER_ATTRS = frozenset(
    {"name", "furigana", "birth_date", "sex", "relation", "kinship", "my_number", "address",
     "postal_code", "katagaki", "status"}
) | RESIDENCE_ATTRS
#: The sources that name one person; a box's name and furigana must share one of them.
PERSON_SOURCES = ("person", "applicant", "head", "claimant", "spouse", "household[*]")
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
        "honseki_note",
        "hittosha_note",
        "filer_role",
        "filer_relation",
        "former_head_name",
        "newborn_count",
    }
)
VISIT = frozenset({"ticket", "id", "date", "core_reference", "core_planned_date"})

#: Paths whose values are dates (rendered in 和暦 by ``era_date`` fields).
DATE_ATTRS = frozenset({"birth_date", "event_date", "filing_date", "date", "residence_expiry",
                        "core_planned_date"})

_ANSWER = re.compile(r"^[a-z][a-z0-9_]*$")


def is_member_path(path: str) -> bool:
    """True for ``household[*].x`` paths, which only table columns may use."""
    return path.startswith("household[*].")


def is_my_number(path: str) -> bool:
    """True when the path prints a 個人番号 (allowed only on forms that legally need it)."""
    return path.endswith(".my_number")


def person_source(path: str) -> str | None:
    """Which person a path reads (``person``, ``applicant`` …), or None for other values.

    ``card.*`` is the applicant as read from the card."""
    head = path.partition(".")[0]
    if head == "card":
        return "applicant"
    return head if head in PERSON_SOURCES else None


def binding_error(path: str) -> str | None:
    """``None`` when ``path`` is a known binding, otherwise why it is not."""
    head, _, attr = path.partition(".")
    if head == "answers":
        return None if _ANSWER.match(attr) else "answer ids are lower-case identifiers"
    if head in PERSON_SOURCES and attr.startswith("answers."):
        qid = attr.partition(".")[2]
        return None if _ANSWER.match(qid) else "answer ids are lower-case identifiers"
    known: frozenset[str] | None = {
        "card": CARD_ATTRS,
        **{source: MEMBER_ATTRS for source in PERSON_SOURCES},
        "derived": DERIVED,
        "visit": VISIT,
    }.get(head)
    if known is None:
        return (f"unknown source {head!r} "
                "(person, applicant, head, claimant, spouse, household[*], card, answers, "
                "derived, visit)")
    if attr not in known:
        return f"{head} has no value {attr!r} (known: {', '.join(sorted(known))})"
    return None


def all_static_paths() -> list[str]:
    """Every fixed path (answers excluded), for the context completeness test."""
    paths = [f"card.{a}" for a in CARD_ATTRS]
    paths += [f"{s}.{a}" for s in PERSON_SOURCES if s != "household[*]" for a in MEMBER_ATTRS]
    paths += [f"derived.{a}" for a in DERIVED]
    paths += [f"visit.{a}" for a in VISIT]
    return sorted(paths)
