"""Authenticated encryption of byte strings, with the key's id in every sealed blob.

Two formats, both ``magic | key id (8 bytes) | … | AES-256-GCM ciphertext and tag``:

* ``KSB1`` — ``SecretBox``: a symmetric key that only this terminal holds (its outbox
  items, its failed print jobs, its previews, its local personal copy).
* ``KPB1`` — ``SealedBox``: sealed to a town's X25519 public key with a fresh ephemeral
  key per blob (the ECIES construction of libsodium's sealed boxes, here with HKDF-SHA256
  and AES-GCM from ``cryptography``). Any terminal can seal; only a terminal holding the
  private key (a clerk terminal) can open.

``context`` is bound as associated data: a blob sealed for one visit or one file cannot be
replayed as another's. Rotation keeps the old keys for opening (``Keyring``); the key id in
the blob picks the key, so nothing has to be re-sealed at once.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kiosk.sealing.errors import SealError

SECRET_MAGIC = b"KSB1"
SEALED_MAGIC = b"KPB1"
KEY_ID_LEN = 8
NONCE_LEN = 12
KEY_LEN = 32
_HKDF_INFO = b"kakanai-kiosk sealed box v1"


def key_id_of(material: bytes) -> bytes:
    """A short public fingerprint of a key (of the public key for a key pair)."""
    return hashlib.sha256(b"kiosk-key-id" + material).digest()[:KEY_ID_LEN]


def is_sealed(blob: bytes) -> bool:
    return blob[:4] in (SECRET_MAGIC, SEALED_MAGIC)


def blob_key_id(blob: bytes) -> bytes:
    if not is_sealed(blob) or len(blob) < 4 + KEY_ID_LEN:
        raise SealError("This is not sealed data from the kiosk.")
    return blob[4 : 4 + KEY_ID_LEN]


@dataclass(frozen=True, repr=False)
class SecretBox:
    """AES-256-GCM under one symmetric key."""

    key: bytes

    def __post_init__(self) -> None:
        if len(self.key) != KEY_LEN:
            raise SealError("A terminal key must be 32 bytes; the key file is damaged.")

    @classmethod
    def generate(cls) -> SecretBox:
        return cls(AESGCM.generate_key(bit_length=256))

    @property
    def key_id(self) -> bytes:
        return key_id_of(self.key)

    def seal(self, data: bytes, *, context: bytes = b"") -> bytes:
        nonce = os.urandom(NONCE_LEN)
        header = SECRET_MAGIC + self.key_id
        return header + nonce + AESGCM(self.key).encrypt(nonce, data, header + context)

    def open(self, blob: bytes, *, context: bytes = b"") -> bytes:
        if blob[:4] != SECRET_MAGIC or blob_key_id(blob) != self.key_id:
            raise SealError("This data was sealed with another key.")
        header = blob[: 4 + KEY_ID_LEN]
        nonce = blob[len(header) : len(header) + NONCE_LEN]
        try:
            return AESGCM(self.key).decrypt(nonce, blob[len(header) + NONCE_LEN :], header + context)
        except (InvalidTag, ValueError):
            raise SealError("The sealed data is damaged or was changed.") from None

    def __repr__(self) -> str:
        return f"<SecretBox {self.key_id.hex()}>"


def _derive(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_LEN,
        salt=ephemeral_public + recipient_public, info=_HKDF_INFO,
    ).derive(shared)


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


@dataclass(frozen=True, repr=False)
class SealedBox:
    """Seal to a town public key; nobody without the private key can open the result."""

    public_key: bytes

    def __post_init__(self) -> None:
        if len(self.public_key) != KEY_LEN:
            raise SealError("A town public key must be 32 bytes; check personal.public_key.")

    @property
    def key_id(self) -> bytes:
        return key_id_of(self.public_key)

    def seal(self, data: bytes, *, context: bytes = b"") -> bytes:
        ephemeral = X25519PrivateKey.generate()
        ephemeral_public = _raw_public(ephemeral.public_key())
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(self.public_key))
        key = _derive(shared, ephemeral_public, self.public_key)
        nonce = os.urandom(NONCE_LEN)
        header = SEALED_MAGIC + self.key_id + ephemeral_public
        return header + nonce + AESGCM(key).encrypt(nonce, data, header + context)

    def __repr__(self) -> str:
        return f"<SealedBox {self.key_id.hex()}>"


@dataclass(frozen=True, repr=False)
class TownKeyPair:
    """The private half: opens what ``SealedBox`` sealed to its public key."""

    private_key: bytes

    def __post_init__(self) -> None:
        if len(self.private_key) != KEY_LEN:
            raise SealError("A town private key must be 32 bytes; the key file is damaged.")

    @classmethod
    def generate(cls) -> TownKeyPair:
        raw = X25519PrivateKey.generate().private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        return cls(raw)

    @property
    def public_key(self) -> bytes:
        return _raw_public(X25519PrivateKey.from_private_bytes(self.private_key).public_key())

    @property
    def key_id(self) -> bytes:
        return key_id_of(self.public_key)

    def sealer(self) -> SealedBox:
        return SealedBox(self.public_key)

    def seal(self, data: bytes, *, context: bytes = b"") -> bytes:
        return self.sealer().seal(data, context=context)

    def open(self, blob: bytes, *, context: bytes = b"") -> bytes:
        if blob[:4] != SEALED_MAGIC or blob_key_id(blob) != self.key_id:
            raise SealError("This data was sealed to another town key.")
        start = 4 + KEY_ID_LEN
        ephemeral_public = blob[start : start + KEY_LEN]
        nonce = blob[start + KEY_LEN : start + KEY_LEN + NONCE_LEN]
        header = blob[: start + KEY_LEN]
        try:
            shared = X25519PrivateKey.from_private_bytes(self.private_key).exchange(
                X25519PublicKey.from_public_bytes(ephemeral_public)
            )
            key = _derive(shared, ephemeral_public, self.public_key)
            return AESGCM(key).decrypt(
                nonce, blob[start + KEY_LEN + NONCE_LEN :], header + context
            )
        except (InvalidTag, ValueError):
            raise SealError("The sealed data is damaged or was changed.") from None

    def __repr__(self) -> str:
        return f"<TownKeyPair {self.key_id.hex()}>"


@dataclass(frozen=True, repr=False)
class Keyring:
    """The current key seals; every key still held (after rotations) opens."""

    current: SecretBox
    older: Mapping[bytes, SecretBox] = field(default_factory=dict)

    @classmethod
    def of(cls, current: SecretBox, older: Iterable[SecretBox] = ()) -> Keyring:
        return cls(current, {box.key_id: box for box in older})

    def seal(self, data: bytes, *, context: bytes = b"") -> bytes:
        return self.current.seal(data, context=context)

    def open(self, blob: bytes, *, context: bytes = b"") -> bytes:
        key_id = blob_key_id(blob)
        box = self.current if key_id == self.current.key_id else self.older.get(key_id)
        if box is None:
            raise SealError(
                "This data was sealed with a key this terminal no longer holds."
            )
        return box.open(blob, context=context)

    def __repr__(self) -> str:
        return f"<Keyring {self.current.key_id.hex()} +{len(self.older)}>"
