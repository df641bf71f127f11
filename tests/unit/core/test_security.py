"""Staff PIN hashing and the lock-out."""

from __future__ import annotations

import pytest

from kiosk.security import DEMO_STAFF_PIN, StaffGate, hash_pin, pin_hash_problem, verify_pin


def test_hash_round_trip_and_salting() -> None:
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first != second, "each hash has its own salt"
    assert "2468" not in first
    assert verify_pin("2468", first) and verify_pin("2468", second)
    assert not verify_pin("2469", first)


@pytest.mark.parametrize("bad", ["12", "abcd", "1234567890123", ""])
def test_pin_shape_is_checked(bad: str) -> None:
    with pytest.raises(ValueError):
        hash_pin(bad)


def test_corrupt_hash_never_matches() -> None:
    assert not verify_pin("0000", "scrypt$broken")
    assert not verify_pin("0000", "md5$1$2$3$4$5")


def test_gate_locks_and_unlocks_with_time() -> None:
    now = [1000.0]
    gate = StaffGate(hash_pin("2468"), max_attempts=2, lockout_seconds=30, clock=lambda: now[0])
    assert not gate.check("1111")
    assert gate.attempts_left == 1
    assert not gate.check("1111")
    assert gate.locked and gate.seconds_left == 30
    assert not gate.check("2468"), "the right PIN is refused while locked"
    now[0] += 31
    assert not gate.locked
    assert gate.check("2468")


def test_a_hash_below_the_floor_matches_nothing_even_with_the_right_pin() -> None:
    import base64
    import hashlib

    salt = b"s" * 16
    weak = hashlib.scrypt(b"2468", salt=salt, n=2, r=1, p=1, dklen=32)
    stored = f"scrypt$2$1$1${base64.b64encode(salt).decode()}${base64.b64encode(weak).decode()}"
    assert pin_hash_problem(stored) is not None
    assert not verify_pin("2468", stored)


def test_garbage_is_a_problem_and_empty_is_no_pin_at_all() -> None:
    assert pin_hash_problem("garbage") is not None
    assert pin_hash_problem("") is None
    assert pin_hash_problem(hash_pin("2468")) is None
    assert not verify_pin(DEMO_STAFF_PIN, ""), "the demo PIN exists only under --demo"


def test_only_the_demo_gets_the_demo_pin() -> None:
    from kiosk.app.composition import terminal_config
    from kiosk.config import Config

    assert terminal_config(Config(), demo=False).staff.pin_hash == ""
    demo = terminal_config(Config(), demo=True).staff.pin_hash
    assert pin_hash_problem(demo) is None and verify_pin(DEMO_STAFF_PIN, demo)
    own = hash_pin("2468")
    assert terminal_config(Config().replace("staff", pin_hash=own), demo=True).staff.pin_hash \
        == own  # a demo terminal with its own PIN keeps it
