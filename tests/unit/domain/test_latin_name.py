"""The registered Latin name of a foreign resident: what counts as one, and its spelling."""

from __future__ import annotations

import pytest

from kiosk.domain.latin_name import is_latin_name, normalize_latin_name


def test_the_card_spelling_is_kept_in_capitals_with_single_spaces() -> None:
    assert normalize_latin_name("  nguyen  van an ") == "NGUYEN VAN AN"
    assert normalize_latin_name("ＮＧＵＹＥＮ　ＶＡＮ　ＡＮ") == "NGUYEN VAN AN"


@pytest.mark.parametrize("name", ["NGUYEN VAN AN", "O'BRIEN, MARY-JANE", "DELA CRUZ JR."])
def test_latin_names(name: str) -> None:
    assert is_latin_name(name)


@pytest.mark.parametrize("name", ["グエン　ヴァン", "山田 太郎", "NGUYỄN VĂN AN", "", " - ", "R2D2"])
def test_not_latin_names(name: str) -> None:
    assert not is_latin_name(name)
