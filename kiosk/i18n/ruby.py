"""Ruby (furigana) written in a text the Aozora Bunko way, read and rendered. Plain Python.

やさしい日本語 (``ja-easy``) puts a reading over every kanji it keeps. Translators write it
inline, as Aozora Bunko does, so a ``.ts`` or catalog text stays one string:

* ``｜漢字《かんじ》``: ``｜`` marks where the base starts (any characters, ``｜第1回《だいいっかい》``);
* ``漢字《かんじ》``: without ``｜`` the base is the run of kanji just before ``《``.

A ``《`` with no closing ``》``, with nothing to annotate before it, or an empty reading is
kept as text, and so is a ``｜`` that no reading follows. Text without markup is unchanged.

Renderings: ``plain`` (the base text: buttons, places that cannot draw ruby), ``reading``
(kana instead of kanji: speech, accessible names), ``html`` (``<ruby>`` for the web, escaped),
``inline`` (``漢字（かんじ）``: the printed guide sheet). ``Glossary`` learns base → reading
from marked texts and puts ruby back on a plain text built from them (``"%1 人"`` filled in).
"""

from __future__ import annotations

import html as _html
from collections.abc import Iterable
from typing import NamedTuple

BASE_MARK = "｜"
OPEN = "《"
CLOSE = "》"


class Segment(NamedTuple):
    """A piece of text and, for a ruby segment, its reading (``None`` for plain text)."""

    base: str
    reading: str | None = None


def is_kanji(char: str) -> bool:
    """Whether ``char`` takes ruby without ``｜``: a CJK ideograph or 々 〆 〇 ヶ."""
    code = ord(char)
    return (0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF
            or 0x20000 <= code <= 0x2FFFF or char in "々〆〇ヶ")


def has_markup(text: str) -> bool:
    """Whether ``text`` carries at least one ruby annotation."""
    return OPEN in text and any(s.reading is not None for s in parse(text))


def parse(text: str) -> tuple[Segment, ...]:
    """``text`` as plain and ruby segments; adjacent plain segments are merged."""
    segments: list[Segment] = []
    plain_run: list[str] = []  # characters not yet emitted
    mark_at: int | None = None  # index in plain_run of the latest unmatched ｜
    i = 0
    while i < len(text):
        char = text[i]
        if char == BASE_MARK:
            mark_at = len(plain_run)
            plain_run.append(char)
            i += 1
            continue
        close = text.find(CLOSE, i + 1) if char == OPEN else -1
        reading = text[i + 1:close] if close > 0 else ""
        if char != OPEN or not reading or OPEN in reading:
            plain_run.append(char)
            i += 1
            continue
        if mark_at is not None:
            start, base = mark_at, "".join(plain_run[mark_at + 1:])
        else:
            start = len(plain_run)
            while start > 0 and is_kanji(plain_run[start - 1]):
                start -= 1
            base = "".join(plain_run[start:])
        if not base:
            plain_run.append(char)
            i += 1
            continue
        _emit(segments, "".join(plain_run[:start]))
        segments.append(Segment(base, reading))
        plain_run, mark_at = [], None
        i = close + 1
    _emit(segments, "".join(plain_run))
    return tuple(segments)


def _emit(segments: list[Segment], text: str) -> None:
    if not text:
        return
    if segments and segments[-1].reading is None:
        segments[-1] = Segment(segments[-1].base + text)
    else:
        segments.append(Segment(text))


def plain(text: str) -> str:
    """The text without readings: ``｜漢字《かんじ》を`` → ``漢字を``."""
    if OPEN not in text:
        return text
    return "".join(s.base for s in parse(text))


def reading(text: str) -> str:
    """The text as it is read: every annotated base replaced by its reading (``かんじを``)."""
    if OPEN not in text:
        return text
    return "".join(s.reading or s.base for s in parse(text))


def inline(text: str) -> str:
    """Readings in full-width brackets after their base, for print: ``漢字（かんじ）を``."""
    if OPEN not in text:
        return text
    return "".join(f"{s.base}（{s.reading}）" if s.reading else s.base for s in parse(text))


def html(text: str) -> str:
    """HTML with ``<ruby>`` elements; every character of the text is escaped."""
    return "".join(
        f"<ruby>{_html.escape(s.base)}<rt>{_html.escape(s.reading)}</rt></ruby>" if s.reading
        else _html.escape(s.base) for s in parse(text))


def markup(segments: Iterable[Segment]) -> str:
    """The Aozora text of ``segments`` (``｜`` always written, so any base survives)."""
    return "".join(f"{BASE_MARK}{s.base}{OPEN}{s.reading}{CLOSE}" if s.reading else s.base
                   for s in segments)


class Glossary:
    """Readings learnt from marked texts, put back on plain texts made from them.

    A UI string reaches a widget already filled in (``"質問 3 ／ 約 14"``) or as the plain
    text a control was given; ``annotate`` gives it its ruby again. A run of kanji gets ruby
    only when learnt bases cover all of it (longest first), so a name or an address made of
    kanji the translations happen to contain is not given a wrong reading piece by piece.
    """

    def __init__(self) -> None:
        self._exact: dict[str, str] = {}
        self._readings: dict[str, str] = {}
        self._longest = 0

    def __len__(self) -> int:
        return len(self._readings)

    def learn(self, text: str) -> None:
        """Remember the readings in ``text`` (and ``text`` itself, by its plain form)."""
        segments = parse(text) if OPEN in text else ()
        ruby = [s for s in segments if s.reading]
        if not ruby:
            return
        self._exact.setdefault("".join(s.base for s in segments), text)
        for segment in ruby:
            assert segment.reading is not None
            self._readings.setdefault(segment.base, segment.reading)
            self._longest = max(self._longest, len(segment.base))

    def annotate(self, text: str) -> str:
        """``text`` with ruby: as learnt if it was learnt whole, else run by run. A text
        that already has some readings (a catalog text filled into a ``tr()`` string)
        keeps them and gets the missing ones."""
        if not self._readings:
            return text
        if OPEN in text and has_markup(text):
            return markup(piece for segment in parse(text)
                          for piece in ((segment,) if segment.reading
                                        else parse(self.annotate(segment.base))))
        exact = self._exact.get(text)
        if exact is not None:
            return exact
        segments: list[Segment] = []
        i = 0
        while i < len(text):
            if not is_kanji(text[i]):
                j = i
                while j < len(text) and not is_kanji(text[j]):
                    j += 1
                _emit(segments, text[i:j])
                i = j
                continue
            j = i
            while j < len(text) and is_kanji(text[j]):
                j += 1
            covered = self._cover(text[i:j])
            if covered is None:
                _emit(segments, text[i:j])
            else:
                segments.extend(covered)
            i = j
        if all(s.reading is None for s in segments):
            return text
        return markup(segments)

    def _cover(self, run: str) -> list[Segment] | None:
        found: list[Segment] = []
        i = 0
        while i < len(run):
            for size in range(min(self._longest, len(run) - i), 0, -1):
                piece = run[i:i + size]
                if piece in self._readings:
                    found.append(Segment(piece, self._readings[piece]))
                    i += size
                    break
            else:
                return None
        return found
