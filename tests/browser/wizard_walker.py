"""A resident's thumb on the web wizard: fills it from a scenario file (forms/scenarios/*.json).

Every page the walk reaches is checked on the way (``check``): axe-core finds no serious or
critical violation, and at 360 CSS pixels the page does not scroll sideways. The walk only uses
what a resident sees: labelled fields, radio buttons through their labels, and the buttons.
Element ids are the ones docs/web.md lists.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from browser_support import (
    NARROW_PHONE,
    PHONE,
    ROOT,
    assert_accessible,
    horizontal_overflow,
    set_viewport,
    wait_until,
)

SCENARIOS = ROOT / "forms" / "scenarios"
#: The scenario file writes sex as M/F; the form offers the card's codes (1 male, 2 female).
SEX_CODES = {"M": "1", "F": "2"}
#: A walk that has not reached the summary after this many question pages is stuck.
MAX_QUESTIONS = 80
#: The attribute :meth:`WizardWalker.submit` marks the page it leaves with.
LEAVING = "data-walker-leaving"


def load_scenario(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SCENARIOS / name).read_text(encoding="utf-8"))
    return data


@dataclass
class PageLog:
    """What the walk saw: each page's kind, and how long the checks took."""

    pages: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    unnamed: list[str] = field(default_factory=list)
    check_seconds: float = 0.0


