"""This terminal's own symmetric keys: created at first use, rotated on demand.

The store holds ``terminal-<id hex>`` secrets and a ``terminal.current`` pointer naming the
one that seals. ``rotate`` makes a new current key and keeps the old ones, because blobs
sealed with them (an outbox item, a failed print job) may still be waiting; callers that
re-seal everything may then ``forget`` the old keys.
"""

from __future__ import annotations

from kiosk.sealing.box import Keyring, SecretBox
from kiosk.sealing.errors import SealError
from kiosk.sealing.keystore import KeyStore

_POINTER = "terminal.current"
_PREFIX = "terminal-"


def _load_box(store: KeyStore, name: str) -> SecretBox:
    secret = store.load(name)
    if secret is None:
        raise SealError(f"The terminal key {name} is missing from the key folder.")
    return SecretBox(secret)


def terminal_keyring(store: KeyStore) -> Keyring:
    """The keyring, creating the first key when the terminal has none."""
    pointer = store.load(_POINTER)
    if pointer is None:
        return rotate(store)
    current_name = pointer.decode("ascii", "replace").strip()
    current = _load_box(store, current_name)
    older = [
        _load_box(store, name) for name in store.names()
        if name.startswith(_PREFIX) and name != current_name
    ]
    return Keyring.of(current, older)


def rotate(store: KeyStore) -> Keyring:
    """Make a new current key; the previous ones still open what they sealed."""
    box = SecretBox.generate()
    name = _PREFIX + box.key_id.hex()
    store.store(name, box.key)
    store.store(_POINTER, name.encode("ascii"))
    return terminal_keyring(store)


def forget_older(store: KeyStore) -> int:
    """Delete every key but the current one; returns how many were deleted."""
    ring = terminal_keyring(store)
    keep = _PREFIX + ring.current.key_id.hex()
    dropped = [n for n in store.names() if n.startswith(_PREFIX) and n != keep]
    for name in dropped:
        store.delete(name)
    return len(dropped)
