"""Loading the demo households and 転入予約 (``demo/*.csv``) and synthetic residents.

The demo files hold the households of the emulator's card profiles (``kiosk card
emulate --profile standard-adult`` finds 佐藤　花子's family of four) and the 転入予約 of
the ``moving-in-family`` profile. Loading them twice adds nothing the second time.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

from kiosk.coreserver import synthetic
from kiosk.coreserver.csv_io import read_reservations, read_residents
from kiosk.coreserver.store import CoreStore, Counts

DEMO_PACKAGE = "kiosk.coreserver.demo"


def demo_file(name: str) -> Path:
    """A demo CSV as a path (the package ships them as data files)."""
    return Path(str(importlib.resources.files(DEMO_PACKAGE).joinpath(name)))


def seed_demo(store: CoreStore) -> Counts:
    """Load the demo residents and reservations unless they are already there."""
    households = read_residents(demo_file("residents.csv"))
    reservations = read_reservations(demo_file("reservations.csv"))
    if store.has_person(households[0].members[0].key):
        return Counts(0, 0, 0)
    residents = store.add_households(households)
    return Counts(residents, store.add_reservations(reservations), 0)


def seed_synthetic(store: CoreStore, count: int, *, seed: int = 0) -> int:
    """Add ``count`` synthetic residents after the ones already there."""
    first_key = 100_000 + store.counts().residents
    return store.add_households(synthetic.households(count, seed=seed, first_key=first_key))
