#!/usr/bin/env python3
"""Translation upkeep for every locale of ``forms/catalog/locales.yaml``.

Commands:
  update                 lupdate + lrelease for the UI areas in every locale; the plain-Python
                         areas (core, web, display …) follow their Japanese file's messages
  catalog-update [--catalog DIR]
                         write forms/catalog/translations/catalog_<locale>.ts from the catalog's
                         YAML (DIR: read the YAML from another checkout), keeping translations
  fill [LOCALE] FILE.json [--finished]
                         set translations from {"context": {"source": "translation"}} (a
                         plural message takes a list of its forms, singular first); Japanese
                         is marked finished, other locales "unfinished" (= needs native review)
                         unless --finished
  missing [LOCALE]       untranslated strings (Japanese: also unfinished ones); exit 1 if any
  review                 a Markdown table of each locale's state, for docs/translations.md

One ``.ts`` file per area of the UI (``resources/i18n/<area>_<locale>.ts``) so that people
working on different screens do not edit the same file. Add an area by adding a line to
``AREAS``; a resident screen's file comes from the screen registry (``kiosk.ui.registry``).
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from kiosk.ui.registry import RESIDENT_SCREENS  # noqa: E402 - after the path is set

I18N = ROOT / "resources" / "i18n"
CATALOG = ROOT / "forms" / "catalog"
BIN = Path(sys.executable).parent
MASTER = "ja"
"""The locale whose files list the messages of the areas lupdate does not scan."""
STAFF_AREAS = frozenset({"clerk", "manager", "setup"})
"""Areas only staff read (in Japanese): not counted against a resident language."""

# area -> source globs (relative to the repository root), besides the registry's screens
AREAS: dict[str, list[str]] = {
    "shell": ["kiosk/ui/*.py", "kiosk/ui/widgets/*.py", "kiosk/ui/screens/base.py"],
    "card": ["kiosk/ui/card_adapter.py"],
    "wizard": ["kiosk/ui/wizard/*.py"],
    "printing": ["kiosk/ui/screens/preview_panels.py", "kiosk/ui/print_*.py"],
    "clerk": ["kiosk/ui/clerk/*.py"],
    "manager": ["kiosk/ui/manager/*.py"],
    "setup": ["kiosk/ui/setup/*.py"],
    "startup": ["kiosk/ui/startup/*.py"],
    "prefill_kiosk": ["kiosk/ui/prefill/*.py"],
}


def locales() -> list[str]:
    """Every locale but English (the source language), from the catalog's locales.yaml."""
    data = yaml.safe_load((CATALOG / "locales.yaml").read_text(encoding="utf-8"))
    return [loc for loc in data["locales"] if loc != "en"]


def _qt_language(locale: str) -> str:
    return locale.split("-", 1)[0] if locale.startswith("ja-") else locale


def _sources(area: str) -> list[str]:
    files = [entry.source for entry in RESIDENT_SCREENS if entry.area == area]
    for pattern in AREAS[area]:
        files += sorted(str(p.relative_to(ROOT)) for p in ROOT.glob(pattern))
    return sorted(set(files))


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for area in AREAS:
        sources = _sources(area)
        if not sources:
            continue
        for lang in locales():
            ts = I18N / f"{area}_{lang}.ts"
            subprocess.run(
                [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(ts), "-no-obsolete",
                 "-source-language", "en", "-target-language", _qt_language(lang)],
                check=True, cwd=ROOT, capture_output=True,
            )
            release(ts)
    for master in sorted(I18N.glob(f"*_{MASTER}.ts")):
        area = master.stem.rsplit("_", 1)[0]
        if area in AREAS:
            continue
        for lang in locales():
            if lang != MASTER:
                _follow(master, I18N / f"{area}_{lang}.ts", lang)


def release(ts: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True, capture_output=True)


def _read_table(path: Path) -> dict[tuple[str, str], ET.Element]:
    if not path.exists():
        return {}
    return {(context.findtext("name") or "", message.findtext("source") or ""): message
            for context in ET.parse(path).getroot().iter("context")
            for message in context.iter("message")}


def _write_ts(path: Path, lang: str, contexts: dict[str, list[tuple[str, str]]],
              old: dict[tuple[str, str], ET.Element]) -> None:
    """Write ``contexts`` ({context: [(source, note for the translator)]}) keeping the
    translations ``old`` had; new messages are empty and unfinished."""
    root = ET.Element("TS", version="2.1", language=_qt_language(lang), sourcelanguage="en")
    for name, messages in contexts.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source, note in messages:
            previous = old.get((name, source))
            message = ET.SubElement(context, "message")
            if previous is not None and previous.get("numerus"):
                message.set("numerus", previous.get("numerus", ""))
            ET.SubElement(message, "source").text = source
            if note:
                ET.SubElement(message, "extracomment").text = note
            kept = previous.find("translation") if previous is not None else None
            if kept is not None and (kept.text or len(kept)):
                if kept.get("type") in ("vanished", "obsolete"):
                    kept.set("type", "unfinished")
                message.append(kept)
            else:
                ET.SubElement(message, "translation", type="unfinished")
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")


