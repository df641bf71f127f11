"""Builders for navigation tests (a module with a unique name, importable from tests)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from kiosk.navigation.scenario import Scenario

SCENARIOS = Path(__file__).resolve().parents[3] / "forms" / "scenarios"


def member(pid: str, birth: str, sex: str = "M", relation: str = "", status: str = "") -> dict[str, Any]:
    return {"id": pid, "name": "試験 花子", "furigana": "シケン ハナコ", "birth_date": birth,
            "sex": sex, "relation": relation, "status": status}


def build(event: str, on: str, birth: str, sex: str = "M",
          household: Iterable[Mapping[str, Any]] = (), answers: Mapping[str, Any] | None = None,
          resident_status: str = "") -> Scenario:
    return Scenario.from_json({
        "event": event,
        "event_date": on,
        "resident": {"name": "試験 太郎", "address": "熊本県玉名郡南関町大字関町1番地",
                     "birth_date": birth, "sex": sex, "status": resident_status},
        "household": list(household),
        "answers": dict(answers or {}),
    })


def load_scenario(name: str) -> Scenario:
    return Scenario.from_json(json.loads((SCENARIOS / name).read_text(encoding="utf-8")))


def members_of(plan: Any) -> dict[str, tuple[str, ...]]:
    """``{procedure id: member ids}`` of a plan."""
    return {p.id: p.member_ids for p in plan.procedures()}
