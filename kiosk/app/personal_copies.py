"""The kiosk's clerks' copy: sealed at once, stored centrally, or queued in the outbox.

``SealedCopies.put`` (what the visit lifecycle calls when the resident leaves the summary)
strips the 個人番号, seals the payload to the town public key and stores it. While the
central database is away the sealed bytes wait in the outbox file (``Outbox.put_sealed_copy``)
instead of memory, so a restart loses nothing; ``send_waiting`` (the outbox timer) sends
them as they are, keeping the visit's time so the retention counts from the visit.

A kiosk that has never seen the town public key (first start with the database away)
seals the copy with its own terminal key instead and re-seals it to the town key before
sending: the plaintext never touches the disk either way.

``LazyTownSealer`` finds the town key on first use, off the UI thread, so building the
services never waits for the database.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from kiosk.personal import town_key
from kiosk.personal.sealed import open_payload, seal_payload
from kiosk.personal.store import PersonalStore, strip_forbidden
from kiosk.sealing.box import Keyring, SealedBox
from kiosk.sealing.errors import SealError
from kiosk.sealing.keystore import KeyStore
from kiosk.visits.clock import utc_now
from kiosk.visits.outbox import Outbox

log = logging.getLogger(__name__)


class LazyTownSealer:
    """Seals to the published town key, looked up (and cached) on first use."""

    def __init__(self, engine: Engine, store: KeyStore) -> None:
        self.engine = engine
        self.store = store
        self._box: SealedBox | None = None
        self._lock = threading.Lock()

    def box(self) -> SealedBox:
        with self._lock:
            if self._box is None:
                town_key.ensure_local(self.engine, self.store)
                self._box = town_key.sealer(self.store, self.engine)
            if self._box is None:
                raise town_key.TownKeyMissing(town_key.NOT_PUBLISHED)
            return self._box

    def seal(self, data: bytes, *, context: bytes = b"") -> bytes:
        return self.box().seal(data, context=context)


class SealedCopies:
    """The ``PersonalStore`` port of the visit lifecycle, never losing a copy."""

    def __init__(self, personal: PersonalStore, outbox: Outbox, keyring: Keyring) -> None:
        self.personal = personal
        self.outbox = outbox
        self.keyring = keyring

    def put(self, visit_id: str, payload: Mapping[str, Any]) -> int:
        created = utc_now()
        try:
            sealed, removed = self.personal.seal(visit_id, payload)
        except (SealError, SQLAlchemyError) as exc:
            clean, removed = strip_forbidden(payload)
            blob = seal_payload(self.keyring, visit_id, clean)
            self.outbox.put_sealed_copy(visit_id, created, blob, sealed_to="terminal")
            log.warning("clerks' copy sealed with the terminal key until the town key is "
                        "known (%s)", type(exc).__name__, extra={"visit": visit_id})
            return removed
        try:
            self.personal.put_sealed(visit_id, sealed, created)
        except SQLAlchemyError as exc:
            self.outbox.put_sealed_copy(visit_id, created, sealed)
            log.warning("clerks' copy queued in the outbox (%s)", type(exc).__name__,
                        extra={"visit": visit_id})
        return removed

    def send_waiting(self) -> int:
        """Send the queued copies (oldest first); how many left the outbox."""
        sent = 0
        for copy in self.outbox.sealed_copies():
            try:
                blob = copy.blob
                if copy.sealed_to == "terminal":
                    payload = open_payload(self.keyring, copy.visit_id, blob)
                    blob, _removed = self.personal.seal(copy.visit_id, payload)
                self.personal.put_sealed(copy.visit_id, blob, copy.created_at)
            except SQLAlchemyError:
                break  # still away: the next tick tries again
            except SealError as exc:
                log.error("clerks' copy kept in the outbox: %s", exc,
                          extra={"visit": copy.visit_id})
                continue
            self.outbox.drop_sealed_copy(copy.visit_id)
            sent += 1
        return sent

    def reseal(self, keyring: Keyring) -> int:
        """After a terminal key rotation: re-seal the terminal-sealed copies with the new key."""
        count = reseal_outbox(self.outbox, self.keyring, keyring)
        self.keyring = keyring
        return count

    @property
    def waiting(self) -> int:
        return len(self.outbox.sealed_copies())


def reseal_outbox(outbox: Outbox, old: Keyring, new: Keyring) -> int:
    """Re-seal the copies sealed with this terminal's key (``old`` opens, ``new`` seals).

    Copies already sealed to the town key are left alone: the terminal key never opened
    them. Returns how many were re-sealed.
    """
    count = 0
    for copy in outbox.sealed_copies():
        if copy.sealed_to != "terminal":
            continue
        payload = open_payload(old, copy.visit_id, copy.blob)
        blob = seal_payload(new, copy.visit_id, payload)
        outbox.put_sealed_copy(copy.visit_id, copy.created_at, blob, sealed_to="terminal")
        count += 1
    return count
