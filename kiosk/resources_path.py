"""Where the bundled resources (fonts, translations, style sheets) live.

In a wheel or a frozen bundle they ship as the ``kiosk.resources`` package (see
``setup.py``). In a source checkout or an editable install they are the top-level
``resources/`` folder beside the ``kiosk`` package. Callers get a real ``Path``
because Qt's font and translation loaders need file names.
"""

from __future__ import annotations

import importlib.resources
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    """The folder holding ``fonts/``, ``i18n/`` and ``qss/``."""
    try:
        packaged = Path(str(importlib.resources.files("kiosk.resources")))
    except ModuleNotFoundError:
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
