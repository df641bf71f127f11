"""The kiosk's REST link against the reference core system (``kiosk core serve``) over HTTP.

A match, no match, ambiguity, a reservation, submissions; a server slower than the
deadline, a server killed mid-call, a refused connection, malformed answers (a separate
stub process); and that neither a 個人番号 nor a PIN crosses the wire or reaches a log.
"""

from __future__ import annotations

import logging
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from core_link_support import (
    CONTEXT,
    HANAKO,
    ICHIRO,
    MOVER,
    NOBODY,
    Server,
    core_database,
    free_port,
    kiosk,
    reference_server,
    wait_until,
)
from sqlalchemy import Engine

from kiosk.app.core_audit import AuditedCoreSystem, DatabaseCoreAuditLog
from kiosk.corelink.rest import RestCoreSystem
from kiosk.domain.core_records import CoreUnavailable, ProcedureSubmission, SubmissionStatus
from kiosk.domain.mynumber import is_valid, with_check_digit
from kiosk.domain.resident import Sex
from kiosk.personal import audit
from kiosk.storage import migrate
from kiosk.storage.db import make_engine

PIN = "1357"
MY_NUMBER = with_check_digit("98765432101")
STUB = Path(__file__).parents[1] / "unit" / "corelink" / "stub_core_server.py"
PROXY = Path(__file__).with_name("core_link_recording_proxy.py")


@pytest.fixture(scope="module")
def core_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return core_database(tmp_path_factory.mktemp("core"))


