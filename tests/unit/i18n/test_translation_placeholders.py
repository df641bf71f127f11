"""Every translation keeps what the program fills in or reads in its source.

For every ``.ts`` file of every locale (the UI areas in ``resources/i18n`` and the catalog's
``forms/catalog/translations``), a translation that has text, drafted (``unfinished``) or
finished, must keep its source's

* placeholders: ``%1`` … ``%99`` (and ``%L1``), ``%n``, and ``{field}`` names (any order:
  a language may reorder them, but none may be lost, added or renamed);
* HTML tags (``<b>``, ``</b>``, ``<br/>`` …), as many of each;
* ``&`` accelerators (a source with one keeps one);
* leading and trailing whitespace: a source starting or ending with a space keeps one,
  and a source without one gets none. The one exception is a translation whose edge is a
  full-width (CJK) character: Japanese, Chinese and Korean separators such as ``、`` are
  written without spaces (``", "`` → ``"、"``).

A translation left empty, or vanished/obsolete, is not used by the kiosk and is not checked.
The checker itself is tested on a small made-up ``.ts`` file with planted mistakes.
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
TS_FILES = sorted([*(ROOT / "resources" / "i18n").glob("*.ts"),
                   *(ROOT / "forms" / "catalog" / "translations").glob("*.ts")])

_PERCENT = re.compile(r"%(?:L?\d{1,2}|n)")
_FIELD = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*\b[^<>]*>")
_ACCELERATOR = re.compile(r"(?<!&)&(?=[^&\s])")
_UNUSED = frozenset({"vanished", "obsolete"})


def _tokens(text: str) -> Counter[str]:
    found: Counter[str] = Counter(_PERCENT.findall(text))
    found.update(_FIELD.findall(text))
    found.update(_tag_key(tag) for tag in _TAG.findall(text))
    if _ACCELERATOR.search(text):
        found["& accelerator"] += 1
    return found


def _tag_key(tag: str) -> str:
    """``<a href="…">`` → ``<a>``, ``<br />`` → ``<br/>``: the tag, not its attributes."""
    match = re.match(r"<(/?)([A-Za-z][A-Za-z0-9]*)", tag)
    assert match is not None
    return f"<{match[1]}{match[2].lower()}{'/' if tag.endswith('/>') else ''}>"


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def _edge_problems(source: str, translation: str) -> list[str]:
    problems = []
    for side, strip, pick in (("leading", str.lstrip, 0), ("trailing", str.rstrip, -1)):
        source_space = source != strip(source)
        translation_space = translation != strip(translation)
        if source_space == translation_space:
            continue
        if source_space and translation.strip() and _wide(translation.strip()[pick]):
            continue  # CJK separators carry no spaces
        problems.append(f"{side} whitespace {'lost' if source_space else 'added'}")
    return problems


def text_problems(source: str, translation: str) -> list[str]:
    """What ``translation`` lost or added against ``source`` (empty when it is fine)."""
    problems = []
    want, got = _tokens(source), _tokens(translation)
    if want != got:
        lost = sorted((want - got).elements())
        added = sorted((got - want).elements())
        problems.append("placeholders/markup differ:"
                        + (f" lost {lost}" if lost else "") + (f" added {added}" if added else ""))
    return problems + _edge_problems(source, translation)


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None or translation.get("type") in _UNUSED:
        return []
    forms = [form.text or "" for form in translation.iter("numerusform")]
    texts = forms if forms else [translation.text or ""]
    return [text for text in texts if text.strip()]


def ts_problems(path: Path) -> list[str]:
    """One line per bad translation of a Qt Linguist file: context, source, what is wrong."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            for text in _translations(message):
                for problem in text_problems(source, text):
                    found.append(f"{path.name}: {name}: {source!r} -> {text!r}: {problem}")
    return found


@pytest.mark.parametrize("path", TS_FILES, ids=lambda path: path.name)
def test_every_translation_keeps_its_placeholders_markup_and_edges(path: Path) -> None:
    problems = ts_problems(path)
    assert not problems, "\n".join(problems)


def test_translation_files_of_every_declared_locale_are_checked() -> None:
    import yaml

    declared = yaml.safe_load((ROOT / "forms" / "catalog" / "locales.yaml")
                              .read_text(encoding="utf-8"))["locales"]
    checked = {path.stem.rsplit("_", 1)[1] for path in TS_FILES}
    assert {locale for locale in declared if locale != "en"} <= checked


MADE_UP = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context><name>Made</name>
 <message><source>Page %1 of %2</source>
  <translation type="unfinished">Trang %2 / %1</translation></message>
 <message><source>Page %1 of %2</source>
  <translation type="unfinished">Trang %1</translation></message>
 <message><source>Ticket {ticket} to {counter}</source>
  <translation>Số {ticket} đến {quay}</translation></message>
 <message><source>&lt;b&gt;Bold&lt;/b&gt; text</source>
  <translation type="unfinished">Chữ đậm</translation></message>
 <message><source> and </source>
  <translation type="unfinished">và</translation></message>
 <message><source>, </source>
  <translation>、</translation></message>
 <message><source>Name</source>
  <translation type="unfinished">Họ tên </translation></message>
 <message><source>&amp;Print</source>
  <translation type="unfinished">In</translation></message>
 <message numerus="yes"><source>%n forms</source>
  <translation type="unfinished"><numerusform>%n giấy tờ</numerusform>
   <numerusform>giấy tờ</numerusform></translation></message>
 <message><source>Untouched %1</source>
  <translation type="unfinished"/></message>
 <message><source>Gone %1</source>
  <translation type="vanished">Đã bỏ</translation></message>
</context>
</TS>
"""


def test_the_checker_finds_each_planted_mistake_and_passes_the_good_ones(tmp_path: Path) -> None:
    path = tmp_path / "made_vi.ts"
    path.write_text(MADE_UP, encoding="utf-8")
    problems = ts_problems(path)
    joined = "\n".join(problems)
    assert "'Trang %1'" in joined and "lost ['%2']" in joined
    assert "lost ['{counter}'] added ['{quay}']" in joined
    assert "'Chữ đậm'" in joined and "lost ['</b>', '<b>']" in joined
    assert "' and ' -> 'và': leading whitespace lost" in joined
    assert "' and ' -> 'và': trailing whitespace lost" in joined
    assert "'Họ tên ': trailing whitespace added" in joined
    assert "'In': placeholders/markup differ: lost ['& accelerator']" in joined
    assert "'giấy tờ': placeholders/markup differ: lost ['%n']" in joined
    assert "'Trang %2 / %1'" not in joined  # reordered, nothing lost
    assert "'、'" not in joined  # CJK separator without spaces
    assert "'%n giấy tờ'" not in joined
    assert "Untouched" not in joined and "Gone" not in joined  # empty / unused
    assert len(problems) == 8


@pytest.mark.parametrize(("source", "translation"), [
    ("Tries left: %1", "Số lần thử còn lại: %1"),
    ("%1:00", "%1時"),
    ("About {minutes} min", "Khoảng {minutes} phút"),
    ("Line<br/>break", "Dòng<br/>mới"),
])
def test_good_translations_have_no_problem(source: str, translation: str) -> None:
    assert text_problems(source, translation) == []
