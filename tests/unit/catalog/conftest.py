"""The catalog tests' copy of the bundled catalog, for a test to edit (a test module that
needs a different copy defines its own ``folder``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from forms.catalog import BUNDLED_FOLDER


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The bundled catalog's YAML files and translations, copied into a folder of their own."""
    copy = tmp_path / "catalog"
    copy.mkdir()
    for path in BUNDLED_FOLDER.glob("*.yaml"):
        shutil.copy(path, copy / path.name)
    shutil.copytree(BUNDLED_FOLDER / "translations", copy / "translations")
    return copy
