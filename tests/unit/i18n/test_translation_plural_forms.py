"""A plural (``numerus``) message the kiosk shows is translated for every count.

Qt picks a plural form by the language's rule: Vietnamese, Indonesian, Chinese, Korean and
Japanese have one form, Filipino two (English-like). A ``.ts`` translation with fewer forms
than its language needs compiles, but the kiosk then shows the English source for all
counts. This loads every compiled ``.qm`` beside its ``.ts`` and asks it for 1, 2
and 5 of each translated plural message.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[3]
COMPILED = sorted(ts for ts in (ROOT / "resources" / "i18n").glob("*.ts")
                  if ts.with_suffix(".qm").exists())


def _translated_plurals(ts: Path) -> list[tuple[str, str]]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") != "yes" or translation is None \
                    or translation.get("type") in ("vanished", "obsolete"):
                continue
            if any((form.text or "").strip() for form in translation.iter("numerusform")):
                found.append((context.findtext("name") or "", message.findtext("source") or ""))
    return found


def untranslated_counts(ts: Path) -> list[str]:
    """``context: source (n=…)`` for each count the compiled file leaves untranslated."""
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm"))), ts.name
    return [f"{context}: {source!r} (n={n})"
            for context, source in _translated_plurals(ts) for n in (1, 2, 5)
            if not translator.translate(context, source, None, n)]


@pytest.mark.parametrize("ts", COMPILED, ids=lambda path: path.name)
def test_every_translated_plural_message_has_each_form_its_language_needs(ts: Path) -> None:
    missing = untranslated_counts(ts)
    assert not missing, "\n".join(missing)


def test_a_filipino_plural_with_one_form_is_found_wanting(tmp_path: Path) -> None:
    """The check itself: lrelease compiles a one-form Filipino plural that Qt then never uses."""
    import subprocess
    import sys

    ts = tmp_path / "made_fil.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil" sourcelanguage="en">
<context><name>Made</name>
 <message numerus="yes"><source>%n forms</source>
  <translation type="unfinished"><numerusform>%n form</numerusform></translation></message>
</context>
</TS>
""", encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True, capture_output=True)
    assert untranslated_counts(ts) == [f"Made: '%n forms' (n={n})" for n in (1, 2, 5)]
