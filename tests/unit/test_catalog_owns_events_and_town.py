"""No product module names a life event or the town: the catalog is the one place.

Event ids and what they mean (a birth, a move that brings a new address …) live in
``events.yaml``; the town (names, prefecture, district, code) in ``town.yaml``. Code reads
them from the loaded catalog, so a town that adds an event or renames itself changes no
code. This test reads every Python module of the product (``kiosk/``, ``forms/``,
``printing/``) and fails on:

* the town: its names in Japanese and English, its prefecture and district, its code,
  anywhere in the file (comments and docstrings too);
* an event id as a string literal. An id of two or more letters (``"IN"``, ``"OUT"``) is
  flagged wherever it appears. A one-letter id (``"B"``, ``"M"``) is flagged when code
  compares something with it or lists it beside another event id, which is how code
  names events; a lone ``"M"`` in ``{Sex.MALE: "M", …}`` is a sex code, not an event.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from forms.catalog import load_catalog

ROOT = Path(__file__).resolve().parents[2]
PRODUCT = ("kiosk", "forms", "printing")
CATALOG = load_catalog()
EVENT_IDS = frozenset(CATALOG.events)
TOWN = CATALOG.town
TOWN_WORDS = tuple(sorted({
    TOWN.name.get("ja"), TOWN.name.get("ja")[:-1],  # 南関町 and 南関
    TOWN.name.get("en").split()[0],  # Nankan
    TOWN.prefecture.get("ja")[:-1], TOWN.prefecture.get("en").split()[0],  # 熊本, Kumamoto
    TOWN.district.get("ja")[:-1], TOWN.district.get("en").split()[0],  # 玉名, Tamana
    TOWN.addressee.get("ja"), TOWN.jis_code, TOWN.kana,
}))


# A ratchet, not an allow-list: modules another part of issue 9 is rewriting (the metrics
# split derives its demo event mix from the catalog). Each entry must still offend (see
# test_awaiting_modules_still_need_their_rewrite), so it is dropped the day it is fixed.
AWAITING_REWRITE: frozenset[str] = frozenset()
# The metrics part switches its labels to ``load_catalog(folder).event_titles(lang)``.
AWAITING_LOADER: frozenset[str] = frozenset()
# The only modules that parse YAML: the catalog's validating reader and the layout loader.
# (``kiosk/statistics/demo_mix.py`` reads its own demo weights, which are not catalog data.)
YAML_READERS = frozenset({"forms/catalog/yamlio.py", "forms/layout.py",
                          "kiosk/statistics/demo_mix.py"})


def product_modules() -> list[Path]:
    return sorted(p for package in PRODUCT for p in (ROOT / package).rglob("*.py"))


def _event_literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) \
            and node.value in EVENT_IDS:
        return node.value
    return None


def event_literals(tree: ast.AST) -> list[tuple[int, str]]:
    """``(line, id)`` of every event id the module names (see the module docstring)."""
    found: set[tuple[int, str]] = set()
    for node in ast.walk(tree):
        event = _event_literal(node)
        if event is not None and len(event) > 1:
            found.add((node.lineno, event))  # type: ignore[attr-defined]
        if isinstance(node, ast.Compare):
            for operand in (node.left, *node.comparators):
                event = _event_literal(operand)
                if event is not None:
                    found.add((operand.lineno, event))
        groups: list[list[ast.expr | None]] = []
        if isinstance(node, ast.Set | ast.List | ast.Tuple):
            groups.append(list(node.elts))
        if isinstance(node, ast.Dict):
            groups.append(list(node.keys))
        for group in groups:
            named = [(e.lineno, ev) for e in group if e is not None
                     for ev in [_event_literal(e)] if ev is not None]
            if len(named) >= 2:
                found.update(named)
    return sorted(found)


def test_the_scan_sees_every_package() -> None:
    modules = product_modules()
    for package in PRODUCT:
        assert any(p.relative_to(ROOT).parts[0] == package for p in modules)
    assert len(modules) > 100
    assert len(EVENT_IDS) >= 8 and "南関" in TOWN_WORDS and TOWN.jis_code in TOWN_WORDS


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('if event == "B": pass', [(1, "B")]),
        ('LEAVING = {"OUT"}', [(1, "OUT")]),
        ('PROMPTS = {"D": 1, "M": 2}', [(1, "D"), (1, "M")]),
        ('x = event in ("V", "H")', [(1, "H"), (1, "V")]),
        ('SEX = {MALE: "M", FEMALE: "F", OTHER: "X"}', []),
        ('def f() -> str:\n    """The IN and OUT events."""\n    return "MB"', []),
    ],
)
def test_the_scan_finds_event_ids_the_way_code_names_them(
    source: str, expected: list[tuple[int, str]]
) -> None:
    assert event_literals(ast.parse(source)) == expected


def _event_offenders() -> dict[str, list[str]]:
    offenders: dict[str, list[str]] = {}
    for path in product_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        found = [f"{line}: {event!r}" for line, event in event_literals(tree)]
        if found:
            offenders[path.relative_to(ROOT).as_posix()] = found
    return offenders


def test_no_product_module_names_an_event_id() -> None:
    offenders = {m: lines for m, lines in _event_offenders().items()
                 if m not in AWAITING_REWRITE}
    assert offenders == {}, f"event ids belong in events.yaml: {offenders}"


def test_awaiting_modules_still_need_their_rewrite() -> None:
    """Drop a module from ``AWAITING_REWRITE`` as soon as it no longer names events."""
    offenders = _event_offenders()
    for module in AWAITING_REWRITE:
        assert (ROOT / module).exists() and module in offenders, (
            f"{module} is fixed or gone: remove it from AWAITING_REWRITE")


def test_no_product_module_names_the_town() -> None:
    offenders = []
    for path in product_modules():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            offenders += [f"{path.relative_to(ROOT)}:{number}: {word}"
                          for word in TOWN_WORDS if word and word in line]
    assert offenders == [], "the town belongs in town.yaml:\n" + "\n".join(offenders)


def _yaml_importers() -> set[str]:
    found = set()
    for path in product_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(n == "yaml" or n.startswith("yaml.") for n in names):
                found.add(path.relative_to(ROOT).as_posix())
    return found


def test_every_reader_of_the_catalog_goes_through_the_validating_loader() -> None:
    importers = _yaml_importers()
    assert importers - AWAITING_LOADER == YAML_READERS
    for module in AWAITING_LOADER:
        assert module in importers, f"{module} is fixed: remove it from AWAITING_LOADER"
