"""Names as registered: the カナ / ABC switch, the Latin keyboard, and voiced or small kana
from one key (a long press or a flick) on the kana keyboard."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.app.composition import Services
from kiosk.app.visit import FLAG_KANJI_BY_STAFF
from kiosk.config import Config
from kiosk.domain.resident import BasicFour, Sex
from kiosk.ui.widgets.kana_keyboard import KanaKeyboard
from kiosk.ui.widgets.latin_keyboard import LatinKeyboard
from kiosk.ui.widgets.variant_key import FLICK_PX, VariantKey

VIETNAMESE = "グエン\u3000ヴァン\u3000アン"  # NGUYEN VAN AN, the case


def _counted(keyboard: KanaKeyboard | LatinKeyboard) -> list[int]:
    presses: list[int] = []
    keyboard.typed.connect(lambda: presses.append(1))
    return presses


def _move(key: QWidget, dy: int) -> None:
    """A finger sliding on the key (QTest's mouseMove carries no pressed button)."""
    centre = QPointF(key.rect().center())
    at = centre + QPointF(0, dy)
    event = QMouseEvent(QEvent.Type.MouseMove, at, key.mapToGlobal(at),
                        Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(key, event)


def test_a_long_press_types_the_voiced_kana_once(qtbot: Any) -> None:
    keyboard = KanaKeyboard(None)
    qtbot.addWidget(keyboard)
    keyboard.show()
    presses = _counted(keyboard)
    key = keyboard.keys["カ"]
    QTest.mousePress(key, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: keyboard.text == "ガ", timeout=3000)
    QTest.mouseRelease(key, Qt.MouseButton.LeftButton)
    assert keyboard.text == "ガ" and len(presses) == 1, "the release types nothing more"
    QTest.mouseClick(key, Qt.MouseButton.LeftButton)
    assert keyboard.text == "ガカ", "a tap is still the plain key"


def test_a_flick_up_or_down_chooses_the_variant(qtbot: Any) -> None:
    keyboard = KanaKeyboard(None)
    qtbot.addWidget(keyboard)
    keyboard.show()
    for char, dy in (("ハ", -FLICK_PX - 4), ("ハ", FLICK_PX + 4), ("ツ", -FLICK_PX - 4),
                     ("ユ", -FLICK_PX - 4), ("ウ", -FLICK_PX - 4), ("ウ", FLICK_PX + 4)):
        key = keyboard.keys[char]
        QTest.mousePress(key, Qt.MouseButton.LeftButton, pos=key.rect().center())
        _move(key, dy)
        QTest.mouseRelease(key, Qt.MouseButton.LeftButton, pos=key.rect().center() + QPoint(0, dy))
    assert keyboard.text == "バパッュヴゥ"


def test_every_voiced_and_small_kana_has_a_key(qtbot: Any) -> None:
    keyboard = KanaKeyboard(None)
    qtbot.addWidget(keyboard)
    reachable = {v for k in keyboard.keys.values() if isinstance(k, VariantKey) for v in k.variants}
    assert set("ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヴァィゥェォッャュョ") <= reachable
    assert keyboard.keys["ツ"].variants[0] == "ッ" and keyboard.keys["ハ"].variants == ("バ", "パ")


def test_the_vietnamese_reading_takes_fewer_touches(qtbot: Any) -> None:
    before, after = KanaKeyboard(None), KanaKeyboard(None)
    qtbot.addWidget(before)
    qtbot.addWidget(after)
    old, new = _counted(before), _counted(after)
    before.press(VIETNAMESE)  # ゛ and 小 as keys of their own
    after.press_fewest(VIETNAMESE)  # ヴ and ァ from their keys' variants
    assert before.text == after.text == VIETNAMESE
    assert (len(old), len(new)) == (13, 10)


def test_the_latin_keyboard_writes_the_name_as_registered(qtbot: Any) -> None:
    keyboard = LatinKeyboard(None)
    qtbot.addWidget(keyboard)
    presses = _counted(keyboard)
    keyboard.press("nguyen  van an ")
    assert keyboard.text == "NGUYEN VAN AN" and len(presses) == 15
    keyboard.delete_button.click()  # the trailing space
    keyboard.delete_button.click()
    keyboard.press("N")
    keyboard.keys["-"].click()
    keyboard.keys["'"].click()
    keyboard.keys[","].click()
    assert keyboard.text == "NGUYEN VAN AN-',"
    submitted: list[str] = []
    keyboard.submitted.connect(submitted.append)
    keyboard.ok_button.click()
    assert submitted == ["NGUYEN VAN AN-',"]


@pytest.fixture
def household(make_window: Callable[..., Any], qtbot: Any) -> Iterator[Any]:
    from kiosk.ui.registry import screens_in
    from kiosk.ui.screens.welcome import WelcomeScreen

    config = Config().replace("ui", language="en")
    window = make_window(config, services=Services(config, clock=lambda: date(2026, 4, 6)),
                         screens=[WelcomeScreen, *screens_in("wizard")])
    window.session.resident = BasicFour("NGUYEN VAN AN", "東京都", date(1990, 3, 4), Sex.MALE)
    window.session.furigana = VIETNAMESE
    window.session.event_id = "IN"
    window.session.channel = "card"
    window.flow.go("household")
    yield window
    window.allow_close()
    window.close()


def test_a_foreign_residents_household_is_typed_as_registered(household: Any, qtbot: Any
                                                              ) -> None:
    screen = household.screens["household"]

    def tap(widget: QWidget) -> None:
        assert widget.isVisible() and widget.isEnabled(), widget.objectName()
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    tap(screen.add_button)
    editor = screen.editor
    tap(editor.relation_buttons["妻"])
    # the card holder's name is Latin: the ABC keys come first
    assert editor.name_keys.latin_mode and editor.latin_keyboard.isVisible()
    assert "residence card" in editor.prompt.text()
    # the card holder's family name is proposed, with the space after it
    assert editor.latin_keyboard.text == "NGUYEN"
    editor.latin_keyboard.press("THI HOA")
    tap(editor.latin_keyboard.ok_button)
    assert editor.step == "reading" and "NGUYEN THI HOA" in editor.prompt.text()
    editor.reading_keyboard.press_fewest("グエン\u3000ティ\u3000ホア")
    tap(editor.reading_keyboard.ok_button)
    assert editor.step == "birth"
    tap(editor.birth.era_buttons["平成"])
    for field, value in zip(("year", "month", "day"), ("4", "7", "8"), strict=True):
        tap(editor.birth.field_buttons[field])
        editor.birth.keypad.press(value)
    tap(editor.birth.keypad.submit_button)
    tap(editor.female_button)
    member = household.session.household[0]
    assert (member.name, member.furigana) == ("NGUYEN THI HOA", "グエン\u3000ティ\u3000ホア")
    assert FLAG_KANJI_BY_STAFF not in household.session.flags, "no kanji to add"
    # the switch goes back to カナ for a name typed in katakana
    tap(screen.add_button)
    tap(editor.relation_buttons["子"])
    tap(editor.name_keys.kana_button)
    assert editor.keyboard.isVisible() and not editor.latin_keyboard.isVisible()
    editor.keyboard.press("アン")
    tap(editor.keyboard.ok_button)
    assert editor.step == "birth", "a katakana name is its own reading"


def test_a_wrong_latin_name_is_refused(household: Any, qtbot: Any) -> None:
    screen = household.screens["household"]
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    editor = screen.editor
    qtbot.mouseClick(editor.relation_buttons["妻"], Qt.MouseButton.LeftButton)
    while editor.latin_keyboard.text:  # the proposed family name, deleted
        qtbot.mouseClick(editor.latin_keyboard.delete_button, Qt.MouseButton.LeftButton)
    editor.latin_keyboard.press("-")
    qtbot.mouseClick(editor.latin_keyboard.ok_button, Qt.MouseButton.LeftButton)
    assert editor.step == "name" and editor.name_error.isVisible()
    assert unicodedata.normalize("NFC", editor.name_error.text())


def test_manual_entry_keeps_a_latin_name_and_its_reading(household: Any, qtbot: Any) -> None:
    window = household
    window.session.wipe()
    window.flow.go("manual_entry")
    screen = window.screens["manual_entry"]

    def tap(widget: QWidget) -> None:
        assert widget.isVisible() and widget.isEnabled(), widget.objectName()
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    tap(screen.start_button)
    editor = screen.editor
    assert not editor.name_keys.latin_mode, "without a card, katakana first"
    tap(editor.name_keys.latin_button)  # the ABC key on the kana keyboard
    editor.latin_keyboard.press("KIM MIN JUN")
    tap(editor.latin_keyboard.ok_button)
    editor.reading_keyboard.press("キム\u3000ミンジュン")
    tap(editor.reading_keyboard.ok_button)
    tap(editor.birth.era_buttons["西暦"])
    tap(editor.birth.field_buttons["year"])
    for value in ("1990", "12", "31"):
        editor.birth.keypad.press(value)
    tap(editor.birth.keypad.submit_button)
    tap(editor.male_button)
    tap(screen.elsewhere)
    screen.keyboard.press("フクオカ")
    with qtbot.waitSignal(screen.done):
        tap(screen.keyboard.ok_button)
    session = window.session
    assert session.resident is not None and session.resident.name == "KIM MIN JUN"
    assert session.furigana == "キム\u3000ミンジュン"
    assert FLAG_KANJI_BY_STAFF not in session.flags
