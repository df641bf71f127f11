"""Why a pre-application code is refused, with one sentence the resident can act on.

The English sentences are the source texts; their translations live in context
``Prefill`` of ``resources/i18n/prefill_<locale>.ts`` and are read by
``kiosk.i18n.translate``. A refusal never names personal data: the code's content is not
trusted (or not even readable) when it is refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kiosk.i18n import translate

CONTEXT = "Prefill"

#: Every reason the codec gives, with its sentence (English source text). The kiosk adds
#: its own ("replayed", "mismatch") on its side.
MESSAGES: Mapping[str, str] = MappingProxyType({
    "damaged": "This code could not be read completely; please show the whole code again, "
               "or ask the staff.",
    "signature": "This code was changed after it was made, so it cannot be used; please make "
                 "a new code at home, or ask the staff.",
    "foreign_key": "This code was not made on this town's pre-application site; please make "
                   "a new code on the town's site, or ask the staff.",
    "expired": "This code has expired; please make a new code at home, or ask the staff.",
    "newer_catalog": "This code was made with newer questions than this kiosk knows; "
                     "please ask the staff.",
    "older_catalog": "The questions have changed since this code was made; please make a "
                     "new code at home, or ask the staff.",
})
REASONS: tuple[str, ...] = tuple(MESSAGES)


class PrefillError(Exception):
    """One refusal of a code; ``reason`` is one of ``REASONS``."""

    def __init__(self, reason: str, detail: str = "") -> None:
        if reason not in MESSAGES:
            raise ValueError(f"unknown refusal reason {reason!r}")
        self.reason = reason
        # what exactly was wrong, for staff and tests; never personal data
        self.detail = detail
        super().__init__(f"{reason}: {detail}" if detail else reason)

    def message(self, locale: str) -> str:
        """The sentence for the resident in ``locale`` (English when not translated)."""
        return translate(CONTEXT, MESSAGES[self.reason], locale)
