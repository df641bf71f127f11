"""The e2e driver for 「事前に入力した方」: a scanner, the card and a finger on the window.

:class:`PrefillResident` is the shared :class:`~resident_driver.Resident` plus what a
pre-application needs: a code made with a key pair in a temporary folder (the kiosk
trusts its public half through ``[prefill] keys_folder``), the scanner's keystrokes
(QTest key clicks on the focused widget, ending in Enter, as a keyboard wedge types) and
the card with its PIN. Taps are counted as in the shared driver.
"""

from __future__ import annotations

import copy
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from resident_driver import PROFILE, TODAY, Resident

from kiosk.card.emulator import EmulatedCard
from kiosk.config import Config
from kiosk.prefill import PREFIX, generate_pair, load_signing_key, make_code
from kiosk.prefill import base45 as b45
from kiosk.prefill.codec import HEADER_BYTES
from kiosk.security import hash_pin

#: What the resident of the sample card (佐藤 花子) filled in at home: a family-of-four
#: 転入, the name spelt with an ASCII space and the address with ASCII digits (the card
#: has a full-width space and 一丁目２番３号).
FAMILY_OF_FOUR: dict[str, Any] = {
    "event": "IN",
    "event_date": TODAY.isoformat(),
    "resident": {"name": "佐藤 花子", "furigana": "サトウ ハナコ",
                 "address": "長野県北杜郡さくら町本町1丁目2番3号",
                 "birth_date": "1985-04-12", "sex": "F"},
    "household": [
        {"id": "m1", "name": "佐藤 太郎", "furigana": "サトウ タロウ",
         "birth_date": "1983-03-03", "sex": "M", "relation": "夫"},
        {"id": "m2", "name": "佐藤 一郎", "furigana": "サトウ イチロウ",
         "birth_date": "2015-05-20", "sex": "M", "relation": "子"},
        {"id": "m3", "name": "佐藤 さくら", "furigana": "サトウ サクラ",
         "birth_date": "2021-03-10", "sex": "F", "relation": "子"},
    ],
    "new_address": {"oaza": "関町", "banchi": "1234-5", "katagaki": "",
                    "postal_code": "861-0803"},
    "answers": {
        "from_area": "other_pref", "has_mnc": True, "insurance": "national",
        "pregnant": False, "kaigo_nintei": False, "in_childcare": True,
        "disability_book": False, "single_parent": False, "public_servant": False,
        "claimant": "self", "wants_inkan@self": True, "wants_inkan@m1": False,
        "town_water": True, "has_dog": False, "has_moped": False,
        "wants_certificate": False, "foreign_national": False,
    },
}


class TownKeys:
    """A key pair in a folder: the web side signs with the private half, kiosks trust the
    folder (its public half)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        private, _public = generate_pair(folder)
        self.key = load_signing_key(private)

    def code(self, scenario: dict[str, Any] | None = None, *, issued: date = TODAY,
             valid_days: int = 14, catalog_version: int = 1, **resident: Any) -> str:
        data = copy.deepcopy(scenario or FAMILY_OF_FOUR)
        data["resident"].update(resident)
        return make_code(data, key=self.key, town="試験町", catalog_version=catalog_version,
                         language="ja", issued=issued, valid_days=valid_days)

    def expired_code(self) -> str:
        return self.code(issued=TODAY - timedelta(days=30), valid_days=14)


#: The staff PIN of the e2e windows (a reprint needs it).
STAFF_PIN = "2468"


def prefill_config(keys_folder: Path, printed: Path) -> Config:
    return (Config().replace("ui", language="ja")
            .replace("printer", backend="folder", folder=str(printed))
            .replace("prefill", keys_folder=str(keys_folder))
            .replace("staff", pin_hash=hash_pin(STAFF_PIN)))


def tampered(text: str) -> str:
    """``text`` with one bit of its signed content changed (the text stays valid base45)."""
    raw = bytearray(b45.decode(text[len(PREFIX):]))
    raw[HEADER_BYTES + 17] ^= 0x04
    return PREFIX + b45.encode(bytes(raw))


def truncated(text: str) -> str:
    """The first half of the code: a scan cut short."""
    return text[: len(text) // 2]


class PrefillResident(Resident):
    """The shared driver, with a scanner and the steps of a pre-application."""

    def scan(self, text: str) -> None:
        """The scanner types ``text`` into the focused widget and presses Enter (no tap)."""
        target: QWidget = QApplication.focusWidget() or self.window
        assert target.window() is self.window, "the scan would go to another window"
        QTest.keyClicks(target, text)
        QTest.keyClick(QApplication.focusWidget() or self.window, Qt.Key.Key_Return)

    def refusal_text(self, screen_id: str) -> str:
        panel = self.screen(screen_id).refusal
        self.qtbot.waitUntil(panel.isVisible, timeout=10_000)
        return str(panel.message.text())

    def allow_reprint(self, screen_id: str = "prefill_scan") -> None:
        """Staff: the refusal's reprint button, then the staff PIN (not the resident's taps)."""
        screen = self.screen(screen_id)
        self.qtbot.mouseClick(screen.refusal.reprint_button, Qt.MouseButton.LeftButton)
        prompt = screen.staff_pin
        assert prompt is not None and prompt.is_open
        for digit in STAFF_PIN:
            self.qtbot.mouseClick(prompt.keypad.digit_buttons[digit], Qt.MouseButton.LeftButton)
        self.qtbot.mouseClick(prompt.keypad.submit_button, Qt.MouseButton.LeftButton)

    def card_and_pin(self, pin: str | None = None) -> None:
        """Put the card on the reader (no tap) and type its PIN: 4 digits and OK."""
        self.wait_for("card_insert")
        self.backend.insert(EmulatedCard(self.profile))
        self.wait_for("pin_entry")
        pad = self.screen("pin_entry").pad
        self.qtbot.waitUntil(lambda: pad.keypad.submit_button.isVisible()
                             and pad.keypad.digit_buttons["0"].isEnabled(), timeout=10_000)
        for digit in pin or PROFILE.pin:
            self.tap(pad.keypad.digit_buttons[digit])
        self.tap(pad.keypad.submit_button)

    def print_prefilled(self, timeout_ms: int = 60_000) -> None:
        """The review's one print tap, once the previews are ready."""
        self.wait_for("prefill_review")
        review = self.screen("prefill_review")
        self.qtbot.waitUntil(lambda: review.preview.state == "ready", timeout=timeout_ms)
        self.tap(review.print_button)
        self.take_card_back()
