"""The domain corpus: life situations with the procedures and forms the law expects.

Each ``cases/<name>.json`` holds a ``situation`` (one line, Japanese), its ``sources``
(the law or the town practice the expectation comes from), the ``filed_on`` day of the
visit, the ``scenario`` (the ``kiosk navigate`` format) and what is expected: every
procedure with the members it is for, the printed form ids, the procedures filed after
their 届出期間, and optionally exact ``details`` of a planned procedure (fee, documents …).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

CASES = Path(__file__).resolve().parent / "cases"
README = Path(__file__).resolve().parent / "README.md"


@dataclass(frozen=True)
class Case:
    name: str
    situation: str
    sources: tuple[str, ...]
    filed_on: date
    scenario: dict[str, Any]
    procedures: dict[str, tuple[str, ...]]
    forms: frozenset[str]
    late: frozenset[str]
    details: dict[str, dict[str, Any]]


def load_case(path: Path) -> Case:
    data = json.loads(path.read_text(encoding="utf-8"))
    expect = data["expect"]
    return Case(
        name=path.stem,
        situation=data["situation"],
        sources=tuple(data["sources"]),
        filed_on=date.fromisoformat(data["filed_on"]),
        scenario=data["scenario"],
        procedures={k: tuple(v) for k, v in expect["procedures"].items()},
        forms=frozenset(expect["forms"]),
        late=frozenset(expect["late"]),
        details=expect.get("details", {}),
    )


def all_cases() -> list[Case]:
    return [load_case(p) for p in sorted(CASES.glob("*.json"))]


def readme_text(cases: list[Case]) -> str:
    """The README: one row per situation, generated from the case files."""
    lines = [
        "# Domain corpus",
        "",
        "Life situations with the procedures and forms the law or the town's practice",
        "expects, written from the sources before the engine was run. `test_corpus.py` runs",
        "each through the engine; `test_readme_is_current` checks this table. Regenerate it",
        "with `python tests/domain/make_readme.py` after editing `cases/`.",
        "",
        f"{len(cases)} situations.",
        "",
        "| Case | Situation | Expected procedures (members) | Late | Sources |",
        "|---|---|---|---|---|",
    ]
    for case in cases:
        procedures = ", ".join(
            f"{pid} ({' '.join(members)})" for pid, members in sorted(case.procedures.items())
        )
        late = ", ".join(sorted(case.late)) or "—"
        sources = "<br>".join(case.sources)
        lines.append(f"| {case.name} | {case.situation} | {procedures} | {late} | {sources} |")
    return "\n".join(lines) + "\n"
