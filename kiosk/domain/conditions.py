"""A small, safe expression language for the catalog's trigger conditions.

Why not ``eval``: the catalog is data a town edits; a condition must never run code, and
a typo must be reported with its position when the catalog is loaded, not at the counter.

Grammar (keywords are lower case)::

    expr    := and_ ('or' and_)*
    and_    := not_ ('and' not_)*
    not_    := 'not' not_ | compare
    compare := atom (('==' | '!=' | '<' | '<=' | '>' | '>=') atom)?
    atom    := NUMBER | STRING | 'true' | 'false' | NAME | '(' expr ')'

Values are ``bool``, ``int`` and ``str``. ``check_types`` checks an expression against the
declared type of every name, so ``age >= "x"`` or ``not age`` are load-time errors.

Evaluation is three-valued: a name whose value is not known yet (an unanswered question)
evaluates to ``UNKNOWN``. ``reduce`` partially evaluates an expression and returns what is
left; the names left over are exactly the answers that could still change the outcome, which
is how the engine decides whether a question is worth asking.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

Value = bool | int | str


class _Unknown(enum.Enum):
    UNKNOWN = "unknown"

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN = _Unknown.UNKNOWN
"""The value of a name that is not known yet."""

Unknown = _Unknown
"""The type of ``UNKNOWN``, for annotations."""

Lookup = Callable[[str], "Value | Unknown"]


class ConditionError(ValueError):
    """A condition that cannot be parsed or type-checked; ``column`` is 1-based."""

    def __init__(self, message: str, column: int) -> None:
        super().__init__(f"{message} at column {column}")
        self.message = message
        self.column = column


# ------------------------------------------------------------------------------- the AST


@dataclass(frozen=True, slots=True)
class Const:
    value: Value
    pos: int = 0


@dataclass(frozen=True, slots=True)
class Name:
    name: str
    pos: int = 0


@dataclass(frozen=True, slots=True)
class Not:
    operand: Node
    pos: int = 0


@dataclass(frozen=True, slots=True)
class And:
    operands: tuple[Node, ...]
    pos: int = 0


@dataclass(frozen=True, slots=True)
class Or:
    operands: tuple[Node, ...]
    pos: int = 0


@dataclass(frozen=True, slots=True)
class Compare:
    op: str
    left: Node
    right: Node
    pos: int = 0


Node = Const | Name | Not | And | Or | Compare
TRUE = Const(True)
FALSE = Const(False)

# ------------------------------------------------------------------------------- tokens

_TOKEN = re.compile(
    r"""(?P<ws>\s+)
      |(?P<num>\d+)
      |(?P<str>"[^"\\]*"|'[^'\\]*')
      |(?P<name>[A-Za-z_][A-Za-z0-9_]*)
      |(?P<op>==|!=|<=|>=|<|>|\(|\))""",
    re.VERBOSE,
)
_KEYWORDS = {"and", "or", "not", "true", "false"}
_COMPARE_OPS = {"==", "!=", "<", "<=", ">", ">="}


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str  # num, str, name, op, kw, end
    text: str
    pos: int  # 0-based offset


def tokenize(source: str) -> list[_Tok]:
    """Split a condition into tokens; an unexpected character is a ``ConditionError``."""
    tokens: list[_Tok] = []
    i = 0
    while i < len(source):
        m = _TOKEN.match(source, i)
        if m is None:
            raise ConditionError(f"unexpected character {source[i]!r}", i + 1)
        kind = m.lastgroup or ""
        text = m.group()
        if kind != "ws":
            if kind == "name" and text in _KEYWORDS:
                kind = "kw"
            tokens.append(_Tok(kind, text, i))
        i = m.end()
    tokens.append(_Tok("end", "", len(source)))
    return tokens


# ------------------------------------------------------------------------------- parser


class _Parser:
    def __init__(self, source: str) -> None:
        self.tokens = tokenize(source)
        self.i = 0

    def peek(self) -> _Tok:
        return self.tokens[self.i]

    def take(self) -> _Tok:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def error(self, expected: str) -> ConditionError:
        tok = self.peek()
        found = "the end" if tok.kind == "end" else repr(tok.text)
        return ConditionError(f"expected {expected}, found {found}", tok.pos + 1)

    def parse(self) -> Node:
        if self.peek().kind == "end":
            raise ConditionError("empty condition", 1)
        node = self.expr()
        if self.peek().kind != "end":
            raise self.error("'and', 'or' or the end")
        return node

    def expr(self) -> Node:
        first = self.peek().pos
        items = [self.and_()]
        while self.peek().text == "or" and self.peek().kind == "kw":
            self.take()
            items.append(self.and_())
        return items[0] if len(items) == 1 else Or(tuple(items), first)

    def and_(self) -> Node:
        first = self.peek().pos
        items = [self.not_()]
        while self.peek().text == "and" and self.peek().kind == "kw":
            self.take()
            items.append(self.not_())
        return items[0] if len(items) == 1 else And(tuple(items), first)

    def not_(self) -> Node:
        tok = self.peek()
        if tok.kind == "kw" and tok.text == "not":
            self.take()
            return Not(self.not_(), tok.pos)
        return self.compare()

    def compare(self) -> Node:
        left = self.atom()
        tok = self.peek()
        if tok.kind == "op" and tok.text in _COMPARE_OPS:
            self.take()
            right = self.atom()
            return Compare(tok.text, left, right, tok.pos)
        return left

    def atom(self) -> Node:
        tok = self.take()
        if tok.kind == "num":
            return Const(int(tok.text), tok.pos)
        if tok.kind == "str":
            return Const(tok.text[1:-1], tok.pos)
        if tok.kind == "kw" and tok.text in ("true", "false"):
            return Const(tok.text == "true", tok.pos)
        if tok.kind == "name":
            return Name(tok.text, tok.pos)
        if tok.kind == "op" and tok.text == "(":
            inner = self.expr()
            if self.peek().text != ")":
                raise self.error("')'")
            self.take()
            return inner
        self.i -= 1
        raise self.error("a name, a number, a quoted text or '('")


def parse(source: str) -> Node:
    """Parse a condition into an AST; errors carry the 1-based column."""
    return _Parser(source).parse()


# ------------------------------------------------------------------------------- analysis


def names(node: Node) -> Iterator[Name]:
    """Every name the expression mentions, in source order."""
    if isinstance(node, Name):
        yield node
    elif isinstance(node, Not):
        yield from names(node.operand)
    elif isinstance(node, And | Or):
        for item in node.operands:
            yield from names(item)
    elif isinstance(node, Compare):
        yield from names(node.left)
        yield from names(node.right)


def substitute(node: Node, definitions: Mapping[str, Node]) -> Node:
    """Replace names by their definitions (used to inline the catalog's derived predicates)."""
    if isinstance(node, Name):
        return definitions.get(node.name, node)
    if isinstance(node, Not):
        return Not(substitute(node.operand, definitions), node.pos)
    if isinstance(node, And):
        return And(tuple(substitute(n, definitions) for n in node.operands), node.pos)
    if isinstance(node, Or):
        return Or(tuple(substitute(n, definitions) for n in node.operands), node.pos)
    if isinstance(node, Compare):
        return Compare(
            node.op, substitute(node.left, definitions), substitute(node.right, definitions),
            node.pos,
        )
    return node


def _type_of(value: Value) -> str:
    return "bool" if isinstance(value, bool) else "int" if isinstance(value, int) else "str"


def check_types(
    node: Node,
    types: Mapping[str, str],
    choices: Mapping[str, tuple[str, ...]] | None = None,
) -> str:
    """Check the expression and return its type (``bool``, ``int`` or ``str``).

    ``types`` maps every known name to its type; an unknown name is an error. ``choices``
    lists the allowed values of choice names, so ``from_area == "mars"`` is caught too.
    """
    choices = choices or {}
    if isinstance(node, Const):
        return _type_of(node.value)
    if isinstance(node, Name):
        if node.name not in types:
            raise ConditionError(f"unknown name {node.name!r}", node.pos + 1)
        return types[node.name]
    if isinstance(node, Not):
        _expect_bool(node.operand, types, choices, "'not'")
        return "bool"
    if isinstance(node, And | Or):
        word = "'and'" if isinstance(node, And) else "'or'"
        for item in node.operands:
            _expect_bool(item, types, choices, word)
        return "bool"
    left = check_types(node.left, types, choices)
    right = check_types(node.right, types, choices)
    if left != right:
        raise ConditionError(f"cannot compare {left} with {right} using {node.op!r}", node.pos + 1)
    if node.op not in ("==", "!=") and left != "int":
        raise ConditionError(f"{node.op!r} needs numbers, not {left}", node.pos + 1)
    for named, const in ((node.left, node.right), (node.right, node.left)):
        if isinstance(named, Name) and isinstance(const, Const) and named.name in choices:
            allowed = choices[named.name]
            if const.value not in allowed:
                raise ConditionError(
                    f"{const.value!r} is not an option of {named.name!r} "
                    f"(options: {', '.join(allowed)})",
                    const.pos + 1,
                )
    return "bool"


def _expect_bool(
    node: Node, types: Mapping[str, str], choices: Mapping[str, tuple[str, ...]], word: str
) -> None:
    found = check_types(node, types, choices)
    if found != "bool":
        raise ConditionError(f"{word} needs a yes/no value, not {found}", node.pos + 1)


# ------------------------------------------------------------------------------- evaluation

_COMPARE: dict[str, Callable[[Value, Value], bool]] = {
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,  # type: ignore[operator]  # ints only, checked at load
    "<=": lambda a, b: a <= b,  # type: ignore[operator]
    ">": lambda a, b: a > b,  # type: ignore[operator]
    ">=": lambda a, b: a >= b,  # type: ignore[operator]
}


def reduce(node: Node, lookup: Lookup) -> Node:  # noqa: PLR0911  # one return per node kind
    """Partially evaluate: known names become constants, decided branches collapse.

    The result is a ``Const`` when the outcome is known; otherwise the remaining
    expression mentions only names whose value could still change the outcome.
    """
    if isinstance(node, Const):
        return node
    if isinstance(node, Name):
        value = lookup(node.name)
        return node if value is UNKNOWN else Const(value)
    if isinstance(node, Not):
        inner = reduce(node.operand, lookup)
        if isinstance(inner, Const):
            return Const(not inner.value)
        return Not(inner, node.pos)
    if isinstance(node, And | Or):
        stop = isinstance(node, Or)  # the value that decides the whole expression
        rest: list[Node] = []
        for item in node.operands:
            red = reduce(item, lookup)
            if isinstance(red, Const):
                if bool(red.value) is stop:
                    return Const(stop)
                continue
            rest.append(red)
        if not rest:
            return Const(not stop)
        if len(rest) == 1:
            return rest[0]
        return type(node)(tuple(rest), node.pos)
    left = reduce(node.left, lookup)
    right = reduce(node.right, lookup)
    if isinstance(left, Const) and isinstance(right, Const):
        return Const(_COMPARE[node.op](left.value, right.value))
    return Compare(node.op, left, right, node.pos)


def evaluate(node: Node, lookup: Lookup) -> Value | _Unknown:  # noqa: PLR0911  # as reduce
    """The value of the expression, or ``UNKNOWN`` when unanswered names still matter."""
    if isinstance(node, Const):
        return node.value
    if isinstance(node, Name):
        return lookup(node.name)
    if isinstance(node, Not):
        inner = evaluate(node.operand, lookup)
        return inner if inner is UNKNOWN else not inner
    if isinstance(node, And | Or):
        stop = isinstance(node, Or)
        unknown = False
        for item in node.operands:
            value = evaluate(item, lookup)
            if value is UNKNOWN:
                unknown = True
            elif bool(value) is stop:
                return stop
        return UNKNOWN if unknown else not stop
    left = evaluate(node.left, lookup)
    right = evaluate(node.right, lookup)
    if left is UNKNOWN or right is UNKNOWN:
        return UNKNOWN
    return _COMPARE[node.op](left, right)


def to_source(node: Node) -> str:
    """Render an expression back to text (used for residual conditions in diagnostics)."""
    if isinstance(node, Const):
        if isinstance(node.value, bool):
            return "true" if node.value else "false"
        return str(node.value) if isinstance(node.value, int) else f'"{node.value}"'
    if isinstance(node, Name):
        return node.name
    if isinstance(node, Not):
        return f"not {_wrap(node.operand)}"
    if isinstance(node, And | Or):
        word = " and " if isinstance(node, And) else " or "
        return word.join(_wrap(n) for n in node.operands)
    return f"{_wrap(node.left)} {node.op} {_wrap(node.right)}"


def _wrap(node: Node) -> str:
    text = to_source(node)
    return f"({text})" if isinstance(node, And | Or | Compare) else text
