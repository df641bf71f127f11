"""Fixtures for the web wizard: the app over the bundled catalog, and a page driver that
posts each page's own hidden state back, as a browser without JavaScript does."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import warnings

import pytest

with warnings.catch_warnings():  # Starlette 1 asks for httpx2; httpx is what we have
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from kiosk.app.visit import Visit
from kiosk.navigation.engine import Navigator
from kiosk.web.app import Downloads, WebSettings, create_app
from kiosk.web.state import WizardState

TODAY = date(2026, 4, 6)
STATE_KEY = b"k" * 32
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def fake_code(state: WizardState, visit: Visit) -> tuple[str, date]:
    return f"TEST:{visit.scenario().event}:{len(visit.session.household)}", date(2026, 4, 20)


def fake_png(text: str) -> bytes:
    return PNG_MAGIC + text.encode()


def fake_pdf(text: str, locale: str) -> bytes:
    return b"%PDF-1.4 " + text.encode() + locale.encode()


@pytest.fixture(scope="session")
def navigator() -> Navigator:
    return Navigator.load()


@pytest.fixture
def client(navigator: Navigator) -> Iterator[TestClient]:
    app = create_app(navigator, WebSettings(STATE_KEY), fake_code,
                     Downloads(fake_png, fake_pdf), today=lambda: TODAY)
    with TestClient(app) as test_client:
        yield test_client


class Page:
    """The last page the driver received."""

    def __init__(self, status: int, text: str) -> None:
        self.status = status
        self.text = text

    @property
    def state(self) -> str:
        found = re.search(r'name="state" value="([^"]*)"', self.text)
        assert found, "the page carries no state"
        return html.unescape(found.group(1))

    @property
    def page_id(self) -> str:
        found = re.search(r"<h1[^>]*>(.*?)</h1>", self.text, re.S)
        return found.group(1).strip() if found else ""

    def has_id(self, element_id: str) -> bool:
        return f'id="{element_id}"' in self.text

    def error_for(self, name: str) -> str | None:
        found = re.search(rf'<p class="error" id="{re.escape(name)}-error">(.*?)</p>',
                          self.text, re.S)
        return re.sub(r"<[^>]+>", "", found.group(1)).replace("⚠ ", "").strip() if found \
            else None


class Driver:
    """Posts forms like a browser: each action carries the current page's state."""

    def __init__(self, client: TestClient, lang: str = "ja") -> None:
        self.client = client
        response = client.get("/", params={"lang": lang})
        self.page = Page(response.status_code, response.text)

    def post(self, action: str, **fields: Any) -> Page:
        data = {"state": self.page.state, "action": action,
                **{k: str(v) for k, v in fields.items()}}
        response = self.client.post("/wizard", data=data)
        self.page = Page(response.status_code, response.text)
        return self.page

    def resident(self, **overrides: Any) -> Page:
        fields = {"name": "南関 太郎", "furigana": "ナンカン タロウ", "birth_year": "1986",
                  "birth_month": "7", "birth_day": "15", "sex": "1",
                  "address": "熊本県熊本市中央区水前寺6丁目18番1号"}
        fields.update(overrides)
        return self.post("next", **fields)

    def add_member(self, name: str, furigana: str, born: date, sex: str,
                   relation: str) -> Page:
        return self.post("add", member_name=name, member_furigana=furigana,
                         member_birth_year=born.year, member_birth_month=born.month,
                         member_birth_day=born.day, member_sex=sex, member_relation=relation)

    def answer_all(self, answers: dict[str, str], limit: int = 40) -> list[str]:
        """Answer each question page by the question's id (default: the first button)."""
        asked: list[str] = []
        while self.page.has_id("question-text") and limit:
            limit -= 1
            buttons = re.findall(r'id="answer-([a-z0-9_]+)"', self.page.text)
            key = next((a for a in answers if f'data-question="{a}"' in self.page.text), None)
            asked.append(key or "?")
            value = answers.get(key or "", buttons[0])
            self.post(f"answer:{value}")
        return asked


@pytest.fixture
def driver(client: TestClient) -> Driver:
    return Driver(client)
