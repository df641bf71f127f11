"""The personal copy at rest: sealed per row to the town key, write-only for kiosks,
bound to its visit, corrected with its audit row in one transaction, retention from the visit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, update

from kiosk.personal import audit, town_key
from kiosk.personal.store import PersonalStore
from kiosk.sealing.box import TownKeyPair
from kiosk.sealing.errors import SealError
from kiosk.sealing.keystore import FileKeyStore
from kiosk.storage.tables import PersonalAudit, VisitPersonal

TOWN = TownKeyPair.generate()
PAYLOAD = {"resident": {"name": "山田 太郎", "address": "熊本県玉名郡南関町関町1",
                        "birth_date": "1980-04-01"}}


def _sealed(engine: Engine, visit_id: str) -> bytes:
    with engine.connect() as c:
        return bytes(c.execute(select(VisitPersonal.sealed)
                               .where(VisitPersonal.visit_id == visit_id)).scalar_one())


def test_the_row_is_sealed_and_a_kiosk_can_write_but_never_read(engine: Engine) -> None:
    kiosk = PersonalStore(engine, sealer=TOWN.sealer())  # the public key only
    kiosk.put("v-1", PAYLOAD)
    raw = _sealed(engine, "v-1")
    for text in ("山田", "南関町", "1980-04-01"):
        assert text.encode() not in raw and text.encode("utf-16-le") not in raw
    with pytest.raises(town_key.TownKeyMissing, match="does not hold the town key"):
        kiosk.read("v-1", staff_id="s1", terminal_id="kiosk-1")
    clerk = PersonalStore(engine, opener=TOWN)
    data = clerk.read("v-1", staff_id="s1", terminal_id="clerk-1")
    assert data is not None and data["resident"]["name"] == "山田 太郎"


def test_a_row_copied_onto_another_visit_does_not_open(engine: Engine) -> None:
    store = PersonalStore(engine, opener=TOWN)
    store.put("v-1", PAYLOAD)
    store.put("v-2", {"resident": {"name": "別人"}})
    with engine.begin() as c:
        c.execute(update(VisitPersonal).where(VisitPersonal.visit_id == "v-2")
                  .values(sealed=_sealed(engine, "v-1")))
    with pytest.raises(SealError):
        store.read("v-2", staff_id="s1", terminal_id="clerk-1")


def test_another_town_key_cannot_open(engine: Engine) -> None:
    PersonalStore(engine, sealer=TOWN.sealer()).put("v-1", PAYLOAD)
    with pytest.raises(town_key.TownKeyMissing):
        PersonalStore(engine, opener=town_key.TownKeys((TownKeyPair.generate(),))).read(
            "v-1", staff_id="s1", terminal_id="clerk-1")


def test_a_correction_keeps_the_retention_of_the_visit(engine: Engine) -> None:
    store = PersonalStore(engine, "48", opener=TOWN)
    visit_time = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    store.put("v-1", PAYLOAD, now=visit_time)
    store.correct("v-1", {"resident": {"name": "山田 次郎"}}, staff_id="s9",
                  terminal_id="clerk-1", now=visit_time + timedelta(hours=40))
    with engine.connect() as c:
        expires = c.execute(select(VisitPersonal.expires_at)).scalar_one()
    assert expires.replace(tzinfo=expires.tzinfo or UTC) == visit_time + timedelta(hours=48)
    data = store.read("v-1", staff_id="s9", terminal_id="clerk-1",
                      now=visit_time + timedelta(hours=41))
    assert data is not None and data["resident"]["name"] == "山田 次郎"
    with pytest.raises(LookupError):  # expired, even before the purge ran
        store.correct("v-1", PAYLOAD, staff_id="s9", terminal_id="clerk-1",
                      now=visit_time + timedelta(hours=48))
    assert store.purge(visit_time + timedelta(hours=48)) == 1
    assert [e.action for e in audit.entries(engine, "v-1")] == ["correct", "view"]


def test_a_correction_whose_audit_row_fails_changes_nothing(
        engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    store = PersonalStore(engine, opener=TOWN)
    store.put("v-1", PAYLOAD)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("crash between the two writes")

    monkeypatch.setattr(audit, "write", broken)
    with pytest.raises(RuntimeError):
        store.correct("v-1", {"resident": {"name": "改ざん"}}, staff_id="s9",
                      terminal_id="clerk-1")
    monkeypatch.undo()
    data = store.read("v-1", staff_id="s9", terminal_id="clerk-1")
    assert data is not None and data["resident"]["name"] == "山田 太郎"
    with engine.connect() as c:
        actions = c.execute(select(PersonalAudit.action)).scalars().all()
    assert actions == ["view"]


def test_a_correction_of_a_purged_copy_is_refused(engine: Engine) -> None:
    store = PersonalStore(engine, opener=TOWN)
    with pytest.raises(LookupError):
        store.correct("gone", PAYLOAD, staff_id="s9", terminal_id="clerk-1")
    assert audit.entries(engine, "gone") == []


def test_single_tablet_sqlite_makes_and_publishes_its_town_key(
        sqlite_engine: Engine, tmp_path: Path) -> None:
    keys = FileKeyStore(tmp_path / "keys")
    assert town_key.sealer(keys, sqlite_engine) is None
    town_key.ensure_local(sqlite_engine, keys)
    town_key.ensure_local(sqlite_engine, keys)  # once only
    assert len(town_key.published(sqlite_engine)) == 1
    box = town_key.sealer(keys, sqlite_engine)
    opener = town_key.opener(keys)
    assert box is not None and opener is not None
    assert opener.open(box.seal(b"x", context=b"c"), context=b"c") == b"x"
    # The public key is cached: a kiosk starting while the database is away still seals.
    assert town_key.sealer(keys, None) == box
    with pytest.raises(town_key.TownKeyMissing, match="kiosk keys status"):
        town_key.HeldTownKeys(FileKeyStore(tmp_path / "other")).open(box.seal(b"x"))
