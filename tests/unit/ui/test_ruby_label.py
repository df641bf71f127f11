"""Ruby on screen: the label draws readings and counts their height, controls never show
the markup, and a translator strips it while the glossary keeps the readings."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk import i18n
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.ruby import RubyButton, active_glossary, reset_glossary
from kiosk.ui.widgets.ruby_label import RubyLabel

MARKED = "住民票《じゅうみんひょう》を出《だ》します"
_HOLDERS: list[QWidget] = []


@pytest.fixture(autouse=True)
def _fresh_glossary() -> Iterator[None]:
    reset_glossary()
    yield
    reset_glossary()
    _HOLDERS.clear()


def _shown(qtbot: Any, widget: QWidget) -> QWidget:
    holder = QWidget()
    QVBoxLayout(holder).addWidget(widget)
    holder.setStyleSheet("* { font-size: 20px; }")
    qtbot.addWidget(holder)
    holder.resize(400, 300)
    holder.show()
    _HOLDERS.append(holder)
    return holder


def test_marked_text_is_drawn_with_readings_and_taller(qtbot: Any) -> None:
    ruby, normal = RubyLabel(), QLabel()
    for label in (ruby, normal):
        _shown(qtbot, label)
    ruby.setText(MARKED)
    normal.setText("住民票を出します")
    assert ruby.has_ruby()
    assert ruby.text() == "住民票を出します"
    assert ruby.accessibleName() == "じゅうみんひょうをだします"
    assert ruby.sizeHint().height() > normal.sizeHint().height() * 1.3
    # the readings are drawn: the band above the base text has ink
    image = QImage(ruby.size(), QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    ruby.render(image)
    band = ruby.contentsRect().top() + 2
    assert any(image.pixel(x, y) != 0xFFFFFFFF
               for x in range(ruby.width()) for y in range(band, band + 6))


def test_wrapping_keeps_pairs_and_counts_every_line(qtbot: Any) -> None:
    label = RubyLabel()
    label.setWordWrap(True)
    _shown(qtbot, label)
    label.setText("転入届《てんにゅうとどけ》" * 6)
    one_line = label.heightForWidth(10_000)
    narrow = label.heightForWidth(120)
    assert narrow >= 4 * one_line - 20  # at most one pair fits a line: six lines, minus margins
    assert label.minimumSizeHint().width() >= 60  # a pair (3 kanji, 6 kana) is never broken


def test_plain_text_is_an_ordinary_label(qtbot: Any) -> None:
    label, normal = RubyLabel(), QLabel()
    for each in (label, normal):
        _shown(qtbot, each)
        each.setText("ふつうの テキスト")
    assert not label.has_ruby()
    assert label.sizeHint() == normal.sizeHint()
    assert label.accessibleName() == ""


def test_glossary_restores_ruby_on_a_filled_in_string(qtbot: Any) -> None:
    active_glossary().learn("質問《しつもん》 %1")
    label = RubyLabel()
    _shown(qtbot, label)
    label.setText("質問 3")
    assert label.has_ruby()
    assert label.marked_text() == "｜質問《しつもん》 3"


def test_button_shows_plain_text_and_speaks_the_reading(qtbot: Any) -> None:
    button = RubyButton()
    _shown(qtbot, button)
    button.setText(MARKED)
    button.setAccessibleName(MARKED)
    assert button.text() == "住民票を出します"
    assert button.accessibleName() == "じゅうみんひょうをだします"
    other = RubyButton()
    other.setAccessibleName("住民票を出します")  # plain, readings learnt from the first
    assert other.accessibleName() == "じゅうみんひょうをだします"


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context><name>RubyProbe</name>
 <message><source>Residence certificate</source>
  <translation type="unfinished">住民票《じゅうみんひょう》</translation></message>
</context>
</TS>
"""


def test_translator_strips_markup_and_learns_readings(tmp_path: Path, qapp: Any) -> None:
    ts = tmp_path / "probe_ja-easy.ts"
    ts.write_text(TS, encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True,
                   capture_output=True)
    switcher = LanguageSwitcher.shared()
    before_languages, before = i18n.languages(), switcher.current
    i18n.configure(languages=[*before_languages, "ja-easy"], folders=[tmp_path])
    try:
        switcher.set_language("ja-easy")
        assert QCoreApplication.translate("RubyProbe", "Residence certificate") == "住民票"
        assert active_glossary().annotate("住民票") == "住民票《じゅうみんひょう》"
    finally:
        switcher.set_language("en" if "en" in before_languages else before_languages[0])
        switcher.set_language(before) if before in before_languages else None
        i18n.configure(languages=before_languages, folders=[])


def _line_texts(label: RubyLabel, width: int) -> list[str]:
    return ["".join(u.base for u in line) for line in label._lines(width)]


def test_spaced_text_breaks_between_words_and_never_before_a_full_stop(qtbot: Any) -> None:
    label = RubyLabel()
    label.setWordWrap(True)
    _shown(qtbot, label)
    label.setText("町《まち》から きました。ほかの 町《まち》へ 行《い》きます。")
    width = label._units()[0].width * 9  # the longest word is 8 characters
    lines = _line_texts(label, width)
    assert len(lines) > 1
    assert all(word.strip() in {"町から", "きました。ほかの", "町へ", "行きます。"}
               for line in lines for word in line.split(" ") if word.strip()), lines
    unspaced = RubyLabel()
    unspaced.setWordWrap(True)
    _shown(qtbot, unspaced)
    unspaced.setText("漢字《かんじ》をかきます。")
    for cut in range(20, 200, 7):
        assert not any(line.startswith("。") for line in _line_texts(unspaced, cut))
