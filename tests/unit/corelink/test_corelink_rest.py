"""The REST adapter against a real (stub) server process: answers, faults, deadlines."""

from __future__ import annotations

import json
import logging
import re
import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from corelink_stub import StubServer

from kiosk.corelink.rest import RestCoreSystem
from kiosk.domain.core_records import (
    CallContext,
    CoreUnavailable,
    ProcedureSubmission,
    SubmissionStatus,
)
from kiosk.domain.resident import BasicFour, Sex

WHO = BasicFour("佐藤　花子", "熊本県玉名郡南関町大字関町123番地", date(1985, 4, 12), Sex.FEMALE)


def ctx(mode: str, staff: str = "S001") -> CallContext:
    return CallContext(terminal_id="kiosk-1", staff_id=staff, visit_id=mode)


def submission(key: str = "k" * 64) -> ProcedureSubmission:
    return ProcedureSubmission(
        idempotency_key=key, visit_id="v1", procedure_id="jumin_ido", department="shimin",
        event="EV", event_date=date(2026, 4, 6),
        accepted_at=datetime(2026, 4, 6, 1, 2, 3, tzinfo=UTC), staff_id="S001",
        person_key="P0001001", name="佐藤　花子", kana="サトウ　ハナコ",
        birth_date=date(1985, 4, 12), sex=Sex.FEMALE, fields={"new_address": "関町1"})


@pytest.fixture()
def core(stub_server: StubServer) -> Iterator[RestCoreSystem]:
    adapter = RestCoreSystem(stub_server.url, "secret-token", timeout=0.8)
    yield adapter
    adapter.close()


def test_a_match_is_the_household_with_every_member(core: RestCoreSystem) -> None:
    household = core.find_resident(WHO, ctx("match"))
    assert household is not None
    assert household.resident.name == "佐藤　花子" and household.resident.sex is Sex.FEMALE
    assert [m.relation for m in household.others] == ["子"]
    assert household.resident.insurances == {"kokuho"}


def test_a_reservation_is_read(core: RestCoreSystem) -> None:
    reservation = core.find_reservation(WHO, ctx("match"))
    assert reservation is not None
    assert reservation.planned_address.banchi == "123-4"
    assert reservation.planned_date == date(2026, 4, 6)


@pytest.mark.parametrize("mode", ["no_match", "ambiguous"])
def test_no_match_and_ambiguous_are_none(core: RestCoreSystem, mode: str) -> None:
    assert core.find_resident(WHO, ctx(mode)) is None
    assert core.find_reservation(WHO, ctx(mode)) is None


@pytest.mark.parametrize(("mode", "sentence"), [
    ("plain404", "unexpected answer (HTTP 404)"),
    ("e500", "reported an error (HTTP 500)"),
    ("e401", "refused the kiosk's credentials (HTTP 401)"),
    ("garbage", "did not follow the contract"),
    ("truncated", "did not follow the contract"),
    ("wrong_types", "did not follow the contract"),
    ("not_object", "did not follow the contract"),
    ("latin1", "did not follow the contract"),
    ("short_body", "broke off"),
])
def test_every_fault_is_unavailable_with_a_plain_sentence(
        core: RestCoreSystem, mode: str, sentence: str) -> None:
    with pytest.raises(CoreUnavailable, match=re.escape(sentence)) as raised:
        core.find_resident(WHO, ctx(mode))
    assert "佐藤" not in str(raised.value) and "1985" not in str(raised.value)


@pytest.mark.parametrize("mode", ["hang", "trickle"])
def test_the_deadline_is_for_the_whole_call(core: RestCoreSystem, mode: str) -> None:
    started = time.monotonic()
    with pytest.raises(CoreUnavailable, match=r"did not answer within 0\.8 seconds"):
        core.find_resident(WHO, ctx(mode))
    elapsed = time.monotonic() - started
    assert 0.75 <= elapsed < 1.2


def test_a_refused_connection_is_unavailable() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    adapter = RestCoreSystem(f"http://127.0.0.1:{port}", "", timeout=1.0)
    started = time.monotonic()
    with pytest.raises(CoreUnavailable, match="could not be reached"):
        adapter.find_resident(WHO, ctx("match"))
    assert time.monotonic() - started < 1.0
    assert adapter.status().reachable is False


def test_a_slow_answer_within_the_deadline_is_used(core: RestCoreSystem) -> None:
    assert core.find_resident(WHO, ctx("slow", staff="0.3")) is not None


def test_calls_from_several_threads_each_get_their_answer(core: RestCoreSystem) -> None:
    found: list[object] = []

    def lookup(mode: str) -> None:
        found.append(core.find_resident(WHO, ctx(mode)))

    threads = [threading.Thread(target=lookup, args=(m,)) for m in ["match", "no_match"] * 4]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert sum(f is None for f in found) == 4 and len(found) == 8


def test_submit_puts_each_record_under_its_key(core: RestCoreSystem,
                                               stub_server: StubServer) -> None:
    results = core.submit([submission("a" * 64), submission("b" * 64)], ctx("accept"))
    assert [(r.idempotency_key, r.status) for r in results] == [
        ("a" * 64, SubmissionStatus.ACCEPTED), ("b" * 64, SubmissionStatus.ACCEPTED)]
    puts = [r for r in stub_server.requests() if r["method"] == "PUT"][-2:]
    assert [p["path"] for p in puts] == ["/v1/submissions/" + "a" * 64,
                                         "/v1/submissions/" + "b" * 64]
    assert json.loads(puts[0]["body"])["fields"] == {"new_address": "関町1"}


def test_a_rejection_is_a_result_and_a_failure_is_unavailable(core: RestCoreSystem) -> None:
    [rejected] = core.submit([submission()], ctx("rejected"))
    assert rejected.status is SubmissionStatus.REJECTED and rejected.reason == "duplicate"
    for mode in ("e500", "e409", "wrong_key", "hang"):
        with pytest.raises(CoreUnavailable):
            core.submit([submission()], ctx(mode))


def test_status_names_the_system(core: RestCoreSystem) -> None:
    status = core.status()
    assert status.reachable and status.kind == "rest"
    assert status.system == "stub core system 0.1"


def test_audit_headers_and_token_reach_the_server_and_no_personal_data_in_the_url(
        core: RestCoreSystem, stub_server: StubServer) -> None:
    core.find_resident(WHO, CallContext("kiosk-7", "resident", "match"))
    last = stub_server.requests()[-1]
    headers = {k.lower(): v for k, v in last["headers"].items()}
    assert headers["x-terminal-id"] == "kiosk-7" and headers["x-staff-id"] == "resident"
    assert headers["x-visit-id"] == "match"
    assert headers["authorization"] == "Bearer secret-token"
    assert last["path"] == "/v1/residents/search"
    assert json.loads(last["body"]) == {"name": "佐藤　花子", "address": WHO.address,
                                        "birth_date": "1985-04-12", "sex": "2"}


def test_logs_hold_the_call_but_never_a_body(core: RestCoreSystem,
                                              caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        core.find_resident(WHO, ctx("match"))
        with pytest.raises(CoreUnavailable):
            core.find_resident(WHO, ctx("garbage"))
    text = caplog.text
    assert "POST /v1/residents/search -> 200" in text
    for secret in ("佐藤", "1985", "関町", "secret-token", "サトウ"):
        assert secret not in text
    assert "佐藤" not in repr(core)
