"""Labels and the demo data's event mix come from the catalog (its validating loader).

No event id is written here: the events are the catalog's, whatever they are.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from forms.catalog import BUNDLED_FOLDER, load_catalog
from kiosk.statistics.demo_data import generate
from kiosk.statistics.demo_mix import event_mix
from kiosk.statistics.labels import load_labels


def _copy_catalog(tmp_path: Path) -> Path:
    folder = tmp_path / "catalog"
    shutil.copytree(BUNDLED_FOLDER, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return folder


def test_labels_are_the_catalogs_titles_in_each_language() -> None:
    catalog = load_catalog()
    for language in ("ja", "en"):
        labels = load_labels("", language)
        assert labels.life_events == {i: e.title.get(language) for i, e in catalog.events.items()}
        assert labels.departments == {
            i: d.name.get(language) for i, d in catalog.departments.items()}
    assert load_labels().life_event("NOT-AN-EVENT") == "NOT-AN-EVENT"


def test_a_towns_own_title_reaches_the_labels(tmp_path: Path) -> None:
    folder = _copy_catalog(tmp_path)
    path = folder / "events.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    first = data["events"][0]
    first["title"]["ja"] = "町独自の名前"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert load_labels(folder).life_event(first["id"]) == "町独自の名前"


def test_an_invalid_catalog_leaves_the_codes(tmp_path: Path) -> None:
    folder = _copy_catalog(tmp_path)
    (folder / "events.yaml").write_text("events: [{title: no id}]\n", encoding="utf-8")
    labels = load_labels(folder)
    assert labels.life_events == {} and labels.department("X") == "X"


def test_the_demo_mix_is_every_event_with_a_procedure_routed_in_visiting_order() -> None:
    catalog = load_catalog()
    mix = event_mix(catalog)
    with_procedures = {e for e in catalog.events
                       if any(e in p.rules for p in catalog.procedures.values())}
    assert {p.event for p in mix} == with_procedures
    for profile in mix:
        orders = [catalog.departments[d].order for d in profile.route]
        assert orders == sorted(orders) and profile.share > 0
        assert set(profile.route) == {p.department for p in catalog.procedures.values()
                                      if profile.event in p.rules}
    generated = {row[7] for chunk in generate(2000, 20, seed=3, catalog=catalog)
                 for row in chunk.visits}
    assert generated == with_procedures
