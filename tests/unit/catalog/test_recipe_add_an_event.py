"""The recipe "add a life event" (docs/conventions.md), followed step by step.

A town adds 養子縁組 in its own catalog folder alone: no code and no translation file
change. The event validates (``kiosk catalog check``), plans (``kiosk navigate``) and
prints a guide sheet under its own title (``kiosk forms render``), never 「ADのお手続き」.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from forms.catalog import BUNDLED_FOLDER, AddressChange, Subject, load_catalog
from kiosk.cli.main import main

SCENARIOS = BUNDLED_FOLDER.parent / "scenarios"

# Step 2: the event with every field (as in the recipe).
ADOPTION = """
  - id: AD
    title: {ja: 養子縁組, en: Adoption}
    paper_title: {ja: 養子縁組, en: Adoption}
    description: {ja: 養子縁組をした, en: You adopted a child}
    subject: resident
    address_change: none
    symbol: "⚇"
    household_prompt: {ja: 養子になった方は？, en: Who was adopted?}
    questions: [insurance, public_servant]
"""
# Step 3: the procedures it triggers, each under its own ``events:`` list.
RULES = {
    "koseki_todoke": "      AD: {when: is_self, title: {ja: 養子縁組届, en: Adoption notification}, "
                     "same_as: M}",
    "jido_teate": "      AD: {when: child_le_18fy and not is_self and not public_servant, "
                  "same_as: M}",
}


def add_rule(text: str, procedure: str, rule: str) -> str:
    """Put ``rule`` first under the ``events:`` of ``procedure``."""
    start = text.index(f"  - id: {procedure}\n")
    events = text.index("    events:\n", start) + len("    events:\n")
    return text[:events] + rule + "\n" + text[events:]


@pytest.fixture
def town_folder(tmp_path: Path) -> Path:
    # Step 1: a copy of the bundled catalog.
    folder = tmp_path / "town-catalog"
    shutil.copytree(BUNDLED_FOLDER, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    events = folder / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8").rstrip("\n") + "\n" + ADOPTION,
                      encoding="utf-8")
    procedures = folder / "procedures.yaml"
    text = procedures.read_text(encoding="utf-8")
    for procedure, rule in RULES.items():
        text = add_rule(text, procedure, rule)
    procedures.write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def config(town_folder: Path, tmp_path: Path) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(f'[catalog]\nfolder = "{town_folder.as_posix()}"\n', encoding="utf-8")
    return path


@pytest.fixture
def scenario(tmp_path: Path) -> Path:
    """The sample family, now filing an adoption of their younger child."""
    data = json.loads((SCENARIOS / "tennyu_family4.json").read_text(encoding="utf-8"))
    data.update(event="AD", answers={"insurance": "national"}, new_address=None)
    path = tmp_path / "adoption.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_new_event_is_loaded_with_its_behaviour(town_folder: Path) -> None:
    event = load_catalog(town_folder).events["AD"]
    assert event.title.get("ja") == "養子縁組" and event.symbol == "⚇"
    assert event.subject is Subject.RESIDENT and event.address_change is AddressChange.NONE
    assert event.household_prompt.get("en") == "Who was adopted?"
    assert "AD" not in load_catalog().events  # the bundled catalog is untouched


def test_the_copy_validates(
    config: Path, isolated_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--config", str(config), "catalog", "check"]) == 0
    assert "9 events" in capsys.readouterr().out


def test_the_copy_plans_the_mapped_procedures(
    config: Path, scenario: Path, isolated_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--config", str(config), "navigate", "--scenario", str(scenario)]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["event"] == "AD"
    procedures = {p["id"]: p for stop in plan["stops"] for p in stop["procedures"]}
    assert set(procedures) == {"koseki_todoke", "jido_teate"}
    assert procedures["koseki_todoke"]["member_ids"] == ["self"]
    assert set(procedures["jido_teate"]["member_ids"]) == {"child1", "child2"}
    assert "養子縁組届" in json.dumps(procedures["koseki_todoke"], ensure_ascii=False)


def test_the_guide_sheet_carries_the_event_s_own_title(
    config: Path, scenario: Path, isolated_dirs: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out"
    assert main(["--config", str(config), "forms", "render", "--scenario", str(scenario),
                 "--out", str(out)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert {f["form"] for f in summary["forms"]} == {"koseki_todoke", "jido_teate"}
    guide = PdfReader(out / summary["pdf"]).pages[0].extract_text()
    assert "養子縁組のお手続き" in guide
    assert "ADのお手続き" not in guide and "AD" not in guide.replace(" ", "")
    assert "養子縁組届" in guide
