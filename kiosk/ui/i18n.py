"""Run-time language switching through Qt's translation system.

Source strings are English (``self.tr("…")``); other languages come from the compiled
``resources/i18n/*_<lang>.qm`` files, one per area of the UI (and from the configured
``ui.translations_folder`` first). The offered languages are ``ui.languages``
(``kiosk.i18n.languages()``); plain-Python strings use ``kiosk.i18n.translate``. Installing or removing the
translators makes Qt send ``QEvent.LanguageChange`` to every widget, and each screen's
``retranslate_ui()`` sets its strings again: no restart, no rebuilt windows.
"""

from __future__ import annotations

import atexit
import logging
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk import i18n
from kiosk.config import UiConfig
from kiosk.i18n.ruby import OPEN
from kiosk.ui.ruby import RubyTranslator, reset_glossary

log = logging.getLogger(__name__)


def apply_ui_config(ui: UiConfig) -> None:
    """Offer ``ui.languages`` and search ``ui.translations_folder``: call once at start-up."""
    i18n.configure(languages=ui.languages,
                   folders=[ui.translations_folder] if ui.translations_folder else [])


class LanguageSwitcher:
    """Translators are global to the application, so there is one switcher per process:
    use ``LanguageSwitcher.shared()``; two windows must never install rival translators."""

    _shared: LanguageSwitcher | None = None

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.current = "en"
        # Before PySide's own exit clean-up (atexit runs last registered first): it deletes
        # the translators one by one, each removal asks the others to translate again, and
        # a ruby translator's Python code half torn down crashed the process at exit.
        atexit.register(self._uninstall)

    def _uninstall(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            for translator in self._installed:
                app.removeTranslator(translator)
        self._installed.clear()

    @classmethod
    def shared(cls) -> LanguageSwitcher:
        if cls._shared is None:
            cls._shared = cls()
        return cls._shared

    def set_language(self, language: str) -> None:
        if language not in i18n.languages():
            raise ValueError(f"unsupported language: {language}")
        if language == self.current:
            return
        app = QCoreApplication.instance()
        assert app is not None
        self._uninstall()
        reset_glossary()
        # Qt asks the most recently installed translator first, so the fallback chain
        # (ja-easy → ja, pt-BR → pt) is installed last link first; English is the source.
        chain = i18n.fallback_chain(language)
        chain = chain[:chain.index(i18n.SOURCE_LOCALE)]
        for link in reversed(chain):
            for qm in self._qm_files(link):
                loaded = QTranslator()
                if loaded.load(str(qm)):
                    # strings with ruby markup (やさしい日本語) come out plain: no control
                    # can show 《》; ruby-aware labels get the readings back. Only files
                    # that carry markup are wrapped: the wrapper is Python code run for
                    # every tr() of the application.
                    translator = RubyTranslator(loaded) if _marks_ruby(qm) else loaded
                    app.installTranslator(translator)
                    self._installed.append(translator)
                else:
                    log.warning("translation file could not be loaded", extra={"file": qm.name})
        self.current = language

    @staticmethod
    def _qm_files(language: str) -> list[Path]:
        """One compiled file per area, a configured folder's winning over the bundled one."""
        by_name: dict[str, Path] = {}
        for folder in reversed(i18n.i18n_folders()):
            for qm in folder.glob(f"*_{language}.qm"):
                by_name[qm.name] = qm
        return [by_name[name] for name in sorted(by_name)]


@cache
def _marks_ruby(qm: Path) -> bool:
    """Whether a compiled translation's source file writes ruby (``《``)."""
    source = qm.with_suffix(".ts")
    try:
        return OPEN in source.read_text(encoding="utf-8")
    except OSError:
        return True  # no source beside it: wrap, to be safe
