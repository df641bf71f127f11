"""argon2id password hashes: the policy, the PHC format, the floor and the ceiling."""

from __future__ import annotations

import pytest

from kiosk.staff.passwords import (
    Argon2Cost,
    PasswordPolicyError,
    hash_password,
    hash_problem,
    verify_password,
)

CHEAP = Argon2Cost(memory_kib=8, iterations=1, lanes=1)


def test_the_default_cost_is_rfc_9106s_and_verifies_only_the_right_password() -> None:
    stored = hash_password("correct horse")
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert "correct horse" not in stored
    assert hash_problem(stored) is None
    assert verify_password("correct horse", stored)
    assert not verify_password("correct horsf", stored)


def test_two_hashes_of_one_password_differ_by_their_salt() -> None:
    assert hash_password("correct horse", CHEAP) != hash_password("correct horse", CHEAP)


@pytest.mark.parametrize("password, why", [
    ("short1", "at least 10"),
    ("1234567890", "digits only"),
    (" leading space x", "space"),
    ("x" * 129, "at most 128"),
])
def test_the_policy_refuses_weak_passwords_without_echoing_them(password: str, why: str) -> None:
    with pytest.raises(PasswordPolicyError) as caught:
        hash_password(password, CHEAP)
    assert why in str(caught.value)
    assert password not in str(caught.value)


def test_a_hash_below_owasps_floor_is_refused_and_matches_nothing() -> None:
    weak = hash_password("correct horse", CHEAP)
    assert "below OWASP's floor" in (hash_problem(weak) or "")
    assert not verify_password("correct horse", weak)
    assert verify_password("correct horse", weak, floor=False)  # tests' cheap hashes only


@pytest.mark.parametrize("stored", [
    "", "scrypt$131072$8$1$AAAA$BBBB", "$argon2i$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaA",
    "$argon2id$v=19$m=9999999,t=3,p=4$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
])
def test_malformed_or_oversized_hashes_match_nothing(stored: str) -> None:
    assert hash_problem(stored) is not None
    assert not verify_password("correct horse", stored)
