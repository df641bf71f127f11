"""The reference core system's REST endpoints, through Starlette's test client."""

from __future__ import annotations

import hashlib
import logging
from typing import Any

import pytest
from starlette.testclient import TestClient

from kiosk.card.emulator.profile import sample_profile
from kiosk.corelink import wire
from kiosk.coreserver.app import create_app
from kiosk.coreserver.store import CoreStore


def card(profile: str, **changes: str) -> dict[str, str]:
    """The basic four of an emulator card profile, as the kiosk sends them."""
    p = sample_profile(profile)
    born = f"{p.birth_date[:4]}-{p.birth_date[4:6]}-{p.birth_date[6:]}"
    return {"name": p.name, "address": p.address, "birth_date": born, "sex": p.sex} | changes


def submission(key: str = "k1", **changes: Any) -> dict[str, Any]:
    return {"idempotency_key": key, "visit_id": "V1", "procedure_id": "jumin_ido",
            "department": "shimin", "event": "E", "event_date": "2026-12-07",
            "accepted_at": "2026-12-07T01:23:45+00:00", "staff_id": "S001",
            "person_key": "P0000002", "name": "佐藤　花子", "kana": "サトウ　ハナコ",
            "birth_date": "1985-04-12", "sex": "2", "fields": {"new_address": "x"}} | changes


# ---------------------------------------------------------------------- residents


def test_the_standard_adult_finds_her_family_of_four(client: TestClient) -> None:
    answer = client.post("/v1/residents/search", json=card("standard-adult"))
    assert answer.status_code == 200
    household = wire.household_from_json(answer.json()["household"])
    assert household.resident.name == "佐藤　花子"
    assert household.resident.relation == "妻"
    assert [m.relation for m in household.members] == ["世帯主", "妻", "子", "子"]
    assert {m.kana for m in household.others} == {"サトウ　ケンイチ", "サトウ　ヒマリ",
                                                   "サトウ　アオイ"}
    assert "jido_teate" in household.resident.registrations
    assert all(m.resident_since is not None for m in household.members)


def test_her_child_card_finds_the_same_household(client: TestClient) -> None:
    answer = client.post("/v1/residents/search", json=card("child")).json()["household"]
    assert answer["household_key"] == "H000001"
    assert answer["resident_key"] == "P0000003"


@pytest.mark.parametrize("profile", ["taisho-elder", "ibm-kanji-name", "extension-b-name",
                                     "long-oaza-address", "locked-card"])
def test_every_demo_profile_has_a_household(client: TestClient, profile: str) -> None:
    answer = client.post("/v1/residents/search", json=card(profile))
    assert answer.status_code == 200, profile
    found = wire.household_from_json(answer.json()["household"])
    assert found.resident.birth_date.strftime("%Y%m%d") == sample_profile(profile).birth_date


def test_variant_characters_and_spaces_and_digits_still_match(client: TestClient) -> None:
    typed = {"name": "高崎 誠", "address": "長野県北杜郡さくら町栄町3丁目4-5",
             "birth_date": "1978-11-03", "sex": "1"}
    answer = client.post("/v1/residents/search", json=typed)
    assert answer.status_code == 200
    assert answer.json()["household"]["members"][0]["name"] == "髙﨑　誠"  # as registered


def test_the_taisho_elder_lives_alone_past_a_hundred(client: TestClient) -> None:
    household = client.post("/v1/residents/search", json=card("taisho-elder")).json()["household"]
    assert len(household["members"]) == 1
    assert {"kouki", "kaigo_1"} <= set(household["members"][0]["insurances"])


def test_the_address_may_be_left_out_but_not_be_wrong(client: TestClient) -> None:
    assert client.post("/v1/residents/search",
                       json=card("standard-adult", address="")).status_code == 200
    wrong = client.post("/v1/residents/search",
                        json=card("standard-adult", address="長野県北杜郡さくら町本町一丁目２番４号"))
    assert (wrong.status_code, wrong.json()) == (404, {"error": "no_match"})


@pytest.mark.parametrize("change", [{"birth_date": "1985-04-13"}, {"sex": "1"},
                                    {"name": "佐藤　華子"}])
