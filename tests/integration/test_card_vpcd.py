"""The card layer through the real stack: emulator -> vpcd -> pcscd -> pyscard -> service.

The emulator runs as a vpcd client (see ``conftest.py``); every APDU crosses pcscd. The
reader-disappears test stops pcscd itself and starts it again with
``scripts/start-pcscd.sh``, so later tests find it running.
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from card_vpcd_support import VPCD_READER, StartCard, pcscd_ready, wait_until

from kiosk.card import apdu
from kiosk.card.emulator import sample_profile
from kiosk.card.errors import (
    CardRemoved,
    LastTryNotConfirmed,
    NoReader,
    NotMyNumberCard,
    PinBlocked,
    PinWrong,
    ReaderUnplugged,
)
from kiosk.card.pcsc import PcscBackend
from kiosk.card.protocol import ApduStyle
from kiosk.card.service import MonitorCallbacks, ReaderService

pytestmark = pytest.mark.pcsc

ADULT = sample_profile("standard-adult")
REPO = Path(__file__).resolve().parents[2]


def service(style: ApduStyle = ApduStyle.SHORT_EF) -> ReaderService:
    return ReaderService(PcscBackend(), VPCD_READER, style)


@pytest.mark.parametrize("style", list(ApduStyle))
def test_right_pin(vpcd_card: StartCard, style: ApduStyle) -> None:
    _, card = vpcd_card()
    reader = service(style)
    assert reader.tries_left() == 3
    with reader.read(ADULT.pin, with_number=True) as result:
        assert (result.basic.name, result.basic.address) == (ADULT.name, ADULT.address)
        assert result.my_number is not None and result.my_number.digits == ADULT.my_number
    assert card.sent(apdu.INS_VERIFY, with_data=True) == 1
    # Disconnected with SCARD_UNPOWER_CARD: pcscd sends the power-off to the emulator after
    # SCardDisconnect has returned, so wait for it instead of asserting at once.
    wait_until(lambda: not card.powered, 5, "the emulator to receive pcscd's power-off")


def test_wrong_pin_then_the_right_one(vpcd_card: StartCard) -> None:
    _, card = vpcd_card()
    reader = service()
    with pytest.raises(PinWrong) as info:
        reader.read("0000")
    assert info.value.tries_left == 2
    assert reader.tries_left() == 2
    assert reader.read(ADULT.pin).basic.name == ADULT.name
    assert card.tries_left == 3


def test_two_wrong_pins_then_the_last_try_needs_confirmation(vpcd_card: StartCard) -> None:
    _, card = vpcd_card()
    reader = service()
    for left in (2, 1):
        with pytest.raises(PinWrong) as info:
            reader.read("9876")
        assert info.value.tries_left == left
    with pytest.raises(LastTryNotConfirmed):
        reader.read(ADULT.pin)
    assert card.sent(apdu.INS_VERIFY, with_data=True) == 2
    assert reader.read(ADULT.pin, confirm_last_try=True).basic.name == ADULT.name
    assert card.tries_left == 3


def test_blocked_card_receives_no_verify(vpcd_card: StartCard) -> None:
    _, card = vpcd_card("locked-card")
    reader = service()
    assert reader.tries_left() == 0
    with pytest.raises(PinBlocked):
        reader.read(sample_profile("locked-card").pin, confirm_last_try=True)
    # Only the status queries (VERIFY without data) that revealed the lock; never a PIN.
    assert card.sent(apdu.INS_VERIFY, with_data=True) == 0
    assert [r.sw for r in card.log if r.ins == apdu.INS_VERIFY] == [0x6984, 0x6984]


def test_not_a_my_number_card(vpcd_card: StartCard) -> None:
    vpcd_card(wrong_aid=True)
    with pytest.raises(NotMyNumberCard):
        service().tries_left()


@pytest.mark.parametrize("after", [1, 3, 4])
def test_card_removed_mid_read(vpcd_card: StartCard, after: int) -> None:
    client, _ = vpcd_card(drop_after=after)
    with pytest.raises(CardRemoved):
        service().read(ADULT.pin, with_number=True)
    assert not client.connected.is_set()


def test_200_byte_address_uses_long_form_lengths(vpcd_card: StartCard) -> None:
    profile = sample_profile("address-200-bytes")
    assert len(profile.address.encode()) > 200
    vpcd_card("address-200-bytes")
    assert service().read(profile.pin).basic.address == profile.address


@pytest.mark.parametrize("options", [{"transport": "t0"}, {"extended_length": False}])
def test_short_reads_when_extended_length_is_refused(vpcd_card: StartCard,
                                                     options: dict[str, object]) -> None:
    long = replace(ADULT, address="大字上ノ原字西久保平三千二百五十四番地" * 8)
    vpcd_card(long, **options)
    assert service().read(ADULT.pin).basic.address == long.address


def test_monitor_sees_insert_and_remove(vpcd_card: StartCard) -> None:
    inserted, removed = threading.Event(), threading.Event()
    reader = service()
    reader.start_monitoring(MonitorCallbacks(
        on_card_inserted=lambda r: inserted.set(), on_card_removed=lambda r: removed.set()))
    try:
        client, _ = vpcd_card()
        assert inserted.wait(5)
        client.stop()
        assert removed.wait(5)
    finally:
        reader.stop_monitoring()


def _pcscd_pid() -> int:
    # pcscd writes "PID\n\0".
    return int(Path("/run/pcscd/pcscd.pid").read_text().strip("\n\0 "))


def _stop_pcscd() -> None:
    pid = _pcscd_pid()
    os.kill(pid, signal.SIGTERM)
    wait_until(lambda: not Path(f"/proc/{pid}").exists(), 10, "pcscd to exit")


def _start_pcscd() -> None:
    subprocess.run([str(REPO / "scripts" / "start-pcscd.sh")], check=True, timeout=30,
                   capture_output=True)
    wait_until(pcscd_ready, 10, "pcscd to list the vpcd readers again")


@pytest.mark.slow
def test_reader_disappears(vpcd_card: StartCard) -> None:
    """Stop the emulator, then pcscd: the monitor and the service report no reader."""
    readers_seen: list[list[str]] = []
    changed = threading.Condition()

    def on_readers(readers: list[str]) -> None:
        with changed:
            readers_seen.append(readers)
            changed.notify_all()

    removed = threading.Event()
    reader = service()
    client, _ = vpcd_card()
    reader.start_monitoring(MonitorCallbacks(on_card_removed=lambda r: removed.set(),
                                             on_readers_changed=on_readers))
    try:
        client.stop()
        assert removed.wait(5)
        _stop_pcscd()
        with changed:
            assert changed.wait_for(lambda: readers_seen and readers_seen[-1] == [], 10)
        with pytest.raises(NoReader):
            reader.pick_reader()
        with pytest.raises(NoReader):
            reader.read(ADULT.pin)
    finally:
        _start_pcscd()
    with changed:  # the monitor re-establishes its context once pcscd is back
        assert changed.wait_for(lambda: VPCD_READER in readers_seen[-1], 10)
    reader.stop_monitoring()


@pytest.mark.slow
def test_reader_disappears_mid_session(vpcd_card: StartCard) -> None:
    vpcd_card()
    try:
        with pytest.raises(ReaderUnplugged), service().session() as ap:
            ap.select()
            _stop_pcscd()  # returns once the daemon's process has exited
            ap.tries_left()
    finally:
        _start_pcscd()


def test_qt_adapter_delivers_monitor_events_on_the_ui_thread(vpcd_card: StartCard,
                                                             qtbot: Any) -> None:
    """pyscard's monitor thread -> queued signals -> slots on the UI thread; reads on a pool."""
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.card_adapter import CardAdapter
    from kiosk.ui.tasks import TaskRunner

    app = QApplication.instance()
    assert app is not None
    runner = TaskRunner()
    adapter = CardAdapter(service(), runner)
    threads: list[bool] = []
    adapter.card_inserted.connect(lambda _r: threads.append(QThread.currentThread()
                                                            is app.thread()))
    adapter.start()
    try:
        with qtbot.waitSignal(adapter.card_inserted, timeout=5000):
            client, _ = vpcd_card()
        results: list[object] = []
        adapter.check_card(results.append, results.append)
        qtbot.waitUntil(lambda: bool(results), timeout=5000)
        assert results == [3] and adapter.engaged
        with qtbot.waitSignal(adapter.session_card_removed, timeout=5000):
            client.stop()
        assert threads and all(threads)
    finally:
        adapter.stop()
        runner.wait()
