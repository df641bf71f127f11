"""Where the shipped data (fonts, translations, catalog, layouts, migrations) lives.

Everything is found through ``importlib.resources``, by package name: the same call works in
an installed wheel, a frozen bundle and an editable checkout. The top-level ``resources/``
folder ships as the ``kiosk.resources`` package (``package-dir`` in ``pyproject.toml``; the
editable install maps it the same way). Callers get a real ``Path`` because Qt's font and
translation loaders, reportlab and Alembic need file names.
"""

from __future__ import annotations

import importlib.resources
from functools import cache
from pathlib import Path


def package_folder(package: str) -> Path:
    """The folder of an importable package, e.g. ``package_folder("forms.catalog")``."""
    return Path(str(importlib.resources.files(package)))


@cache
def resources_root() -> Path:
    """The folder holding ``fonts/`` and ``i18n/``."""
    try:
        packaged: Path | None = package_folder("kiosk.resources")
    except ModuleNotFoundError:  # a checkout on PYTHONPATH that was never installed
        packaged = None
    if packaged is not None and (packaged / "fonts").is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if (checkout / "fonts").is_dir():
        return checkout
    raise FileNotFoundError(
        "The kiosk's resource folder (fonts, translations) is missing: reinstall the package."
    )


def resource(*parts: str) -> Path:
    """A path below the resource folder; it may not exist (callers check)."""
    return resources_root().joinpath(*parts)
