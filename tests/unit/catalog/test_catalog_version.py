"""``catalog_version`` in town.yaml: read onto the town, checked, and 1 when left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from forms.catalog import FIXED_FORM_IDS, CatalogError, load_catalog

SHIPPED = "  catalog_version: 1\n"


def _set(folder: Path, line: str) -> None:
    path = folder / "town.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(SHIPPED) == 1
    path.write_text(text.replace(SHIPPED, line), encoding="utf-8")


def test_the_shipped_catalog_is_version_one() -> None:
    assert load_catalog(known_forms=FIXED_FORM_IDS).town.catalog_version == 1


def test_a_raised_version_is_read(folder: Path) -> None:
    _set(folder, "  catalog_version: 7\n")
    assert load_catalog(folder, known_forms=FIXED_FORM_IDS).town.catalog_version == 7


def test_a_town_catalog_from_before_the_codes_is_version_one(folder: Path) -> None:
    _set(folder, "")
    assert load_catalog(folder, known_forms=FIXED_FORM_IDS).town.catalog_version == 1


@pytest.mark.parametrize(("value", "message"), [
    ("0", "'catalog_version' must be a whole number from 1"),
    ("-2", "'catalog_version' must be a whole number from 1"),
    ('"2"', "'catalog_version' must be a whole number"),
    ("1.5", "'catalog_version' must be a whole number"),
])
def test_a_version_that_is_no_positive_whole_number_is_refused(
        folder: Path, value: str, message: str) -> None:
    _set(folder, f"  catalog_version: {value}\n")
    with pytest.raises(CatalogError) as caught:
        load_catalog(folder, known_forms=FIXED_FORM_IDS)
    assert any(problem.startswith("town.yaml line ") and message in problem
               for problem in caught.value.problems), caught.value.problems
