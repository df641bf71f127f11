"""Visual regression: rendered pages compared with reviewed reference pictures.

The references were looked at by a person before being committed. After an intended
change, regenerate them with ``UPDATE_REFERENCES=1 pytest tests/unit/printing/test_print_visual.py``,
look at the new PNGs, and commit them. Low resolution (50 dpi, greyscale) keeps them small.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PIL import Image
from printing_samples import (
    CATALOG,
    MY_NUMBERS,
    VISIT,
    family_scenario,
    household8_plan,
    household8_scenario,
    tennyu_plan,
)

from printing.bundle import render_bundle
from printing.raster import difference, rasterize

REFERENCE = Path(__file__).parent / "reference"
DPI = 50
# guide sheet, 住民異動届, 国保 資格取得届 (個人番号 boxes), 児童手当 (table + bank boxes)
PAGES = {1: "guide", 2: "jumin_ido", 5: "kokuho_shutoku", 6: "jido_teate"}

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> list[Image.Image]:
    out = tmp_path_factory.mktemp("visual")
    summary = render_bundle(family_scenario(), tennyu_plan(), VISIT, out, MY_NUMBERS, catalog=CATALOG)
    return rasterize(summary.path, DPI)


@pytest.mark.parametrize(("page", "name"), sorted(PAGES.items()))
def test_page_matches_reference(rendered: list[Image.Image], page: int, name: str) -> None:
    image = rendered[page - 1]
    reference = REFERENCE / f"tennyu-{page}-{name}.png"
    if os.environ.get("UPDATE_REFERENCES") == "1":
        image.save(reference, optimize=True)
        pytest.skip("reference updated; review it before committing")
    assert reference.exists(), f"missing {reference.name}: run with UPDATE_REFERENCES=1"
    with Image.open(reference) as ref:
        diff = difference(ref.convert("L"), image)
    assert diff.within(changed=0.002, mean=1.0), diff


@pytest.fixture(scope="module")
def eight(tmp_path_factory: pytest.TempPathFactory) -> list[Image.Image]:
    out = tmp_path_factory.mktemp("visual8")
    summary = render_bundle(household8_scenario(), household8_plan(), VISIT, out, catalog=CATALOG)
    return rasterize(summary.path, DPI)


# a household of eight: five movers on the 住民異動届, three on its numbered 別紙
EIGHT_PAGES = {2: "jumin_ido", 3: "jumin_ido-sheet"}


@pytest.mark.parametrize(("page", "name"), sorted(EIGHT_PAGES.items()))
def test_household_of_eight_matches_reference(eight: list[Image.Image], page: int,
                                              name: str) -> None:
    assert len(eight) == 3  # the guide, the form, its 別紙
    image = eight[page - 1]
    reference = REFERENCE / f"household8-{page}-{name}.png"
    if os.environ.get("UPDATE_REFERENCES") == "1":
        image.save(reference, optimize=True)
        pytest.skip("reference updated; review it before committing")
    assert reference.exists(), f"missing {reference.name}: run with UPDATE_REFERENCES=1"
    with Image.open(reference) as ref:
        diff = difference(ref.convert("L"), image)
    assert diff.within(changed=0.002, mean=1.0), diff


def test_the_comparison_notices_a_changed_form(rendered: list[Image.Image]) -> None:
    """The tolerance must not hide a real change (another form on the same page)."""
    diff = difference(rendered[1], rendered[4])
    assert not diff.within(changed=0.002, mean=1.0)