def test_any_other_basic_four_is_no_match(client: TestClient, change: dict[str, str]) -> None:
    answer = client.post("/v1/residents/search", json=card("standard-adult", **change))
    assert (answer.status_code, answer.json()) == (404, {"error": "no_match"})


def test_two_matching_people_are_ambiguous_never_a_guess(store: CoreStore,
                                                         client: TestClient) -> None:
    twin = wire.household_from_json(client.post(
        "/v1/residents/search", json=card("standard-adult")).json()["household"])
    from dataclasses import replace

    store.add_household(replace(twin, household_key="H999", members=tuple(
        replace(m, key=m.key + "X") for m in twin.members)))
    answer = client.post("/v1/residents/search", json=card("standard-adult"))
    assert (answer.status_code, answer.json()) == (404, {"error": "ambiguous"})


@pytest.mark.parametrize("body", [b"not json", b"[1]", b'{"name": "x"}',
                                  b'{"name": "", "address": "", "birth_date": "1985-04-12", "sex": "2"}',
                                  b'{"name": "x", "address": "", "birth_date": "12/04/1985", "sex": "2"}',
                                  b'{"name": "x", "address": "", "birth_date": "1985-04-12", "sex": "3"}'])
@pytest.mark.parametrize("path", ["/v1/residents/search", "/v1/move-in-reservations/search"])
def test_malformed_searches_are_400_naming_no_value(client: TestClient, path: str,
                                                    body: bytes) -> None:
    answer = client.post(path, content=body)
    assert answer.status_code == 400
    assert set(answer.json()) == {"error"}
    assert "1985" not in answer.json()["error"]


# ---------------------------------------------------------------------- reservations


def test_the_moving_in_family_finds_its_reservation(client: TestClient) -> None:
    answer = client.post("/v1/move-in-reservations/search", json=card("moving-in-family"))
    assert answer.status_code == 200
    reservation = wire.reservation_from_json(answer.json()["reservation"])
    assert reservation.previous_address == sample_profile("moving-in-family").address
    assert reservation.previous_municipality == "401331"  # 福岡市中央区
    assert reservation.planned_address.oaza == "関町"
    assert [m.relation for m in reservation.members] == ["世帯主", "妻", "子", "子"]
    assert reservation.members[0].name == "小林　大輔"


def test_an_adult_mover_finds_the_reservation_a_child_does_not(client: TestClient) -> None:
    spouse = {"name": "小林　彩", "address": "福岡県福岡市中央区大名2丁目3番12号",
              "birth_date": "1990-03-15", "sex": "2"}
    assert client.post("/v1/move-in-reservations/search", json=spouse).status_code == 200
    child = spouse | {"name": "小林　蓮", "birth_date": "2018-11-02", "sex": "1"}
    assert client.post("/v1/move-in-reservations/search", json=child).status_code == 404


def test_a_reservation_matches_the_previous_address_not_the_planned_one(
        client: TestClient) -> None:
    elsewhere = card("moving-in-family", address="熊本県玉名郡南関町大字関町123番地4")
    assert client.post("/v1/move-in-reservations/search", json=elsewhere).status_code == 404


def test_a_resident_without_reservation_is_no_match(client: TestClient) -> None:
    answer = client.post("/v1/move-in-reservations/search", json=card("standard-adult"))
    assert (answer.status_code, answer.json()) == (404, {"error": "no_match"})


# ---------------------------------------------------------------------- submissions


def test_a_submission_is_accepted_once_and_repeated_identically(store: CoreStore,
                                                                 client: TestClient) -> None:
    first = client.put("/v1/submissions/k1", json=submission())
    assert (first.status_code, first.json()) == (200, {"idempotency_key": "k1",
                                                       "status": "accepted"})
    again = client.put("/v1/submissions/k1", json=submission())
    assert again.json() == first.json()
    assert client.get("/v1/submissions/k1").json() == first.json()
    assert store.submission_puts("k1") == 2
    assert store.counts().submissions == 1


def test_a_different_body_under_the_same_key_is_409(client: TestClient) -> None:
    client.put("/v1/submissions/k1", json=submission())
    changed = client.put("/v1/submissions/k1", json=submission(fields={"new_address": "y"}))
    assert changed.status_code == 409
    assert client.get("/v1/submissions/k1").json()["status"] == "accepted"


