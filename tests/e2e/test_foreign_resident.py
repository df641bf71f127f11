"""Acceptance (issue 15): a foreign resident with a Latin-letter name, in Vietnamese,
reaches the printed bundle. The Japanese forms show the name as registered, and the guide
sheet is bilingual.

The card is the real path: the emulated My Number card of a foreign resident (its
券面事項入力補助AP holds the alphabetic name, ``NGUYEN VAN AN``) sits in pcscd's vpcd
reader, and the kiosk reads it through pyscard like a real card (run under the vpcd lock:
``flock /work/wt/vpcd.lock``). The resident switches the kiosk to Tiếng Việt, types the
wife's registered name on the Latin keys and both readings with one touch per voiced or
small kana (long presses), and prints. The test reads the printed PDF back (pdftotext)
and checks what it controls: the registered names in the 氏名 boxes with the katakana as
フリガナ, and the guide sheet in the resident's language with the Japanese beside it.
Missing Vietnamese texts fall back to English, so the second language is asserted as
"the translation the kiosk would use for vi", whatever it is today.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from resident_driver import Resident

from kiosk.app.visit import FLAG_KANJI_BY_STAFF
from kiosk.card import apdu
from kiosk.card.emulator import EmulatedCard, sample_profile
from kiosk.card.emulator.vpcd import VpcdClient
from kiosk.config import Config
from kiosk.i18n import translate
from kiosk.ui.i18n import apply_ui_config
from kiosk.ui.widgets.kana_keyboard import KanaKeyboard
from kiosk.ui.widgets.variant_key import VariantKey
from printing.fonts import GOTHIC, GOTHIC_BOLD, printable
from tests.integration.card_vpcd_support import (
    VPCD_PORT,
    card_absent,
    connectable,
    pcscd_ready,
)
from tests.kiosk_test_support import service_missing

pytestmark = [pytest.mark.e2e, pytest.mark.pcsc, pytest.mark.timeout(300)]

FOREIGN = sample_profile("foreign-resident")  # NGUYEN VAN AN, PIN 2580
WIFE = "NGUYEN THI HOA"
READING = "グエン\u3000ヴァン\u3000アン"
WIFE_READING = "グエン\u3000ティ\u3000ホア"
ANSWERS = {"from_area": "other_pref", "foreign_national": True, "insurance": "national",
           "has_mnc": True}


@pytest.fixture
def kiosk(qtbot: Any, isolated_dirs: Path, tmp_path: Path) -> Iterator[tuple[Resident, Path]]:
    from kiosk.card.pcsc import PcscBackend

    if not pcscd_ready():
        service_missing("pcscd with the vsmartcard-vpcd driver")
    qtbot.waitUntil(card_absent, timeout=5000)
    printed = tmp_path / "printed"
    config = (Config().replace("ui", language="ja", languages=("ja", "en", "vi"))
              .replace("printer", backend="folder", folder=str(printed)))
    apply_ui_config(config.ui)  # as `kiosk run` does: three languages, so the picker
    driver = Resident(qtbot, config, profile=FOREIGN, backend=PcscBackend())
    clients: list[VpcdClient] = []
    driver.clients = clients  # type: ignore[attr-defined]

    def lift() -> None:  # the resident takes the card off the vpcd reader
        for client in clients:
            client.stop()

    driver.lift_card = lift
    yield driver, printed
    adapter = driver.window.card_adapter
    if adapter is not None:  # no monitor thread may call back into a deleted window
        adapter.stop()
    driver.window.allow_close()
    driver.window.close()
    driver.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for client in clients:
        client.stop()
    apply_ui_config(Config().ui)  # the language list is process-wide
    qtbot.waitUntil(card_absent, timeout=5000)


def _insert_card(resident: Resident) -> EmulatedCard:
    """Put the foreign resident's card in the vpcd reader (pcscd powers it up)."""
    card = EmulatedCard(FOREIGN)
    client = VpcdClient(card, port=VPCD_PORT).start()
    resident.clients.append(client)  # type: ignore[attr-defined]
    resident.qtbot.waitUntil(connectable, timeout=5000)
    card.log.clear()  # the probe connection is not part of the visit
    return card


def _sign_in(resident: Resident) -> EmulatedCard:
    resident.tap(resident.screen("welcome").start_card)
    card = _insert_card(resident)
    resident.wait_for("pin_entry")
    pad = resident.screen("pin_entry").pad
    resident.qtbot.waitUntil(lambda: pad.keypad.submit_button.isVisible()
                             and pad.keypad.digit_buttons["0"].isEnabled(), timeout=10_000)
    for digit in FOREIGN.pin:
        resident.tap(pad.keypad.digit_buttons[digit])
    resident.tap(pad.keypad.submit_button)
    resident.wait_for("life_event")
    return card


