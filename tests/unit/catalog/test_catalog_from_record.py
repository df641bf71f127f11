"""``from_record`` in questions.yaml: which record codes answer a question, checked by the
loader so a town's typo is refused with a sentence naming the file, line and entry."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from forms.catalog import (
    BUNDLED_FOLDER,
    FIXED_FORM_IDS,
    CatalogError,
    RecordSource,
    load_catalog,
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "catalog"
    copy.mkdir()
    for path in BUNDLED_FOLDER.glob("*.yaml"):
        if path.name != "record_codes.yaml":  # the link's list is always the bundled one
            shutil.copy(path, copy / path.name)
    return copy


def _edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur exactly once in {name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def _problems(folder: Path) -> tuple[str, ...]:
    with pytest.raises(CatalogError) as info:
        load_catalog(folder, known_forms=FIXED_FORM_IDS)
    return info.value.problems


def test_the_bundled_mapping_is_loaded_and_a_copy_without_the_code_list_loads() -> None:
    questions = load_catalog(known_forms=FIXED_FORM_IDS).questions
    (inkan,) = questions["has_inkan"].from_record
    assert inkan.source is RecordSource.RECORD and inkan.yes == {"inkan"}
    assert inkan.value_for(frozenset({"inkan", "kokuho"})) is True
    assert inkan.value_for(frozenset({"kokuho"})) is False
    (insurance,) = questions["insurance"].from_record
    assert insurance.value_for(frozenset({"welfare"})) == "welfare"
    assert insurance.value_for(frozenset({"kouki"})) == "national"
    assert insurance.value_for(frozenset()) == "employee"
    # the future-tense wordings are left to the resident
    assert not insurance.applies(RecordSource.RECORD, "IN")
    assert not insurance.applies(RecordSource.RESERVATION, "OUT")
    assert insurance.applies(RecordSource.RECORD, "OUT")


def test_a_copied_catalog_loads_with_the_bundled_code_list(folder: Path) -> None:
    assert load_catalog(folder, known_forms=FIXED_FORM_IDS).questions["has_inkan"].from_record


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("        yes_if: [inkan]\n", "        yes_if: [inkan_toroku]\n",
     "question 'has_inkan', from_record[0]: 'yes_if' names the record code 'inkan_toroku', "
     "which the core-system link does not know"),
    ("          national: [kokuho, kouki]\n", "          national: [kokuho, kouki, koku]\n",
     "'options.national' names the record code 'koku'"),
    ("          national: [kokuho, kouki]\n", "          nation: [kokuho, kouki]\n",
     "'options' names 'nation', not an option (employee, national, welfare)"),
    ("        otherwise: employee\n", "        otherwise: private\n",
     "'otherwise' 'private' must be one of the options"),
    ("        events: [OUT, MV, M, H, D]\n", "        events: [OUT, MARS]\n",
     "question 'insurance': 'from_record' names unknown event 'MARS'"),
    ("        yes_if: [inkan]\n", "        options: {yes: [inkan]}\n",
     "a yes/no question gives 'yes_if' (the codes meaning yes), not options"),
    ("      - source: record\n        yes_if: [inkan]\n",
     "      - source: registry\n        yes_if: [inkan]\n",
     "'source' must be one of record, reservation, not 'registry'"),
    ("      - source: record\n        yes_if: [inkan]\n",
     "      - source: record\n        yes_if: [inkan]\n        on: [OUT]\n",
     "a bare on/yes/no key reads as true/false in YAML: write 'events' or 'yes_if'"),
])
def test_a_wrong_mapping_is_refused_with_a_clear_message(
        folder: Path, old: str, new: str, expected: str) -> None:
    _edit(folder, "questions.yaml", old, new)
    problems = _problems(folder)
    assert any(expected in p and p.startswith("questions.yaml line ") for p in problems), \
        problems


def test_a_number_question_cannot_come_from_the_record(folder: Path) -> None:
    _edit(folder, "questions.yaml", "  - id: has_moped\n    scope: household\n    type: bool\n"
          "    default: false\n", "  - id: has_moped\n    scope: household\n    type: int\n"
          "    default: 0\n")
    assert any("'from_record' answers only a yes/no or a choice question" in p
               for p in _problems(folder))


def test_a_reservation_only_for_an_event_with_a_new_address(folder: Path) -> None:
    _edit(folder, "events.yaml", "    address_change: departure\n",
          "    address_change: departure\n    uses_reservation: true\n")
    assert any("'uses_reservation' needs address_change: new_address" in p
               for p in _problems(folder))
