"""Personal data: kept apart, never the 個人番号, expired on time, every view audited."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, MetaData, func, select, text

from kiosk.cli.main import main
from kiosk.domain.mynumber import with_check_digit
from kiosk.personal import audit
from kiosk.personal.retention import expires_at
from kiosk.personal.store import PersonalStore, strip_forbidden
from kiosk.sealing.box import TownKeyPair
from kiosk.storage import migrate
from kiosk.storage.db import make_engine
from kiosk.storage.tables import METRICS_TABLES, VisitPersonal
from kiosk.visits.clock import LOCAL_TZ
from kiosk.visits.recorder import MetricsRecorder
from kiosk.visits.working_days import is_working_day, next_working_day

TOWN_KEYS = TownKeyPair.generate()  # the clerk terminal's town key pair
MY_NUMBER = with_check_digit("12345678901")
PAYLOAD = {
    "name": "山田 太郎", "kana": "ヤマダ タロウ", "address": "熊本県玉名郡南関町関町1",
    "birth": "1980-04-01", "my_number": MY_NUMBER,
    "household": [{"name": "山田 花子", "個人番号": MY_NUMBER, "note": MY_NUMBER}],
    "remarks": f"番号 {MY_NUMBER[:4]}-{MY_NUMBER[4:8]}-{MY_NUMBER[8:]}",
    "phone": "0968-53-1111",
}


def jst(*args: int) -> datetime:
    return datetime(*args, tzinfo=LOCAL_TZ)  # type: ignore[misc]


def _all_stored_text(engine: Engine) -> str:
    meta = MetaData()
    meta.reflect(engine)
    with engine.connect() as c:
        return "\n".join(str(row) for table in meta.sorted_tables
                         for row in c.execute(table.select()))


def test_the_my_number_is_never_stored(engine: Engine) -> None:
    store = PersonalStore(engine, opener=TOWN_KEYS)
    removed = store.put("v-1", PAYLOAD)
    assert removed == 3
    dump = _all_stored_text(engine)
    assert MY_NUMBER not in dump
    assert "個人番号" not in dump and "my_number" not in dump
    data = store.read("v-1", staff_id="s1", terminal_id="clerk-1")
    assert data is not None and data["name"] == "山田 太郎"
    assert data["household"] == [{"name": "山田 花子"}]
    assert data["phone"] == "0968-53-1111"  # a phone number is not a 個人番号
    assert repr(data) == "<redacted>" and "山田" not in f"{data}"


def test_strip_handles_full_width_and_spaced_numbers() -> None:
    full_width = MY_NUMBER.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    clean, removed = strip_forbidden({"a": [full_width, "ok"], "MyNumber": "x", "pin": "1234",
                                      "card_pin": "1234", "spaced": " ".join(MY_NUMBER)})
    assert clean == {"a": ["ok"]} and removed == 5
    invalid = MY_NUMBER[:-1] + str((int(MY_NUMBER[-1]) + 1) % 10)
    assert strip_forbidden({"n": invalid}) == ({"n": invalid}, 0)


def test_metrics_tables_hold_no_personal_data(recorder: MetricsRecorder, engine: Engine) -> None:
    meta = MetaData()
    meta.reflect(engine)
    personal_words = ("name", "kana", "address", "birth", "sex", "gender", "number", "pin",
                      "phone", "payload")
    for table in METRICS_TABLES:
        for column in meta.tables[table].columns:
            assert not any(w in column.name for w in personal_words), (table, column.name)
    ticket = recorder.start_visit()
    recorder.record(ticket.visit_id, "navigation_done", life_event="IN", departments=["JUMIN"])
    PersonalStore(engine, opener=TOWN_KEYS).put(ticket.visit_id, PAYLOAD)
    with engine.connect() as c:
        dumped = "\n".join(str(row) for t in METRICS_TABLES for row in c.execute(meta.tables[t].select()))
    for value in ("山田", "南関町関町", "1980-04-01", MY_NUMBER):
        assert value not in dumped


def test_each_read_is_audited_without_the_values(engine: Engine) -> None:
    store = PersonalStore(engine, opener=TOWN_KEYS)
    store.put("v-9", PAYLOAD)
    store.read("v-9", staff_id="staff-7", terminal_id="clerk-2")
    store.read("missing", staff_id="staff-7", terminal_id="clerk-2")
    entries = audit.entries(engine)
    assert [(e.staff_id, e.terminal_id, e.visit_id, e.action) for e in entries] == [
        ("staff-7", "clerk-2", "v-9", "view"), ("staff-7", "clerk-2", "missing", "view")]
    assert entries[0].at.tzinfo is not None
    meta = MetaData()
    meta.reflect(engine)
    with engine.connect() as c:
        rows = "\n".join(str(r) for r in c.execute(meta.tables["personal_audit"].select()))
    assert "山田" not in rows


@pytest.mark.parametrize(("created", "end"), [
    (jst(2026, 11, 25, 10), jst(2026, 11, 27)),      # Wed → end of Thu
    (jst(2026, 11, 27, 16), jst(2026, 12, 1)),       # Fri → end of Mon
    (jst(2026, 11, 20, 9), jst(2026, 11, 25)),       # Fri → Mon 23 is 勤労感謝の日 → end of Tue
    (jst(2026, 12, 28, 9), jst(2027, 1, 5)),         # 御用納め → after 年末年始 → end of Mon 4
    (jst(2026, 11, 28, 23, 30), jst(2026, 12, 1)),   # Sat night → end of Mon
])
def test_next_working_day_retention(created: datetime, end: datetime) -> None:
    assert expires_at(created, "next-working-day") == end.astimezone(UTC)


def test_working_days() -> None:
    assert not is_working_day(date(2027, 1, 11))  # 成人の日
    assert not is_working_day(date(2026, 12, 31)) and not is_working_day(date(2027, 1, 3))
    assert is_working_day(date(2027, 1, 4))
    assert next_working_day(date(2026, 5, 1)) == date(2026, 5, 7)  # ゴールデンウィーク


def test_hours_retention_and_purge(engine: Engine) -> None:
    t0 = jst(2026, 11, 25, 10)
    store = PersonalStore(engine, "48", opener=TOWN_KEYS)
    store.put("a", {"name": "x"}, now=t0)
    store.put("b", {"name": "y"}, now=t0 + timedelta(hours=10))
    assert store.read("a", staff_id="s", terminal_id="t", now=t0 + timedelta(hours=49)) is None
    assert store.purge(t0 + timedelta(hours=47)) == 0
    assert store.purge(t0 + timedelta(hours=48)) == 1
    assert store.purge(t0 + timedelta(hours=58)) == 1
    with engine.connect() as c:
        assert c.execute(select(func.count()).select_from(VisitPersonal)).scalar_one() == 0
    with pytest.raises(ValueError):
        expires_at(t0, "soon")


def test_kiosk_db_purge_command(isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{(isolated_dirs / 'central.sqlite3').as_posix()}"
    isolated_dirs.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    migrate.upgrade(engine)
    store = PersonalStore(engine, opener=TOWN_KEYS)  # the default: end of the next working day
    store.put("fri", {"name": "x"}, now=jst(2026, 11, 27, 15))
    store.put("mon", {"name": "y"}, now=jst(2026, 11, 30, 9))
    monkeypatch.setenv("KIOSK_DATABASE_URL", url)
    assert main(["db", "purge", "--now", "2026-11-30T23:00+09:00"]) == 0
    assert "purged personal data of 0 visit(s)" in capsys.readouterr().out
    assert main(["db", "purge", "--now", "2026-12-01T00:00+09:00"]) == 0
    assert "of 1 visit(s)" in capsys.readouterr().out
    with engine.connect() as c:
        assert c.execute(text("SELECT visit_id FROM visit_personal")).scalars().all() == ["mon"]
    monkeypatch.setenv("KIOSK_RETENTION_PERSONAL_DATA", "1")
    assert main(["db", "purge", "--now", "2026-11-30T10:00+09:00"]) == 0
    assert "of 0 visit(s)" in capsys.readouterr().out  # the expiry is fixed when stored
    assert main(["db", "purge", "--now", "yesterday"]) == 1
    engine.dispose()
