"""The page's words: ``t()`` for the web's own sentences, ``tx()`` for the catalog's texts.

The web's own sentences have an English source and their translations in
``resources/i18n/web_<locale>.ts`` (context ``Web``), read with the kiosk's
:func:`kiosk.i18n.translate`. Catalog texts (events, questions, departments, documents)
are :class:`kiosk.i18n.Text` read through the fallback chain; when the chain lands on
another language than the page's, the text is wrapped in ``<span lang="…">`` so a screen
reader switches voice (WCAG 3.1.2).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from markupsafe import Markup, escape

from kiosk.i18n import Text, fallback_chain, language_name, translate

CONTEXT = "Web"

Translator = Callable[..., str]


def translator(locale: str) -> Translator:
    """``t("Question {number} of about {total}", number=2, total=5)`` in ``locale``."""

    def t(source: str, **values: object) -> str:
        text = translate(CONTEXT, source, locale)
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
        value = text.get(locale)
        used = resolved_locale(text, locale)
        if used.split("-", maxsplit=1)[0] == locale.split("-", maxsplit=1)[0]:
            return escape(value)
        return Markup('<span lang="{}">{}</span>').format(used, value)

    return tx


def language_choices(languages: Iterable[str]) -> list[tuple[str, str]]:
    """``(locale, the language's name in itself)`` for the picker."""
    return [(code, language_name(code)) for code in languages]
