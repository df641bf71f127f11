"""Which languages the kiosk offers and the order in which a missing text falls back.

The chain for a locale is: the locale, its configured fallbacks, then English (the
source language of every string), then Japanese (the one locale every catalog text
carries). The offered languages come from ``ui.languages`` via ``configure``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

SOURCE_LOCALE = "en"
"""The language the source strings are written in."""
BASE_LOCALE = "ja"
"""The locale every catalog text must carry: the last resort of every chain."""

_TAG = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")

class _Settings:
    """The process-wide choice, set once from the configuration at start-up."""

    languages: tuple[str, ...] = (BASE_LOCALE, SOURCE_LOCALE)
    fallbacks: dict[str, tuple[str, ...]] = {}  # noqa: RUF012  # replaced, never mutated
    folders: tuple[Path, ...] = ()


def is_locale_tag(value: object) -> bool:
    """Whether ``value`` looks like a locale tag (``ja``, ``vi``, ``pt-BR``, ``zh_Hant``)."""
    return isinstance(value, str) and bool(_TAG.match(value))


def configure(
    languages: Iterable[str] | None = None,
    fallbacks: Mapping[str, Iterable[str]] | None = None,
    folders: Iterable[Path | str] | None = None,
) -> None:
    """Set the offered languages (in the order shown), extra fallbacks per locale and the
    translation folders searched before the bundled ``resources/i18n``."""
    if languages is not None:
        chosen = tuple(dict.fromkeys(languages))
        bad = [lang for lang in chosen if not is_locale_tag(lang)]
        if bad or not chosen:
            raise ValueError(f"not a list of locale tags: {list(chosen)}")
        _Settings.languages = chosen
    if fallbacks is not None:
        _Settings.fallbacks = {k: tuple(v) for k, v in fallbacks.items()}
    if folders is not None:
        _Settings.folders = tuple(Path(f) for f in folders if str(f))


def extra_folders() -> tuple[Path, ...]:
    """Translation folders configured beside the bundled one (``ui.translations_folder``)."""
    return _Settings.folders


def languages() -> tuple[str, ...]:
    """The languages the kiosk offers, in the order the picker shows them."""
    return _Settings.languages


def fallback_chain(locale: str) -> tuple[str, ...]:
    """The locales to try for ``locale``, best first, without repeats.

    A regional tag falls back to its language first (``pt-BR → pt``).
    """
    chain: list[str] = [locale]
    base = re.split(r"[-_]", locale, maxsplit=1)[0]
    if base != locale:
        chain.append(base)
    chain += _Settings.fallbacks.get(locale, ())
    chain += [SOURCE_LOCALE, BASE_LOCALE]
    return tuple(dict.fromkeys(chain))
