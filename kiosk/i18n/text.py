"""A user-visible text held in any number of locales, read through the fallback chain."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from kiosk.i18n.locales import BASE_LOCALE, SOURCE_LOCALE, fallback_chain


class Text:
    """A text in several locales (``ja`` is the one every catalog text carries).

    ``Text("転入届", "Moving-in notice")`` is the common Japanese/English pair;
    ``Text.of({"ja": …, "en": …, "vi": …})`` takes any locales. Immutable and hashable.
    """

    __slots__ = ("_items",)
    _items: tuple[tuple[str, str], ...]

    def __init__(self, ja: str = "", en: str | None = None, /, **more: str) -> None:
        items = {BASE_LOCALE: ja}
        if en is not None:
            items[SOURCE_LOCALE] = en
        items.update(more)
        object.__setattr__(self, "_items", tuple(items.items()))

    @classmethod
    def of(cls, by_locale: Mapping[str, str]) -> Text:
        """A text from a ``{locale: string}`` mapping."""
        text = cls()
        object.__setattr__(text, "_items", tuple(by_locale.items()))
        return text

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Text is immutable")

    def get(self, locale: str) -> str:
        """The string for ``locale``, else the first non-empty one along its fallback chain."""
        found = dict(self._items)
        for candidate in fallback_chain(locale):
            value = found.get(candidate)
            if value:
                return value
        return next((v for _, v in self._items if v), "")

    def locales(self) -> tuple[str, ...]:
        """The locales this text carries, in the order given."""
        return tuple(k for k, _ in self._items)

    def as_dict(self) -> dict[str, str]:
        """``{locale: string}``, JSON-ready."""
        return dict(self._items)

    @property
    def ja(self) -> str:
        return dict(self._items).get(BASE_LOCALE, "")

    @property
    def en(self) -> str:
        return dict(self._items).get(SOURCE_LOCALE, "")

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._items)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and dict(self._items) == dict(other._items)

    def __hash__(self) -> int:
        return hash(frozenset(self._items))

    def __repr__(self) -> str:
        return f"Text({dict(self._items)!r})"
