"""Reading pre-application codes at a terminal: verify, check the catalog, refuse replays.

:class:`PrefillDesk` is the part of :mod:`kiosk.app.prefill_visit` that the composition
root builds once per terminal (``Services.prefill``): the town's public keys, the catalog
and the memory of today's prints. It verifies a scanned code
(:func:`kiosk.prefill.read_code`: signature, town key, expiry, catalog version, damage),
checks that its scenario fits this kiosk's catalog, refuses a code printed earlier today,
marks a code printed at the print command and records a reprint staff allow.

Refusals the codec raises are :class:`kiosk.prefill.PrefillError`; the kiosk's own are
:class:`PrefillRefused`. None carries personal data. Plain Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from kiosk.app.ports import Clock, PrefillPrints
from kiosk.navigation.scenario import Scenario, ScenarioError

if TYPE_CHECKING:
    from forms.catalog import Catalog
    from kiosk.prefill import PrefillCode, VerifyKey

REPLAYED = "replayed"
MISMATCH = "mismatch"
UNUSABLE = "unusable"


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
