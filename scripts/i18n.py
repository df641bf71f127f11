#!/usr/bin/env python3
"""Translation upkeep: ``update`` (lupdate + lrelease), ``missing``, ``fill``.

One ``.ts`` file per area of the UI (``resources/i18n/<area>_ja.ts``) so that people
working on different screens do not edit the same file. Add an area by adding a line to
``AREAS``; a resident screen's file comes from the screen registry
(``kiosk.ui.registry``, each screen with its area).
``fill FILE.json`` sets Japanese translations from {"context": {"source":
"translation"}} for strings still marked unfinished: handy when writing many at once.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from kiosk.ui.registry import RESIDENT_SCREENS  # noqa: E402 - after the path is set

I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent
LANGUAGES = ("ja",)

# area -> source globs (relative to the repository root), besides the registry's screens
AREAS: dict[str, list[str]] = {
    "shell": ["kiosk/ui/*.py", "kiosk/ui/widgets/*.py", "kiosk/ui/screens/base.py"],
    "card": ["kiosk/ui/card_adapter.py"],
    "wizard": ["kiosk/ui/wizard/*.py"],
    "printing": ["kiosk/ui/screens/preview_panels.py", "kiosk/ui/print_*.py"],
    "clerk": ["kiosk/ui/clerk/*.py"],
    "manager": ["kiosk/ui/manager/*.py"],
    "startup": ["kiosk/ui/startup/*.py"],
    "prefill_kiosk": ["kiosk/ui/prefill/*.py"],
}


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
        for lang in LANGUAGES:
            ts = I18N / f"{area}_{lang}.ts"
            subprocess.run(
                [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(ts), "-no-obsolete",
                 "-source-language", "en", "-target-language", lang],
                check=True, cwd=ROOT, capture_output=True,
            )
            release(ts)


def release(ts: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True, capture_output=True)


def missing() -> int:
    count = 0
    for ts in sorted(I18N.glob("*.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") == "unfinished" \
                        or (not (translation.text or "").strip() and message.find(
                            "translation/numerusform") is None):
                    count += 1
                    print(f"{ts.name}: {name}: {message.findtext('source')!r}")
    return count


def fill(path: Path) -> None:
    wanted: dict[str, dict[str, object]] = json.loads(path.read_text(encoding="utf-8"))
    for ts in sorted(I18N.glob("*.ts")):
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
                    translation.text = None
                    form = ET.SubElement(translation, "numerusform")
                    form.text = str(value)
                else:
                    translation.text = str(value)
                translation.attrib.pop("type", None)
                changed = True
        if changed:
            tree.write(ts, encoding="utf-8", xml_declaration=True)
            release(ts)


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "update"
    if command == "update":
        update()
        return 0
    if command == "missing":
        return 1 if missing() else 0
    if command == "fill" and len(argv) == 3:
        fill(Path(argv[2]))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
