"""The kiosk at the counter for the whole-chain test: the real window, its card through
pcscd, and the bundle the kiosk's own printing makes for a normal visit.

:class:`CounterKiosk` is the e2e tests' :class:`~prefill_driver.PrefillResident` (the
scanner's keystrokes, the tap counter, the print tap) on a window whose reader service
talks to pcscd's vsmartcard-vpcd reader, as the soak's window does: the card is the
emulator connected to vpcd's port, so every APDU crosses pcscd and pyscard. The window's
clock is pinned to one day (the day the web server issued the code), so the event date,
the ages and the code's expiry agree with what the web side saw.

:func:`kiosk_bundle` is the comparison: the bundle the kiosk renders and prints for a
*normal* card visit with the same answers, through the same printing service and the
same calls as the preview screen (``Visit.scenario``, ``Navigator.plan``,
``Printing.render``, ``Printing.print``).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

TESTS = Path(__file__).resolve().parents[1]
for _folder in ("e2e", "integration"):
    if str(TESTS / _folder) not in sys.path:
        sys.path.insert(0, str(TESTS / _folder))

from card_vpcd_support import (  # noqa: E402
    VPCD_PORT,
    VPCD_READER,
    card_absent,
    wait_until,
)
from prefill_driver import PrefillResident, prefill_config  # noqa: E402
from resident_driver import PROFILE  # noqa: E402

from kiosk.card.emulator import EmulatedCard  # noqa: E402
from kiosk.card.emulator.vpcd import VpcdClient  # noqa: E402
from kiosk.config import Config  # noqa: E402
from kiosk.domain.core_records import CallContext  # noqa: E402
from kiosk.domain.resident import BasicFour  # noqa: E402
from printing.context import VisitInfo  # noqa: E402

#: A step of the window (reading the card through pcscd, rendering ~20 pages) may take this
#: long on a busy machine.
STEP_MS = 60_000


def counter_config(keys_folder: Path, printed: Path) -> Config:
    """The e2e pre-application configuration, with the vpcd reader."""
    return prefill_config(keys_folder, printed).replace("card", reader=VPCD_READER)


def card_basic_four() -> BasicFour:
    """The card's basic four as the kiosk decodes them (EF 02 of the emulated card)."""
    from kiosk.card.emulator.profile import ef_basic_four
    from kiosk.card.protocol import decode_basic_four

    return decode_basic_four(ef_basic_four(PROFILE))


class CounterKiosk(PrefillResident):
    """The pre-application driver on a window whose card comes through pcscd + vpcd."""

    def __init__(self, qtbot: Any, config: Config, day: date) -> None:
        from kiosk.app.composition import Services, core_system
        from kiosk.card.pcsc import PcscBackend
        from kiosk.card.service import ReaderService
        from kiosk.ui.app import create_application
        from kiosk.ui.dialogs import ScriptedDialogs
        from kiosk.ui.main_window import MainWindow
        from kiosk.ui.registry import resident_screens
        from kiosk.ui.screens.pin_entry import PinEntryScreen

        create_application()
        self.qtbot = qtbot
        self.profile = PROFILE
        self.taps = self.characters = 0
        self.core_calls: list[tuple[str, CallContext]] = []
        self.client: VpcdClient | None = None
        self.printed_visit: VisitInfo | None = None
        reader = ReaderService(PcscBackend(), VPCD_READER)
        services = Services(config, card=reader, clock=lambda: day,
                            core=core_system(config, self))
        self.dialogs = ScriptedDialogs()
        # The real thread pool: the card is read off the UI thread, as at a real kiosk.
        self.window = MainWindow(services, resident_screens(), kiosk_mode=False,
                                 dialogs=self.dialogs)
        # As `kiosk run` does with card.read_my_number (the 国保 form carries the number).
        pin_entry = self.window.screens["pin_entry"]
        assert isinstance(pin_entry, PinEntryScreen)
        pin_entry.read_number = config.card.read_my_number
        qtbot.addWidget(self.window)
        self.window.resize(1280, 800)
        self.window.show()
        adapter = self.window.card_adapter
        assert adapter is not None, "the window has no card reader"
        self.adapter = adapter

    def card_and_pin(self, pin: str | None = None) -> None:
        """Put the card on the vpcd reader (no tap), then its PIN: 4 digits and OK."""
        self.wait_for("card_insert")
        wait_until(card_absent, 10, "the vpcd reader to be empty")
        self.client = VpcdClient(EmulatedCard(self.profile), port=VPCD_PORT).start()
        self.qtbot.waitUntil(lambda: self.at == "pin_entry", timeout=STEP_MS)
        pad = self.screen("pin_entry").pad
        self.qtbot.waitUntil(lambda: pad.keypad.submit_button.isVisible()
                             and pad.keypad.digit_buttons["0"].isEnabled(), timeout=STEP_MS)
        for digit in pin or PROFILE.pin:
            self.tap(pad.keypad.digit_buttons[digit])
        self.tap(pad.keypad.submit_button)

    def print_prefilled(self, timeout_ms: int = STEP_MS) -> None:
        """The review's one print tap once the previews are ready; keeps the visit's ids and
        date the bundle was rendered with (``printed_visit``) for the comparison."""
        self.wait_for("prefill_review")
        preview = self.screen("prefill_review").preview
        self.qtbot.waitUntil(lambda: preview.state == "ready", timeout=timeout_ms)
        assert preview.bundle is not None
        self.printed_visit = preview.bundle.visit
        self.tap(preview.print_button)
        # 「マイナンバーカードをお取りください」: the card comes off the vpcd reader (no tap)
        self.qtbot.waitUntil(lambda: self.at in ("take_card", "finished"), timeout=timeout_ms)
        if self.at == "take_card" and self.client is not None:
            self.client.stop()
        self.qtbot.waitUntil(lambda: self.at == "finished", timeout=timeout_ms)

    def close(self) -> None:
        """Card out, monitor stopped, window gone (the reader is left empty for the next test)."""
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        if self.client is not None:
            self.client.stop()
            wait_until(card_absent, 10, "pcscd to see the card leave")
        self.adapter.stop()
        self.window.allow_close()
        self.window.close()
        self.window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def kiosk_bundle(config: Config, day: date, scenario: Mapping[str, Any], resident: BasicFour,
                 visit: VisitInfo, my_numbers: Mapping[str, str]) -> None:
    """The kiosk's own bundle for a normal card visit with ``scenario``'s answers, printed
    to ``config``'s printer: the session as the wizard leaves it (the scenario file loader
    the demo uses, the card's basic four as the resident, channel ``card``), then the
    preview screen's calls on the kiosk's printing service. ``visit`` is the visit info
    (id, ticket, date) the chain's window printed with, so the guide sheets carry the same
    ticket and visit code."""
    from kiosk.app.composition import Services
    from kiosk.app.session import ResidentSession
    from kiosk.app.visit import Visit, session_from_scenario
    services = Services(config, clock=lambda: day)
    session = ResidentSession(language="ja", channel="card")
    session_from_scenario(scenario, session)
    session.resident = resident
    session.my_numbers.update(my_numbers)
    wizard = Visit.for_services(session, services)
    scenario_seen = wizard.scenario()
    plan = wizard.navigator.plan(scenario_seen)
    printing = services.printing
    bundle = printing.render(scenario_seen, plan, visit, dict(session.my_numbers),
                             locale=session.language)
    printing.print(bundle)
