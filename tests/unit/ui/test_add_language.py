"""The "how to add a language" recipe of docs/conventions.md, followed with no code change.

A third locale (Vietnamese) is added to a copied catalog (``locales.yaml`` and ``vi:``
texts) and to a ``.ts`` file in a separate translations folder; configuration then offers
it (``ui.languages``, ``ui.translations_folder``, ``catalog.folder``). It must reach the
life-event screen, a card error message, the language picker and the printed guide sheet.
"""

from __future__ import annotations

import shutil
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtCore import Qt

from forms.catalog import BUNDLED_FOLDER, load_catalog
from kiosk import i18n
from kiosk.card.errors import NoCard, ReaderError
from kiosk.config import Config
from kiosk.navigation.engine import Navigator
from kiosk.ui.i18n import LanguageSwitcher

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "printing"))
from pdftext import read_pages
from printing_samples import VISIT, family_scenario

from printing.bundle import render_bundle
from printing.fonts import GOTHIC_BOLD, MINCHO, printable, register_fonts

VI = {  # English catalog text -> Vietnamese
    "Moving in": "Chuyển đến",
    "Residents Section": "Ban Dân cư",
    "Counter 1": "Quầy số 1",
    "Notification of moving (住民異動届)": "Khai báo chuyển đến",
}
TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context><name>Language</name>
 <message><source>English</source><translation>Tiếng Việt</translation></message>
 <message><source>Choose a language</source><translation>Chọn ngôn ngữ</translation></message>
</context>
<context><name>CardError</name>
 <message><source>Please put your My Number card on the reader.</source>
  <translation>Vui lòng đặt thẻ My Number lên đầu đọc thẻ.</translation></message>
</context>
<context><name>GuideSheet</name>
 <message><source>Guide sheet</source><translation>Phiếu hướng dẫn</translation></message>
 <message><source>Bring: %1</source><translation>Mang theo: %1</translation></message>
</context>
</TS>
"""


def _add_vi(node: Any) -> None:
    """Give every catalog text whose English is in ``VI`` its Vietnamese."""
    if isinstance(node, dict):
        if node.get("en") in VI and "ja" in node:
            node["vi"] = VI[node["en"]]
        for value in node.values():
            _add_vi(value)
    elif isinstance(node, list):
        for value in node:
            _add_vi(value)


@pytest.fixture
def vi_town(tmp_path: Path) -> Iterator[Config]:
    """Steps 1–3 of the recipe: catalog copy, .ts file, configuration."""
    catalog = tmp_path / "catalog"
    shutil.copytree(BUNDLED_FOLDER, catalog, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    # the recipe starts from a catalog without Vietnamese: drop the bundled drafts' file
    (catalog / "translations" / "catalog_vi.ts").unlink()
    (catalog / "locales.yaml").write_text("locales: [ja, en, vi]\n", encoding="utf-8")
    for name in ("events", "departments", "procedures"):
        path = catalog / f"{name}.yaml"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        _add_vi(data)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                        encoding="utf-8")
    translations = tmp_path / "i18n"
    translations.mkdir()
    (translations / "town_vi.ts").write_text(TS, encoding="utf-8")
    config = (Config().replace("catalog", folder=str(catalog))
              .replace("ui", languages=("ja", "en", "vi"),
                       translations_folder=str(translations)))
    i18n.configure(languages=config.ui.languages, folders=[translations])
    switcher = LanguageSwitcher.shared()
    before = switcher.current
    yield config
    # The switcher is process-wide: leaving it on "vi" would make the next test restore a
    # language the default configuration no longer offers.
    switcher.set_language(before)
    i18n.configure(languages=("ja", "en"), folders=[])


def test_catalog_texts_and_card_errors_follow_the_chain(vi_town: Config) -> None:
    catalog = load_catalog(vi_town.catalog.folder)
    assert catalog.locales == ("ja", "en", "vi")
    moving_in = next(e for e in catalog.events.values() if e.title.en == "Moving in")
    assert moving_in.title.get("vi") == "Chuyển đến"
    assert moving_in.description.get("vi") == moving_in.description.en  # vi → en
    assert NoCard().message("vi") == "Vui lòng đặt thẻ My Number lên đầu đọc thẻ."
    # the town's folder wins over the bundled core_vi.ts, which gives what the town's lacks
    assert ReaderError().message("vi") == i18n.translate("CardError", ReaderError.source, "vi")
    assert ReaderError().message("vi") not in (ReaderError().message("en"),
                                               ReaderError().message("ja"))
    assert i18n.language_name("vi") == "Tiếng Việt"


def test_a_locale_the_catalog_does_not_declare_is_reported(vi_town: Config) -> None:
    folder = Path(vi_town.catalog.folder)
    (folder / "locales.yaml").write_text("locales: [ja, en]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown locale 'vi'"):
        load_catalog(folder)


def test_the_guide_sheet_prints_in_the_new_language(vi_town: Config, tmp_path: Path) -> None:
    register_fonts()
    scenario = family_scenario(answers={})
    catalog = load_catalog(vi_town.catalog.folder)
    plan = Navigator(catalog).plan(scenario)
    summary = render_bundle(scenario, plan, VISIT, tmp_path / "out", catalog=catalog,
                            locale="vi")
    text = read_pages(summary.path)[0].text.replace(" ", "")
    # Vietnamese's stacked letters (ế, ư, ầ …) come from the bundled Kiosk CJK SC face
    for expected, font in (("Phiếu hướng dẫn", GOTHIC_BOLD), ("Khai báo chuyển đến", GOTHIC_BOLD),
                           ("Mang theo:", MINCHO), ("Ban Dân cư", GOTHIC_BOLD),
                           ("Quầy số 1", GOTHIC_BOLD)):
        assert printable(expected, font).missing == 0, expected
        assert unicodedata.normalize("NFC", expected.replace(" ", "")) in text, expected
    # bilingual: the clerk's Japanese under the resident's line (issue 15); forms stay Japanese
    assert "手続き案内票" in text


def test_screens_and_picker_offer_the_new_language(
    vi_town: Config, make_window: Callable[..., Any], qtbot: Any,
) -> None:
    window = make_window(vi_town)
    assert window.language_picker is not None
    qtbot.mouseClick(window.language_button, Qt.MouseButton.LeftButton)
    picker = window.language_picker
    assert picker.is_open and picker.title.text() == "言語を選んでください"
    option = picker.buttons["vi"]
    assert option.objectName() == "languageOption_vi"
    assert option.text() == option.accessibleName() == "Tiếng Việt"
    assert picker.buttons["ja"].text() == "日本語" and picker.buttons["en"].text() == "English"
    qtbot.mouseClick(option, Qt.MouseButton.LeftButton)
    assert not picker.is_open and window.language.current == "vi"
    assert window.session.language == "vi"
    window.flow.go("life_event")
    buttons = window.screens["life_event"].event_buttons.values()
    # Qt delivers the language change as a posted event
    qtbot.waitUntil(lambda: "Chuyển đến" in [b.title.text() for b in buttons])
    assert "Birth" in [b.title.text() for b in buttons]  # no Vietnamese given: English
    assert window.language_button.accessibleName() == "Chọn ngôn ngữ"
