"""The language as a dimension: locale texts, the fallback chain and one translation
mechanism (the UI's ``.ts`` files) for every Python-side user string. Plain Python, no Qt.

* ``Text``: a catalog text, a map from locale to string (``ja`` required).
* ``fallback_chain(locale)``: the locales tried in order (``vi → en → ja``).
* ``translate(context, source, locale)``: English source string to the locale's
  translation from ``resources/i18n/*_<locale>.ts`` (configured folders first).
* ``configure(languages=…, fallbacks=…, folders=…)``: from ``ui.languages`` and
  ``ui.translations_folder`` at start-up.
"""

from kiosk.i18n.locales import (
    BASE_LOCALE,
    SOURCE_LOCALE,
    configure,
    extra_folders,
    fallback_chain,
    is_locale_tag,
    languages,
)
from kiosk.i18n.text import Text
from kiosk.i18n.ts import i18n_folders, language_name, translate, translation_locales

__all__ = [
    "BASE_LOCALE",
    "SOURCE_LOCALE",
    "Text",
    "configure",
    "extra_folders",
    "fallback_chain",
    "i18n_folders",
    "is_locale_tag",
    "language_name",
    "languages",
    "translate",
    "translation_locales",
]
