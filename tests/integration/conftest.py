"""Fixtures for tests against real services (here: pcscd with the vpcd driver).

``pcsc_backend`` needs pcscd running with vsmartcard-vpcd loaded (``scripts/start-pcscd.sh``
starts it); it skips on a developer machine without it and fails under ``CI=true``, via
the shared ``service_missing()`` in ``tests/kiosk_test_support.py``.

``vpcd_card`` puts an emulated card into the reader "Virtual PCD 00 00" by connecting the
emulator to pcscd's vpcd port (35963) on a thread of the test process, so tests can read
the emulator's APDU log directly. It waits until pyscard can connect to the card (pcscd
polls for the ATR about every 400 ms) and, at the end, until pcscd has seen it leave.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from card_vpcd_support import (
    INSERT_ATTEMPTS,
    VPCD_PORT,
    StartCard,
    card_absent,
    connectable,
    pcscd_ready,
    wait_until,
)
from kiosk_test_support import service_missing

from kiosk.card.emulator import EmulatedCard, sample_profile
from kiosk.card.emulator.profile import CardProfile
from kiosk.card.emulator.vpcd import VpcdClient


@pytest.fixture
def pcsc_backend(request: pytest.FixtureRequest) -> object:
    from kiosk.card.pcsc import PcscBackend

    if not pcscd_ready():
        service_missing("pcscd with the vsmartcard-vpcd driver")
    return PcscBackend()


@pytest.fixture
def vpcd_card(pcsc_backend: object) -> Iterator[StartCard]:
    """Factory: ``client, card = vpcd_card("standard-adult", tries=1, drop_after=3)``."""
    clients: list[VpcdClient] = []
    wait_until(card_absent, 5, "the vpcd reader to be empty")

    def start(profile: str | CardProfile = "standard-adult", *, tries: int | None = None,
              drop_after: int | None = None, **card_options: object
              ) -> tuple[VpcdClient, EmulatedCard]:
        chosen = sample_profile(profile) if isinstance(profile, str) else profile
        if tries is not None:
            chosen = chosen.with_tries(tries)
        card = EmulatedCard(chosen, **card_options)  # type: ignore[arg-type]
        for attempt in range(INSERT_ATTEMPTS):
            client = VpcdClient(card, port=VPCD_PORT, drop_after=drop_after).start()
            clients.append(client)
            try:
                wait_until(connectable, 2, "pcscd to power up the emulated card")
                break
            except TimeoutError:
                # Right after a connection was dropped mid-APDU, the vpcd driver sometimes
                # ignores the next card; taking it out (until pcscd sees the reader empty) and in
                # again always worked.
                client.stop()
                if attempt == INSERT_ATTEMPTS - 1:
                    raise
                wait_until(card_absent, 5, "pcscd to see the ignored card leave")
        card.log.clear()  # the probe connection is not part of the test
        client.apdus = 0
        return client, card

    yield start
    for client in clients:
        client.stop()
    if pcscd_ready():
        wait_until(card_absent, 5, "pcscd to see the emulated card leave")
