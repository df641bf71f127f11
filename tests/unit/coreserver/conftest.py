"""A reference core system over a fresh SQLite file, with the demo households and 転入予約."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

with warnings.catch_warnings():
    # Starlette 1.x asks for its httpx fork ("httpx2"); httpx itself works the same here.
    warnings.simplefilter("ignore", UserWarning)
    from starlette.testclient import TestClient

from kiosk.coreserver.app import create_app
from kiosk.coreserver.seeding import seed_demo
from kiosk.coreserver.store import CoreStore


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CoreStore]:
    store = CoreStore(f"sqlite:///{(tmp_path / 'core.sqlite3').as_posix()}")
    seed_demo(store)
    yield store
    store.close()


@pytest.fixture
def client(store: CoreStore) -> Iterator[TestClient]:
    with TestClient(create_app(store)) as client:
        yield client
