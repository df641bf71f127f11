"""Ruby on screen: no widget shows the raw ``《》`` markup, and labels draw real ruby.

やさしい日本語 strings carry Aozora-style ruby (``kiosk.i18n.ruby``). Three pieces keep it
off every control and on the labels that can draw it:

* ``RubyTranslator`` wraps each compiled translation: ``tr()`` returns the plain text
  (``漢字``), so a button, a tab or a window title can never show ``《かんじ》``; the readings
  it sees are learnt by the language's ``Glossary`` (``active_glossary()``).
* ``RubyLabel`` (``kiosk.ui.widgets.ruby_label``) takes marked or plain text and draws the
  readings above the kanji, restoring them from the glossary when the text came through
  ``tr()`` and was filled in.
* ``RubyButton``: a button given marked text (a catalog title) shows the plain text; its
  accessible name is the reading, so speech and Narrator read kana.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.i18n.ruby import OPEN, Glossary, plain, reading


class _State:
    glossary = Glossary()


def active_glossary() -> Glossary:
    """The readings of the language shown now (empty for a language without ruby)."""
    return _State.glossary


def reset_glossary() -> Glossary:
    """Start a new glossary: called when the language changes."""
    _State.glossary = Glossary()
    return _State.glossary


def learn(text: str) -> str:
    """Learn the readings of ``text`` and return its plain form (for a control's text)."""
    if OPEN not in text:
        return text
    _State.glossary.learn(text)
    return plain(text)


def spoken(text: str) -> str:
    """What ``text`` sounds like: the reading of a marked text, or of a plain text whose
    kanji the shown language annotates; other text unchanged."""
    return reading(_State.glossary.annotate(text)) if len(_State.glossary) or OPEN in text \
        else text


class RubyTranslator(QTranslator):
    """A loaded translator whose strings come out without ruby markup (readings learnt)."""

    def __init__(self, inner: QTranslator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._inner = inner

    def translate(self, context: str, source_text: str,
                  disambiguation: str | None = None, n: int = -1) -> str | None:
        found = self._inner.translate(context, source_text, disambiguation, n)
        if not found:
            return None  # a null QString: Qt asks the next translator
        return learn(found)

    def isEmpty(self) -> bool:
        return self._inner.isEmpty()


class RubyButton(QPushButton):
    """A push button that shows plain text for marked text and speaks the reading."""

    def setText(self, text: str) -> None:
        super().setText(learn(text))

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(spoken(name))
