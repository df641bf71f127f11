"""Walk a whole visit through the real kiosk window and stop at every screen a resident sees.

:func:`walk` drives the window with :class:`resident_driver.Resident` (the in-process card
emulator behind the real reader service: no pcscd, no vpcd) and yields, at each stop, the
stop's name and the widgets to check (the top bar and the screen, or an overlay's layer).
The caller grabs and checks them (``tests/unit/ui/test_every_screen_fits.py``).

Every stop is reached the cheapest way that still shows what a resident would see: by
tapping, where the visit goes there anyway (card, PIN, event, one household member, the
questions, the new address, print); by ``flow.go`` for the other ways in (manual entry, the
pre-application screens); by opening the overlay for the overlays. A new screen or overlay
is one more ``yield`` here.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "e2e"))
from resident_driver import Resident  # (the e2e folder is not a package: by path)

#: 転入: the visit with the most screens (a household, questions, a new address).
EVENT = "IN"
#: The household member typed on the editor: one of each editor page.
MEMBER = ("夫", "サトウ タロウ", "昭和", ("58", "3", "3"))

Stop = tuple[str, list[QWidget]]


def settle() -> None:
    """Let posted layout requests and style changes run (a few rounds: they cascade)."""
    for _ in range(3):
        QApplication.processEvents()


def _has_ink(widget: QWidget) -> bool:
    """Something dark is drawn on ``widget`` (a rendered page's text, not a blank page)."""
    image = widget.grab().toImage()
    step = 7
    return any(image.pixelColor(x, y).lightness() < 100
               for y in range(0, image.height(), step) for x in range(0, image.width(), step))


def _question_kind(screen: Any) -> str:
    step = screen.step
    question = step.prompt.question
    kind = question.type if question.type == "bool" else f"choice{len(question.options)}"
    if step.can_split:
        kind += "-everyone"
    elif screen.about.isVisible():
        kind += "-person"
    return kind


class VisitWalk:
    """One window, one language, one text size: the stops of a whole visit, in order."""

    def __init__(self, resident: Resident) -> None:
        self.resident = resident
        self.window = resident.window
        self.top_bar: QWidget = self.window.findChild(QWidget, "topBar")

    def _screen(self, screen_id: str) -> Stop:
        settle()
        return screen_id, [self.top_bar, self.window.screens[screen_id]]

    def _stop(self, name: str, screen_id: str) -> Stop:
        settle()
        return name, [self.top_bar, self.window.screens[screen_id]]

    def stops(self) -> Iterator[Stop]:
        r = self.resident
        yield self._screen("welcome")
        r.tap(r.screen("welcome").start_card)
        r.wait_for("card_insert")
        yield self._screen("card_insert")
        yield from self._card_and_pin()
        yield self._screen("life_event")
        r.choose_event(EVENT)
        yield from self._household()
        yield from self._questions()
        yield from self._new_address()
        if r.at == "furigana":
            yield self._screen("furigana")
            r.tap(r.screen("furigana").yes_button)
        r.wait_for("summary")
        yield self._screen("summary")
        yield from self._overlays()
        r.tap(r.screen("summary").print_button)
        r.wait_for("preview")
        preview = r.screen("preview")
        r.qtbot.waitUntil(lambda: preview.state == "ready", timeout=60_000)
        # The PDF view paints its pages on a worker thread: grab once the text is drawn.
        r.qtbot.waitUntil(lambda: _has_ink(preview.view.viewport()), timeout=10_000)
        yield self._screen("preview")
        r.tap(preview.print_button)
        r.qtbot.waitUntil(lambda: r.at in ("take_card", "finished"), timeout=60_000)
        if r.at == "take_card":  # 「マイナンバーカードをお取りください」
            yield self._screen("take_card")
        r.take_card_back()
        yield self._screen("finished")
        yield from self._other_ways_in()

    def _card_and_pin(self) -> Iterator[Stop]:
        from kiosk.card.emulator import EmulatedCard

        r = self.resident
        r.backend.insert(EmulatedCard(r.profile))
        r.wait_for("pin_entry")
        pad = r.screen("pin_entry").pad
        r.qtbot.waitUntil(lambda: pad.keypad.digit_buttons["0"].isEnabled(), timeout=10_000)
        for digit in r.profile.pin[:2]:
            r.tap(pad.keypad.digit_buttons[digit])
        yield self._screen("pin_entry")
        for digit in r.profile.pin[2:]:
            r.tap(pad.keypad.digit_buttons[digit])
        r.tap(pad.keypad.submit_button)
        r.wait_for("life_event")

    def _household(self) -> Iterator[Stop]:
        r = self.resident
        household = r.screen("household")
        r.wait_for_records()
        yield self._stop("household", "household")
        r.tap(household.add_button)
        editor = household.editor
        relation, kana, era, ymd = MEMBER
        yield self._stop("member-relation", "household")
        r.tap(editor.relation_buttons[relation])
        editor.keyboard.press(kana)
        yield self._stop("member-name-kana", "household")
        r.tap(editor.keyboard.ok_button)
        birth = editor.birth
        if birth.era != era:
            r.tap(birth.era_buttons[era])
        for field, digits in zip(("year", "month", "day"), ymd, strict=True):
            if birth.active != field:
                r.tap(birth.field_buttons[field])
            birth.keypad.press(digits)
        yield self._stop("member-birth", "household")
        r.tap(birth.keypad.submit_button)
        yield self._stop("member-sex", "household")
        r.tap(editor.male_button)
        yield self._stop("household-two", "household")
        r.tap(household.continue_button)

    def _questions(self) -> Iterator[Stop]:
        """One stop per kind of question screen (yes/no, a choice of n, for everyone with
        "it differs", about one person); the others are answered without a stop."""
        r = self.resident
        r.wait_for("questions")
        screen = r.screen("questions")
        seen: set[str] = set()
        for _ in range(80):  # bounded: a screen that never advances fails, not hangs
            if r.at != "questions":
                return
            kind = _question_kind(screen)
            if kind not in seen:
                seen.add(kind)
                yield self._stop(f"question-{kind}", "questions")
            buttons = screen.answer_buttons
            name = "answerNo" if "answerNo" in buttons else next(
                n for n in buttons if n != "answerSplit")
            r.tap(buttons[name])
        raise AssertionError("the questions never end")

    def _new_address(self) -> Iterator[Stop]:
        r = self.resident
        r.wait_for("new_address")
        screen = r.screen("new_address")
        yield self._stop("new_address-oaza", "new_address")
        r.tap(next(iter(screen.picker.buttons.values())))
        screen.keypad.press("123")
        screen.keypad.digit.emit("-")
        screen.keypad.press("4")
        yield self._stop("new_address-banchi", "new_address")
        r.tap(screen.keypad.submit_button)
        screen.keyboard.press("コーポ")
        yield self._stop("new_address-katagaki", "new_address")
        r.tap(screen.no_katagaki)

    def _overlay(self, name: str, layer: QWidget) -> Stop:
        settle()
        return name, [layer]

    def _overlays(self) -> Iterator[Stop]:
        window = self.window
        window.call_staff.open()
        yield self._overlay("overlay-call-staff", window.call_staff.overlay)
        window.call_staff.overlay.close_overlay()
        window.staff_pin.open()
        window.staff_pin.keypad.press("12")
        yield self._overlay("overlay-staff-pin", window.staff_pin.overlay)
        window.staff_pin.overlay.close_overlay()
        window.idle._warn()  # the warning, as after the quiet time
        yield self._overlay("overlay-idle-warning", window.idle.overlay)
        window.idle.activity()
        picker = window.language_picker
        if picker is not None:
            picker.open(window.language.current)
            yield self._overlay("overlay-language-picker", picker.overlay)
            picker.overlay.close_overlay()

    def _other_ways_in(self) -> Iterator[Stop]:
        """Manual entry, page by page, and the pre-application's scan and review."""
        window = self.window
        window.flow.go("manual_entry")
        screen = window.screens["manual_entry"]
        yield self._stop("manual_entry-intro", "manual_entry")
        self.resident.tap(screen.start_button)
        screen.editor.keyboard.press("サトウ")
        yield self._stop("manual_entry-name-kana", "manual_entry")
        self.resident.tap(screen.editor.keyboard.ok_button)
        yield self._stop("manual_entry-birth", "manual_entry")
        from kiosk.ui.screens.manual_entry import BANCHI, OTHER, WHERE

        for page, name in ((WHERE, "where"), (BANCHI, "banchi"), (OTHER, "elsewhere-kana")):
            screen._goto(page)
            yield self._stop(f"manual_entry-{name}", "manual_entry")
        for screen_id in ("prefill_scan", "prefill_review"):
            window.flow.go(screen_id)
            yield self._screen(screen_id)
