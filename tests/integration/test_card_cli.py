"""``kiosk card …`` as a resident-facing tool would be run: a subprocess through pcscd.

Also the acceptance check that no output or log file of these runs holds the PIN or the
個人番号 (except the one run that asks for the number with ``--with-number``).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from card_vpcd_support import VPCD_READER, StartCard, card_absent, connectable, wait_until

from kiosk.card import apdu
from kiosk.card.emulator import sample_profile

pytestmark = pytest.mark.pcsc

ADULT = sample_profile("standard-adult")
KIOSK = [sys.executable, "-m", "kiosk"]


def kiosk(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env["KIOSK_HOME"] = str(home)
    return subprocess.run([*KIOSK, *args], input=stdin, capture_output=True, text=True,
                          env=env, timeout=60, check=False)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def _written(home: Path, *runs: subprocess.CompletedProcess[str]) -> str:
    files = [p.read_text(encoding="utf-8", errors="replace")
             for p in home.rglob("*") if p.is_file()] if home.exists() else []
    return "\n".join([*files, *(r.stdout + r.stderr for r in runs)])


def test_readers_lists_the_vpcd_reader_with_its_card(vpcd_card: StartCard, home: Path) -> None:
    vpcd_card()
    run = kiosk(home, "card", "readers")
    assert run.returncode == 0
    assert f"{VPCD_READER}\tcard present" in run.stdout


def test_read_prints_the_four_items_but_not_the_number(vpcd_card: StartCard,
                                                       home: Path) -> None:
    vpcd_card()
    run = kiosk(home, "card", "read", "--reader", VPCD_READER, "--pin-stdin", "--json",
                stdin=ADULT.pin + "\n")
    assert run.returncode == 0, run.stderr
    items = json.loads(run.stdout)
    assert items["name"] == ADULT.name and items["birth_date"] == "1985-04-12"
    assert items["sex"] == "2" and "my_number" not in items
    assert ADULT.my_number not in _written(home, run)
    assert ADULT.pin not in _written(home, run)


def test_read_with_number(vpcd_card: StartCard, home: Path) -> None:
    _, card = vpcd_card()
    assert kiosk(home, "db", "upgrade").returncode == 0
    refused = kiosk(home, "card", "read", "--reader", VPCD_READER, "--pin-stdin",
                    "--with-number", stdin=ADULT.pin + "\n")
    assert refused.returncode == 1 and "--staff" in refused.stderr
    assert card.sent(apdu.INS_VERIFY, with_data=True) == 0  # refused before the card
    run = kiosk(home, "card", "read", "--reader", VPCD_READER, "--pin-stdin", "--with-number",
                "--staff", "s-042", stdin=ADULT.pin + "\n")
    assert run.returncode == 0, run.stderr
    assert f"個人番号 My Number: {ADULT.my_number}" in run.stdout
    assert ADULT.pin not in _written(home, run)
    from kiosk.personal.audit import entries
    from kiosk.storage.db import make_engine

    engine = make_engine(f"sqlite:///{home / 'data' / 'kiosk.sqlite3'}")
    [entry] = entries(engine)
    engine.dispose()
    assert (entry.staff_id, entry.action, entry.visit_id) == ("s-042", "read_number", "-")


def test_wrong_pin_exits_non_zero_with_the_tries_left(vpcd_card: StartCard, home: Path) -> None:
    _, card = vpcd_card()
    run = kiosk(home, "card", "read", "--pin-stdin", stdin="0000\n")
    assert run.returncode == 1
    assert run.stderr.strip() == "kiosk: The PIN is wrong. 2 tries left."
    assert card.tries_left == 2
    assert "0000" not in _written(home, run).replace(run.stderr, "")


def test_last_try_is_refused_without_confirmation(vpcd_card: StartCard, home: Path) -> None:
    _, card = vpcd_card(tries=1)
    refused = kiosk(home, "card", "read", "--pin-stdin", stdin=ADULT.pin + "\n")
    assert refused.returncode == 1
    assert "--confirm-last-try" in refused.stderr
    assert card.sent(apdu.INS_VERIFY, with_data=True) == 0
    confirmed = kiosk(home, "card", "read", "--pin-stdin", "--confirm-last-try",
                      stdin=ADULT.pin + "\n")
    assert confirmed.returncode == 0, confirmed.stderr
    assert card.tries_left == 3


def test_blocked_card(vpcd_card: StartCard, home: Path) -> None:
    _, card = vpcd_card("locked-card")
    run = kiosk(home, "card", "read", "--pin-stdin", "--confirm-last-try", stdin="9999\n")
    assert run.returncode == 1 and "locked" in run.stderr
    assert card.sent(apdu.INS_VERIFY, with_data=True) == 0


def test_no_card_and_no_matching_reader(pcsc_backend: object, home: Path) -> None:
    run = kiosk(home, "card", "read", "--reader", VPCD_READER, "--pin-stdin", stdin="1234\n")
    assert run.returncode == 1 and "put your My Number card" in run.stderr
    run = kiosk(home, "card", "read", "--reader", "no such reader", "--pin-stdin",
                stdin="1234\n")
    assert run.returncode == 1 and "No card reader" in run.stderr


def _ctrl_c_stops_it() -> None:
    # A test run started in the background (nohup, `cmd &` in a script, some CI runners)
    # inherits an ignored SIGINT, and Python keeps an ignored SIGINT ignored: the emulator
    # would never see the Ctrl-C this test sends.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _emulate(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([*KIOSK, "card", "emulate", *args], stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_ctrl_c_stops_it)


def _interrupt(proc: subprocess.Popen[str]) -> int:
    """Ctrl-C the emulator and wait for it to exit, reading its pipes meanwhile (a full pipe
    would block it); if it does not exit, fail with what it wrote."""
    proc.send_signal(signal.SIGINT)
    try:
        proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, stderr = proc.communicate()
        pytest.fail(f"kiosk card emulate did not exit within 10 s of Ctrl-C; stderr:\n{stderr}")
    return proc.returncode


def test_emulate_keeps_the_try_counter_in_its_state_file(pcsc_backend: object,
                                                         tmp_path: Path) -> None:
    from kiosk.card.errors import PinWrong
    from kiosk.card.pcsc import PcscBackend
    from kiosk.card.service import ReaderService

    state = tmp_path / "tries.json"
    reader = ReaderService(PcscBackend(), VPCD_READER)
    wait_until(card_absent, 5, "an empty reader")
    proc = _emulate("--profile", "standard-adult", "--state", str(state))
    try:
        wait_until(connectable, 10, "the emulated card")
        with pytest.raises(PinWrong):
            reader.read("0000")
    finally:
        assert _interrupt(proc) == 0
    assert json.loads(state.read_text()) == {"pin_tries_left": 2}
    wait_until(card_absent, 5, "pcscd to see the card leave")
    proc = _emulate("--profile", "standard-adult", "--state", str(state), "--once")
    try:
        wait_until(connectable, 10, "the emulated card again")
        assert reader.tries_left() == 2  # a new power-up, the same counter
    finally:
        _interrupt(proc)
    wait_until(card_absent, 5, "pcscd to see the card leave")


def test_emulate_reports_a_bad_profile(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"name": 1}', encoding="utf-8")
    run = kiosk(tmp_path / "home", "card", "emulate", "--profile", str(bad), "--once")
    assert run.returncode == 1 and "'name'" in run.stderr