class WizardWalker:
    """Drives one browser through the wizard; ``screenshots`` (a folder) keeps a picture of each page."""

    def __init__(self, driver: Any, base_url: str, *, screenshots: Path | None = None,
                 on_page: Callable[[Any], None] | None = None) -> None:
        self.driver = driver
        self.base_url = base_url
        self.screenshots = screenshots
        self.on_page = on_page
        self.log = PageLog()

    # ------------------------------------------------------------------ finding things
    def find(self, element_id: str) -> Any:
        return self.driver.find_element("id", element_id)

    def has(self, element_id: str) -> bool:
        return bool(self.driver.find_elements("id", element_id))

    def heading(self) -> str:
        return str(self.driver.find_element("css selector", "main h1").text)

    # ------------------------------------------------------------------ acting
    def type(self, element_id: str, text: str) -> None:
        box = self.find(element_id)
        box.clear()
        box.send_keys(text)

    def choose(self, radio_id: str) -> None:
        """Tap a radio button's label, as a finger would (the round button itself is small)."""
        self.driver.find_element("css selector", f"label[for='{radio_id}']").click()
        assert self.find(radio_id).is_selected(), radio_id

    def select(self, select_id: str, value: str) -> None:
        from selenium.webdriver.support.select import Select

        Select(self.find(select_id)).select_by_value(value)

    def press(self, button_id: str, *, errors: bool = False) -> None:
        """Press a button that sends the page, wait for the next page to arrive and check it
        (``errors``: the page must come back showing errors, e.g. a field left empty)."""
        self.submit(button_id)
        self.check(self.page_kind(), errors=errors)

    def submit(self, button_id: str) -> None:
        """Press a button that sends the page, and wait until the next document has loaded.

        The old document is marked before the press; the next one is there once the
        document in the window is unmarked and complete. Only scripts run by the test are
        involved (they run even with the page's JavaScript switched off), never a reference
        to an element of the old page, which chromium may answer with "stale element" or
        "Node … does not belong to the document" while the page is replaced.
        """
        self.driver.execute_script(f"document.documentElement.setAttribute('{LEAVING}', '')")
        self.find(button_id).click()
        wait_until(self._next_page_loaded, timeout=15, what=f"the page after {button_id}")

    def _next_page_loaded(self) -> bool:
        return bool(self.driver.execute_script(
            "return document.readyState === 'complete'"
            f" && !document.documentElement.hasAttribute('{LEAVING}')"))

    # ------------------------------------------------------------------ checking each page
    def page_kind(self) -> str:
        for kind, marker in (("question", "question-text"), ("household", "add-member"),
                             ("resident", "furigana"), ("event", "event"), ("address", "oaza"),
                             ("split", "head"), ("summary", "summary-counters"),
                             ("code", "qr-image"), ("start", "start")):
            if self.has(marker):
                return kind
        return "other"

    def check(self, kind: str, *, errors: bool = False) -> None:
        """axe at the phone's size, then no sideways scrolling at 360 px (and a picture of both);
        the page shows errors only when ``errors`` says it must."""
        started = time.perf_counter()
        number = len(self.log.pages)
        self.log.pages.append(kind)
        assert kind != "other", f"an unknown page: {self.driver.page_source[:2000]}"
        if errors:
            assert self.has("error-summary"), f"the {kind} page shows no errors"
        else:
            assert not self.has("error-summary"), f"the {kind} page shows errors: " + \
                self.find("error-summary").text
        assert_accessible(self.driver)
        self._picture(f"{number:02d}-{kind}-390")
        set_viewport(self.driver, NARROW_PHONE)
        try:
            overflow = horizontal_overflow(self.driver)
            self._picture(f"{number:02d}-{kind}-360")
        finally:
            set_viewport(self.driver, PHONE)
        assert overflow == 0, f"the {kind} page scrolls sideways by {overflow} px at 360 px"
        if self.on_page is not None:
            self.on_page(self.driver)
        self.log.check_seconds += time.perf_counter() - started

    def _picture(self, name: str) -> None:
        if self.screenshots is None:
            return
        import base64

        self.screenshots.mkdir(parents=True, exist_ok=True)
        shot = self.driver.execute_cdp_cmd("Page.captureScreenshot",
                                           {"format": "png", "captureBeyondViewport": True})
        (self.screenshots / f"{name}.png").write_bytes(base64.b64decode(shot["data"]))

    # ------------------------------------------------------------------ the pages
    def start(self, language: str) -> None:
        self.driver.get(f"{self.base_url}/?lang={language}")
        assert self.driver.find_element("tag name", "html").get_attribute("lang") == language
        self.check("start")
        self.press("start")

    def resident(self, person: dict[str, Any]) -> None:
        assert self.page_kind() == "resident"
        self.type("name", person["name"])
        self.type("furigana", person["furigana"])
        self._birth("birth", person["birth_date"])
        self.choose(f"sex-{SEX_CODES[person['sex']]}")
        self.type("address", person["address"])
        self.press("next")

    def event(self, event_id: str) -> None:
        assert self.page_kind() == "event"
        self.choose(f"event-{event_id}")
        self.press("next")

    def household(self, members: list[dict[str, Any]], relations: dict[str, str] | None = None) -> None:
        """Add each member (``relations`` overrides a member's relation to the resident)."""
        for member in members:
            assert self.page_kind() == "household"
            self.fill_member(member, (relations or {}).get(member["id"]))
            self.press("add-member")
        added = self.find("members").text
        assert all(m["name"] in added for m in members), added
        self.press("next")

    def fill_member(self, member: dict[str, Any], relation: str | None = None) -> None:
        """Type one person into the household page's "add a person" panel (not sent)."""
        self.type("member_name", member["name"])
        self.type("member_furigana", member["furigana"])
        self._birth("member_birth", member["birth_date"])
        self.choose(f"member_sex-{SEX_CODES[member['sex']]}")
        self.select("member_relation", relation or member["relation"])

    def questions(self, answers: dict[str, Any], names: dict[str, str]) -> None:
        """Answer from the scenario's answers: ``qid`` for everyone, ``qid@member`` for one person.

        ``names`` maps each scenario member id to the name the page shows, so a question about
        one person ("About: 南関 花子") finds that person's answer.
        """
        while self.page_kind() == "question":
            assert len(self.log.questions) < MAX_QUESTIONS, self.log.questions[-5:]
            qid = str(self.find("question-text").get_attribute("data-question"))
            self.log.questions.append(qid)
            personal = {k.split("@", 1)[1]: v for k, v in answers.items() if k.startswith(f"{qid}@")}
            about = self.find("about").text if self.has("about") else ""
            if personal and self.has("answer-each"):
                self.press("answer-each")
                continue
            value = answers.get(qid)
            for member_id, wanted in personal.items():
                if names[member_id] in about:
                    value = wanted
            if value is None:
                # A question the scenario file does not name: it depends on today's date (an
                # age crossing 40 or 65 since the file was written). Answer as the e2e
                # driver does: "no", else the first choice.
                self.log.unnamed.append(qid)
                self.press("answer-no" if self.has("answer-no") else self._first_answer())
                continue
            if self.has("answer_value"):
                self.type("answer_value", str(value))
                self.press("answer-value")
                continue
            self.press("answer-" + ({True: "yes", False: "no"}[value] if isinstance(value, bool)
                                    else str(value)))

    def _first_answer(self) -> str:
        buttons = self.driver.find_elements("css selector", "#answer button.answer:not(#answer-each)")
        return str(buttons[0].get_attribute("id"))

    def new_address(self, address: dict[str, Any]) -> None:
        assert self.page_kind() == "address"
        self.select("oaza", address["oaza"])
        self.type("banchi", address["banchi"])
        if address.get("katagaki"):
            self.type("katagaki", address["katagaki"])
        self.press("next")

    def summary(self) -> str:
        """The summary's text (counters and documents), then on to the QR code."""
        assert self.page_kind() == "summary"
        text = str(self.driver.find_element("id", "main").text)
        assert self.find("summary-counters").text.strip()
        self.press("next")
        assert self.page_kind() == "code"
        return text

    def download_png(self, downloads: Path) -> bytes:
        self.find("download-png").click()
        wait_until(lambda: any(p.suffix == ".png" for p in downloads.iterdir())
                   and not any(p.suffix == ".crdownload" for p in downloads.iterdir()),
                   timeout=15, what="the PNG download")
        (png,) = [p for p in downloads.iterdir() if p.suffix == ".png"]
        return png.read_bytes()

    def _birth(self, prefix: str, iso: str) -> None:
        year, month, day = iso.split("-")
        self.type(f"{prefix}_year", year)
        self.type(f"{prefix}_month", str(int(month)))
        self.type(f"{prefix}_day", str(int(day)))
