"""The key files: made once with safe modes, never overwritten, and refused with a clear
sentence when they cannot be used."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from kiosk.prefill.keys import (
    PRIVATE_FILE,
    PUBLIC_FILE,
    KeyFileError,
    generate_pair,
    key_id,
    load_signing_key,
    load_verify_key,
    load_verify_keys,
)


def test_a_pair_is_written_with_a_private_private_half(tmp_path: Path) -> None:
    private, public = generate_pair(tmp_path / "new")
    assert (private.name, public.name) == (PRIVATE_FILE, PUBLIC_FILE)
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert stat.S_IMODE(public.stat().st_mode) == 0o644
    assert private.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    assert public.read_bytes().startswith(b"-----BEGIN PUBLIC KEY-----")
    signing = load_signing_key(private)
    [verify] = load_verify_keys(public.parent)
    assert key_id(verify) == key_id(signing.public_key())
    verify.verify(signing.sign(b"x"), b"x")


def test_an_existing_pair_is_never_overwritten(tmp_path: Path) -> None:
    private, _ = generate_pair(tmp_path)
    before = private.read_bytes()
    with pytest.raises(FileExistsError):
        generate_pair(tmp_path)
    (tmp_path / PUBLIC_FILE).unlink()
    with pytest.raises(FileExistsError):  # the private half alone is enough to refuse
        generate_pair(tmp_path)
    assert private.read_bytes() == before


def test_key_ids_differ_between_pairs(tmp_path: Path) -> None:
    first = load_verify_key(generate_pair(tmp_path / "a")[1])
    second = load_verify_key(generate_pair(tmp_path / "b")[1])
    assert len(key_id(first)) == 8 and key_id(first) != key_id(second)


def test_every_public_key_in_the_folder_is_trusted(tmp_path: Path) -> None:
    generate_pair(tmp_path / "old")
    generate_pair(tmp_path / "new")
    kiosk = tmp_path / "kiosk"
    kiosk.mkdir()
    for name in ("old", "new"):
        (kiosk / f"{name}.pub").write_bytes((tmp_path / name / PUBLIC_FILE).read_bytes())
    (kiosk / "README.txt").write_text("not a key", encoding="utf-8")
    assert len(load_verify_keys(kiosk)) == 2


def _other_kind_of_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


@pytest.mark.parametrize(("content", "expected"), [
    (None, "does not exist"),
    (b"hello", "not a private key in PEM format"),
    (_other_kind_of_key().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()), "not an Ed25519 key"),
    (_other_kind_of_key().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"secret")), "protected by a password"),
    (b"x" * 20000, "too large"),
])
def test_unusable_private_key_files_say_why(
        tmp_path: Path, content: bytes | None, expected: str) -> None:
    path = tmp_path / "signing.key"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(KeyFileError, match=expected) as caught:
        load_signing_key(path)
    assert str(path) in str(caught.value)


def test_unusable_public_keys_say_why(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="does not exist"):
        load_verify_keys(tmp_path / "missing")
    with pytest.raises(KeyFileError, match=r"no public key \(\*\.pub\)"):
        load_verify_keys(tmp_path)
    (tmp_path / "bad.pub").write_bytes(b"-----BEGIN PUBLIC KEY-----\nxx\n")
    with pytest.raises(KeyFileError, match="not a public key"):
        load_verify_keys(tmp_path)
    (tmp_path / "bad.pub").write_bytes(_other_kind_of_key().public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    with pytest.raises(KeyFileError, match="not an Ed25519 key"):
        load_verify_keys(tmp_path)
    (tmp_path / "bad.pub").write_bytes(generate_pair(tmp_path / "pair")[0].read_bytes())
    with pytest.raises(KeyFileError, match="not a public key"):  # the private half by mistake
        load_verify_keys(tmp_path)
