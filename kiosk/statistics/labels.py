"""Display names for life-event and department codes, from the catalog's validating loader.

The metrics store codes only; reports show the catalog's names (転入 / 町民課 住民係). The
names come from ``forms.catalog.load_catalog(folder)`` — the town's own ``catalog.folder``
or the bundled one — so an event a town adds to its own catalog is named in its
statistics too. A code the catalog does not know (an event since removed) shows as itself.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from forms.catalog import Catalog, CatalogError, load_catalog

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Labels:
    life_events: dict[str, str] = field(default_factory=dict)
    departments: dict[str, str] = field(default_factory=dict)

    def life_event(self, code: str) -> str:
        return self.life_events.get(code, code)

    def department(self, code: str) -> str:
        return self.departments.get(code, code)


def labels_of(catalog: Catalog, language: str = "ja") -> Labels:
    return Labels(catalog.event_titles(language), catalog.department_names(language))


def load_labels(folder: str | Path = "", language: str = "ja") -> Labels:
    """The names in ``folder``'s catalog (empty: the bundled one); codes alone if it is invalid.

    Statistics stay readable with a broken catalog: the figures do not depend on it.
    """
    return load_labels_by_language(folder, (language,))[language]


def load_labels_by_language(folder: str | Path, languages: tuple[str, ...]) -> dict[str, Labels]:
    """``load_labels`` for several languages, validating the catalog once."""
    try:
        catalog = load_catalog(folder or None)
    except CatalogError as exc:
        log.warning("the catalog could not be loaded for the statistics' labels: %s", exc)
        return {language: Labels() for language in languages}
    return {language: labels_of(catalog, language) for language in languages}
