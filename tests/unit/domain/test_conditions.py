"""The condition language: parsing, errors with positions, types, three-valued logic."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain import conditions as c

TYPES = {"age": "int", "kokuho": "bool", "kouki": "bool", "has_mnc": "bool",
         "household_left": "int", "from_area": "str"}
CHOICES = {"from_area": ("same_pref", "other_pref", "abroad")}


def env(**values: c.Value) -> c.Lookup:
    return lambda name: values.get(name, c.UNKNOWN)


def test_precedence_not_binds_tighter_than_and_than_or() -> None:
    tree = c.parse("not a and b or c")
    assert isinstance(tree, c.Or)
    assert isinstance(tree.operands[0], c.And)
    assert isinstance(tree.operands[0].operands[0], c.Not)


def test_parentheses_and_comparisons() -> None:
    tree = c.parse("kokuho and not (kouki or household_left >= 2)")
    assert c.to_source(tree) == "kokuho and not (kouki or (household_left >= 2))"
    assert c.evaluate(tree, env(kokuho=True, kouki=False, household_left=1)) is True
    assert c.evaluate(tree, env(kokuho=True, kouki=False, household_left=2)) is False


@pytest.mark.parametrize(
    ("source", "message", "column"),
    [
        ("", "empty condition", 1),
        ("age >= ", "expected a name, a number, a quoted text or '(', found the end", 8),
        ("(kokuho and kouki", "expected ')', found the end", 18),
        ("kokuho kouki", "expected 'and', 'or' or the end, found 'kouki'", 8),
        ("age => 3", "unexpected character '='", 5),
        ("age >= >", "expected a name, a number, a quoted text or '(', found '>'", 8),
        ("kokuho & kouki", "unexpected character '&'", 8),
        ("from_area == 'x", "unexpected character \"'\"", 14),
    ],
)
def test_syntax_errors_carry_the_column(source: str, message: str, column: int) -> None:
    with pytest.raises(c.ConditionError) as info:
        c.parse(source)
    assert info.value.message == message
    assert info.value.column == column
    assert str(info.value) == f"{message} at column {column}"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("kokuhoo", "unknown name 'kokuhoo' at column 1"),
        ("age >= 'x'", "cannot compare int with str using '>=' at column 5"),
        ("not age", "'not' needs a yes/no value, not int at column 5"),
        ("kokuho and age", "'and' needs a yes/no value, not int at column 12"),
        ("from_area < 'abroad'", "'<' needs numbers, not str at column 11"),
        ("from_area == 'mars'", "'mars' is not an option of 'from_area' (options: same_pref, "
                                "other_pref, abroad) at column 14"),
        ("'abroad' != from_area or kouki", None),
    ],
)
def test_type_errors(source: str, message: str | None) -> None:
    tree = c.parse(source)
    if message is None:
        assert c.check_types(tree, TYPES, CHOICES) == "bool"
        return
    with pytest.raises(c.ConditionError) as info:
        c.check_types(tree, TYPES, CHOICES)
    assert str(info.value) == message


def test_unknowns_are_three_valued() -> None:
    tree = c.parse("kokuho and not kouki")
    assert c.evaluate(tree, env(kouki=True)) is False  # decided without kokuho
    assert c.evaluate(tree, env(kouki=False)) is c.UNKNOWN
    assert c.evaluate(c.parse("kokuho or kouki"), env(kouki=True)) is True
    assert c.evaluate(c.parse("age >= 65"), env()) is c.UNKNOWN


def test_reduce_keeps_exactly_the_names_that_still_matter() -> None:
    tree = c.parse("has_mnc and (kokuho or age >= 65) and household_left >= 2")
    residual = c.reduce(tree, env(age=70, household_left=3))
    assert c.to_source(residual) == "has_mnc"
    assert c.reduce(tree, env(household_left=1)) == c.FALSE
    assert c.reduce(tree, env(has_mnc=True, age=70, household_left=2)) == c.TRUE
    assert [n.name for n in c.names(c.reduce(tree, env(age=30)))] == [
        "has_mnc", "kokuho", "household_left"]


def test_substitute_inlines_definitions() -> None:
    defs = {"senior": c.parse("age >= 65")}
    tree = c.substitute(c.parse("senior and not (kokuho or senior)"), defs)
    assert c.to_source(tree) == "(age >= 65) and not (kokuho or (age >= 65))"


def test_literals() -> None:
    assert c.evaluate(c.parse("true and not false"), env()) is True
    assert c.evaluate(c.parse('from_area == "abroad"'), env(from_area="abroad")) is True
    assert c.to_source(c.parse("from_area != 'x' or 3 < age")) == (
        '(from_area != "x") or (3 < age)')


# ---------------------------------------------------------------- property: reduce is sound

NAMES = ["a", "b", "d", "e"]


def _expr() -> st.SearchStrategy[str]:
    leaf = st.sampled_from([*NAMES, "true", "false", "n >= 2", "n == 1"])
    return st.recursive(
        leaf,
        lambda inner: st.one_of(
            st.builds(lambda x: f"not {x}", inner),
            st.builds(lambda x, y: f"({x} and {y})", inner, inner),
            st.builds(lambda x, y: f"({x} or {y})", inner, inner),
        ),
        max_leaves=8,
    )


@given(
    source=_expr(),
    full=st.fixed_dictionaries({**{n: st.booleans() for n in NAMES},
                                "n": st.integers(0, 3)}),
    known=st.sets(st.sampled_from([*NAMES, "n"])),
)
def test_reducing_with_part_of_the_answers_never_changes_the_outcome(
    source: str, full: dict[str, c.Value], known: set[str]
) -> None:
    tree = c.parse(source)
    partial = {k: v for k, v in full.items() if k in known}
    residual = c.reduce(tree, env(**partial))
    truth = c.evaluate(tree, env(**full))
    assert c.evaluate(residual, env(**full)) == truth
    if isinstance(residual, c.Const):  # decided early: no completion may disagree
        assert residual.value == truth
    assert {n.name for n in c.names(residual)} <= set(full) - known
    assert c.evaluate(tree, env(**partial)) == (
        residual.value if isinstance(residual, c.Const) else c.UNKNOWN)
