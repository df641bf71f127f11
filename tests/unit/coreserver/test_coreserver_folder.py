"""The folder contract: requests and submissions dropped in, answers and results written."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kiosk.card.emulator.profile import sample_profile
from kiosk.corelink.csv_rows import write_atomically
from kiosk.coreserver.folder_agent import HOUSEHOLD_COLUMNS, RESERVATION_COLUMNS, FolderAgent
from kiosk.coreserver.store import CoreStore


def drop(folder: Path, sub: str, name: str, header: list[str], row: list[str]) -> None:
    write_atomically(folder / sub / name, header, [dict(zip(header, row, strict=True))])


def read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def request(profile: str, kind: str) -> list[str]:
    p = sample_profile(profile)
    born = f"{p.birth_date[:4]}-{p.birth_date[4:6]}-{p.birth_date[6:]}"
    return [kind, p.name, p.address, born, p.sex]


REQUEST_HEADER = ["kind", "name", "address", "birth_date", "sex"]


@pytest.fixture
def agent(store: CoreStore, tmp_path: Path) -> FolderAgent:
    return FolderAgent(store, tmp_path / "share")


def test_a_resident_request_is_answered_one_row_per_member(agent: FolderAgent) -> None:
    drop(agent.folder, "requests", "r1.csv", REQUEST_HEADER, request("standard-adult", "resident"))
    assert agent.poll_once() == 1
    header, rows = read(agent.folder / "answers" / "r1.csv")
    assert header == list(HOUSEHOLD_COLUMNS)
    assert [r["name"] for r in rows] == ["佐藤　健一", "佐藤　花子", "佐藤　ひまり", "佐藤　蒼"]
    assert {r["resident_key"] for r in rows} == {"P0000002"}
    assert rows[1]["registrations"] == "inkan;jido_teate"
    assert not (agent.folder / "requests" / "r1.csv").exists()


def test_a_reservation_request_uses_the_reservation_layout(agent: FolderAgent) -> None:
    drop(agent.folder, "requests", "r2.csv", REQUEST_HEADER,
         request("moving-in-family", "reservation"))
    agent.poll_once()
    header, rows = read(agent.folder / "answers" / "r2.csv")
    assert header == list(RESERVATION_COLUMNS)
    assert len(rows) == 4
    assert {r["previous_municipality"] for r in rows} == {"401331"}
    assert rows[0]["relation"] == "世帯主"


@pytest.mark.parametrize("row", [request("moving-in-family", "resident"),
                                 ["resident", "", "", "1985-04-12", "2"],
                                 ["resident", "x", "", "bad", "2"]])
def test_no_match_or_a_bad_request_is_a_header_only(agent: FolderAgent, row: list[str]) -> None:
    drop(agent.folder, "requests", "r3.csv", REQUEST_HEADER, row)
    agent.poll_once()
    header, rows = read(agent.folder / "answers" / "r3.csv")
    assert header == list(HOUSEHOLD_COLUMNS)
    assert rows == []


def test_temporary_names_are_left_alone(agent: FolderAgent) -> None:
    partial = agent.folder / "requests" / ".r4.csv.partial"
    partial.write_text("kind,name", encoding="utf-8")
    assert agent.poll_once() == 0
    assert partial.exists()


SUBMISSION_HEADER = ["idempotency_key", "visit_id", "procedure_id", "department", "event",
                     "event_date", "accepted_at", "staff_id", "person_key", "name", "kana",
                     "birth_date", "sex", "field.new_address"]


def submission_row(key: str, address: str = "関町123-4", person: str = "P0000002") -> list[str]:
    return [key, "V1", "jumin_ido", "shimin", "E", "2026-12-07", "2026-12-07T01:00:00+00:00",
            "S001", person, "佐藤　花子", "サトウ　ハナコ", "1985-04-12", "2", address]


def test_a_submission_gets_a_result_once(agent: FolderAgent, store: CoreStore) -> None:
    drop(agent.folder, "submissions", "k1.csv", SUBMISSION_HEADER, submission_row("k1"))
    agent.poll_once()
    header, rows = read(agent.folder / "results" / "k1.csv")
    assert header == ["idempotency_key", "status", "reason"]
    assert rows == [{"idempotency_key": "k1", "status": "accepted", "reason": ""}]
    assert not (agent.folder / "submissions" / "k1.csv").exists()
    # The same file again: the same answer, one record.
    drop(agent.folder, "submissions", "k1.csv", SUBMISSION_HEADER, submission_row("k1"))
    agent.poll_once()
    assert read(agent.folder / "results" / "k1.csv")[1] == rows
    assert store.submission_puts("k1") == 2


def test_a_conflicting_or_unknown_submission_is_rejected(agent: FolderAgent) -> None:
    drop(agent.folder, "submissions", "k1.csv", SUBMISSION_HEADER, submission_row("k1"))
    agent.poll_once()
    drop(agent.folder, "submissions", "k1.csv", SUBMISSION_HEADER,
         submission_row("k1", address="elsewhere"))
    drop(agent.folder, "submissions", "k2.csv", SUBMISSION_HEADER,
         submission_row("k2", person="P404"))
    drop(agent.folder, "submissions", "k3.csv", SUBMISSION_HEADER, submission_row("other"))
    agent.poll_once()
    results = {k: read(agent.folder / "results" / f"{k}.csv")[1][0] for k in ("k1", "k2", "k3")}
    assert (results["k1"]["status"], results["k1"]["reason"]) == ("rejected", "conflict")
    assert results["k2"]["reason"] == "the person key is not in the register"
    assert results["k3"]["status"] == "rejected"


def test_the_agent_thread_answers_until_stopped(agent: FolderAgent) -> None:
    import time

    agent.start()
    try:
        drop(agent.folder, "requests", "r5.csv", REQUEST_HEADER,
             request("taisho-elder", "resident"))
        deadline = time.monotonic() + 10
        while not (agent.folder / "answers" / "r5.csv").exists():
            assert time.monotonic() < deadline, "the agent never answered"
            time.sleep(0.02)
    finally:
        agent.stop()
    assert agent._thread is not None and not agent._thread.is_alive()
