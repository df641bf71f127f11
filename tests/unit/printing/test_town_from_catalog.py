"""The printed bundle takes the town from the catalog, and a town's own layouts.

Renaming the town in a copied ``town.yaml`` (to 鹿児島県肝属郡肝付町) is enough for every
page of the family-of-four bundle to name 肝付町, its addressee and its addresses, with no
南関 left; a ``layouts/`` folder beside the catalog overrides a bundled form.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from printing_samples import VISIT
from pypdf import PdfReader
from renamed_town import OLD_TOWN, family_of_four, renamed_town_catalog

from forms.catalog import Catalog, load_catalog
from forms.layout import LAYOUT_DIR, load_layouts
from kiosk.navigation.engine import Navigator
from kiosk.navigation.scenario import Scenario
from printing.bundle import render_bundle


def bundle_text(catalog: Catalog, out: Path) -> list[str]:
    scenario = Scenario.from_json(family_of_four())
    plan = Navigator(catalog).plan(scenario)
    summary = render_bundle(scenario, plan, VISIT, out, catalog=catalog)
    return [page.extract_text() for page in PdfReader(summary.path).pages]


def test_a_renamed_town_prints_everywhere_and_the_old_name_nowhere(tmp_path: Path) -> None:
    pages = bundle_text(load_catalog(renamed_town_catalog(tmp_path)), tmp_path / "out")
    text = "\n".join(pages)
    assert OLD_TOWN not in text and "玉名" not in text
    guide = [p for p in pages if p.startswith("手続き案内票")]
    forms = pages[len(guide):]
    assert guide and len(forms) >= 10
    for page in guide:  # the footer
        assert "書かない窓口（肝付町）" in page
    for page in forms:  # the addressee and the footer
        assert "肝付町長" in page and "様" in page and "書かない窓口（肝付町）" in page
    assert "鹿児島県肝属郡肝付町新富1234-5" in text.replace(" ", "")  # the new address


def test_the_bundled_town_still_prints_its_own_name(tmp_path: Path) -> None:
    """The control: the same family with the bundled catalog names the bundled town."""
    text = "\n".join(bundle_text(load_catalog(), tmp_path / "out"))
    assert "南関町長" in text and "肝付町長" not in text


def test_a_town_layout_overrides_the_bundled_one(tmp_path: Path) -> None:
    folder = renamed_town_catalog(tmp_path)
    layouts = folder / "layouts"
    layouts.mkdir()
    source = (LAYOUT_DIR / "jumin_ido.yaml").read_text(encoding="utf-8")
    title = next(line for line in source.splitlines() if line.startswith("title:"))
    (layouts / "jumin_ido.yaml").write_text(
        source.replace(title, "title: 住民異動届（肝付町様式）\naddressee: 肝付町長　殿"),
        encoding="utf-8")
    shutil.copy(LAYOUT_DIR / "jumin_ido.yaml", layouts / "_unused_part.yaml")
    catalog = load_catalog(folder)
    assert load_layouts(catalog.layouts_dir)["jumin_ido"].title == "住民異動届（肝付町様式）"
    assert load_layouts()["jumin_ido"].title != "住民異動届（肝付町様式）"
    pages = bundle_text(catalog, tmp_path / "out")
    [form] = [p for p in pages if "肝付町様式" in p]
    assert "肝付町長　殿" in form or "肝付町長 殿" in form
