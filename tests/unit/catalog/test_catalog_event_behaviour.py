"""Each event's behaviour and the town are catalog data, validated like everything else.

Unknown or missing keys and wrong values are reported with file, line and entry; the
``event`` fact accepts exactly the catalog's own event ids; a town's ``layouts/`` folder
adds form ids the procedures may use.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from forms.catalog import (
    BUNDLED_FOLDER,
    FIXED_FORM_IDS,
    AddressChange,
    CatalogError,
    Subject,
    known_form_ids,
    load_catalog,
)
from forms.layout import LAYOUT_DIR


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "catalog"
    shutil.copytree(BUNDLED_FOLDER, copy, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return copy


def edit(folder: Path, name: str, old: str, new: str) -> int:
    """Replace one unique text in a copied file; return the 1-based line of its entry."""
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur exactly once in {name}"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def problems(folder: Path) -> tuple[str, ...]:
    with pytest.raises(CatalogError) as info:
        load_catalog(folder, known_forms=FIXED_FORM_IDS)
    return info.value.problems


def test_the_shipped_events_carry_their_behaviour() -> None:
    events = load_catalog().events
    assert [e for e in events if events[e].brings_new_address] == ["IN", "MV"]
    assert [e for e in events if events[e].is_departure] == ["OUT"]
    assert [e for e in events if events[e].subject is Subject.NEWBORN] == ["B"]
    assert [e for e in events if events[e].subject is Subject.DECEASED] == ["D"]
    death = events["D"]
    assert death.title.get("ja") == "おくやみ（死亡）" and death.paper_title.get("ja") == "死亡"
    assert death.symbol == "⚘" and death.address_change is AddressChange.NONE
    assert all(e.symbol and e.household_prompt.get("ja") for e in events.values())
    assert load_catalog().event_titles("ja", paper=True)["D"] == "死亡"
    assert load_catalog().department_names("en")["JUMIN"] == "Residents Section"


def test_the_shipped_town_carries_its_addressee() -> None:
    town = load_catalog().town
    assert town.addressee.get("ja").endswith("長")
    assert town.address("大字関町1") == f"{town.full_name()}大字関町1"
    assert town.address(f"{town.prefecture.get('ja')}X") == f"{town.prefecture.get('ja')}X"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("    subject: newborn\n", "    subject: baby\n",
         "event 'B': 'subject' must be one of resident, newborn, deceased, not 'baby'"),
        ("    address_change: departure\n", "    address_change: leaves\n",
         "event 'OUT': 'address_change' must be one of new_address, departure, none"),
        ("    symbol: \"⚘\"\n", "", "event 'D': 'symbol' is missing"),
        ("    symbol: \"⚘\"\n", "    symbol: \"\"\n", "event 'D': 'symbol' must not be empty"),
        ("    paper_title: {ja: 死亡, en: Death}\n", "", "event 'D': 'paper_title' is missing"),
        ("    household_prompt: {ja: 生まれたお子さんについて, en: \"About the baby\"}\n", "",
         "event 'B': 'household_prompt' is missing"),
        ("    subject: deceased\n", "    subject: deceased\n    icon: x\n",
         "event 'D': unknown key 'icon'"),
    ],
)
def test_event_problems_name_file_line_and_entry(
    folder: Path, old: str, new: str, expected: str
) -> None:
    line = edit(folder, "events.yaml", old, new)
    found = problems(folder)
    hits = [p for p in found if expected in p]
    assert hits, found
    entry_line = int(hits[0].split(" line ")[1].split(":")[0])
    assert hits[0].startswith("events.yaml line ") and 0 < line - entry_line < 10


def test_the_addressee_is_required(folder: Path) -> None:
    text = (folder / "town.yaml").read_text(encoding="utf-8")
    addressee = next(line for line in text.splitlines() if "addressee:" in line)
    edit(folder, "town.yaml", addressee + "\n", "")
    assert any(p.startswith("town.yaml line ") and "'addressee' is missing" in p
               for p in problems(folder))


def test_the_event_fact_accepts_exactly_the_catalog_s_events(folder: Path) -> None:
    edit(folder, "procedures.yaml", "      IN:\n        when: moves and kokuho\n",
         '      IN:\n        when: moves and kokuho and event == "XX"\n')
    assert any("'XX'" in p for p in problems(folder))


def test_a_question_s_wording_names_a_known_event(folder: Path) -> None:
    edit(folder, "questions.yaml", "    text_by_event:\n      D: {ja: 亡くなられた方は犬",
         "    text_by_event:\n      DX: {ja: 亡くなられた方は犬")
    assert any(p.startswith("questions.yaml line ") and "question 'has_dog'" in p
               and "unknown event 'DX'" in p for p in problems(folder))


def test_a_town_layout_adds_a_form_id(folder: Path, tmp_path: Path) -> None:
    assert "suido_v2" not in known_form_ids()
    edit(folder, "procedures.yaml", "      IN:\n        forms: [suido]",
         "      IN:\n        forms: [suido_v2]")
    assert any("suido_v2" in p for p in problems(folder))
    layouts = folder / "layouts"
    layouts.mkdir()
    source = (LAYOUT_DIR / "suido.yaml").read_text(encoding="utf-8")
    (layouts / "suido_v2.yaml").write_text(source.replace("id: suido", "id: suido_v2"),
                                           encoding="utf-8")
    assert "suido_v2" in known_form_ids(town_layouts=layouts)
    catalog = load_catalog(folder)
    assert "suido_v2" in catalog.known_forms and "suido" in catalog.known_forms
