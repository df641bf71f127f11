"""Helpers shared by test modules in different folders.

A plain module with a unique name (pytest puts ``tests/`` on ``sys.path`` for the root
``conftest.py``), because ``from conftest import …`` picks whichever conftest was loaded
last.
"""

from __future__ import annotations

import os

import pytest


def service_missing(what: str) -> None:
    """Skip (developer machine) or fail (CI) when a real service is not there."""
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(f"{what} is not available, but CI must provide it", pytrace=False)
    pytest.skip(f"{what} is not available")