@pytest.fixture(scope="module")
def server(core_db: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with reference_server(core_db, log) as running:
        yield running


@pytest.fixture()
def kiosk_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{(tmp_path / 'kiosk.sqlite3').as_posix()}")
    migrate.upgrade(engine)
    yield engine
    engine.dispose()


def submission(key: str, **fields: str) -> ProcedureSubmission:
    return ProcedureSubmission(
        key, CONTEXT.visit_id, "jumin_ido", "shimin", "EV", date(2026, 4, 6),
        datetime(2026, 4, 6, 1, 2, 3, tzinfo=UTC), "S001", "P1", HANAKO.name, "サトウ　ハナコ",
        HANAKO.birth_date, Sex.FEMALE, {"new_address": "関町1", **fields})


def test_a_match_brings_the_household_in_kanji_and_kana(server: Server) -> None:
    core = RestCoreSystem(server.url, "", timeout=2.0)
    household = core.find_resident(HANAKO, CONTEXT)
    assert household is not None
    assert household.resident.name == "佐藤　花子" and household.resident.kana == "サトウ　ハナコ"
    assert [(m.name, m.relation) for m in household.others] == [("佐藤　太郎", "子")]
    assert household.resident.insurances == {"kokuho"}
    core.close()


def test_no_match_and_ambiguous_are_none(server: Server) -> None:
    core = RestCoreSystem(server.url, "", timeout=2.0)
    assert core.find_resident(NOBODY, CONTEXT) is None
    assert core.find_resident(ICHIRO, CONTEXT) is None  # two people: never a guess
    assert core.find_reservation(HANAKO, CONTEXT) is None
    core.close()


def test_a_reservation_brings_the_movers(server: Server) -> None:
    core = RestCoreSystem(server.url, "", timeout=2.0)
    reservation = core.find_reservation(MOVER, CONTEXT)
    assert reservation is not None
    assert [m.relation for m in reservation.members] == ["世帯主", "妻"]
    assert reservation.planned_address.banchi == "123-4"
    core.close()


def test_a_submission_is_accepted_once_under_its_key(server: Server) -> None:
    core = RestCoreSystem(server.url, "", timeout=2.0)
    key = "c" * 64
    first = core.submit([submission(key)], CONTEXT)
    again = core.submit([submission(key)], CONTEXT)
    assert first == again and first[0].status is SubmissionStatus.ACCEPTED
    core.close()


def test_a_server_slower_than_the_deadline_is_unavailable_on_time(core_db: str,
                                                                  tmp_path: Path) -> None:
    with reference_server(core_db, tmp_path / "serve.log", "--delay-ms", "3000") as slow:
        core = RestCoreSystem(slow.url, "", timeout=2.0)
        started = time.monotonic()
        with pytest.raises(CoreUnavailable, match=r"within 2 seconds"):
            core.find_resident(HANAKO, CONTEXT)
        elapsed = time.monotonic() - started
        assert 2.0 <= elapsed < 2.5
        core.close()


def test_a_server_killed_mid_call_is_unavailable_at_once(core_db: str, tmp_path: Path) -> None:
    with reference_server(core_db, tmp_path / "serve.log", "--delay-ms", "3000") as slow:
        core = RestCoreSystem(slow.url, "", timeout=5.0)
        errors: list[CoreUnavailable] = []

        def call() -> None:
            try:
                core.find_resident(HANAKO, CONTEXT)
            except CoreUnavailable as error:
                errors.append(error)

        caller = threading.Thread(target=call)
        caller.start()
        wait_until(lambda: _has_connection(slow), what="the call reached the server")
        killed = time.monotonic()
        slow.kill()
        caller.join(10)
        assert errors and time.monotonic() - killed < 1.5
        core.close()


def _has_connection(server: Server) -> bool:
    done = subprocess.run(["ss", "-Htn", "state", "established", f"( sport = :{server.port} )"],
                          capture_output=True, text=True, check=False)
    return bool(done.stdout.strip())


def test_a_refused_connection_is_unavailable_at_once() -> None:
    core = RestCoreSystem(f"http://127.0.0.1:{free_port()}", "", timeout=2.0)
    started = time.monotonic()
    with pytest.raises(CoreUnavailable, match="could not be reached"):
        core.find_resident(HANAKO, CONTEXT)
    assert time.monotonic() - started < 1.0
    core.close()


@pytest.mark.parametrize("mode", ["garbage", "truncated", "wrong_types", "short_body", "e500"])
def test_malformed_answers_are_unavailable(mode: str, tmp_path: Path) -> None:
    stub = subprocess.Popen([sys.executable, str(STUB), str(tmp_path / "seen.jsonl")],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert stub.stdout is not None
        port = int(stub.stdout.readline().split()[1])
        core = RestCoreSystem(f"http://127.0.0.1:{port}", "", timeout=2.0)
        context = CONTEXT.__class__(CONTEXT.terminal_id, CONTEXT.staff_id, mode)
        with pytest.raises(CoreUnavailable):
            core.find_resident(HANAKO, context)
        core.close()
    finally:
        stub.kill()
        stub.wait(10)
        if stub.stdout is not None:
            stub.stdout.close()


def test_no_my_number_or_pin_crosses_the_wire_or_reaches_a_log(
        server: Server, kiosk_engine: Engine, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    wire_log = tmp_path / "wire.bin"
    proxy = subprocess.Popen([sys.executable, str(PROXY), str(server.port), str(wire_log)],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert proxy.stdout is not None
        port = int(proxy.stdout.readline().split()[1])
        adapter = RestCoreSystem(f"http://127.0.0.1:{port}", "", timeout=2.0)
        core = AuditedCoreSystem(adapter, DatabaseCoreAuditLog(kiosk_engine), timeout=2.0)
        with caplog.at_level(logging.DEBUG):
            assert core.find_resident(HANAKO, CONTEXT) is not None
            assert core.find_reservation(MOVER, CONTEXT) is not None
            core.submit([submission("d" * 64)], CONTEXT)
            with pytest.raises(CoreUnavailable, match="個人番号"):  # refused before the wire
                core.submit([submission("e" * 64, note=f"番号 {MY_NUMBER}")], CONTEXT)
        adapter.close()
    finally:
        proxy.kill()
        proxy.wait(10)
        if proxy.stdout is not None:
            proxy.stdout.close()
    sent = wire_log.read_bytes().decode("utf-8")
    assert "/v1/residents/search" in sent and "佐藤　花子" in sent  # the capture works
    assert "e" * 64 not in sent
    for text in (sent, caplog.text):
        numbers = re.findall(r"(?<!\d)\d{12}(?!\d)", text)
        assert not [n for n in numbers if is_valid(n)]
        assert MY_NUMBER not in text and PIN not in text
    assert "佐藤" not in caplog.text and "1985" not in caplog.text
    assert [e.action for e in audit.entries(kiosk_engine)] == [
        "core_find_resident", "core_find_reservation", "core_submit"]  # not the refused one


def test_kiosk_core_lookup_and_status_commands(server: Server, tmp_path: Path) -> None:
    env = {"KIOSK_HOME": str(tmp_path / "home"), "KIOSK_CORE_KIND": "rest",
           "KIOSK_CORE_URL": server.url, "KIOSK_TERMINAL_ID": "kiosk-cli",
           "KIOSK_DATABASE_URL": f"sqlite:///{(tmp_path / 'kiosk.sqlite3').as_posix()}"}
    assert kiosk("db", "upgrade", env=env).returncode == 0
    found = kiosk("core", "lookup", "--name", "佐藤 花子", "--birth-date", "1985-04-12",
                  "--staff", "S042", env=env)  # no --sex: both are asked
    assert found.returncode == 0, found.stderr
    assert "佐藤　太郎（サトウ　タロウ）" in found.stdout
    nobody = kiosk("core", "lookup", "--name", NOBODY.name, "--birth-date", "1999-09-09",
                   "--staff", "S042", "--json", env=env)
    assert nobody.returncode == 1 and "No resident matches." in nobody.stdout
    status = kiosk("core", "status", env=env)
    assert status.returncode == 0 and "reachable" in status.stdout
    doctor = kiosk("doctor", env=env)
    assert "core system link: kiosk reference core system" in doctor.stdout
    down = kiosk("core", "status", env={**env, "KIOSK_CORE_URL": f"http://127.0.0.1:{free_port()}"})
    assert down.returncode == 1 and "could not be reached" in down.stdout
