"""Run-time language switching through Qt's translation system.

Source strings are English (``self.tr("…")``); Japanese comes from the compiled
``resources/i18n/*_ja.qm`` files, one per area of the UI. Installing or removing the
translators makes Qt send ``QEvent.LanguageChange`` to every widget, and each screen's
``retranslate_ui()`` sets its strings again: no restart, no rebuilt windows.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.resources_path import resource

log = logging.getLogger(__name__)

LANGUAGES = ("ja", "en")


class LanguageSwitcher:
    """Translators are global to the application, so there is one switcher per process:
    use ``LanguageSwitcher.shared()``; two windows must never install rival translators."""

    _shared: LanguageSwitcher | None = None

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.current = "en"

    @classmethod
    def shared(cls) -> LanguageSwitcher:
        if cls._shared is None:
            cls._shared = cls()
        return cls._shared

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language: {language}")
        if language == self.current:
            return
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        if language != "en":
            folder = resource("i18n")
            for qm in sorted(folder.glob(f"*_{language}.qm")):
                translator = QTranslator()
                if translator.load(str(qm)):
                    app.installTranslator(translator)
                    self._installed.append(translator)
                else:
                    log.warning("translation file could not be loaded", extra={"file": qm.name})
        self.current = language
