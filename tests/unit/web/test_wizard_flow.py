"""The web wizard end to end through its pages: each life event of the catalog, with the
kiosk's engine deciding the questions, and the QR page at the end."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from kiosk.app.visit import Visit
from kiosk.navigation.engine import Navigator
from kiosk.web.session_bridge import open_visit
from kiosk.web.state import StateSealer

STATE_KEY = b"k" * 32
TODAY = date(2026, 4, 6)

SPOUSE = ("南関 花子", "なんかん はなこ", date(1988, 11, 2), "2", "妻")
CHILD = ("南関 一郎", "ナンカン イチロウ", date(2015, 5, 20), "1", "子")
BABY = ("南関 さくら", "ナンカン サクラ", date(2026, 3, 30), "2", "子")


def test_a_family_of_four_moving_in_reaches_the_qr_page(driver: Any) -> None:
    assert driver.page.has_id("start")
    driver.post("next")
    assert driver.page.has_id("furigana")
    driver.resident()
    assert driver.page.has_id("event-IN")
    driver.post("next", event="IN")
    for person in (SPOUSE, CHILD, ("南関 二郎", "ナンカン ジロウ", date(2019, 1, 2), "1", "子")):
        driver.add_member(*person)
    assert all(driver.page.has_id(f"remove-m{n}") for n in (1, 2, 3))
    assert "ナンカン　ハナコ" in driver.page.text  # hiragana typed, katakana kept
    driver.post("next")
    asked = driver.answer_all({"from_area": "same_pref", "insurance": "national"})
    assert asked[0] == "from_area"
    assert driver.page.has_id("oaza")
    driver.post("next", oaza="関町", banchi="1234-5", katagaki="")
    assert driver.page.has_id("summary-counters")
    assert "熊本県玉名郡南関町大字関町1234-5" in driver.page.text
    driver.post("next")
    assert driver.page.has_id("qr-image")
    assert "data:image/png;base64," in driver.page.text
    assert driver.page.has_id("download-png") and driver.page.has_id("download-pdf")


def test_the_downloads_are_posts_carrying_the_code(driver: Any, client: Any) -> None:
    driver.post("next")
    driver.resident()
    driver.post("next", event="IN")
    driver.post("next")
    driver.answer_all({})
    driver.post("next", oaza="関町", banchi="1", katagaki="")
    driver.post("next")
    png = client.post("/code.png", data={"state": driver.page.state})
    assert png.status_code == 200
    assert png.headers["content-type"] == "image/png"
    assert png.content.startswith(b"\x89PNG") and b"TEST:IN:0" in png.content
    assert "attachment" in png.headers["content-disposition"]
    pdf = client.post("/code.pdf", data={"state": driver.page.state})
    assert pdf.content.startswith(b"%PDF") and pdf.content.endswith(b"ja")
    assert client.get("/code.png").status_code == 405


@pytest.mark.parametrize("event_id", list(Navigator.load().catalog.events))
def test_every_life_event_reaches_the_summary_and_the_code(driver: Any, navigator: Navigator,
                                                           event_id: str) -> None:
    event = navigator.catalog.events[event_id]
    driver.post("next")
    driver.resident()
    driver.post("next", event=event_id)
    driver.add_member(*SPOUSE)
    if event.subject.value == "newborn":
        driver.add_member(*BABY)
        assert "the baby" in driver.page.text.lower() or "The baby" in driver.page.text
    driver.post("next")
    assert driver.page.status == 200, driver.page.text
    driver.answer_all({})
    if driver.page.has_id("leaves-self"):
        driver.post("next", **{"leaves-m1": "1", "head": "m1"})
    if driver.page.has_id("oaza"):
        driver.post("next", oaza=navigator.catalog.town.oaza[0].name, banchi="1", katagaki="")
    assert driver.page.has_id("summary-counters"), driver.page.text
    plan = navigator.plan(_visit_of(driver, navigator).scenario(), filed_on=TODAY)
    counters = driver.page.text.split('id="summary-counters"')[1]
    names = [stop.department.name.get("ja") for stop in plan.stops]
    assert names, "every event has at least one counter"
    positions = [counters.index(name) for name in names]
    assert positions == sorted(positions), "the counters in the engine's visiting order"
    driver.post("next")
    assert driver.page.has_id("qr-image")
    assert f"TEST:{event_id}:" in _visit_code(driver)


def _visit_of(driver: Any, navigator: Navigator) -> Visit:
    state = StateSealer(STATE_KEY).open(driver.page.state)
    return open_visit(state, navigator, lambda: TODAY)


def _visit_code(driver: Any) -> str:
    return StateSealer(STATE_KEY).open(driver.page.state).code or ""
