"""Tests of the 個人番号 check digit and the short-lived holder."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.mynumber import (
    WEIGHTS,
    MyNumber,
    MyNumberFormatError,
    check_digit,
    is_valid,
    with_check_digit,
)

ELEVEN = st.text(alphabet="0123456789", min_size=11, max_size=11)


def test_worked_examples_from_the_ordinance_notes() -> None:
    assert check_digit("12345678901") == 8
    assert is_valid("123456789018")
    assert check_digit("98320567321") == 4
    # The official sample card number is invalid.
    assert not is_valid("123456789012")


def test_remainder_zero_and_one_give_zero() -> None:
    assert check_digit("00000000000") == 0  # sum 0 -> r 0
    # 1 * weight 2 (last position) = 2, plus 10 * ... build r == 1: "00000000006" -> 12 mod 11 = 1
    assert check_digit("00000000006") == 0


@pytest.mark.parametrize(
    "bad", ["", "12345678901", "1234567890189", "12345678901a", "１２３４５６７８９０１８"]
)
def test_malformed_numbers_are_invalid_not_errors(bad: str) -> None:
    assert not is_valid(bad)


def test_check_digit_rejects_non_digits_without_echoing_them() -> None:
    with pytest.raises(MyNumberFormatError) as info:
        check_digit("1234567890x")
    assert "1234567890x" not in str(info.value)


@given(ELEVEN)
def test_completed_numbers_are_valid(first: str) -> None:
    assert is_valid(with_check_digit(first))


def _remainder(first: str) -> int:
    return sum(int(c) * w for c, w in zip(first, WEIGHTS, strict=True)) % 11


@given(ELEVEN, st.integers(min_value=0, max_value=10), st.integers(min_value=1, max_value=9))
def test_any_single_digit_change_is_detected(first: str, pos: int, delta: int) -> None:
    number = with_check_digit(first)
    changed = number[:pos] + str((int(number[pos]) + delta) % 10) + number[pos + 1 :]
    # Weights are all non-zero mod 11, so a one-digit change alters the remainder; it is
    # caught unless both remainders map to the same check digit (r = 0 and r = 1).
    if {_remainder(number[:11]), _remainder(changed[:11])} != {0, 1}:
        assert not is_valid(changed)


@given(st.text(max_size=20))
def test_is_valid_never_raises(text: str) -> None:
    assert is_valid(text) in (True, False)


def test_holder_is_redacted_and_wiped() -> None:
    number = MyNumber("123456789018")
    assert "123456789018" not in repr(number)
    assert "123456789018" not in str(number)
    assert "123456789018" not in f"{number}"
    with number as held:
        assert held.digits == "123456789018"
        assert held.formatted() == "1234 5678 9018"
    assert number.wiped
    with pytest.raises(ValueError, match="wiped"):
        _ = number.digits


def test_holder_rejects_a_bad_check_digit() -> None:
    with pytest.raises(MyNumberFormatError):
        MyNumber("123456789012")
