"""What voice guidance says, and when: plain Python, no Qt.

The window describes what the resident faces as small values (:class:`ScreenView`: the
headings of the screen or overlay shown, and the focused :class:`ControlView`); the
:class:`VoiceGuide` turns a change of them into one :class:`Utterance` for a
:class:`Voice` port. A new utterance replaces the one being spoken, so the resident always
hears the present screen, not a queue of old ones.

A control's spoken text is its accessible name (what Windows Narrator reads), followed by
its accessible description (the question's help, where there is one). Two things are never
spoken, nor written to the transcript: the digits of a PIN (a key of the PIN pad is "a
number key", and a typed digit is a count: 「1桁入力しました」), and anything shaped like a
個人番号 (twelve digits, grouped or not), which :func:`redact` blanks as a last guard.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from kiosk.i18n import translate

CONTEXT = "Voice"
_MY_NUMBER = re.compile(r"(?<!\d)\d{4}[\s\-‐]?\d{4}[\s\-‐]?\d{4}(?!\d)")


def redact(text: str) -> str:
    """``text`` with every 個人番号-shaped run of digits replaced by ``…``."""
    return _MY_NUMBER.sub("…", text)


@dataclass(frozen=True, slots=True)
class Utterance:
    text: str
    locale: str


@dataclass(frozen=True, slots=True)
class ControlView:
    """A focused control: its accessible name and description; ``private`` for a key of a
    PIN pad (its digit is never spoken)."""

    name: str
    description: str = ""
    private: bool = False


@dataclass(frozen=True, slots=True)
class ScreenView:
    """What is shown: the headings (title, question, hint) in reading order, and focus."""

    headings: tuple[str, ...]
    focused: ControlView | None = None
    key: str = field(default="")  # the screen or overlay shown (a new one is read whole)


class Voice(Protocol):
    def say(self, utterance: Utterance) -> None:
        """Speak ``utterance``, interrupting whatever is being spoken."""
        ...

    def stop(self) -> None:
        """Stop speaking at once."""
        ...


def _join(parts: list[str], locale: str) -> str:
    sentences = [p.strip() for p in parts if p and p.strip()]
    separator = "　" if locale.startswith("ja") else " "
    return separator.join(s if s[-1] in "。．.!?！？」" else s + ("。" if locale.startswith("ja")
                                                                  else ".") for s in sentences)


class VoiceGuide:
    """The guidance's state (on or off, for one session) and what each change says."""

    def __init__(self, voice: Voice) -> None:
        self.voice = voice
        self.on = False
        self._last: ScreenView | None = None

    # ------------------------------------------------------------------ on and off
    def turn_on(self, locale: str, view: ScreenView | None = None) -> None:
        if self.on:
            return
        self.on = True
        self._last = view
        confirmation = translate(CONTEXT, "Voice guidance is on.", locale)
        parts = [confirmation, *(self._screen_parts(view, locale) if view else [])]
        self._say(_join(parts, locale), locale)

    def turn_off(self, locale: str) -> None:
        if not self.on:
            return
        self.on = False
        self._last = None
        self._say(translate(CONTEXT, "Voice guidance is off.", locale), locale)

    def reset(self) -> None:
        """The session ended: off, silent, nothing remembered."""
        self.on = False
        self._last = None
        self.voice.stop()

    # ------------------------------------------------------------------ changes
    def show(self, view: ScreenView, locale: str) -> None:
        """The view now shown: read the whole screen if it is new, else the focus if it
        moved; nothing if nothing changed."""
        last, self._last = self._last, view
        if not self.on or view == last:
            return
        if last is None or view.key != last.key or view.headings != last.headings:
            self._say(_join(self._screen_parts(view, locale), locale), locale)
        elif view.focused is not None and view.focused != last.focused:
            self._say(_join(self._control_parts(view.focused, locale), locale), locale)

    def digits_entered(self, count: int, locale: str) -> None:
        """A PIN pad holds ``count`` digits now: say how many, never which."""
        if self.on:
            text = translate(CONTEXT, "%1 digits entered", locale).replace("%1", str(count))
            self._say(text, locale)

    # ------------------------------------------------------------------ words
    def _screen_parts(self, view: ScreenView, locale: str) -> list[str]:
        focused = self._control_parts(view.focused, locale) if view.focused else []
        return [*view.headings, *focused]

    @staticmethod
    def _control_parts(control: ControlView, locale: str) -> list[str]:
        if control.private:
            return [translate(CONTEXT, "Number key", locale)]
        return [control.name, control.description]

    def _say(self, text: str, locale: str) -> None:
        if text:
            self.voice.say(Utterance(redact(text), locale))


HEADPHONE_WORDS = ("headphone", "headset", "earphone", "earbud", "ヘッドホン", "ヘッドフォン",
                   "ヘッドセット", "イヤホン")


def headphones_plugged(before: dict[str, str], after: dict[str, str]) -> bool:
    """Whether an audio output that names itself a headphone or headset appeared.

    ``before`` and ``after`` map each output's id to its description, as the operating
    system reports them (many tablets report nothing when a jack is plugged in)."""
    return any(any(word in description.lower() for word in HEADPHONE_WORDS)
               for output_id, description in after.items() if output_id not in before)
