"""The resident wizard's screens, listed once for ``kiosk_app.resident_screens``."""

from __future__ import annotations


def wizard_screens() -> list[type]:
    from kiosk.ui.screens.furigana import FuriganaScreen
    from kiosk.ui.screens.household import HouseholdScreen
    from kiosk.ui.screens.life_event import LifeEventScreen
    from kiosk.ui.screens.manual_entry import ManualEntryScreen
    from kiosk.ui.screens.new_address import NewAddressScreen
    from kiosk.ui.screens.questions import QuestionsScreen
    from kiosk.ui.screens.summary import SummaryScreen

    return [ManualEntryScreen, LifeEventScreen, HouseholdScreen, QuestionsScreen,
            NewAddressScreen, FuriganaScreen, SummaryScreen]
