"""A card that never answers, through pcscd + vpcd: the read gives up, the reader is freed.

Two real faults. The emulator in this process swallows a command APDU (``hang_after``):
the read raises ``CardTimeout`` within the deadline, and once that card leaves the reader
the stuck PC/SC call returns, its handle is released (an exclusive connection to the next
card succeeds) and the next resident's read works. And ``kiosk card emulate`` as a process
frozen with SIGSTOP: ``kiosk card read`` ends with one plain line and exit 1 instead of
blocking for minutes (opt-in, see its marker). Run under ``flock /work/wt/vpcd.lock``.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from card_vpcd_support import VPCD_PORT, VPCD_READER, StartCard, card_absent, connectable, wait_until

from kiosk.card.emulator import sample_profile
from kiosk.card.errors import CardTimeout
from kiosk.card.pcsc import PcscBackend
from kiosk.card.service import ReaderService

pytestmark = pytest.mark.pcsc

ADULT = sample_profile("standard-adult")
DEADLINE = 2.0
MESSAGE = "The card did not answer."


def exclusive_connect_works() -> bool:
    """True once nobody holds the card in the reader (our stuck handle included)."""
    from smartcard import scard

    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hresult != scard.SCARD_S_SUCCESS:
        return False
    try:
        hresult, handle, _protocol = scard.SCardConnect(
            context, VPCD_READER, scard.SCARD_SHARE_EXCLUSIVE,
            scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1)
        if hresult != scard.SCARD_S_SUCCESS:
            return False
        scard.SCardDisconnect(handle, scard.SCARD_LEAVE_CARD)
        return True
    finally:
        scard.SCardReleaseContext(context)


@pytest.mark.skipif(
    os.environ.get("KIOSK_TEST_VPCD_FREEZE") != "1",
    reason="opt-in (KIOSK_TEST_VPCD_FREEZE=1): after a swallowed APDU the vpcd driver often "
           "keeps reporting a card until a few insert/remove cycles, which breaks later tests")
def test_a_swallowed_apdu_times_out_and_the_next_card_is_read(vpcd_card: StartCard) -> None:
    service = ReaderService(PcscBackend(), VPCD_READER, apdu_timeout=DEADLINE)
    client, _card = vpcd_card()
    client.hang_after = 2  # SELECT and the tries answered; VERIFY swallowed
    started = time.monotonic()
    with pytest.raises(CardTimeout) as info:
        service.read(ADULT.pin)
    took = time.monotonic() - started
    assert client.hung.is_set()
    assert DEADLINE <= took < DEADLINE + 3, took
    assert info.value.message().startswith(MESSAGE)
    assert ADULT.pin not in info.value.detail
    client.stop()  # the resident takes the silent card away
    wait_until(card_absent, 10, "pcscd to see the silent card leave")
    vpcd_card()  # the next resident
    wait_until(exclusive_connect_works, 10, "the stuck PC/SC handle to be released")
    started = time.monotonic()
    with service.read(ADULT.pin) as result:
        assert result.basic.name == ADULT.name
    assert time.monotonic() - started < DEADLINE


@pytest.fixture
def frozen_emulator(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env["KIOSK_HOME"] = str(tmp_path / "emulator-home")
    wait_until(card_absent, 10, "an empty reader")
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "card", "emulate", "--profile", "standard-adult",
         "--port", str(VPCD_PORT)], env=env, text=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until(connectable, 15, "pcscd to power up the emulator process's card")
        os.kill(process.pid, signal.SIGSTOP)
        yield process
    finally:
        process.kill()  # also ends a stopped process; its socket closes: the card leaves
        process.wait(timeout=10)
        wait_until(card_absent, 10, "pcscd to see the frozen card leave")


@pytest.mark.skipif(
    os.environ.get("KIOSK_TEST_VPCD_FREEZE") != "1",
    reason="opt-in (KIOSK_TEST_VPCD_FREEZE=1) on a private pcscd: freezing the emulator while "
           "pcscd powers the card up left the shared vpcd reader reporting a card for later runs")
def test_kiosk_card_read_on_a_frozen_card_is_one_line_and_exit_1(
    frozen_emulator: subprocess.Popen[str], tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(KIOSK_HOME=str(tmp_path / "home"), KIOSK_CARD_APDU_TIMEOUT_SECONDS="2")
    started = time.monotonic()
    run = subprocess.run(
        [sys.executable, "-m", "kiosk", "card", "read", "--reader", VPCD_READER,
         "--pin-stdin"], input=ADULT.pin + "\n", capture_output=True, text=True, env=env,
        timeout=60, check=False)
    took = time.monotonic() - started
    assert run.returncode == 1, run.stderr
    assert run.stderr.startswith(f"kiosk: {MESSAGE}") and run.stderr.count("\n") == 1
    assert "Traceback" not in run.stderr and ADULT.pin not in run.stderr + run.stdout
    assert took < 20, f"took {took:.1f} s"
