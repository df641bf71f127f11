"""Display names for life-event and department codes, read from the catalog's data files.

The metrics store codes only (``IN``, ``JUMIN``); reports show 転入 / 町民課 住民係. The
names are read from ``events.yaml`` and ``departments.yaml`` of the catalog folder (the
town's own ``catalog.folder`` or the bundled one) as plain data, so the metrics do not
depend on the catalog's code. A missing file or code falls back to the code itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

BUNDLED = Path(__file__).resolve().parents[2] / "forms" / "catalog"


@dataclass(frozen=True)
class Labels:
    life_events: dict[str, str] = field(default_factory=dict)
    departments: dict[str, str] = field(default_factory=dict)

    def life_event(self, code: str) -> str:
        return self.life_events.get(code, code)

    def department(self, code: str) -> str:
        return self.departments.get(code, code)


def _titles(path: Path, section: str, key: str, language: str) -> dict[str, str]:
    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return {}
    out: dict[str, str] = {}
    for item in (data or {}).get(section, []) or []:
        names = item.get(key) or {}
        if "id" in item and isinstance(names, dict) and names.get(language):
            out[str(item["id"])] = str(names[language])
    return out


def load_labels(folder: str | Path = "", language: str = "ja") -> Labels:
    base = Path(folder) if folder else BUNDLED
    return Labels(
        _titles(base / "events.yaml", "events", "title", language),
        _titles(base / "departments.yaml", "departments", "name", language),
    )
