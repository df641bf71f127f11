"""Catalog texts in more locales, from Qt Linguist files beside the catalog.

Every catalog text carries ``ja`` (and usually ``en``) inline in the YAML. Other locales
live in ``<catalog>/translations/catalog_<locale>.ts``, one file per language, in the same
Qt Linguist format as the UI's translations, so a town's translator finishes both in one
tool. A message's context is the YAML file's stem (``questions``, ``procedures`` …) and its
source is the text's English (its Japanese where it has no English).
``python scripts/i18n.py catalog-update`` writes the files from the YAML and keeps the
translations already made. A text given inline for a locale wins over the file.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from pathlib import Path

from kiosk.i18n.ts import read_messages

FOLDER = "translations"
"""The catalog's sub-folder holding ``catalog_<locale>.ts``."""

Table = Mapping[tuple[str, str], str]


def translation_file(root: Path, locale: str) -> Path:
    """Where the catalog in ``root`` keeps its texts in ``locale``."""
    return root / FOLDER / f"catalog_{locale}.ts"


def catalog_translations(root: Path, locales: Iterable[str]) -> tuple[dict[str, Table],
                                                                     list[str]]:
    """The translation table of each locale that has a file, and the files that could not
    be read (each as one sentence)."""
    tables: dict[str, Table] = {}
    problems: list[str] = []
    for locale in locales:
        path = translation_file(root, locale)
        if not path.is_file():
            continue
        try:
            tables[locale] = read_messages(path)
        except (ET.ParseError, OSError, UnicodeDecodeError) as exc:
            problems.append(f"{FOLDER}/{path.name} cannot be read ({exc}); fix it in Qt "
                            "Linguist or restore it from the town's copy")
    return tables, problems


def context_of(file: str) -> str:
    """The translation context of the texts in one catalog file."""
    return Path(file).stem


def overlay(texts: dict[str, str], context: str, tables: Mapping[str, Table]) -> None:
    """Add to ``texts`` (one catalog text, by locale) the locales only the files carry."""
    source = texts.get("en") or texts.get("ja")
    if not source:
        return
    for locale, table in tables.items():
        if locale not in texts:
            found = table.get((context, source))
            if found:
                texts[locale] = found
