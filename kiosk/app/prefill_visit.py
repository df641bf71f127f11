"""The kiosk's side of a pre-application: read the code, check the card, load the answers.

The resident filled in the wizard at home (``kiosk web``) and brings a signed QR code.
At the kiosk (screens ``prefill_scan`` → ``card_insert`` → ``pin_entry`` →
``prefill_review``):

1. :meth:`PrefillDesk.read` verifies the code (:func:`kiosk.prefill.read_code`: signature,
   town key, expiry, catalog version, damage), checks that its scenario fits this
   kiosk's catalog, and refuses a code printed earlier today (``replayed``);
2. the card and its PIN say who is at the kiosk; :func:`check_card` compares the card's
   basic four with the code's resident (:mod:`kiosk.app.prefill_match`) and refuses on a
   difference (``mismatch``, naming only the *kinds* that differ);
3. :func:`apply_code` loads the code's scenario into the session through the same code
   that reads scenario files (:func:`kiosk.app.visit.session_from_scenario`), with the
   *card's* basic four as the resident: household, answers, new address and new
   household come from home, nothing was typed here (``characters_typed`` 0);
4. at the print command :meth:`PrefillDesk.claim` marks it printed (atomically, at every
   terminal: :mod:`kiosk.app.prefill_replay`); losing that race is ``replayed`` too.

Refusals the codec raises are :class:`kiosk.prefill.PrefillError` (``damaged``,
``signature``, ``foreign_key``, ``expired``, ``newer_catalog``); the kiosk's own are
:class:`PrefillRefused` (``replayed``, ``mismatch``, ``unusable``: signed by the town but
not a visit this kiosk's catalog knows). None carries personal data. Plain Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from kiosk.app.ports import Clock, PrefillPrints
from kiosk.app.prefill_match import differences
from kiosk.app.session import ResidentSession
from kiosk.app.visit import session_from_scenario
from kiosk.domain.resident import BasicFour
from kiosk.navigation.scenario import Scenario, ScenarioError

if TYPE_CHECKING:
    from forms.catalog import Catalog
    from kiosk.prefill import PrefillCode, VerifyKey

REPLAYED = "replayed"
MISMATCH = "mismatch"
UNUSABLE = "unusable"
PRE_APPLICATION = "pre_application"


class PrefillRefused(Exception):
    """The kiosk refuses a verified code; ``differs`` names the kinds of data (mismatch)."""

    def __init__(self, reason: str, differs: Sequence[str] = (), code_id: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.differs = tuple(differs)
        #: The refused code's id (``replayed``: what staff allow to print again).
        self.code_id = code_id


def catalog_version(catalog: Catalog) -> int:
    """The catalog's ``catalog_version`` (``town.yaml``), which codes are checked against."""
    return catalog.town.catalog_version


@dataclass
class PrefillDesk:
    """One terminal's reading of codes: its town's public keys, catalog and print memory."""

    keys: Callable[[], Sequence[VerifyKey]]
    catalog: Catalog
    prints: PrefillPrints
    today: Clock = date.today

    def read(self, text: str) -> PrefillCode:
        """The verified code (raises ``PrefillError`` or :class:`PrefillRefused`)."""
        from kiosk.prefill import read_code

        code = read_code(text, keys=self.keys(), today=self.today(),
                         catalog_version=catalog_version(self.catalog))
        try:
            scenario = Scenario.from_json(code.scenario)
        except ScenarioError:
            raise PrefillRefused(UNUSABLE) from None
        if scenario.event not in self.catalog.events:
            raise PrefillRefused(UNUSABLE)
        if self.prints.refused(code.code_id, self.today()):
            raise PrefillRefused(REPLAYED, code_id=code.code_id)
        return code

    def claim(self, code: PrefillCode) -> None:
        """Mark the code printed today, just before the job is handed over (raises
        :class:`PrefillRefused` ``replayed`` when another print got there first)."""
        if not self.prints.claim(code.code_id, self.today()):
            raise PrefillRefused(REPLAYED, code_id=code.code_id)

    def allow_reprint(self, code_id: str, visit_id: str | None) -> None:
        """Staff allow one more print of the code today (audited by the store)."""
        self.prints.allow_reprint(code_id, self.today(), visit_id)


def claimed_resident(code: PrefillCode) -> BasicFour:
    """The code's resident as a basic four (address empty when none was typed at home)."""
    scenario = Scenario.from_json(code.scenario)
    person = scenario.resident
    return BasicFour(person.name, scenario.current_address or "", person.birth_date,
                     person.sex)


def check_card(code: PrefillCode, card: BasicFour) -> None:
    """Raise :class:`PrefillRefused` (``mismatch``) unless the card is the code's resident."""
    differ = differences(card, claimed_resident(code))
    if differ:
        raise PrefillRefused(MISMATCH, differ)


def apply_code(code: PrefillCode, session: ResidentSession) -> None:
    """Load the code's scenario into ``session``, whose resident (the card's) stays."""
    card = session.resident
    if card is None:
        raise ValueError("the card must be read before the code is applied")
    session_from_scenario(code.scenario, session)
    session.resident = card  # the card is the identity; the code only brings the answers
    session.channel = PRE_APPLICATION
    session.characters_typed = 0
    session.plan = None
