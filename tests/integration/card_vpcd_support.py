"""Helpers for the card tests against pcscd + vpcd (imported by conftest and the tests).

A module of its own, because ``from conftest import …`` is ambiguous once several
conftest.py files (tests/, tests/unit/ui/, …) have been imported.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from kiosk.card.emulator import EmulatedCard
from kiosk.card.emulator.vpcd import VpcdClient

VPCD_READER = "Virtual PCD 00 00"
VPCD_PORT = 35963
INSERT_ATTEMPTS = 3



def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(0.02)


def pcscd_ready() -> bool:
    from kiosk.card.errors import CardError
    from kiosk.card.pcsc import PcscBackend

    try:
        return VPCD_READER in PcscBackend().list_readers()
    except CardError:
        return False


def connectable() -> bool:
    from kiosk.card.errors import CardError
    from kiosk.card.pcsc import PcscLink

    try:
        PcscLink(VPCD_READER).close()
    except CardError:
        return False
    return True


def card_absent() -> bool:
    from kiosk.card.pcsc import PcscBackend

    return not PcscBackend().card_present(VPCD_READER)


StartCard = Callable[..., tuple[VpcdClient, EmulatedCard]]


