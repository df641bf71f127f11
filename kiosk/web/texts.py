"""The page's words: ``t()`` for the web's own sentences, ``tx()`` for the catalog's texts.

The web's own sentences have an English source and their translations in
``resources/i18n/web_<locale>.ts`` (context ``Web``), read with the kiosk's
:func:`kiosk.i18n.translate`. Catalog texts (events, questions, departments, documents)
are :class:`kiosk.i18n.Text` read through the fallback chain; when the chain lands on
another language than the page's, the text is wrapped in ``<span lang="…">`` so a screen
reader switches voice (WCAG 3.1.2). A catalog text may carry readings in the Aozora
Bunko notation, ``｜漢字《かんじ》`` (the ``｜`` may be left out after kana), as a
やさしい日本語 locale does: ``tx()`` and ``t()`` draw them as ``<ruby>``, and the ``plain``
filter (:func:`without_ruby`) removes them where HTML cannot hold ruby (attributes,
``<option>``, ``<title>``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup, escape

from kiosk.i18n import Text, extra_folders, fallback_chain, language_name, translate
from kiosk.i18n.ruby import OPEN, has_markup, parse, plain

CONTEXT = "Web"

Translator = Callable[..., str]


def translated(context: str, source: str, locale: str) -> str:
    """:func:`kiosk.i18n.translate`, remembered for the life of the server process.

    ``translate()`` looks the ``.ts`` files up on every call, so that a kiosk sees a file
    dropped into its translations folder at once; a page of the web wizard translates a
    few dozen strings, and that look-up was a fifth of its CPU. The web server's files
    are part of its deployment: a changed one is read at the next restart (like the
    templates). The configured folders and fallbacks are part of the key, so a
    ``configure()`` that changes them is seen."""
    return _translated(context, source, locale, extra_folders(), fallback_chain(locale))


@lru_cache(maxsize=8192)
def _translated(context: str, source: str, locale: str, folders: tuple[Path, ...],
                chain: tuple[str, ...]) -> str:
    return translate(context, source, locale)


def translator(locale: str) -> Translator:
    """``t("Question {number} of about {total}", number=2, total=5)`` in ``locale``."""

    def t(source: str, **values: object) -> str:
        text = translated(CONTEXT, source, locale)
        if OPEN in text and has_markup(text):
            # readings (やさしい日本語): drawn as <ruby>, the values escaped into it
            drawn = with_ruby(text)
            return drawn.format(**values) if values else drawn
        if any(isinstance(value, Markup) for value in values.values()):
            return escape(text).format(**values)  # a value drawn with ruby stays drawn
        return text.format(**values) if values else text

    return t


def resolved_locale(text: Text, locale: str) -> str:
    """The locale whose string ``text.get(locale)`` returns."""
    found = dict(text)
    for candidate in fallback_chain(locale):
        if found.get(candidate):
            return candidate
    return next((k for k, v in text if v), locale)


def catalog_text(locale: str) -> Callable[[Text], Markup]:
    """``tx(text)``: the catalog text, marked with its language when it is not the page's."""

    def tx(text: Text) -> Markup:
        value = with_ruby(text.get(locale))
        used = resolved_locale(text, locale)
        if used.split("-", maxsplit=1)[0] == locale.split("-", maxsplit=1)[0]:
            return value
        return Markup('<span lang="{}">{}</span>').format(used, value)

    return tx


def language_choices(languages: Iterable[str]) -> list[tuple[str, str]]:
    """``(locale, the language's name in itself)`` for the picker."""
    return [(code, _language_name(code, extra_folders())) for code in languages]


@lru_cache(maxsize=256)
def _language_name(locale: str, folders: tuple[Path, ...]) -> str:
    return language_name(locale)  # remembered, as translated()


def with_ruby(text: str) -> Markup:
    """``text`` escaped, its ``｜漢字《かんじ》`` readings drawn as ``<ruby>`` (with ``<rp>``
    brackets for a browser that cannot show ruby)."""
    out = Markup()
    for segment in parse(text):
        if segment.reading:
            out += Markup("<ruby>{}<rp>(</rp><rt>{}</rt><rp>)</rp></ruby>").format(
                segment.base, segment.reading)
        else:
            out += escape(segment.base)
    return out


_RUBY_TAGS = re.compile(r"<rp>.*?</rp>|<rt>.*?</rt>|</?ruby>", re.S)


def without_ruby(value: object) -> object:
    """The ``plain`` filter: a text for an attribute, ``<option>`` or ``<title>``, which
    cannot hold ``<ruby>``: drawn readings removed, markup readings dropped."""
    if isinstance(value, Markup):
        return Markup(_RUBY_TAGS.sub("", str(value)))  # noqa: S704  # escaped already; tags only removed
    if isinstance(value, str):
        return plain(value)
    return value