def _follow(master: Path, target: Path, lang: str) -> None:
    contexts: dict[str, list[tuple[str, str]]] = {}
    for (context, source), _ in _read_table(master).items():
        contexts.setdefault(context, []).append((source, ""))
    _write_ts(target, lang, contexts, _read_table(target))


def _catalog_texts(folder: Path) -> dict[str, list[tuple[str, str]]]:
    """{file stem: [(English source, Japanese)]} of every {ja, en} text in the YAML."""
    found: dict[str, dict[str, str]] = {}

    def walk(node: Any, context: str) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("ja"), str):
                source = node.get("en") if isinstance(node.get("en"), str) else node["ja"]
                if source:
                    found.setdefault(context, {}).setdefault(source, node["ja"])
            for key, value in node.items():
                if key not in ("ja", "en"):
                    walk(value, context)
        elif isinstance(node, list):
            for value in node:
                walk(value, context)

    for path in sorted(folder.glob("*.yaml")):
        if path.stem != "locales":
            walk(yaml.safe_load(path.read_text(encoding="utf-8")), path.stem)
    return {ctx: [(src, f"ja: {ja}") for src, ja in texts.items()]
            for ctx, texts in found.items()}


def catalog_update(folder: Path) -> None:
    texts = _catalog_texts(folder)
    for lang in locales():
        if lang == MASTER:
            continue
        target = CATALOG / "translations" / f"catalog_{lang}.ts"
        _write_ts(target, lang, texts, _read_table(target))


def _files(lang: str) -> list[Path]:
    return sorted([*I18N.glob(f"*_{lang}.ts"), *(CATALOG / "translations").glob(f"*_{lang}.ts")])


def fill(lang: str, path: Path, finished: bool) -> None:
    wanted: dict[str, dict[str, object]] = json.loads(path.read_text(encoding="utf-8"))
    for ts in _files(lang):
        tree = ET.parse(ts)
        changed = False
        for context in tree.getroot().iter("context"):
            table = wanted.get(context.findtext("name") or "", {})
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                if source not in table:
                    continue
                translation = message.find("translation")
                assert translation is not None
                value = table[source]
                for child in list(translation):
                    translation.remove(child)
                if message.get("numerus") == "yes":
                    # a list gives each plural form (Filipino needs two: Qt's rule is
                    # English-like); a string is the one form of vi, id, zh, ko, ja
                    translation.text = None
                    for text in value if isinstance(value, list) else [value]:
                        ET.SubElement(translation, "numerusform").text = str(text)
                else:
                    translation.text = str(value)
                if finished:
                    translation.attrib.pop("type", None)
                else:
                    translation.set("type", "unfinished")
                changed = True
        if changed:
            tree.write(ts, encoding="utf-8", xml_declaration=True)
            if ts.parent == I18N and ts.stem.rsplit("_", 1)[0] in AREAS:
                release(ts)


def _state(message: ET.Element) -> str:
    translation = message.find("translation")
    if translation is None:
        return "empty"
    text = (translation.text or "").strip() or "".join(
        (form.text or "") for form in translation.iter("numerusform")).strip()
    if not text:
        return "empty"
    return "draft" if translation.get("type") == "unfinished" else "finished"


def missing(lang: str) -> int:
    count = 0
    for ts in _files(lang):
        if lang != MASTER and ts.stem.rsplit("_", 1)[0] in STAFF_AREAS:
            continue
        for context in ET.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                state = _state(message)
                if state == "empty" or (lang == MASTER and state == "draft"):
                    count += 1
                    print(f"{ts.name}: {context.findtext('name')}: "
                          f"{message.findtext('source')!r}")
    return count


def review() -> None:
    print("| locale | file | finished | draft (needs native review) | untranslated |")
    print("|---|---|---:|---:|---:|")
    for lang in locales():
        for ts in _files(lang):
            states = [_state(m) for m in ET.parse(ts).getroot().iter("message")]
            print(f"| {lang} | {ts.name} | {states.count('finished')} | "
                  f"{states.count('draft')} | {states.count('empty')} |")


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("--")]
    command = args[0] if args else "update"
    if command == "update":
        update()
        return 0
    if command == "catalog-update":
        folder = Path(argv[argv.index("--catalog") + 1]) if "--catalog" in argv else CATALOG
        catalog_update(folder)
        return 0
    if command == "missing":
        return 1 if missing(args[1] if len(args) > 1 else MASTER) else 0
    if command == "fill" and len(args) in (2, 3):
        lang, file = (MASTER, args[1]) if len(args) == 2 else (args[1], args[2])
        fill(lang, Path(file), finished="--finished" in argv or lang == MASTER)
        return 0
    if command == "review":
        review()
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