@pytest.mark.parametrize(("changes", "reason"), [
    ({"person_key": "P9999999"}, "the person key is not in the register"),
    ({"birth_date": "1985-04-13"}, "the person key names someone else"),
])
def test_submissions_for_unknown_people_are_rejected_with_a_reason(
        client: TestClient, changes: dict[str, str], reason: str) -> None:
    answer = client.put("/v1/submissions/k2", json=submission("k2", **changes)).json()
    assert answer == {"idempotency_key": "k2", "status": "rejected", "reason": reason}
    assert client.get("/v1/submissions/k2").json() == answer


def test_a_newcomer_without_person_key_is_accepted(client: TestClient) -> None:
    newcomer = submission("k3", person_key="", name="小林　大輔", birth_date="1988-07-07",
                          sex="1")
    assert client.put("/v1/submissions/k3", json=newcomer).json()["status"] == "accepted"


def test_a_my_number_in_a_submission_is_rejected_and_never_stored(store: CoreStore,
                                                                  client: TestClient) -> None:
    number = sample_profile("standard-adult").my_number
    body = submission("k4", fields={"note": f"番号 {number}"})
    answer = client.put("/v1/submissions/k4", json=body).json()
    assert answer["status"] == "rejected"
    with store.engine.connect() as connection:
        stored = connection.exec_driver_sql("SELECT body FROM core_submissions").scalar_one()
    assert number not in stored
    assert "*" * 12 in stored
    # Repeating it is still the same submission (compared before masking).
    assert client.put("/v1/submissions/k4", json=body).json() == answer


def test_unknown_submission_is_404(client: TestClient) -> None:
    assert client.get("/v1/submissions/nothing").status_code == 404


@pytest.mark.parametrize("body", [b"{}", b"nope", b"[]"])
def test_malformed_submission_is_400(client: TestClient, body: bytes) -> None:
    assert client.put("/v1/submissions/k1", content=body).status_code == 400


def test_the_key_in_the_path_must_be_the_body_key(client: TestClient) -> None:
    answer = client.put("/v1/submissions/other", json=submission())
    assert answer.status_code == 400
    assert client.get("/v1/submissions/other").status_code == 404


def test_an_idempotency_key_may_be_a_sha256(client: TestClient) -> None:
    key = hashlib.sha256(b"V1|jumin_ido|P0000002").hexdigest()
    assert client.put(f"/v1/submissions/{key}", json=submission(key)).status_code == 200


# ---------------------------------------------------------------------- status, token, log


def test_status_counts_and_names_no_one(client: TestClient) -> None:
    answer = client.get("/v1/status").json()
    assert answer["system"] == "kiosk reference core system"
    assert answer["residents"] == 17
    assert answer["reservations"] == 1
    assert "佐藤" not in str(answer)


def test_a_token_is_required_when_configured(store: CoreStore) -> None:
    with TestClient(create_app(store, token="s3cret")) as client:
        assert client.get("/v1/status").status_code == 401
        assert client.get("/v1/status",
                          headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert client.get("/v1/status",
                          headers={"Authorization": "Basic s3cret"}).status_code == 401
        refused = client.post("/v1/residents/search", json=card("standard-adult"))
        assert (refused.status_code, refused.json()) == (401, {"error": "unauthorized"})
        ok = client.post("/v1/residents/search", json=card("standard-adult"),
                         headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 200


def test_the_access_log_has_method_path_status_and_time_only(
        client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="kiosk.coreserver.access"):
        client.post("/v1/residents/search", json=card("standard-adult"))
        client.put("/v1/submissions/k1", json=submission())
    lines = [r.getMessage() for r in caplog.records if r.name == "kiosk.coreserver.access"]
    assert lines[0].startswith("POST /v1/residents/search 200 ")
    assert lines[1].startswith("PUT /v1/submissions/k1 200 ")
    text = "\n".join(lines)
    for secret in ("佐藤", "花子", "1985", "本町", "サトウ"):
        assert secret not in text


def test_delay_makes_every_answer_late(store: CoreStore) -> None:
    import time

    with TestClient(create_app(store, delay_ms=300)) as client:
        started = time.perf_counter()
        assert client.get("/v1/status").status_code == 200
        assert time.perf_counter() - started >= 0.3
