"""A label that draws ruby (small kana above kanji) when its text has readings.

Given Aozora-marked text (``住民票《じゅうみんひょう》``), or plain text whose kanji the shown
language's glossary can annotate (a ``tr()`` string after ``%1`` was filled in), it lays the
text out itself: every line gets a reading band above it, a ruby pair never breaks, a line
never starts with closing punctuation, and ``heightForWidth``/``sizeHint`` count the bands
so layouts do not clip it. ``text()`` is always the plain text and the accessible name the
reading. Simple rich text with readings is drawn as lines of ruby text (emphasis dropped); any other
text is an ordinary ``QLabel``.
"""

from __future__ import annotations

import html
import re
from typing import NamedTuple

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.i18n.ruby import OPEN, Segment, has_markup, is_kanji, parse, plain, reading
from kiosk.ui.ruby import active_glossary, spoken

RUBY_SCALE = 0.5
"""Reading size against the base text (JIS X 4051 ruby is half the base size)."""
_NO_LINE_START = set("、。，．・：；？！ー）」』】〕〉》ゝゞヽヾぁぃぅぇぉっゃゅょァィゥェォッャュョ"
                     ",.!?)]:;%")
_WRAP_CAP_EM = 36
"""The width a wrapping label asks for, in lines of this many characters at most."""


class _Unit(NamedTuple):
    base: str
    reading: str
    width: int
    newline: bool = False
    glued: bool = False  # no line break before it (closing punctuation, small kana)
    base_width: int = 0  # a ruby pair: the width of its base alone


