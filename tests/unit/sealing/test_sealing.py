"""The sealing primitives: round trips, tampering, wrong keys, rotation, private files."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kiosk.sealing.box import Keyring, SealedBox, SecretBox, TownKeyPair, is_sealed
from kiosk.sealing.errors import SealError
from kiosk.sealing.files import is_private, write_private
from kiosk.sealing.keystore import FileKeyStore
from kiosk.sealing.ports import Opener, Sealer
from kiosk.sealing.terminal_keys import forget_older, rotate, terminal_keyring

SECRET = "山田 太郎 熊本県玉名郡南関町大字関町1番地 1970-01-01".encode()


def test_secret_box_round_trip_hides_the_plaintext() -> None:
    box = SecretBox.generate()
    blob = box.seal(SECRET, context=b"visit-1")
    assert is_sealed(blob)
    assert SECRET not in blob and "山田".encode() not in blob
    assert box.open(blob, context=b"visit-1") == SECRET


def test_secret_box_refuses_tampering_another_context_and_another_key() -> None:
    box = SecretBox.generate()
    blob = bytearray(box.seal(SECRET, context=b"visit-1"))
    with pytest.raises(SealError, match="another"):
        SecretBox.generate().open(bytes(blob), context=b"visit-1")
    with pytest.raises(SealError, match="damaged"):
        box.open(bytes(blob), context=b"visit-2")
    blob[-1] ^= 1
    with pytest.raises(SealError, match="damaged"):
        box.open(bytes(blob), context=b"visit-1")


def test_sealed_box_is_write_only_without_the_private_key() -> None:
    town = TownKeyPair.generate()
    kiosk_side: Sealer = SealedBox(town.public_key)
    blob = kiosk_side.seal(SECRET, context=b"v")
    assert SECRET not in blob
    assert not hasattr(kiosk_side, "open")
    clerk_side: Opener = town
    assert clerk_side.open(blob, context=b"v") == SECRET
    with pytest.raises(SealError):
        TownKeyPair.generate().open(blob, context=b"v")
    # Two seals of the same data differ (fresh ephemeral key and nonce each time).
    assert kiosk_side.seal(SECRET) != kiosk_side.seal(SECRET)


def test_keyring_opens_blobs_of_older_keys_after_rotation(tmp_path: Path) -> None:
    store = FileKeyStore(tmp_path / "keys")
    first = terminal_keyring(store)
    old_blob = first.seal(SECRET)
    second = rotate(store)
    assert second.current.key_id != first.current.key_id
    assert terminal_keyring(store).open(old_blob) == SECRET
    assert forget_older(store) == 1
    with pytest.raises(SealError, match="no longer holds"):
        terminal_keyring(store).open(old_blob)


def test_keyring_is_stable_across_loads(tmp_path: Path) -> None:
    store = FileKeyStore(tmp_path / "keys")
    blob = terminal_keyring(store).seal(SECRET)
    assert terminal_keyring(store).open(blob) == SECRET
    assert isinstance(terminal_keyring(store), Keyring)


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_keys_and_private_files_are_0600_in_0700_folders(tmp_path: Path) -> None:
    store = FileKeyStore(tmp_path / "keys")
    terminal_keyring(store)
    assert stat.S_IMODE((tmp_path / "keys").stat().st_mode) == 0o700
    for path in (tmp_path / "keys").iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    target = tmp_path / "data" / "copy.bin"
    write_private(target, b"x")
    assert is_private(target) and target.read_bytes() == b"x"
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".copy")]


def test_a_damaged_key_file_is_a_plain_error(tmp_path: Path) -> None:
    store = FileKeyStore(tmp_path / "keys")
    ring = terminal_keyring(store)
    (tmp_path / "keys" / f"terminal-{ring.current.key_id.hex()}.key").write_bytes(b"short")
    with pytest.raises(SealError, match="damaged"):
        terminal_keyring(store)
