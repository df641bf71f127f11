"""The kiosk's clerks' copy while the database is away: sealed into the outbox file, kept
across a restart, sent as-is (with the visit's time) when the database is back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, select

from kiosk.app.personal_copies import LazyTownSealer, SealedCopies
from kiosk.personal import town_key
from kiosk.personal.store import PersonalStore
from kiosk.sealing.keystore import FileKeyStore
from kiosk.sealing.terminal_keys import forget_older, rotate, terminal_keyring
from kiosk.storage import migrate
from kiosk.storage.db import make_engine
from kiosk.storage.tables import VisitPersonal
from kiosk.visits.outbox import Outbox

NAME = "山田 太郎"
PAYLOAD = {"resident": {"name": NAME, "address": "熊本県玉名郡南関町関町1"}, "my_number": "x"}


def _copies(engine: Engine, keys: FileKeyStore, outbox: Path) -> SealedCopies:
    personal = PersonalStore(engine, "48", sealer=LazyTownSealer(engine, keys),
                             opener=town_key.HeldTownKeys(keys))
    return SealedCopies(personal, Outbox(outbox), terminal_keyring(keys))


def _no_plaintext(path: Path) -> None:
    for file in path.parent.glob(path.name + "*"):  # the file, its WAL and shared memory
        raw = file.read_bytes()
        assert NAME.encode() not in raw and NAME.encode("utf-16-le") not in raw


def test_a_copy_made_offline_survives_a_restart_and_keeps_the_visits_time(
        tmp_path: Path) -> None:
    keys, outbox = FileKeyStore(tmp_path / "keys"), tmp_path / "outbox.sqlite3"
    away = make_engine(f"sqlite:///{tmp_path / 'central.sqlite3'}")  # not migrated: fails
    copies = _copies(away, keys, outbox)
    assert copies.put("v-1", PAYLOAD) == 1
    made = datetime.now(UTC)
    assert copies.waiting == 1
    _no_plaintext(outbox)

    migrate.upgrade(away)  # the database is back; the kiosk restarted meanwhile
    restarted = _copies(away, keys, outbox)
    assert restarted.send_waiting() == 1 and restarted.waiting == 0
    with away.connect() as c:
        created = c.execute(select(VisitPersonal.created_at)).scalar_one()
    assert abs(created.replace(tzinfo=created.tzinfo or UTC) - made) < timedelta(seconds=5)
    data = restarted.personal.read("v-1", staff_id="s1", terminal_id="clerk-1")
    assert data is not None and data["resident"]["name"] == NAME and "my_number" not in data
    away.dispose()


def test_a_copy_sealed_to_the_town_key_waits_when_only_the_database_is_away(
        tmp_path: Path) -> None:
    keys, outbox = FileKeyStore(tmp_path / "keys"), tmp_path / "outbox.sqlite3"
    engine = make_engine(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    migrate.upgrade(engine)
    town_key.ensure_local(engine, keys)
    copies = _copies(engine, keys, outbox)
    copies.personal.sealer.box()  # type: ignore[union-attr]  # the key is known now
    engine.dispose()
    gone = make_engine(f"sqlite:///{tmp_path / 'missing' / 'dir' / 'x.sqlite3'}")
    copies.personal.engine = gone
    copies.put("v-2", PAYLOAD)
    [waiting] = copies.outbox.sealed_copies()
    assert waiting.sealed_to == "town" and repr(waiting).endswith("<sealed>)")
    copies.personal.engine = engine
    assert copies.send_waiting() == 1
    assert copies.personal.read("v-2", staff_id="s", terminal_id="c") is not None


def test_rotation_reseals_what_waits_then_old_keys_can_go(tmp_path: Path) -> None:
    keys, outbox = FileKeyStore(tmp_path / "keys"), tmp_path / "outbox.sqlite3"
    away = make_engine(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    copies = _copies(away, keys, outbox)
    copies.put("v-3", PAYLOAD)
    assert copies.reseal(rotate(keys)) == 1
    assert forget_older(keys) == 1
    migrate.upgrade(away)
    fresh = _copies(away, keys, outbox)
    assert fresh.send_waiting() == 1
    assert fresh.personal.read("v-3", staff_id="s", terminal_id="c") is not None
    away.dispose()


def test_doctor_reports_the_copies_waiting(tmp_path: Path, isolated_dirs: Path) -> None:
    from kiosk.config import Config
    from kiosk.doctor import Status, check_waiting_copies

    config = Config().replace("database", outbox_url=f"sqlite:///{tmp_path / 'o.sqlite3'}")
    assert check_waiting_copies(config).status is Status.OK
    keys = FileKeyStore(tmp_path / "keys")
    away = make_engine(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    _copies(away, keys, tmp_path / "o.sqlite3").put("v-4", PAYLOAD)
    finding = check_waiting_copies(config)
    assert finding.status is Status.WARN and "1 sealed copy(ies)" in finding.message
    assert "terminal's key" in finding.message and NAME not in finding.message
    away.dispose()
