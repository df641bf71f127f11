"""``kiosk core serve`` as a real process: HTTP, SIGTERM, the folder, and what it stores.

The server runs as a separate process on a free port (``--port 0``) with a temporary
SQLite database; the tests wait for its ready line, never a fixed time.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kiosk.card.emulator.profile import sample_profile
from kiosk.coreserver.process import CoreServerProcess

pytestmark = pytest.mark.slow


def basic_four(profile: str) -> dict[str, str]:
    p = sample_profile(profile)
    return {"name": p.name, "address": p.address, "sex": p.sex,
            "birth_date": f"{p.birth_date[:4]}-{p.birth_date[4:6]}-{p.birth_date[6:]}"}


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "core.sqlite3"


@pytest.fixture
def server(db_path: Path, tmp_path: Path) -> Iterator[CoreServerProcess]:
    token = tmp_path / "token"
    token.write_text("t0ken\n", encoding="utf-8")
    process = CoreServerProcess(f"sqlite:///{db_path.as_posix()}", token_file=token,
                                folder=tmp_path / "share", env={"KIOSK_HOME": str(tmp_path)})
    with process:
        yield process


def client(server: CoreServerProcess) -> httpx.Client:
    return httpx.Client(base_url=server.url, timeout=5,
                        headers={"Authorization": "Bearer t0ken"})


def stored_text(db_path: Path) -> str:
    """Every value of every table of the server's database, as text."""
    connection = sqlite3.connect(db_path)
    try:
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        return "\n".join("\t".join(str(value) for value in row) for table in tables
                         for row in connection.execute(f'SELECT * FROM "{table}"'))
    finally:
        connection.close()


def test_lookup_and_status_over_http_then_sigterm_stops_cleanly(
        server: CoreServerProcess) -> None:
    with client(server) as http:
        status = http.get("/v1/status")
        assert status.status_code == 200
        assert status.json()["residents"] == 17
        found = http.post("/v1/residents/search", json=basic_four("standard-adult"))
        assert found.status_code == 200
        assert len(found.json()["household"]["members"]) == 4
        reservation = http.post("/v1/move-in-reservations/search",
                                json=basic_four("moving-in-family"))
        assert reservation.json()["reservation"]["previous_municipality"] == "401331"
        assert http.get("/v1/status", headers={"Authorization": ""}).status_code == 401
    assert server.wait_for_stderr("POST /v1/move-in-reservations/search 200")
    assert "佐藤" not in server.stderr and "1985" not in server.stderr
    assert server.stop() == 0


def test_nothing_shaped_like_a_my_number_or_the_pin_is_stored(
        server: CoreServerProcess, db_path: Path) -> None:
    profile = sample_profile("standard-adult")
    body = {"idempotency_key": "k1", "visit_id": "V1", "procedure_id": "jumin_ido",
            "department": "shimin", "event": "E", "event_date": "2026-12-07",
            "accepted_at": "2026-12-07T01:23:45+00:00", "staff_id": "S001",
            "person_key": "P0000002", "name": profile.name, "kana": "サトウ　ハナコ",
            "birth_date": "1985-04-12", "sex": "2",
            # A client that leaks the number by mistake: the server must not keep it.
            "fields": {"new_address": "関町123-4", "memo": f"個人番号{profile.my_number}"}}
    with client(server) as http:
        answer = http.put("/v1/submissions/k1", json=body)
        assert answer.json()["status"] == "rejected"
        clean = body | {"idempotency_key": "k2", "fields": {"new_address": "関町123-4"}}
        assert http.put("/v1/submissions/k2", json=clean).json()["status"] == "accepted"
    assert server.stop() == 0
    text = stored_text(db_path)
    assert "k2" in text and profile.name in text  # the test reads what was stored
    assert not re.search(r"(?<![0-9])[0-9]{12}(?![0-9])", text)
    assert not re.search(rf"(?<![0-9]){profile.pin}(?![0-9])", text)


def test_the_folder_is_answered_by_the_running_server(server: CoreServerProcess,
                                                      tmp_path: Path) -> None:
    share = tmp_path / "share"
    row = basic_four("taisho-elder")
    request = share / "requests" / "q1.csv"
    request.write_text("\ufeffkind,name,address,birth_date,sex\r\n"
                       f"resident,{row['name']},{row['address']},{row['birth_date']},"
                       f"{row['sex']}\r\n", encoding="utf-8")
    answer = share / "answers" / "q1.csv"
    deadline = time.monotonic() + 10
    while not answer.exists():
        assert time.monotonic() < deadline, "no answer in the folder"
        time.sleep(0.02)
    assert "鈴木　トメ" in answer.read_text(encoding="utf-8-sig")
    assert not request.exists()


def test_a_restarted_server_keeps_its_submissions(db_path: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{db_path.as_posix()}"
    body = {"idempotency_key": "k9", "visit_id": "V9", "procedure_id": "p", "department": "",
            "event": "E", "event_date": "2026-12-07", "accepted_at": "2026-12-07T00:00:00",
            "staff_id": "S", "person_key": "", "name": "新生　児", "kana": "",
            "birth_date": "2026-12-01", "sex": "9", "fields": {}}
    env = {"KIOSK_HOME": str(tmp_path)}
    with CoreServerProcess(url, env=env) as first:
        assert httpx.put(f"{first.url}/v1/submissions/k9", json=body).status_code == 200
    with CoreServerProcess(url, env=env, seed_demo=False) as second:
        assert httpx.put(f"{second.url}/v1/submissions/k9", json=body).json()["status"] == \
            "accepted"
        assert httpx.put(f"{second.url}/v1/submissions/k9",
                         json=body | {"kana": "x"}).status_code == 409
