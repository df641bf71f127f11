"""Shared fixtures for the navigation tests: the shipped catalog and its navigator."""

from __future__ import annotations

import pytest

from forms.catalog import FIXED_FORM_IDS, Catalog, load_catalog
from kiosk.navigation.engine import Navigator


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog(known_forms=FIXED_FORM_IDS)


@pytest.fixture(scope="session")
def nav(catalog: Catalog) -> Navigator:
    return Navigator(catalog)
