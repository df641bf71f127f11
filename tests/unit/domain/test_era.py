"""和暦 conversion: boundary days, 元年, letters, code tables, and round-trip properties."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.era import (
    ERAS,
    EraError,
    era_by_name,
    from_wareki,
    parse_wareki,
    to_wareki,
)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(1912, 7, 29), "明治45年7月29日"),
        (date(1912, 7, 30), "大正元年7月30日"),  # shared day → new era
        (date(1926, 12, 24), "大正15年12月24日"),
        (date(1926, 12, 25), "昭和元年12月25日"),  # shared day → new era
        (date(1989, 1, 7), "昭和64年1月7日"),
        (date(1989, 1, 8), "平成元年1月8日"),  # next day since 昭和
        (date(2019, 4, 30), "平成31年4月30日"),
        (date(2019, 5, 1), "令和元年5月1日"),
        (date(2019, 12, 31), "令和元年12月31日"),
        (date(2020, 1, 1), "令和2年1月1日"),
        (date(1920, 3, 3), "大正9年3月3日"),
    ],
)
def test_boundaries_and_gannen(day: date, expected: str) -> None:
    assert to_wareki(day).format_ja() == expected


def test_letters_and_codes() -> None:
    w = to_wareki(date(2019, 5, 1))
    assert w.format_letter() == "R01.05.01"
    assert w.code("nenkin") == "9"
    assert to_wareki(date(1960, 1, 1)).code("nenkin") == "5"
    assert to_wareki(date(1915, 1, 1)).code("nenkin") == "3"
    assert to_wareki(date(1995, 1, 1)).code("kyokai_kenpo") == "2"
    with pytest.raises(EraError):
        to_wareki(date(1915, 1, 1)).code("kyokai_kenpo")


def test_parse_accepts_gannen_and_1nen_and_letters() -> None:
    assert parse_wareki("令和元年5月1日") == date(2019, 5, 1)
    assert parse_wareki("令和1年5月1日") == date(2019, 5, 1)
    assert parse_wareki("R1.5.1") == date(2019, 5, 1)
    assert parse_wareki("Ｈ３１．４．３０") == date(2019, 4, 30)
    assert parse_wareki("明治45年7月30日") == date(1912, 7, 30)  # old era's last day accepted
    assert parse_wareki("大正元年7月30日") == date(1912, 7, 30)


@pytest.mark.parametrize(
    "text",
    [
        "平成31年5月1日",
        "令和元年4月30日",
        "昭和64年1月8日",
        "令和0年1月1日",
        "令和2年2月30日",
        "X1.1.1",
        "",
    ],
)
def test_parse_rejects_days_outside_era(text: str) -> None:
    with pytest.raises(EraError):
        parse_wareki(text)


def test_before_meiji_rejected() -> None:
    with pytest.raises(EraError):
        to_wareki(date(1868, 1, 24))


def test_era_lookup() -> None:
    assert era_by_name("R").name == "令和"
    assert era_by_name("昭").name == "昭和"
    with pytest.raises(EraError):
        era_by_name("光文")


@given(st.dates(min_value=date(1868, 1, 25), max_value=date(2200, 12, 31)))
def test_round_trip(day: date) -> None:
    w = to_wareki(day)
    assert w.year >= 1
    assert from_wareki(w.era, w.year, w.month, w.day) == day
    assert parse_wareki(w.format_ja()) == day
    assert parse_wareki(w.format_letter()) == day


@given(st.dates(min_value=date(1868, 1, 25), max_value=date(2200, 12, 30)))
def test_era_never_goes_backwards(day: date) -> None:
    order = [e.name for e in ERAS]
    a, b = to_wareki(day), to_wareki(day + timedelta(days=1))
    assert order.index(b.era.name) >= order.index(a.era.name)
    if a.era == b.era:
        assert b.year in (a.year, a.year + 1)
    else:
        assert b.year == 1
