"""Catalog texts in more locales come from ``translations/catalog_<locale>.ts``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from forms.catalog import BUNDLED_FOLDER, CatalogError, load_catalog


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "catalog"
    shutil.copytree(BUNDLED_FOLDER, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return folder


def _set_translation(folder: Path, context: str, source: str, text: str,
                     kind: str = "unfinished") -> None:
    path = folder / "translations" / "catalog_vi.ts"
    ts = path.read_text(encoding="utf-8")
    marker = f"<name>{context}</name>"
    start = ts.index(marker)
    at = ts.index(f"<source>{source}</source>", start)
    empty = '<translation type="unfinished" />'
    end = ts.index(empty, at)
    path.write_text(ts[:end] + f'<translation type="{kind}">{text}</translation>'
                    + ts[end + len(empty):], encoding="utf-8")


def test_a_drafted_translation_reaches_the_catalog_text(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    english = load_catalog(folder).departments["JUMIN"].name.en
    _set_translation(folder, "departments", english, "Ban Dân cư")
    name = load_catalog(folder).departments["JUMIN"].name
    assert name.get("vi") == "Ban Dân cư"
    assert name.get("ko") == english  # no Korean yet: falls back to English


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