def _type_kana(resident: Resident, keyboard: KanaKeyboard, kana: str) -> None:
    """Type a reading with one touch a letter: a voiced or small kana is a long press on
    its key (ク held gives グ, ウ held ヴ, ア held ァ)."""
    for char in kana:
        if char == "\u3000":
            resident.tap(keyboard.space_button, character=True)
            continue
        if char in keyboard.keys:
            resident.tap(keyboard.keys[char], character=True)
            continue
        key = next(k for k in keyboard.keys.values()
                   if isinstance(k, VariantKey) and k.variants and k.variants[0] == char)
        assert key.isVisible() and key.isEnabled(), key.objectName()
        resident.taps += 1
        resident.characters += 1
        wanted = keyboard.text + char
        QTest.mousePress(key, Qt.MouseButton.LeftButton)
        resident.qtbot.waitUntil(lambda w=wanted: keyboard.text == w, timeout=3000)
        QTest.mouseRelease(key, Qt.MouseButton.LeftButton)
    assert keyboard.text == kana


def _type_latin(resident: Resident, keys: dict[str, QPushButton], space: QPushButton,
                name: str) -> None:
    for char in name:
        resident.tap(space if char == " " else keys[char], character=True)


def _add_wife(resident: Resident) -> None:
    household = resident.screen("household")
    resident.wait_for_records()
    resident.tap(household.add_button)
    editor = household.editor
    resident.tap(editor.relation_buttons["妻"])
    # the card holder's registered name is Latin: the ABC keys come first
    latin = editor.latin_keyboard
    assert latin.isVisible() and not editor.keyboard.isVisible()
    _type_latin(resident, latin.keys, latin.space_button, WIFE)
    resident.tap(latin.ok_button)
    assert editor.step == "reading"
    _type_kana(resident, editor.reading_keyboard, WIFE_READING)
    resident.tap(editor.reading_keyboard.ok_button)
    birth = editor.birth
    if birth.era != "平成":
        resident.tap(birth.era_buttons["平成"])
    for field, digits in zip(("year", "month", "day"), ("9", "2", "14"), strict=True):
        if birth.active != field:
            resident.tap(birth.field_buttons[field])
        for digit in digits:
            resident.tap(birth.keypad.digit_buttons[digit], character=True)
    resident.tap(birth.keypad.submit_button)
    resident.tap(editor.female_button)
    assert household.pages.currentIndex() == 0


def _pdf_pages(pdf: Path) -> list[str]:
    # -layout keeps a reading's words together (without it the spaced kana scatter)
    out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    return out.split("\f")


def _compact(text: str) -> str:
    return re.sub(r"\s", "", text)


def test_a_foreign_resident_in_vietnamese_gets_forms_with_the_registered_name(
        kiosk: tuple[Resident, Path]) -> None:
    resident, printed = kiosk
    session = resident.window.session
    # Tiếng Việt first, from the top bar's language picker
    resident.tap(resident.window.language_button)
    picker = resident.window.language_picker
    assert picker is not None and picker.is_open
    resident.tap(resident.window.findChild(QPushButton, "languageOption_vi"))
    card = _sign_in(resident)
    assert card.sent(apdu.INS_VERIFY, with_data=True) == 1, "read through pcscd and vpcd"
    assert session.resident is not None and session.resident.name == FOREIGN.name
    assert session.language == "vi"
    resident.choose_event("IN")
    _add_wife(resident)
    resident.confirm_household()
    resident.wait_for("questions")
    resident.answer_questions_or_no(ANSWERS)
    resident.type_new_address("関町", "12")
    # the card has no reading and a Latin name has no guess: the kana keys open at once
    resident.wait_for("furigana")
    furigana = resident.screen("furigana")
    assert furigana.keyboard.isVisible()
    _type_kana(resident, furigana.keyboard, READING)
    resident.tap(furigana.keyboard.ok_button)
    resident.print_bundle()
    assert session.language == "vi"
    assert FLAG_KANJI_BY_STAFF not in session.flags, "a registered Latin name is complete"

    pdfs = list(printed.glob("*.pdf"))
    assert len(pdfs) == 1
    pages = _pdf_pages(pdfs[0])
    forms = {match.group(1): _compact(page) for page in pages
             if (match := re.search(r"様式\s*([a-z_]+)", page))}
    guide = "\n".join(page for page in pages if not re.search(r"様式\s*[a-z_]+", page))
    # The Japanese forms carry the names as registered, the katakana as フリガナ.
    assert {"jumin_ido", "jumin_ido_gaikoku"} <= set(forms), sorted(forms)
    for form in ("jumin_ido", "jumin_ido_gaikoku"):
        page = forms[form]
        assert "NGUYENVANAN" in page and _compact(WIFE) in page, form
        assert _compact(READING) in page and _compact(WIFE_READING) in page, form
    assert all("Guidesheet" not in page for page in forms.values()), "forms stay Japanese"
    # The guide sheet: the resident's language and the Japanese for the clerk.
    # (as printed: a letter no bundled face has yet prints as 〓, and is counted)
    second = printable(translate("GuideSheet", "Guide sheet", "vi"), GOTHIC_BOLD).text
    assert second != "手続き案内票"
    assert _compact(second) in _compact(guide) and "手続き案内票" in _compact(guide)
    go = printable(translate("GuideSheet", "Please go to the counters in this order. At each "
                             "counter, hand in this sheet and the filled-in forms.", "vi"),
                   GOTHIC).text
    assert _compact(go)[:20] in _compact(guide)
    assert "次の順に窓口へお越しください" in _compact(guide)
