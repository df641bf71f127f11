"""Small readers for the fields of one catalog entry, reporting into ``Problems``.

Each reader returns a usable fallback after reporting, so one typo does not hide the
problems further down the same file.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from forms.catalog.model import Text
from forms.catalog.translations import context_of, overlay
from forms.catalog.yamlio import Problems, line_of

_BESIDE_TEXTS = frozenset({"id", "when", "help"})
"""Keys that sit beside the locale texts in one mapping (an option's id and help, an item's
when)."""


class Entry:
    """One mapping in a catalog file: its file, a readable name and its line."""

    def __init__(
        self, problems: Problems, file: str, label: str, data: Mapping[str, Any],
        allowed: set[str],
    ) -> None:
        self.problems = problems
        self.file = file
        self.label = label
        self.data = data
        self.line = line_of(data)
        for key in data:
            if key not in allowed:
                self.error(f"unknown key {key!r} (allowed: {', '.join(sorted(allowed))})")

    def error(self, message: str) -> None:
        self.problems.add(self.file, self.label, message, self.line)

    def has(self, key: str) -> bool:
        return key in self.data

    def string(self, key: str, default: str | None = None) -> str:
        value = self.data.get(key, default)
        if value is None:
            self.error(f"{key!r} is missing")
            return ""
        if isinstance(value, bool) or not isinstance(value, str | int):
            self.error(f"{key!r} must be a text")
            return ""
        return str(value)

    def integer(self, key: str, default: int | None = None) -> int:
        value = self.data.get(key, default)
        if value is None:
            self.error(f"{key!r} is missing")
            return 0
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(f"{key!r} must be a whole number")
            return 0
        return value

    def text(self, key: str, default: Text | None = None) -> Text:
        value = self.data.get(key)
        if value is None:
            if default is not None:
                return default
            self.error(f"{key!r} is missing (give it as {{ja: …, en: …}})")
            return Text()
        return self.text_value(value, key)

    def text_value(self, value: Any, what: str) -> Text:
        if not isinstance(value, Mapping):
            self.error(f"{what!r} must be a mapping {{ja: …, en: …}}")
            return Text()
        texts: dict[str, str] = {}
        for locale, string in value.items():
            if locale in _BESIDE_TEXTS:
                continue
            if locale not in self.problems.locales:
                self.error(f"{what!r} has the unknown locale {locale!r} (the catalog declares "
                           f"{', '.join(self.problems.locales)} in locales.yaml)")
            elif not isinstance(string, str) or not string.strip():
                self.error(f"{what!r} needs a non-empty {locale!r} text")
            else:
                texts[locale] = string
        if "ja" not in value:
            self.error(f"{what!r} needs a non-empty 'ja' text")
        overlay(texts, context_of(self.file), self.problems.translations)
        return Text.of(texts)

    def str_list(self, key: str, default: list[str] | None = None) -> list[str]:
        value = self.data.get(key, default)
        if value is None:
            self.error(f"{key!r} is missing")
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.error(f"{key!r} must be a list of ids")
            return []
        return list(value)

    def mapping_list(self, key: str) -> list[Mapping[str, Any]]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
            self.error(f"{key!r} must be a list of mappings")
            return []
        return list(value)


def top_list(problems: Problems, file: str, data: Any, key: str) -> list[Mapping[str, Any]]:
    """The list under the file's top-level key."""
    if data is None:
        return []
    if not isinstance(data, Mapping) or key not in data:
        problems.add(file, "", f"the file must have a top-level {key!r} list")
        return []
    items = data[key]
    if not isinstance(items, list) or not all(isinstance(i, Mapping) for i in items):
        problems.add(file, "", f"{key!r} must be a list of mappings", line_of(data))
        return []
    return list(items)


def entry_id(problems: Problems, file: str, kind: str, index: int, data: Mapping[str, Any],
             seen: dict[str, int]) -> str:
    """The entry's id, checked for presence, shape and duplicates within the file."""
    raw = data.get("id")
    if not isinstance(raw, str) or not raw.isidentifier():
        problems.add(file, f"{kind} #{index + 1}", "'id' must be a name of letters, digits "
                     "and underscores", line_of(data))
        return ""
    if raw in seen:
        problems.add(file, f"{kind} {raw!r}", f"duplicate id (first defined on line "
                     f"{seen[raw]})", line_of(data))
        return ""
    seen[raw] = line_of(data)
    return raw
