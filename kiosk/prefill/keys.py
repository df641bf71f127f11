"""The town's pre-application key pair (Ed25519): the web server signs, kiosks verify.

``generate_pair`` writes ``prefill-signing.key`` (the private key, PKCS#8 PEM, mode 0600;
it never overwrites one) and ``prefill-signing.pub`` (the public key, PEM). The private
file goes to the web server only (``[prefill] signing_key_file``); the ``.pub`` file is
copied into every kiosk's ``[prefill] keys_folder``, where every ``*.pub`` is a trusted
key, so a new pair can be rolled out before the old one is retired.

A code names its key by ``key_id``: the first 8 bytes of SHA-256 of the raw 32-byte
public key.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

SigningKey = Ed25519PrivateKey
VerifyKey = Ed25519PublicKey

PRIVATE_FILE = "prefill-signing.key"
PUBLIC_FILE = "prefill-signing.pub"
PUBLIC_SUFFIX = ".pub"
KEY_ID_BYTES = 8
MAX_KEY_FILE_BYTES = 16 * 1024


class KeyFileError(ValueError):
    """A key file that cannot be used; the message names the file and what to do."""


def key_id(key: VerifyKey) -> bytes:
    """The 8 bytes that name a public key inside a code."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).digest()[:KEY_ID_BYTES]


def generate_pair(out_dir: Path | str) -> tuple[Path, Path]:
    """Make a new pair in ``out_dir`` (created if needed); returns (private, public) paths.

    Raises ``FileExistsError`` when either file is already there: a key in use is never
    replaced by accident.
    """
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    private_path, public_path = folder / PRIVATE_FILE, folder / PUBLIC_FILE
    for path in (private_path, public_path):
        if path.exists():
            raise FileExistsError(17, "a key file is already there; it is never overwritten",
                                  str(path))
    private = Ed25519PrivateKey.generate()
    private_pem = private.private_bytes(serialization.Encoding.PEM,
                                        serialization.PrivateFormat.PKCS8,
                                        serialization.NoEncryption())
    public_pem = private.public_key().public_bytes(serialization.Encoding.PEM,
                                                   serialization.PublicFormat.SubjectPublicKeyInfo)
    _write_new(private_path, private_pem, 0o600)
    _write_new(public_path, public_pem, 0o644)
    return private_path, public_path


def _write_new(path: Path, data: bytes, mode: int) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.chmod(path, mode)  # the umask may have taken bits away from a public file


def load_signing_key(path: Path | str) -> SigningKey:
    """The private key in ``path``; ``KeyFileError`` says why it cannot be used."""
    file = Path(path)
    data = _read(file, "private key")
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except TypeError:
        raise KeyFileError(f"{file}: the private key is protected by a password; "
                           "make a new pair with `kiosk keys generate --out DIR`") from None
    except (ValueError, UnsupportedAlgorithm):
        raise KeyFileError(f"{file}: not a private key in PEM format; use the "
                           f"{PRIVATE_FILE} file made by `kiosk keys generate`") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{file}: the private key is not an Ed25519 key; make a new pair "
                           "with `kiosk keys generate --out DIR`")
    return key


def load_verify_key(path: Path | str) -> VerifyKey:
    """One public key file."""
    file = Path(path)
    data = _read(file, "public key")
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, UnsupportedAlgorithm):
        raise KeyFileError(f"{file}: not a public key in PEM format; copy the "
                           f"{PUBLIC_FILE} file made by `kiosk keys generate`") from None
    if not isinstance(key, Ed25519PublicKey):
        raise KeyFileError(f"{file}: the public key is not an Ed25519 key")
    return key


def load_verify_keys(folder: Path | str) -> tuple[VerifyKey, ...]:
    """Every ``*.pub`` key in ``folder``, sorted by file name; none is an error (a kiosk
    without a key could read no code at all)."""
    where = Path(folder)
    if not where.is_dir():
        raise KeyFileError(f"{where}: the prefill keys folder does not exist; set "
                           "[prefill] keys_folder to the folder holding prefill-signing.pub")
    keys = tuple(load_verify_key(path)
                 for path in sorted(where.glob(f"*{PUBLIC_SUFFIX}")) if path.is_file())
    if not keys:
        raise KeyFileError(f"{where}: no public key (*.pub) in the prefill keys folder; copy "
                           f"the {PUBLIC_FILE} made by `kiosk keys generate` there")
    return keys


def _read(file: Path, what: str) -> bytes:
    if not file.is_file():
        raise KeyFileError(f"{file}: the {what} file does not exist")
    try:
        with file.open("rb") as handle:
            data = handle.read(MAX_KEY_FILE_BYTES + 1)
    except OSError as exc:
        raise KeyFileError(f"{file}: the {what} file cannot be read "
                           f"({exc.strerror or type(exc).__name__})") from None
    if len(data) > MAX_KEY_FILE_BYTES:
        raise KeyFileError(f"{file}: too large for a {what} file")
    return data
