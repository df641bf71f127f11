"""``kiosk core import|seed``, the CSV layouts, the synthetic residents and the demo data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from kiosk.card.emulator.profile import sample_profile
from kiosk.cli.main import main
from kiosk.coreserver import synthetic
from kiosk.coreserver.csv_io import CsvLayoutError, read_reservations, read_residents
from kiosk.coreserver.seeding import demo_file
from kiosk.coreserver.store import CoreStore
from kiosk.domain.name_normalize import normalize_address


def url(tmp_path: Path) -> str:
    return f"sqlite:///{(tmp_path / 'core.sqlite3').as_posix()}"


def age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def test_seed_loads_the_demo_once_then_synthetic_residents(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["core", "seed", "--residents", "300", "--db", url(tmp_path)]) == 0
    assert main(["core", "seed", "--demo", "--db", url(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "demo: 17 residents, 1 reservations" in out
    assert "synthetic: 300 residents" in out
    assert "demo: 0 residents" in out  # the second time adds nothing
    store = CoreStore(url(tmp_path))
    assert store.counts().residents == 317
    store.close()


def test_seed_twice_adds_more_synthetic_residents_without_clashing(tmp_path: Path) -> None:
    assert main(["core", "seed", "--residents", "50", "--db", url(tmp_path)]) == 0
    assert main(["core", "seed", "--residents", "50", "--seed", "1", "--db", url(tmp_path)]) == 0
    store = CoreStore(url(tmp_path))
    assert store.counts().residents == 117
    store.close()


def test_synthetic_households_are_hard_cases_with_consistent_codes() -> None:
    today = date(2026, 11, 28)
    households = list(synthetic.households(3000, seed=7, today=today))
    people = [p for h in households for p in h.members]
    assert len(people) == 3000
    assert {len(h.members) for h in households} <= set(range(1, 9))
    assert max(len(h.members) for h in households) == 8
    names = "".join(p.name for p in people)
    for rare in ("𠮷", "髙", "﨑", "\U000e0102"):
        assert rare in names
    assert any(date(1912, 7, 30) <= p.birth_date <= date(1926, 12, 24) for p in people)
    foreign = [p for p in people if p.nationality]
    assert foreign and all(p.name.isascii() and "　" in p.kana for p in foreign)
    for p in people:
        years = age(p.birth_date, today)
        assert ("kouki" in p.insurances) == (years >= 75)
        assert ("kaigo_1" in p.insurances) == (years >= 65)
        assert ("child_medical" in p.registrations) == (years < 18)
        assert "inkan" not in p.registrations or years >= 18
    for h in households:
        head = h.members[0]
        assert head.relation == "世帯主"
        has_child = any(age(m.birth_date, today) < 18 for m in h.members[1:])
        assert ("jido_teate" in head.registrations) == has_child
    keys = [p.key for p in people]
    assert len(set(keys)) == len(keys)


def test_synthetic_data_is_reproducible_by_seed() -> None:
    one = list(synthetic.households(100, seed=3, today=date(2026, 1, 1)))
    again = list(synthetic.households(100, seed=3, today=date(2026, 1, 1)))
    other = list(synthetic.households(100, seed=4, today=date(2026, 1, 1)))
    assert one == again
    assert one != other


def test_import_residents_and_reservations(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["core", "import", str(demo_file("residents.csv")), "--db", url(tmp_path)]) == 0
    assert main(["core", "import", "--reservations", str(demo_file("reservations.csv")),
                 "--db", url(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "imported 17 residents in 8 households" in out
    assert "imported 1 reservations" in out


@pytest.mark.parametrize(("text", "message"), [
    ("household_key,name\n", "the header lacks"),
    ("household_key,address,key,name,kana,birth_date,sex,relation,resident_since,insurances,"
     "registrations,nationality\nH1,a,P1,佐藤,サトウ,1985/04/12,2,世帯主,,,,\n", "line 2: birth_date"),
    ("household_key,address,key,name,kana,birth_date,sex,relation,resident_since,insurances,"
     "registrations,nationality\nH1,a,P1,佐藤,サトウ,1985-04-12,F,世帯主,,,,\n", "line 2: sex"),
])
def test_a_malformed_csv_is_one_sentence_naming_the_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    assert main(["core", "import", str(path), "--db", url(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert message in err
    assert "佐藤" not in err and "1985" not in err


def test_a_bom_is_allowed(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + demo_file("residents.csv").read_bytes())
    assert len(read_residents(path)) == 8


def test_a_reservation_needs_a_six_digit_municipality_code(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    text = demo_file("reservations.csv").read_text(encoding="utf-8").replace("401331", "40133")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CsvLayoutError, match="previous_municipality"):
        read_reservations(path)


# ---------------------------------------------------------------------- the demo data


def test_the_moving_in_family_reservation_is_that_card_s_family() -> None:
    profile = sample_profile("moving-in-family")
    (reservation,) = read_reservations(demo_file("reservations.csv"))
    filer = reservation.members[0]
    assert (filer.name, filer.birth_date.strftime("%Y%m%d"), filer.sex.value) == (
        profile.name, profile.birth_date, profile.sex)
    assert reservation.previous_address == profile.address
    assert len(reservation.members) == 4
    assert reservation.moved_out_on is not None
    assert reservation.planned_date > reservation.moved_out_on
    town = yaml.safe_load(Path("forms/catalog/town.yaml").read_text(encoding="utf-8"))
    assert reservation.planned_address.oaza in {o["name"] for o in town["town"]["oaza"]}
    assert profile.pin_tries_left == 3


def test_the_standard_adult_household_is_a_family_of_four_at_her_card_address() -> None:
    profile = sample_profile("standard-adult")
    households = read_residents(demo_file("residents.csv"))
    (home,) = [h for h in households if any(m.name == profile.name for m in h.members)]
    assert home.address == profile.address
    assert [m.relation for m in home.members] == ["世帯主", "妻", "子", "子"]
    assert all(m.kana and m.resident_since for m in home.members)


@pytest.mark.parametrize("profile", ["taisho-elder", "ibm-kanji-name", "extension-b-name",
                                     "child", "long-oaza-address", "locked-card"])
def test_every_demo_profile_lives_at_a_demo_address(profile: str) -> None:
    card = sample_profile(profile)
    addresses = {normalize_address(h.address) for h in read_residents(demo_file("residents.csv"))}
    assert normalize_address(card.address) in addresses
