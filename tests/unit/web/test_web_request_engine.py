"""A page works each question out once per scenario: the request's engine remembers its
last answer (kiosk/web/memo.py), and the web's translations are looked up once."""

from __future__ import annotations

import json
import re
import warnings
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kiosk import i18n
from kiosk.navigation.engine import Navigator, Prompt
from kiosk.navigation.plan import Plan
from kiosk.navigation.scenario import Scenario
from kiosk.web import texts
from kiosk.web.app import Downloads, WebSettings, create_app
from kiosk.web.memo import RequestNavigator

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

TODAY = date(2026, 4, 6)


def _code(state: Any, visit: Any) -> tuple[str, date]:
    return "TEST", date(2026, 4, 20)


class CountingNavigator:
    """The real engine, counting how often each page makes it work."""

    def __init__(self, navigator: Navigator) -> None:
        self.navigator = navigator
        self.pending_calls = 0
        self.plan_calls = 0

    @property
    def catalog(self) -> Any:
        return self.navigator.catalog

    def pending(self, scenario: Scenario) -> tuple[Prompt, ...]:
        self.pending_calls += 1
        return self.navigator.pending(scenario)

    def next_prompt(self, scenario: Scenario) -> Prompt | None:
        prompts = self.pending(scenario)
        return prompts[0] if prompts else None

    def plan(self, scenario: Scenario) -> Plan:
        self.plan_calls += 1
        return self.navigator.plan(scenario)


@pytest.fixture
def counting(navigator: Navigator) -> CountingNavigator:
    return CountingNavigator(navigator)


class Clock:
    def __init__(self) -> None:
        self.day = TODAY

    def __call__(self) -> date:
        return self.day


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def counted_client(counting: CountingNavigator, clock: Clock) -> Any:
    app = create_app(counting, WebSettings(b"k" * 32), _code,  # type: ignore[arg-type]
                     Downloads(lambda text: b"", lambda text, locale: b""), today=clock)
    with TestClient(app) as test_client:
        yield test_client


def _first_question(driver: Any) -> None:
    driver.post("next")
    driver.resident()
    driver.post("next", event="IN")
    driver.add_member("南関 花子", "ナンカン ハナコ", date(1988, 11, 2), "2", "妻")
    driver.post("next")
    assert driver.page.has_id("question-text")


def _answer_first_button(driver: Any) -> None:
    first = re.search(r'data-question="([^"]+)"', driver.page.text)
    button = re.search(r'id="answer-([a-z0-9_]+)"', driver.page.text)
    assert first and button
    driver.post(f"answer:{button.group(1)}")
    after = re.search(r'data-question="([^"]+)"', driver.page.text)
    assert driver.page.status == 200 and after and after.group(1) != first.group(1)


def test_an_answer_makes_the_engine_work_once_for_the_next_question(
        counted_client: Any, counting: CountingNavigator, make_driver: Any) -> None:
    driver = make_driver(counted_client)
    _first_question(driver)
    counting.pending_calls = 0
    _answer_first_button(driver)
    # the question answered comes with the page (its signed state); the next one is worked
    # out once for the page's action, settle(), the view and the progress line
    assert counting.pending_calls == 1


def test_a_page_from_yesterday_is_worked_out_afresh(
        counted_client: Any, counting: CountingNavigator, make_driver: Any,
        clock: Clock) -> None:
    driver = make_driver(counted_client)
    _first_question(driver)
    clock.day = date(2026, 4, 7)  # past midnight: ages and deadlines may have moved
    counting.pending_calls = 0
    _answer_first_button(driver)
    assert counting.pending_calls == 2


def test_the_summary_works_the_plan_out_once(counted_client: Any, counting: CountingNavigator,
                                             make_driver: Any) -> None:
    driver = make_driver(counted_client)
    _first_question(driver)
    driver.answer_all({})
    driver.post("next", oaza="関町", banchi="1234-5", katagaki="")
    assert driver.page.has_id("summary-counters")
    counting.plan_calls = 0
    driver.post("lang:en")  # the summary again, in English
    assert driver.page.has_id("summary-counters")
    assert counting.plan_calls == 1


def test_a_different_scenario_is_worked_out_anew(counting: CountingNavigator,
                                                 navigator: Navigator) -> None:
    data = json.loads((Path(__file__).parents[3] / "forms" / "scenarios"
                       / "tennyu_family4.json").read_text(encoding="utf-8"))
    scenario = Scenario.from_json({**data, "answers": {}})
    remembered = RequestNavigator(counting)  # type: ignore[arg-type]
    first = remembered.pending(scenario)
    assert remembered.next_prompt(scenario) == first[0]
    assert remembered.pending(scenario) is first
    assert counting.pending_calls == 1
    question = first[0].question
    answered = scenario.with_answer(question.id, question.default)
    assert remembered.pending(answered) == navigator.pending(answered)
    assert counting.pending_calls == 2


def test_web_translations_are_looked_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    looked_up: list[str] = []

    def translate(context: str, source: str, locale: str) -> str:
        looked_up.append(source)
        return f"{locale}:{source}"

    monkeypatch.setattr(texts, "translate", translate)
    texts._translated.cache_clear()
    t = texts.translator("ja")
    assert t("Back") == t("Back") == "ja:Back"
    assert looked_up == ["Back"]


def test_a_configured_translations_folder_is_seen(tmp_path: Path) -> None:
    (tmp_path / "web_ja.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ja">'
        "<context><name>Web</name><message><source>Back</source>"
        "<translation>町の戻る</translation></message></context></TS>", encoding="utf-8")
    before = texts.translated("Web", "Back", "ja")
    try:
        i18n.configure(folders=[tmp_path])
        assert texts.translated("Web", "Back", "ja") == "町の戻る"
    finally:
        i18n.configure(folders=[])
    assert texts.translated("Web", "Back", "ja") == before != "町の戻る"
