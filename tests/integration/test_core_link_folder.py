"""The kiosk's folder link against the reference core system answering a folder
(``kiosk core serve --folder DIR``): lookups, submissions, a deadline, and no file left."""

from __future__ import annotations

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
    reference_server,
)

from kiosk.corelink.folder import FolderCoreSystem
from kiosk.domain.core_records import CoreUnavailable, ProcedureSubmission, SubmissionStatus
from kiosk.domain.resident import Sex


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Server]]:
    base = tmp_path_factory.mktemp("core")
    folder = base / "shared"
    for name in ("requests", "answers", "submissions", "results"):
        (folder / name).mkdir(parents=True)
    with reference_server(core_database(base), base / "serve.log", "--folder",
                          str(folder)) as server:
        yield folder, server


def personal_files(folder: Path) -> list[str]:
    """Files left in the lookup folders (submissions are the core system's inbox)."""
    return sorted(str(p.relative_to(folder)) for name in ("requests", "answers")
                  for p in (folder / name).iterdir())


def test_a_lookup_reads_the_household_and_leaves_no_file(shared: tuple[Path, Server]) -> None:
    folder, _ = shared
    core = FolderCoreSystem(folder, timeout=5.0)
    household = core.find_resident(HANAKO, CONTEXT)
    assert household is not None and household.resident.kana == "サトウ　ハナコ"
    assert [m.relation for m in household.others] == ["子"]
    assert personal_files(folder) == []


def test_no_match_ambiguous_and_a_reservation(shared: tuple[Path, Server]) -> None:
    folder, _ = shared
    core = FolderCoreSystem(folder, timeout=5.0)
    assert core.find_resident(NOBODY, CONTEXT) is None
    assert core.find_resident(ICHIRO, CONTEXT) is None
    reservation = core.find_reservation(MOVER, CONTEXT)
    assert reservation is not None and len(reservation.members) == 2
    assert personal_files(folder) == []


def test_a_submission_gets_its_result(shared: tuple[Path, Server]) -> None:
    folder, _ = shared
    record = ProcedureSubmission(
        "f" * 64, CONTEXT.visit_id, "jumin_ido", "shimin", "EV", date(2026, 4, 6),
        datetime(2026, 4, 6, tzinfo=UTC), "S001", "P1", HANAKO.name, "サトウ　ハナコ",
        HANAKO.birth_date, Sex.FEMALE, {"new_address": "関町1"})
    [result] = FolderCoreSystem(folder, timeout=5.0).submit([record], CONTEXT)
    assert result.status is SubmissionStatus.ACCEPTED and result.idempotency_key == "f" * 64
    assert not (folder / "results" / f"{'f' * 64}.csv").exists()


def test_a_folder_nobody_answers_is_unavailable_on_time(tmp_path: Path) -> None:
    core = FolderCoreSystem(tmp_path, timeout=2.0)
    started = time.monotonic()
    with pytest.raises(CoreUnavailable, match=r"within 2 seconds"):
        core.find_resident(HANAKO, CONTEXT)
    assert 2.0 <= time.monotonic() - started < 2.5
    assert personal_files(tmp_path) == []
