"""Every question and answer has help in every language the catalog offers.

The loader accepts a question or an option without ``help`` (a town's older catalog still
runs, and a text missing in one language falls back to English), but ``kiosk catalog
check`` refuses it: a resident who reads only Vietnamese must be able to read why a
question is asked. One sentence per gap names the question, the option and the locale.
"""

from __future__ import annotations

from collections.abc import Iterator

from forms.catalog.model import Catalog, Text
from forms.catalog.translations import FOLDER

FILE = "questions.yaml"


def help_gaps(catalog: Catalog) -> list[str]:
    """One sentence for each question, option and locale without a help text."""
    gaps: list[str] = []
    for what, text in _helped(catalog):
        for locale in catalog.locales:
            if not _has(text, locale):
                gaps.append(f"{FILE}: {what} has no help in {locale!r} ({_where(locale)})")
    return gaps


def _helped(catalog: Catalog) -> Iterator[tuple[str, Text]]:
    yield "the 「わからない」 answer (dont_know)", catalog.dont_know.help
    for question in catalog.questions.values():
        yield f"question {question.id!r}", question.help
        for option in question.options:
            yield f"option {option.id!r} of question {question.id!r}", option.help


def _has(text: Text, locale: str) -> bool:
    return bool(dict(text).get(locale, "").strip())


def _where(locale: str) -> str:
    if locale in ("ja", "en"):
        return f"write it as help: {{{locale}: …}} in the YAML"
    return f"translate it in {FOLDER}/catalog_{locale}.ts, or write it inline"
