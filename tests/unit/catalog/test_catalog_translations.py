"""Catalog texts in more locales come from ``translations/catalog_<locale>.ts``."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from forms.catalog import BUNDLED_FOLDER, CatalogError, load_catalog


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "catalog"
    shutil.copytree(BUNDLED_FOLDER, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return folder


def _set_translation(folder: Path, context: str, source: str, text: str,
                     kind: str = "unfinished") -> None:
    """Replace the Vietnamese translation of ``source`` (drafted or empty) by ``text``."""
    path = folder / "translations" / "catalog_vi.ts"
    tree = ET.parse(path)
    message = next(m for c in tree.getroot().iter("context") if c.findtext("name") == context
                   for m in c.iter("message") if m.findtext("source") == source)
    translation = message.find("translation")
    assert translation is not None
    translation.text = text
    translation.set("type", kind)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def test_a_drafted_translation_reaches_the_catalog_text(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    english = load_catalog(folder).departments["JUMIN"].name.en
    _set_translation(folder, "departments", english, "Ban Dân cư")
    (folder / "translations" / "catalog_ko.ts").unlink()
    name = load_catalog(folder).departments["JUMIN"].name
    assert name.get("vi") == "Ban Dân cư"
    assert name.get("ko") == english  # no Korean file: falls back to English


def test_a_text_given_inline_wins_over_the_file(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    english = load_catalog(folder).departments["JUMIN"].name.en
    _set_translation(folder, "departments", english, "from the file")
    departments = folder / "departments.yaml"
    text = departments.read_text(encoding="utf-8")
    departments.write_text(text.replace(f"en: {english}}}", f"en: {english}, vi: inline}}", 1),
                           encoding="utf-8")
    assert load_catalog(folder).departments["JUMIN"].name.get("vi") == "inline"


def test_a_corrupt_translation_file_is_named_in_one_sentence(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "translations" / "catalog_ko.ts").write_text("<TS><context>", encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        load_catalog(folder)
    assert any("translations/catalog_ko.ts cannot be read" in p for p in caught.value.problems)
