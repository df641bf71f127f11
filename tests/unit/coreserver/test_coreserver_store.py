"""The core system's store on SQLite and PostgreSQL: searches, submissions, races."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from kiosk.coreserver.seeding import catalog_town, seed_demo, seed_synthetic
from kiosk.coreserver.store import CoreStore, SubmissionConflict, mask_my_numbers
from kiosk.domain.core_records import ProcedureSubmission, SubmissionStatus
from kiosk.domain.resident import BasicFour, Sex


@pytest.fixture
def any_store(db_url: str) -> Iterator[CoreStore]:
    store = CoreStore(db_url)
    seed_demo(store)
    yield store
    store.close()


def record(key: str, **changes: object) -> ProcedureSubmission:
    base = ProcedureSubmission(
        idempotency_key=key, visit_id="V1", procedure_id="p", department="d", event="E",
        event_date=date(2026, 12, 7), accepted_at=datetime(2026, 12, 7, tzinfo=UTC),
        staff_id="S", person_key="P0000001", name="佐藤　健一", kana="",
        birth_date=date(1983, 8, 20), sex=Sex.MALE)
    from dataclasses import replace

    return replace(base, **changes)  # type: ignore[arg-type]


def test_searches_work_on_both_databases(any_store: CoreStore) -> None:
    who = BasicFour("佐藤 花子", "長野県北杜郡さくら町本町1丁目2番地の3", date(1985, 4, 12),
                    Sex.FEMALE)
    household = any_store.find_household(who)
    assert household is not None and household.resident.key == "P0000002"
    mover = BasicFour("小林　大輔", "福岡県福岡市中央区大名２丁目３－１２", date(1988, 7, 7),
                      Sex.MALE)
    reservation = any_store.find_reservation(mover)
    assert reservation is not None and reservation.reservation_id == "R2026-000001"
    assert any_store.counts().residents == 17


def test_submissions_keep_the_first_body_on_both_databases(any_store: CoreStore) -> None:
    body = {"a": "1"}
    first = any_store.submit(record("k1"), body)
    assert first.status is SubmissionStatus.ACCEPTED
    assert any_store.submit(record("k1"), body) == first
    with pytest.raises(SubmissionConflict):
        any_store.submit(record("k1"), {"a": "2"})
    assert any_store.submission_puts("k1") == 2


def test_racing_puts_of_one_key_store_one_record(any_store: CoreStore) -> None:
    results = []
    errors: list[BaseException] = []
    start = threading.Barrier(6)

    def put() -> None:
        try:
            start.wait()
            results.append(any_store.submit(record("race"), {"a": "1"}))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=put) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(set(results)) == 1
    assert any_store.counts().submissions == 1
    assert any_store.submission_puts("race") == 6


def test_seeding_synthetic_people_after_the_demo(any_store: CoreStore) -> None:
    assert seed_synthetic(any_store, 40, catalog_town(), seed=2) == 40
    assert any_store.counts().residents == 57


def test_masking_finds_my_numbers_anywhere_in_a_body() -> None:
    masked, found = mask_my_numbers({"x": ["a 314159265352 b"], "y": {"z": "123456789012"}})
    assert found
    assert masked == {"x": ["a ************ b"], "y": {"z": "123456789012"}}  # bad check digit
    assert mask_my_numbers({"t": "2026-12-07T01:23:45"}) == ({"t": "2026-12-07T01:23:45"}, False)


@pytest.mark.postgres
def test_racing_servers_on_one_postgresql_database_store_one_record(fresh_pg_url: str) -> None:
    """Two server processes share one database: row locks and the primary key decide."""
    stores = [CoreStore(fresh_pg_url) for _ in range(4)]
    seed_demo(stores[0])
    results = []
    errors: list[BaseException] = []
    start = threading.Barrier(len(stores))

    def put(store: CoreStore) -> None:
        try:
            start.wait()
            results.append(store.submit(record("race"), {"a": "1"}))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=put, args=(s,)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert errors == []
        assert len(set(results)) == 1
        assert stores[0].submission_puts("race") == len(stores)
    finally:
        for store in stores:
            store.close()
