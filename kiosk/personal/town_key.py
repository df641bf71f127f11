"""The town key pair that seals the clerks' copy: where it comes from and who holds it.

* ``kiosk keys init`` on a clerk terminal makes a pair, keeps the private half in that
  terminal's key store (``town-<key id>``) and publishes the public half in the database
  (table ``town_key``; the newest row seals). Copy the key folder to the other clerk
  terminals (``kiosk keys status`` shows which key each holds); kiosks never get it.
* A single-tablet SQLite set-up (kiosk and clerk on one machine, one file) makes the pair
  itself at first start (``ensure_local``): there is nobody else to hand the key to.
* Every terminal caches the published public key in its key store (``town-public``), so a
  kiosk that starts while the database is away can still seal the copy it queues.

Kiosks only ever load a ``SealedBox`` (``sealer``): they can write a copy, never read one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import SQLAlchemyError

from kiosk.sealing.box import SEALED_MAGIC, SealedBox, TownKeyPair, blob_key_id
from kiosk.sealing.errors import SealError
from kiosk.sealing.keystore import KeyStore
from kiosk.storage.tables import TownKey
from kiosk.visits.clock import utc_now

PRIVATE_PREFIX = "town-"
PUBLIC_CACHE = "town-public"
NO_KEY = ("This terminal does not hold the town key, so it cannot open the residents' "
          "prefilled data; copy the key from a clerk terminal (kiosk keys status).")
NOT_PUBLISHED = ("No town key has been published yet; run 'kiosk keys init' on a clerk "
                 "terminal.")


class TownKeyMissing(SealError):
    """No key to seal to, or none to open with; the message says what to do."""


@dataclass(frozen=True, repr=False)
class TownKeys:
    """The town private keys this terminal holds (newest first): seals and opens."""

    pairs: tuple[TownKeyPair, ...]

    def seal(self, data: bytes, *, context: bytes = b"") -> bytes:
        return self.pairs[0].seal(data, context=context)

    def open(self, blob: bytes, *, context: bytes = b"") -> bytes:
        if blob[:4] != SEALED_MAGIC:
            raise SealError("This is not a sealed personal copy.")
        key_id = blob_key_id(blob)
        for pair in self.pairs:
            if pair.key_id == key_id:
                return pair.open(blob, context=context)
        raise TownKeyMissing(NO_KEY)

    def __repr__(self) -> str:
        return f"<TownKeys {len(self.pairs)}>"


class HeldTownKeys:
    """The town keys in this terminal's key store, looked up at each use (a key copied in
    while the console runs is found; a terminal without one gets ``TownKeyMissing``)."""

    def __init__(self, store: KeyStore) -> None:
        self.store = store

    def _keys(self) -> TownKeys:
        keys = opener(self.store)
        if keys is None:
            raise TownKeyMissing(NO_KEY)
        return keys

    def seal(self, data: bytes, *, context: bytes = b"") -> bytes:
        return self._keys().seal(data, context=context)

    def open(self, blob: bytes, *, context: bytes = b"") -> bytes:
        return self._keys().open(blob, context=context)


def _private_name(pair: TownKeyPair) -> str:
    return PRIVATE_PREFIX + pair.key_id.hex()


def held_pairs(store: KeyStore) -> list[TownKeyPair]:
    """The private town keys in ``store`` (any order)."""
    pairs = []
    for name in store.names():
        if name.startswith(PRIVATE_PREFIX) and name != PUBLIC_CACHE:
            secret = store.load(name)
            if secret is not None:
                pairs.append(TownKeyPair(secret))
    return pairs


def published(engine: Engine) -> list[tuple[bytes, datetime]]:
    """Every published public key with its date, newest first."""
    c = TownKey.__table__.c
    with engine.connect() as connection:
        rows = connection.execute(
            select(c.public_key, c.created_at).order_by(c.created_at.desc())
        ).all()
    return [(bytes(r.public_key), r.created_at) for r in rows]


def create(engine: Engine, store: KeyStore, now: datetime | None = None) -> TownKeyPair:
    """Make a pair, keep the private half here and publish the public half."""
    pair = TownKeyPair.generate()
    store.store(_private_name(pair), pair.private_key)
    with engine.begin() as connection:
        connection.execute(insert(TownKey).values(
            key_id=pair.key_id.hex(), public_key=pair.public_key, created_at=now or utc_now()))
    store.store(PUBLIC_CACHE, pair.public_key)
    return pair


def opener(store: KeyStore, engine: Engine | None = None) -> TownKeys | None:
    """The keys this (clerk) terminal holds, the published one first; None if it holds none."""
    pairs = held_pairs(store)
    if not pairs:
        return None
    newest = _public_key(store, engine)
    pairs.sort(key=lambda p: p.public_key != newest)
    return TownKeys(tuple(pairs))


def sealer(store: KeyStore, engine: Engine | None = None) -> SealedBox | None:
    """A box sealing to the published town key (the cached copy when the database is away)."""
    public = _public_key(store, engine)
    return None if public is None else SealedBox(public)


def _public_key(store: KeyStore, engine: Engine | None) -> bytes | None:
    if engine is not None:
        try:
            keys = published(engine)
        except SQLAlchemyError:
            keys = []
        if keys:
            newest = keys[0][0]
            if store.load(PUBLIC_CACHE) != newest:
                store.store(PUBLIC_CACHE, newest)
            return newest
    return store.load(PUBLIC_CACHE)


def ensure_local(engine: Engine, store: KeyStore) -> None:
    """A single-tablet SQLite set-up: make the town pair here when nobody published one."""
    if engine.dialect.name != "sqlite":
        return
    try:
        if published(engine):
            return
    except SQLAlchemyError:
        return  # not migrated yet: the copy waits in the outbox until it is
    create(engine, store)
