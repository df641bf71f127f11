"""Translations from Qt Linguist ``.ts`` files, read with the standard library.

The UI compiles the same files to ``.qm`` for Qt; plain-Python code (card errors, labels,
the guide sheet) reads the ``.ts`` XML directly, so one set of files translates both.
Configured folders (``ui.translations_folder``, via ``configure(folders=…)``) are searched
before the bundled ``resources/i18n``: a town or a test adds a language by dropping a file
there.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from kiosk.i18n.locales import SOURCE_LOCALE, extra_folders, fallback_chain
from kiosk.resources_path import resource

LANGUAGE_CONTEXT = "Language"
"""The context whose message ``English`` holds each language's name in itself."""


def i18n_folders() -> tuple[Path, ...]:
    """The translation folders, searched first to last."""
    return (*extra_folders(), resource("i18n"))


def read_messages(path: Path) -> dict[tuple[str, str], str]:
    """The translations in one ``.ts`` file, keyed by (context, source); re-read when the
    file changes."""
    return _read(path, path.stat().st_mtime)


@cache
def _read(path: Path, mtime: float) -> dict[tuple[str, str], str]:
    # An "unfinished" translation that has a text is used, as Qt's lrelease does by
    # default: drafts awaiting a native speaker's review (docs/translations.md) are
    # marked unfinished in Qt Linguist and still beat a fall back to English.
    found: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()  # noqa: S314  # our own files, not user input
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"obsolete", "vanished"}:
                continue
            source = message.findtext("source", "")
            if translation.text:
                found[(name, source)] = translation.text
    return found


# locale -> its table, inside ``steady_translations`` (one per thread: a context variable)
_STEADY: ContextVar[dict[str, dict[tuple[str, str], str]] | None] = ContextVar(
    "steady_translations", default=None)


@contextmanager
def steady_translations() -> Iterator[None]:
    """Inside the block, look each locale's files up once, not on every string: a bundle
    drawn at once translates a hundred strings, and a file dropped half-way through
    would be missed by part of it either way."""
    token = _STEADY.set({})
    try:
        yield
    finally:
        _STEADY.reset(token)


def _table(locale: str) -> dict[tuple[str, str], str]:
    steady = _STEADY.get()
    if steady is None:
        return _current_table(locale)
    found = steady.get(locale)
    if found is None:
        found = steady[locale] = _current_table(locale)
    return found


def _current_table(locale: str) -> dict[tuple[str, str], str]:
    # Which files there are and their mtimes are looked up on every call, so a file dropped
    # or edited in a folder is seen at once; the merge itself is redone only when they change
    # (the web wizard translates a few dozen strings per page, the guide sheet a hundred).
    # os.scandir rather than Path.glob: the look-up is most of a call's cost.
    suffix = os.path.normcase(f"_{locale}.ts")
    files: list[tuple[str, float]] = []
    for folder in reversed(i18n_folders()):  # earlier folders win
        try:
            with os.scandir(folder) as entries:
                names = sorted(entry.path for entry in entries
                               if os.path.normcase(entry.name).endswith(suffix))
        except (FileNotFoundError, NotADirectoryError):
            continue
        files.extend((name, os.stat(name).st_mtime) for name in names)
    return _merged(tuple(files))


@cache
def _merged(files: tuple[tuple[str, float], ...]) -> dict[tuple[str, str], str]:
    merged: dict[tuple[str, str], str] = {}
    for path, mtime in files:
        merged.update(_read(Path(path), mtime))
    return merged


def translate(context: str, source: str, locale: str) -> str:
    """``source`` (English) in ``locale``, following the fallback chain."""
    for candidate in fallback_chain(locale):
        if candidate == SOURCE_LOCALE:
            return source
        found = _table(candidate).get((context, source))
        if found:
            return found
    return source


def translation_locales() -> tuple[str, ...]:
    """Every locale with a ``.ts`` file, plus English."""
    found = {SOURCE_LOCALE}
    for folder in i18n_folders():
        for path in folder.glob("*_*.ts"):
            found.add(path.stem.rsplit("_", 1)[1])
    return tuple(sorted(found))


def language_name(locale: str) -> str:
    """The language's name in itself (日本語, Tiếng Việt), for the language picker."""
    if locale == SOURCE_LOCALE:
        return "English"
    found = _table(locale).get((LANGUAGE_CONTEXT, "English"))
    return found or locale
