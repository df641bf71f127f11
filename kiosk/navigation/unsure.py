"""The plan's safe side when the resident answered 「わからない」 (``kiosk.domain.answers``).

A question answered "I don't know" stays undecided in the plan (three-valued: ``UNKNOWN``),
and so does a question that would only have been asked because of it. A procedure rule
that is then neither true nor false for a member is kept for that member (the form is
printed: harmless if it turns out unnecessary) and marked "check at the counter"; a rule
that is false whatever the answer is dropped. Kleene's three-valued logic never calls a
condition decided when some answer could still change it, so the plan with 「わからない」
holds every procedure that any real answer would bring.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from forms.catalog import Catalog, Item
from kiosk.domain import conditions as cond

Lookup = Callable[[str], cond.Value | cond.Unknown]
Owner = Callable[[str, str], str]
"""``(question id, member id) → whose answer counts`` (the member, or the household)."""


def possible(expr: cond.Node, lookup: Lookup) -> bool:
    """Whether the condition holds, or might hold once an undecided answer is known."""
    return cond.evaluate(expr, lookup) is not False


def undecided(expr: cond.Node, lookup: Lookup) -> bool:
    """Whether the condition depends on an answer the resident did not know."""
    return cond.evaluate(expr, lookup) is cond.UNKNOWN


def shown(items: Iterable[Item], lookups: list[Lookup]) -> list[Item]:
    """The documents or checklist lines that apply, or might, to one of the members."""
    return [item for item in items
            if item.when is None or any(possible(item.when.expr, lk) for lk in lookups)]


def questions_behind(
    catalog: Catalog, expr: cond.Node, member_id: str, lookup_of: Callable[[str], Lookup],
    owner: Owner, dont_know: Callable[[str, str], bool],
) -> tuple[str, ...]:
    """The questions answered 「わからない」 that leave ``expr`` undecided for the member
    (through the ``ask_when`` of a question that was not asked because of them)."""
    found: dict[str, None] = {}
    todo = [(expr, member_id)]
    seen: set[tuple[str, str]] = set()
    while todo:
        node, member = todo.pop()
        for name in cond.names(cond.reduce(node, lookup_of(member))):
            question = catalog.questions.get(name.name)
            if question is None:
                continue
            who = owner(question.id, member)
            if (question.id, who) in seen:
                continue
            seen.add((question.id, who))
            if dont_know(question.id, who):
                found[question.id] = None
            else:
                todo.append((question.ask_when.expr, who))
    return tuple(found)
