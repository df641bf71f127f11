"""The kiosk's side of a pre-application: read the code, check the card, load the answers.

The resident filled in the wizard at home (``kiosk web``) and brings a signed QR code.
At the kiosk (screens ``prefill_scan`` → ``card_insert`` → ``pin_entry`` →
``prefill_review``):

1. :meth:`kiosk.app.prefill_desk.PrefillDesk.read` verifies the code
   (:func:`kiosk.prefill.read_code`: signature, town key, expiry, catalog version,
   damage), checks that its scenario fits this kiosk's catalog, and refuses a code
   printed earlier today (``replayed``);
2. the card and its PIN say who is at the kiosk; :func:`check_card` compares the card's
   basic four with the code's resident (:mod:`kiosk.app.prefill_match`) and refuses on a
   difference (``mismatch``, naming only the *kinds* that differ);
3. :func:`apply_code` loads the code's scenario into the session through the same code
   that reads scenario files (:func:`kiosk.app.visit.session_from_scenario`), with the
   *card's* basic four as the resident: household, answers, new address and new
   household come from home, nothing was typed here (``characters_typed`` 0);
4. at the print command :meth:`~kiosk.app.prefill_desk.PrefillDesk.claim` marks it
   printed (atomically, at every terminal: :mod:`kiosk.app.prefill_replay`); losing that
   race is ``replayed`` too.

Refusals the codec raises are :class:`kiosk.prefill.PrefillError` (``damaged``,
``signature``, ``foreign_key``, ``expired``, ``newer_catalog``, ``older_catalog``); the
kiosk's own are :class:`~kiosk.app.prefill_desk.PrefillRefused` (``replayed``,
``mismatch``, ``unusable``: signed by the town but not a visit this kiosk's catalog
knows). None carries personal data. Plain Python, no Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.app.prefill_desk import MISMATCH, PrefillRefused
from kiosk.app.prefill_match import differences
from kiosk.app.results import PRE_APPLICATION
from kiosk.app.session import ResidentSession
from kiosk.app.visit import session_from_scenario
from kiosk.domain.resident import BasicFour
from kiosk.navigation.scenario import Scenario

if TYPE_CHECKING:
    from kiosk.prefill import PrefillCode


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
