"""A copy of the bundled catalog for another town (鹿児島県肝属郡肝付町), for the tests
that prove the town comes only from ``town.yaml``: every screen and form then shows 肝付町
and nothing shows 南関. The 大字 and postal codes are illustrative test data."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from forms.catalog import BUNDLED_FOLDER

SCENARIOS = BUNDLED_FOLDER.parent / "scenarios"
OLD_TOWN = "南関"
OAZA = ("新富", "前田", "北方")

TOWN_YAML = """\
town:
  name: {ja: 肝付町, en: Kimotsuki Town}
  prefecture: {ja: 鹿児島県, en: Kagoshima Prefecture}
  district: {ja: 肝属郡, en: Kimotsuki District}
  addressee: {ja: 肝付町長, en: Mayor of Kimotsuki}
  kana: キモツキチョウ
  jis_code: "46492"
  default_postal_code: "893-1200"
  child_medical_age: 18
  oaza:
    - {name: 新富, kana: シントミ, postal_code: "893-1201"}
    - {name: 前田, kana: マエダ, postal_code: "893-1202"}
    - {name: 北方, kana: キタカタ, postal_code: "893-1203"}
"""


def renamed_town_catalog(tmp_path: Path) -> Path:
    """The bundled catalog copied to ``tmp_path`` with only ``town.yaml`` replaced."""
    folder = tmp_path / "kimotsuki-catalog"
    shutil.copytree(BUNDLED_FOLDER, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (folder / "town.yaml").write_text(TOWN_YAML, encoding="utf-8")
    return folder


def family_of_four() -> dict[str, Any]:
    """The sample 転入 family of four, moving into the renamed town. The sample's family
    name happens to be 南関, so the family is renamed too: only the town may differ."""
    text = (SCENARIOS / "tennyu_family4.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text.replace("南関", "肝付").replace("ナンカン", "キモツキ"))
    data["new_address"] = {"oaza": OAZA[0], "banchi": "1234-5", "katagaki": "",
                           "postal_code": "893-1201"}
    return data
