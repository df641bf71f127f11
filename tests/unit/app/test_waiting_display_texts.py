"""Every text of the waiting display and its status page has a Japanese translation."""

from __future__ import annotations

import re
from pathlib import Path

import kiosk.app.waiting_display
import kiosk.ui.display.window
import kiosk.web
from kiosk.app.waiting_display import CONTEXT
from kiosk.i18n import translate

SOURCES = [Path(kiosk.app.waiting_display.__file__), Path(kiosk.ui.display.window.__file__),
           Path(kiosk.web.__file__).parent / "templates" / "queue.html"]
CALL = re.compile(r"""\b(?:tr|q)\(\s*(["'])((?:(?!\1).)+)\1""")
STATES = ("Please come", "Being served")  # looked up from a table, not a literal call


def sentences() -> set[str]:
    found = {m.group(2) for path in SOURCES for m in CALL.finditer(path.read_text("utf-8"))}
    return found | set(STATES)


def test_the_extraction_finds_the_sentences() -> None:
    assert {"Ticket {ticket}, please come to {counter}.", "Estimated wait", "Language"} <= sentences()


def test_every_display_sentence_has_japanese_with_the_same_placeholders() -> None:
    for source in sentences():
        japanese = translate(CONTEXT, source, "ja")
        assert japanese != source, source
        assert set(re.findall(r"\{\w+\}", japanese)) == set(re.findall(r"\{\w+\}", source))
