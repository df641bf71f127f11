"""やさしい日本語 on the resident screens: no widget shows the raw ruby markup (《》 ｜), and
the titles, questions and answers draw real ruby.

Every resident screen is built in ``ja-easy`` with a family's 転入 (answers, plan and all)
and each of its pages shown; every visible widget's text, accessible name, tooltip and
placeholder is read (and its accessible description). A ``RubyLabel`` draws the readings
as ruby; no widget's text holds the markup.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from kiosk import i18n
from kiosk.app.composition import Services
from kiosk.app.visit import session_from_scenario
from kiosk.config import Config
from kiosk.ui.widgets.ruby_label import RubyLabel

TODAY = date(2026, 4, 6)
SCENARIOS = Path(__file__).resolve().parents[3] / "forms" / "scenarios"
SCREENS = ("welcome", "card_insert", "pin_entry", "manual_entry", "life_event", "household",
           "questions", "household_split", "new_address", "furigana", "summary", "finished")
MARKUP = ("《", "》", "｜")
LANGUAGES = ("ja", "en", "ja-easy")


@pytest.fixture
def easy_window(make_window: Callable[..., Any]) -> Iterator[Any]:
    before = i18n.languages()
    config = Config().replace("ui", language="ja-easy", languages=LANGUAGES)
    window = make_window(config, services=Services(config, clock=lambda: TODAY))
    data = json.loads((SCENARIOS / "tennyu_family4.json").read_text(encoding="utf-8"))
    session_from_scenario(data, window.session)
    window.session.channel = "card"
    yield window
    window.set_language("ja")
    window.allow_close()
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    i18n.configure(languages=before)


def _shown_texts(widget: QWidget) -> list[tuple[str, str]]:
    found = [(widget.objectName() or type(widget).__name__, widget.accessibleName()),
             (widget.objectName(), widget.accessibleDescription()),
             (widget.objectName(), widget.toolTip())]
    if isinstance(widget, QLabel | QAbstractButton):
        found.append((widget.objectName(), widget.text()))
    if isinstance(widget, QLineEdit):
        found.append((widget.objectName(), widget.placeholderText()))
    return found


def _pages(screen: Any) -> list[Callable[[], None]]:
    pages = getattr(screen, "pages", None)
    if pages is None:
        return [lambda: None]
    def show(index: int) -> Callable[[], None]:
        return lambda: pages.setCurrentIndex(index)

    return [show(index) for index in range(pages.count())]


def test_no_resident_screen_shows_ruby_markup(easy_window: Any) -> None:
    window = easy_window
    assert window.language.current == "ja-easy"
    leaks: list[str] = []
    ruby_labels: set[str] = set()
    for screen_id in SCREENS:
        window.flow.go(screen_id)
        screen = window.screens[screen_id]
        for show in _pages(screen):
            show()
            QApplication.processEvents()
            for widget in [window, *window.findChildren(QWidget)]:
                if not widget.isVisible():
                    continue
                if isinstance(widget, RubyLabel) and widget.has_ruby():
                    ruby_labels.add(f"{screen_id}:{widget.objectName()}")
                leaks += [f"{screen_id}: {name}: {text!r}" for name, text in _shown_texts(widget)
                          if any(mark in text for mark in MARKUP)]
    # every question of the visit, answered with its first answer
    data = json.loads((SCENARIOS / "tennyu_family4.json").read_text(encoding="utf-8"))
    data["answers"] = {}
    session_from_scenario(data, window.session)
    window.flow.go("questions")
    screen = window.screens["questions"]
    for _ in range(40):
        QApplication.processEvents()
        if window.flow.current != "questions" or not screen.answer_buttons:
            break
        for widget in screen.findChildren(QWidget):
            if not widget.isVisible():
                continue
            if isinstance(widget, RubyLabel) and widget.has_ruby():
                ruby_labels.add(f"questions:{widget.objectName()}")
            leaks += [f"questions: {name}: {text!r}" for name, text in _shown_texts(widget)
                      if any(mark in text for mark in MARKUP)]
        next(iter(screen.answer_buttons.values())).click()
    assert not leaks, "\n".join(sorted(set(leaks)))
    # the ruby is not simply dropped: titles, the question, answer buttons' labels (the
    # life events), the counters and procedures draw it
    assert {"welcome:welcomeTitle", "questions:questionTitle", "life_event:eventINTitle",
            "summary:stop_JUMIN", "finished:counter0"} <= ruby_labels, sorted(ruby_labels)
    assert any(label.startswith("questions:answer_") for label in ruby_labels)


def test_easy_japanese_is_named_in_itself_and_falls_back_to_japanese() -> None:
    assert i18n.language_name("ja-easy") == "やさしい にほんご"
    # a UI string no easy text exists for shows normal Japanese, never English
    assert i18n.translate("Statistics", "Visits", "ja-easy") == i18n.translate(
        "Statistics", "Visits", "ja")
