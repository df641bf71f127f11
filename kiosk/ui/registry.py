"""The one list of the resident kiosk's screens: id, class, translation area and routes.

Everything that needs to know the screens iterates over :data:`RESIDENT_SCREENS`:

* the flow's routes (:data:`kiosk.ui.flow.RESIDENT_ROUTES` is built from ``routes``);
* the window's screens (:func:`resident_screens` imports the classes);
* the end-to-end tests' screen list;
* the translation sources of each area (``scripts/i18n.py``).

Plain data with the classes named by import path, so reading the list needs no Qt
(the translation script and the route checks run without a display). A screen that a
build leaves out is skipped by the flow; a new screen is one line here.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.ui.screens.base import Screen


@dataclass(frozen=True, slots=True)
class ScreenEntry:
    screen_id: str
    #: ``package.module:Class``
    target: str
    #: The translation file the screen's strings go to (``resources/i18n/<area>_*.ts``).
    area: str
    #: Next screen by result route (``None``: the default after this screen).
    routes: Mapping[str | None, str] = field(default_factory=dict)

    @property
    def module(self) -> str:
        return self.target.partition(":")[0]

    @property
    def source(self) -> str:
        """The module's file, relative to the repository root."""
        return self.module.replace(".", "/") + ".py"

    def load(self) -> type[Screen]:
        module, _, name = self.target.partition(":")
        screen: type[Screen] = getattr(importlib.import_module(module), name)
        if screen.screen_id != self.screen_id:
            raise ValueError(f"{self.target} says it is {screen.screen_id!r}")
        return screen


_S = "kiosk.ui.screens."

# The resident's path through the kiosk, in order.
RESIDENT_SCREENS: tuple[ScreenEntry, ...] = (
    ScreenEntry("welcome", _S + "welcome:WelcomeScreen", "shell",
                {"card": "card_insert", "manual": "manual_entry", "prefill": "prefill_scan"}),
    # 「事前に入力した方」: the code made at home, then the card (who it is), then print.
    ScreenEntry("prefill_scan", _S + "prefill_scan:PrefillScanScreen", "prefill_kiosk",
                {None: "card_insert"}),
    ScreenEntry("card_insert", _S + "card_insert:CardInsertScreen", "card",
                {"manual": "manual_entry", None: "pin_entry"}),
    # A locked card continues without it (manual entry); a card read with a code made at
    # home goes to that code's review.
    ScreenEntry("pin_entry", _S + "pin_entry:PinEntryScreen", "card",
                {"manual": "manual_entry", "pre_application": "prefill_review",
                 None: "life_event"}),
    ScreenEntry("prefill_review", _S + "prefill_review:PrefillReviewScreen", "prefill_kiosk",
                {None: "take_card", "restart": "welcome"}),
    ScreenEntry("manual_entry", _S + "manual_entry:ManualEntryScreen", "wizard",
                {None: "life_event"}),
    # The household comes before the questions: who moves decides what is asked.
    ScreenEntry("life_event", _S + "life_event:LifeEventScreen", "wizard", {None: "household"}),
    ScreenEntry("household", _S + "household:HouseholdScreen", "wizard", {None: "questions"}),
    ScreenEntry("questions", _S + "questions:QuestionsScreen", "wizard",
                {None: "household_split"}),
    # Only when the event's data says the household splits (after the answer that says so).
    ScreenEntry("household_split", _S + "household_split:HouseholdSplitScreen", "wizard",
                {None: "new_address"}),
    ScreenEntry("new_address", _S + "new_address:NewAddressScreen", "wizard",
                {None: "furigana"}),
    ScreenEntry("furigana", _S + "furigana:FuriganaScreen", "wizard", {None: "summary"}),
    ScreenEntry("summary", _S + "summary:SummaryScreen", "wizard", {None: "preview"}),
    ScreenEntry("preview", _S + "preview:PreviewScreen", "printing", {None: "take_card"}),
    # Only while the visit's card is still in the reader: left by taking it (no tap).
    ScreenEntry("take_card", _S + "take_card:TakeCardScreen", "printing", {None: "finished"}),
    ScreenEntry("finished", _S + "finished:FinishedScreen", "printing", {None: "welcome"}),
)


def screen_ids() -> tuple[str, ...]:
    return tuple(entry.screen_id for entry in RESIDENT_SCREENS)


def routes() -> dict[tuple[str, str | None], str]:
    """The flow's routes, ``(screen id, result route) → next screen id``."""
    return {(entry.screen_id, key): target
            for entry in RESIDENT_SCREENS for key, target in entry.routes.items()}


def screens_in(area: str) -> list[type[Screen]]:
    """The screen classes of one translation area (say, the wizard's)."""
    return [entry.load() for entry in RESIDENT_SCREENS if entry.area == area]


def resident_screens() -> list[type[Screen]]:
    """The screen classes of the resident flow (imports Qt)."""
    return [entry.load() for entry in RESIDENT_SCREENS]
