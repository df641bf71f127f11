"""The folder adapter against an agent answering in the folder (a thread here; the real
reference system in tests/integration/test_core_link_folder.py)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kiosk.corelink import csv_rows, wire
from kiosk.corelink.folder import FolderCoreSystem
from kiosk.domain.core_records import (
    CallContext,
    CoreUnavailable,
    ProcedureSubmission,
    RecordedHousehold,
    RecordedPerson,
    SubmissionStatus,
)
from kiosk.domain.resident import BasicFour, Sex

WHO = BasicFour("佐藤　花子", "熊本県玉名郡南関町大字関町123番地", date(1985, 4, 12), Sex.FEMALE)
CONTEXT = CallContext("kiosk-1", "resident", "visit-1")
HOUSEHOLD = RecordedHousehold("H1", WHO.address, "P1", (
    RecordedPerson("P1", "佐藤　花子", "サトウ　ハナコ", date(1985, 4, 12), Sex.FEMALE, "世帯主",
                   date(2010, 4, 1), frozenset({"kokuho"}), frozenset({"inkan", "dog"})),
    RecordedPerson("P2", "佐藤　太郎", "サトウ　タロウ", date(2015, 6, 1), Sex.MALE, "子")))

Answer = Callable[[Path, list[csv_rows.Row]], None]


def agent(folder: Path, answer: Answer, stop: threading.Event) -> threading.Thread:
    """Answers each request file once, as a core system's folder agent would."""

    def run() -> None:
        seen: set[str] = set()
        while not stop.is_set():
            for directory in ("requests", "submissions"):
                for path in sorted((folder / directory).glob("*.csv")):
                    if path.name not in seen:
                        seen.add(path.name)
                        answer(path, csv_rows.read_rows(path))
            stop.wait(0.005)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def answer_household(path: Path, rows: list[csv_rows.Row]) -> None:
    folder = path.parent.parent
    if path.parent.name == "submissions":
        body = csv_rows.submission_from_rows(rows)
        wire.submission_from_json(body)  # the row reads back as the contract's submission
        csv_rows.write_atomically(folder / "results" / path.name, csv_rows.RESULT_COLUMNS,
                                  [{"idempotency_key": body["idempotency_key"],
                                    "status": "accepted", "reason": ""}])
        path.unlink()
        return
    kind, who = csv_rows.request_from_rows(rows)
    found = who["name"] == WHO.name and kind == "resident"
    members = csv_rows.household_rows(wire.household_to_json(HOUSEHOLD)) if found else []
    csv_rows.write_atomically(folder / "answers" / path.name, csv_rows.HOUSEHOLD_COLUMNS,
                              members)


@pytest.fixture()
def folder(tmp_path: Path) -> Iterator[Path]:
    for name in ("requests", "answers", "submissions", "results"):
        (tmp_path / name).mkdir()
    yield tmp_path


def leftovers(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_a_lookup_reads_the_household_and_leaves_no_file(folder: Path) -> None:
    stop = threading.Event()
    thread = agent(folder, answer_household, stop)
    try:
        core = FolderCoreSystem(folder, timeout=2.0)
        assert core.find_resident(WHO, CONTEXT) == HOUSEHOLD
        assert core.find_resident(BasicFour("誰か", "", WHO.birth_date, WHO.sex), CONTEXT) is None
        assert core.find_reservation(WHO, CONTEXT) is None
    finally:
        stop.set()
        thread.join(5)
    assert leftovers(folder) == []


def test_the_request_file_is_csv_with_bom_and_crlf(folder: Path) -> None:
    core = FolderCoreSystem(folder, timeout=0.2)
    seen: list[bytes] = []

    def grab(path: Path, rows: list[csv_rows.Row]) -> None:
        seen.append(path.read_bytes())

    stop = threading.Event()
    thread = agent(folder, grab, stop)
    with pytest.raises(CoreUnavailable):
        core.find_resident(WHO, CONTEXT)
    stop.set()
    thread.join(5)
    assert seen and seen[0].startswith(b"\xef\xbb\xbfkind,name,address,birth_date,sex\r\n")
    assert seen[0].endswith(b"\r\n")


def test_no_answer_is_unavailable_at_the_deadline_and_nothing_stays(folder: Path) -> None:
    core = FolderCoreSystem(folder, timeout=0.3)
    started = time.monotonic()
    with pytest.raises(CoreUnavailable, match=r"within 0\.3 seconds"):
        core.find_resident(WHO, CONTEXT)
    assert 0.3 <= time.monotonic() - started < 0.6
    assert leftovers(folder) == []


def test_a_late_answer_is_deleted_by_the_next_call(folder: Path) -> None:
    core = FolderCoreSystem(folder, timeout=0.1)
    with pytest.raises(CoreUnavailable):
        core.find_resident(WHO, CONTEXT)
    [request_id] = core._abandoned
    late = folder / "answers" / f"{request_id}.csv"
    csv_rows.write_atomically(late, csv_rows.HOUSEHOLD_COLUMNS,
                              csv_rows.household_rows(wire.household_to_json(HOUSEHOLD)))
    core.close()
    assert leftovers(folder) == []


@pytest.mark.parametrize("body", [
    b"\xff\xfe not UTF-8", b"a,b\r\n1\r\n", b"household_key,address\r\nH1,x\r\n"])
def test_a_malformed_answer_is_unavailable_and_deleted(folder: Path, body: bytes) -> None:
    def broken(path: Path, rows: list[csv_rows.Row]) -> None:
        (folder / "answers" / path.name).write_bytes(body)

    stop = threading.Event()
    thread = agent(folder, broken, stop)
    try:
        with pytest.raises(CoreUnavailable, match="did not follow the contract"):
            FolderCoreSystem(folder, timeout=2.0).find_resident(WHO, CONTEXT)
    finally:
        stop.set()
        thread.join(5)
    assert leftovers(folder) == []


def test_submissions_are_answered_by_their_result_file(folder: Path) -> None:
    record = ProcedureSubmission("a" * 64, "visit-1", "jumin_ido", "shimin", "EV",
                                 date(2026, 4, 6), datetime(2026, 4, 6, tzinfo=UTC), "S001",
                                 "P1", "佐藤　花子", "サトウ　ハナコ", date(1985, 4, 12),
                                 Sex.FEMALE, {"new_address": "関町1", "moved_on": "2026-04-06"})
    stop = threading.Event()
    thread = agent(folder, answer_household, stop)
    try:
        [result] = FolderCoreSystem(folder, timeout=2.0).submit([record], CONTEXT)
    finally:
        stop.set()
        thread.join(5)
    assert result.status is SubmissionStatus.ACCEPTED and result.idempotency_key == "a" * 64
    assert leftovers(folder) == []


def test_status_checks_the_folders(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    assert FolderCoreSystem(folder, 1.0).status().reachable
    empty = tmp_path_factory.mktemp("empty")
    status = FolderCoreSystem(empty, 1.0).status()
    assert not status.reachable and "requests" in status.detail
