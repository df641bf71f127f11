"""Parse, type-check and compile catalog conditions, reporting problems per entry."""

from __future__ import annotations

from forms.catalog.fields import Entry
from forms.catalog.model import Condition
from kiosk.domain import conditions as cond


class ConditionCompiler:
    """Knows every name's type; named predicates are inlined as they are defined."""

    def __init__(self, types: dict[str, str], choices: dict[str, tuple[str, ...]]) -> None:
        self.types = types
        self.choices = choices
        self.definitions: dict[str, cond.Node] = {}

    def parse(self, entry: Entry, source: str, what: str) -> cond.Node | None:
        try:
            return cond.parse(source)
        except cond.ConditionError as exc:
            entry.error(f"{what} {source!r}: {exc}")
            return None

    def define(self, name: str, expr: cond.Node, kind: str) -> None:
        self.definitions[name] = expr
        self.types[name] = kind

    def compile(
        self, entry: Entry, source: str, node: cond.Node, what: str, want_bool: bool = True
    ) -> tuple[cond.Node, str] | None:
        """Type-check and inline predicates; ``None`` after reporting a problem."""
        try:
            kind = cond.check_types(node, self.types, self.choices)
        except cond.ConditionError as exc:
            entry.error(f"{what} {source!r}: {exc}")
            return None
        if want_bool and kind != "bool":
            entry.error(f"{what} {source!r}: a condition must be yes/no, not {kind}")
            return None
        return cond.substitute(node, self.definitions), kind

    def condition(self, entry: Entry, source: str, what: str) -> Condition | None:
        node = self.parse(entry, source, what)
        if node is None:
            return None
        compiled = self.compile(entry, source, node, what)
        return Condition(source, compiled[0]) if compiled else None
