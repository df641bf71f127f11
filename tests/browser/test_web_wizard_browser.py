"""The web wizard in a real browser: Debian's chromium on a phone-sized screen, pages from a real
``kiosk web`` process, every page checked by axe-core and at 360 px.

* a family of four moving in (転入), in Japanese, at 390×844: the household typed, the questions
  answered, the 大字 picked, the summary seen; the QR code downloaded as a PNG, decoded with the
  kiosk's decoder and read against the town's public key;
* an おくやみ (a death in the family) in English;
* the same 転入 with JavaScript switched off: the wizard is plain HTML forms.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from browser_support import WebKeys, WebServer
from wizard_walker import WizardWalker, load_scenario

from forms.catalog import load_catalog
from kiosk.prefill import PrefillCode, decode_image, load_verify_keys, read_code

#: ``BROWSER_SCREENSHOTS=folder`` keeps a full-page picture of every page at 390 and 360 px.
SCREENSHOTS = os.environ.get("BROWSER_SCREENSHOTS")


def walker(driver: Any, web: WebServer, name: str) -> WizardWalker:
    folder = Path(SCREENSHOTS) / name if SCREENSHOTS else None
    return WizardWalker(driver, web.url, screenshots=folder)


def read_png(png: bytes, keys: WebKeys) -> PrefillCode:
    """The downloaded picture, as the kiosk reads it: zxing-cpp, then the signature and expiry."""
    texts = decode_image(png)
    assert len(texts) == 1, texts
    catalog = load_catalog(None)
    return read_code(texts[0], keys=load_verify_keys(keys.public_folder), today=date.today(),
                     catalog_version=catalog.town.catalog_version)


def names_of(scenario: dict[str, Any]) -> dict[str, str]:
    names = {m["id"]: m["name"] for m in scenario["household"]}
    names["self"] = scenario["resident"]["name"]
    return names


def walk_moving_in(driver: Any, web: WebServer, downloads: Path, name: str) -> tuple[WizardWalker, bytes]:
    scenario = load_scenario("tennyu_family4.json")
    walk = walker(driver, web, name)
    walk.start("ja")
    walk.resident(scenario["resident"])
    walk.event(scenario["event"])
    walk.household(scenario["household"])
    walk.questions(scenario["answers"], names_of(scenario))
    walk.new_address(scenario["new_address"])
    summary = walk.summary()
    assert "南関 太郎" in summary and "南関 さくら" in summary, summary
    assert scenario["new_address"]["oaza"] in summary and scenario["new_address"]["banchi"] in summary
    return walk, walk.download_png(downloads)


def assert_moving_in_code(code: PrefillCode, walk: WizardWalker) -> None:
    scenario = load_scenario("tennyu_family4.json")
    carried = code.scenario
    assert code.language == "ja"
    assert code.expires > code.issued == date.today()
    assert carried["event"] == scenario["event"]
    for key in ("name", "furigana", "birth_date", "address"):  # furigana spaces become 全角
        assert carried["resident"][key].replace("\u3000", " ") == scenario["resident"][key], key
    typed = sorted((m["name"], m["birth_date"], m["relation"]) for m in carried["household"])
    assert typed == sorted((m["name"], m["birth_date"], m["relation"]) for m in scenario["household"])
    assert carried["new_address"]["oaza"] == scenario["new_address"]["oaza"]
    assert carried["new_address"]["banchi"] == scenario["new_address"]["banchi"]
    answers = carried["answers"]
    for qid in set(walk.log.questions):  # every question asked reached the code
        assert any(k == qid or k.startswith(f"{qid}@") for k in answers), qid


def test_a_family_of_four_moves_in_on_a_phone_in_japanese(
        browser: Callable[..., Any], web: WebServer, web_keys: WebKeys, downloads: Path) -> None:
    walk, png = walk_moving_in(browser(), web, downloads, "tennyu-ja")
    assert walk.log.pages[:4] == ["start", "resident", "event", "household"]
    assert {"question", "address", "summary", "code"} <= set(walk.log.pages)
    assert len(walk.log.questions) >= 5, walk.log.questions
    assert_moving_in_code(read_png(png, web_keys), walk)


def test_the_wizard_works_with_javascript_switched_off(
        browser: Callable[..., Any], web: WebServer, web_keys: WebKeys, downloads: Path) -> None:
    # JavaScript off as DevTools switches it off (test_browser_harness proves it really is off).
    walk, png = walk_moving_in(browser(javascript=False), web, downloads, "tennyu-nojs")
    assert_moving_in_code(read_png(png, web_keys), walk)


def test_a_death_in_the_family_in_english(
        browser: Callable[..., Any], web: WebServer, web_keys: WebKeys, downloads: Path) -> None:
    scenario = load_scenario("okuyami.json")
    walk = walker(browser(language="en"), web, "okuyami-en")
    walk.start("en")
    walk.resident(scenario["resident"])
    walk.event(scenario["event"])
    # "Relation to you": the resident (妻) lost her husband, the household's head.
    walk.household(scenario["household"], relations={"deceased": "夫"})
    walk.questions(scenario["answers"], names_of(scenario))
    summary = walk.summary()
    assert "南関 茂" in summary and "Where to go" in summary, summary
    code = read_png(walk.download_png(downloads), web_keys)
    assert code.language == "en" and code.scenario["event"] == scenario["event"]
    deceased = [m for m in code.scenario["household"] if m.get("status") == "deceased"]
    assert [m["name"] for m in deceased] == ["南関 茂"]