class RubyLabel(QLabel):
    """A ``QLabel`` that paints ruby itself when its text carries readings."""

    def __init__(self, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        self._segments: tuple[Segment, ...] = ()
        self._named = False  # an accessible name was given explicitly
        self._measured: tuple[tuple[str, tuple[Segment, ...]], list[_Unit]] | None = None
        if text:
            self.setText(text)

    # ------------------------------------------------------------------ text
    def setText(self, text: str) -> None:
        marked = ""
        if text and _rich(text) and OPEN in text:
            # rich text with readings (a list built as HTML): drawn as ruby, as plain lines
            text = _html_lines(text)
        if text and not _rich(text):
            active_glossary().learn(text)
            annotated = active_glossary().annotate(text)
            marked = annotated if OPEN in annotated else ""
        if marked and has_markup(marked):
            self._segments = parse(marked)
            super().setText(plain(marked))
        else:
            self._segments = ()
            super().setText(text)
        if not self._named:
            super().setAccessibleName(reading(marked) if self._segments else "")
        self.updateGeometry()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A new text size: the layouts' cached heights for a width were measured with the
        # old font (QLabel does not tell them when it draws the ruby itself).
        if self._segments and event.type() in (QEvent.Type.FontChange,
                                               QEvent.Type.StyleChange):
            self.updateGeometry()

    def setAccessibleName(self, name: str) -> None:
        self._named = bool(name)
        super().setAccessibleName(spoken(name))

    def has_ruby(self) -> bool:
        """Whether the label is drawing readings now."""
        return bool(self._segments)

    def marked_text(self) -> str:
        """The text with its readings (Aozora markup), or the plain text."""
        if not self._segments:
            return self.text()
        return "".join(f"｜{s.base}《{s.reading}》" if s.reading else s.base
                       for s in self._segments)

    # ------------------------------------------------------------------ layout
    def _ruby_font(self) -> QFont:
        font = QFont(self.font())
        if font.pixelSize() > 0:
            font.setPixelSize(max(8, round(font.pixelSize() * RUBY_SCALE)))
        else:
            font.setPointSizeF(max(6.0, font.pointSizeF() * RUBY_SCALE))
        return font

    def _units(self) -> list[_Unit]:
        # layouts ask for heightForWidth many times: measure once per text and font
        key = (self.font().key(), self._segments)
        if self._measured is None or self._measured[0] != key:
            self._measured = (key, self._measure())
        return self._measured[1]

    def _measure(self) -> list[_Unit]:
        base, ruby = QFontMetrics(self.font()), QFontMetrics(self._ruby_font())
        units: list[_Unit] = []
        for segment in self._segments:
            if segment.reading:
                base_width = base.horizontalAdvance(segment.base)
                units.append(_Unit(segment.base, segment.reading,
                                   max(base_width, ruby.horizontalAdvance(segment.reading)),
                                   base_width=base_width))
                continue
            for piece in _pieces(segment.base):
                if piece == "\n":
                    units.append(_Unit("", "", 0, newline=True))
                elif units and not units[-1].newline and piece[0] in _NO_LINE_START:
                    units.append(_Unit(piece, "", base.horizontalAdvance(piece), glued=True))
                else:
                    units.append(_Unit(piece, "", base.horizontalAdvance(piece)))
        return _overhang(units, ruby.horizontalAdvance("あ"))

    def _lines(self, width: int) -> list[list[_Unit]]:
        """The units laid out in lines: a line breaks between words (the spaces of a text
        written with 分かち書き, else between any two characters), never before closing
        punctuation; a word wider than the line breaks between its characters."""
        lines: list[list[_Unit]] = [[]]
        used = 0
        for word in _words(self._units()):
            if word[0].newline:
                lines.append([])
                used = 0
                continue
            size = sum(u.width for u in word)
            if self.wordWrap() and lines[-1] and used + size > width:
                lines.append([])
                used = 0
            for unit in word:
                if self.wordWrap() and lines[-1] and used + unit.width > width \
                        and not unit.glued:
                    lines.append([])
                    used = 0
                if not lines[-1] and unit.base.isspace():
                    continue
                lines[-1].append(unit)
                used += unit.width
        return lines

    def _ruby_height(self) -> int:
        # the reading band, with a little air above it (the line before's descenders)
        metrics = QFontMetrics(self._ruby_font())
        return _text_height(metrics, "かな") + max(1, metrics.height() // 6)

    def _line_height(self) -> int:
        return self._ruby_height() + _text_height(QFontMetrics(self.font()), "漢字Ag")

    def _margins(self) -> tuple[int, int]:
        m = self.contentsMargins()
        extra = 2 * self.margin()
        return m.left() + m.right() + extra, m.top() + m.bottom() + extra

    def _height_for(self, text_width: int) -> int:
        return len(self._lines(text_width)) * self._line_height() + self._margins()[1]

    def hasHeightForWidth(self) -> bool:
        return super().hasHeightForWidth() if not self._segments else self.wordWrap()

    def heightForWidth(self, width: int) -> int:
        if not self._segments:
            return super().heightForWidth(width)
        return self._height_for(max(1, width - self._margins()[0]))

    def sizeHint(self) -> QSize:
        if not self._segments:
            return super().sizeHint()
        natural = max((sum(u.width for u in line) for line in self._lines(1 << 24)), default=0)
        width = natural
        if self.wordWrap():
            width = min(natural, _WRAP_CAP_EM * QFontMetrics(self.font()).height())
        return QSize(width + self._margins()[0], self._height_for(max(1, width)))

    def minimumSizeHint(self) -> QSize:
        if not self._segments:
            return super().minimumSizeHint()
        if not self.wordWrap():
            return self.sizeHint()
        widest = max((u.width for u in self._units()), default=0)
        return QSize(widest + self._margins()[0], self._line_height() + self._margins()[1])

    # ------------------------------------------------------------------ drawing
    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._segments:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        self.drawFrame(painter)
        area = self.contentsRect().adjusted(self.margin(), self.margin(),
                                            -self.margin(), -self.margin())
        lines = self._lines(max(1, area.width()))
        ruby_font = self._ruby_font()
        ruby_height = self._ruby_height()
        ruby_metrics = QFontMetrics(ruby_font)
        line_height = self._line_height()
        align = self.alignment()
        top = area.top()
        spare = area.height() - len(lines) * line_height
        if align & Qt.AlignmentFlag.AlignVCenter:
            top += max(0, spare // 2)
        elif align & Qt.AlignmentFlag.AlignBottom:
            top += max(0, spare)
        group = (QPalette.ColorGroup.Active if self.isEnabled()
                 else QPalette.ColorGroup.Disabled)
        painter.setPen(self.palette().color(group, self.foregroundRole()))
        for number, line in enumerate(lines):
            y = top + number * line_height
            spare_x = area.width() - sum(u.width for u in line)
            x = area.left()
            if align & Qt.AlignmentFlag.AlignHCenter:
                x += max(0, spare_x // 2)
            elif align & Qt.AlignmentFlag.AlignRight:
                x += max(0, spare_x)
            for unit in line:
                painter.setFont(self.font())
                painter.drawText(QRect(x, y + ruby_height, unit.width, line_height - ruby_height),
                                 int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                                 unit.base)
                if unit.reading:
                    # centred over its base, kept inside the label at a line's ends
                    wide = ruby_metrics.horizontalAdvance(unit.reading)
                    left = x + (unit.width - wide) // 2
                    left = max(area.left(), min(left, area.right() + 1 - wide))
                    painter.setFont(ruby_font)
                    painter.drawText(QRect(left, y, wide, ruby_height),
                                     int(Qt.AlignmentFlag.AlignHCenter
                                         | Qt.AlignmentFlag.AlignBottom), unit.reading)
                x += unit.width
        painter.end()


def _overhang(units: list[_Unit], ruby_em: int) -> list[_Unit]:
    """A reading longer than its base may hang half a reading character over each
    neighbour that has no reading of its own (as typeset ruby does), instead of spacing
    the base out by its full length."""
    out = list(units)
    for i, unit in enumerate(units):
        if not unit.reading or unit.width <= unit.base_width:
            continue
        neighbours = [units[j] for j in (i - 1, i + 1) if 0 <= j < len(units)]
        if all(not n.reading and not n.newline for n in neighbours):
            out[i] = unit._replace(width=max(unit.width - ruby_em, unit.base_width))
    return out


def _words(units: list[_Unit]) -> list[list[_Unit]]:
    """Units grouped into what must not break: with spaces in the text, the runs between
    them; without, each character (and the closing punctuation glued to it)."""
    spaced = any(u.base.isspace() for u in units)
    words: list[list[_Unit]] = []
    for unit in units:
        space = unit.base.isspace()
        joins = words and not unit.newline and not words[-1][0].newline and (
            unit.glued or (spaced and not space and not words[-1][-1].base.isspace()))
        if joins:
            words[-1].append(unit)
        else:
            words.append([unit])
    return words


def _pieces(text: str) -> list[str]:
    """Break opportunities: each CJK character alone, other words with their spaces."""
    pieces: list[str] = []
    word = ""
    for char in text:
        if char == "\n":
            if word:
                pieces.append(word)
            pieces.append("\n")
            word = ""
        elif is_kanji(char) or _is_kana(char) or char.isspace() or ord(char) >= 0x3000:
            if word:
                pieces.append(word)
            pieces.append(char)
            word = ""
        else:
            word += char
    if word:
        pieces.append(word)
    return pieces


def _text_height(metrics: QFontMetrics, sample: str) -> int:
    """A line's height, counting a fallback face taller than the font's own (CJK glyphs)."""
    return max(metrics.height(), metrics.boundingRect(sample).height())


def _rich(text: str) -> bool:
    return text.lstrip().startswith("<")


def _html_lines(text: str) -> str:
    """The text of simple rich text (``<b>``, ``<i>``, ``<br>``, entities): line breaks
    kept, emphasis dropped."""
    lines = re.sub(r"<br\s*/?>|</p>", "\n", text, flags=re.IGNORECASE)
    return html.unescape(re.sub(r"<[^>]+>", "", lines))


def _is_kana(char: str) -> bool:
    return 0x3040 <= ord(char) <= 0x30FF
