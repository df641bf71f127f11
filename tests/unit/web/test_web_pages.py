"""What every page promises: no script needed, labels, language, headings, no personal
data in URLs or logs, a way back, and a small weight."""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import Any

import pytest

PERSONAL = ("南関 太郎", "ナンカン", "水前寺", "1986", "花子", "1234-5")
MAX_PAGE_BYTES = 100_000


def _walk(driver: Any) -> list[tuple[str, Any]]:
    """One family 転入 through every page; ``(page name, page)`` in order."""
    pages = [("start", driver.page)]
    pages.append(("resident", driver.post("next")))
    pages.append(("resident-errors", driver.post("next")))
    pages.append(("event", driver.resident()))
    pages.append(("household", driver.post("next", event="IN")))
    pages.append(("household-one", driver.add_member(
        "南関 花子", "ナンカン ハナコ", date(1988, 11, 2), "2", "妻")))
    pages.append(("question", driver.post("next")))
    driver.answer_all({})
    pages.append(("address", driver.page))
    pages.append(("summary", driver.post("next", oaza="関町", banchi="1234-5", katagaki="")))
    pages.append(("code", driver.post("next")))
    return pages


@pytest.fixture
def walked(driver: Any) -> list[tuple[str, Any]]:
    return _walk(driver)


def test_no_page_needs_a_script(walked: list[tuple[str, Any]]) -> None:
    for name, page in walked:
        assert "<script" not in page.text, name
        assert " on" + "click=" not in page.text, name


def test_every_input_has_a_label_and_the_page_its_language(
        walked: list[tuple[str, Any]]) -> None:
    for name, page in walked:
        assert re.search(r'<html lang="ja">', page.text), name
        labels = set(re.findall(r'<label for="([^"]+)"', page.text))
        for tag in re.findall(r"<(?:input|select)\b[^>]*>", page.text):
            if 'type="hidden"' in tag:
                continue
            element_id = re.search(r'id="([^"]+)"', tag)
            assert element_id and element_id.group(1) in labels, (name, tag)


def test_headings_start_at_one_and_skip_no_level(walked: list[tuple[str, Any]]) -> None:
    for name, page in walked:
        levels = [int(n) for n in re.findall(r"<h([1-6])\b", page.text)]
        assert levels.count(1) == 1, name
        previous = 1
        for level in levels[levels.index(1):]:
            assert level <= previous + 1, (name, levels)
            previous = level


def test_a_skip_link_leads_to_the_main_content(walked: list[tuple[str, Any]]) -> None:
    for name, page in walked:
        assert '<a class="skip" id="skip-link" href="#main">' in page.text, name
        assert '<main id="main"' in page.text, name


def test_personal_data_travels_only_in_post_bodies(walked: list[tuple[str, Any]]) -> None:
    for name, page in walked:
        for form in re.findall(r"<form\b[^>]*>", page.text):
            assert 'method="post"' in form, (name, form)
        for href in re.findall(r'href="([^"]*)"', page.text):
            assert re.fullmatch(r"/static/site\.css|/\?lang=[a-z-]+|#[\w-]+", href), (name, href)


def test_pages_weigh_less_than_100_kb(walked: list[tuple[str, Any]], client: Any) -> None:
    css = client.get("/static/site.css")
    for name, page in walked:
        assert len(page.text.encode()) + len(css.content) < MAX_PAGE_BYTES, name


def test_the_logs_hold_no_personal_data(driver: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    _walk(driver)
    driver.client.post("/wizard", data={"state": "tampered", "action": "next"})
    assert caplog.records, "the access log writes a line per request"
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for value in PERSONAL:
        assert value not in logged
    access = [r.getMessage() for r in caplog.records if r.name == "kiosk.web.access"]
    assert any(line.startswith("POST /wizard 200") for line in access)
    assert all("?" not in line for line in access)


def test_back_from_every_page_reaches_the_one_before(driver: Any) -> None:
    _walk(driver)
    seen = []
    for _ in range(40):
        if driver.page.has_id("start"):
            break
        assert driver.page.has_id("back"), driver.page.text
        driver.post("back")
        seen.append(driver.page.page_id)
        assert driver.page.status == 200
    assert driver.page.has_id("start"), seen
    # the answers were undone one by one on the way, the data typed stays
    driver.post("next")
    assert 'value="南関 太郎"' in driver.page.text


def test_the_language_buttons_switch_the_page(driver: Any) -> None:
    driver.post("next")
    assert "<h1>あなたについて</h1>" in driver.page.text
    page = driver.post("lang:en")
    assert '<html lang="en">' in page.text and "<h1>About you</h1>" in page.text
    assert 'id="lang-ja"' in page.text and 'lang="ja"' in page.text


def test_security_headers_and_health(client: Any) -> None:
    page = client.get("/")
    assert "script-src" not in page.headers["content-security-policy"]
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert page.headers["cache-control"] == "no-store"
    assert client.get("/healthz").text == "ok"
    assert "max-age" in client.get("/static/site.css").headers["cache-control"]


def test_an_unknown_language_falls_back_to_the_default(client: Any) -> None:
    assert '<html lang="ja">' in client.get("/", params={"lang": "xx"}).text


def test_below_a_proxy_path_every_link_and_form_starts_with_it(navigator: Any) -> None:
    import warnings

    from kiosk.web.app import Downloads, WebSettings, create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    app = create_app(navigator, WebSettings(b"k" * 32, root="/shinsei"),
                     lambda state, visit: ("X", date(2026, 1, 1)),
                     Downloads(lambda text: b"", lambda text, locale: b""))
    page = TestClient(app).get("/").text
    targets = re.findall(r'(?:href|action)="(/[^"]*)"', page)
    assert targets and all(t.startswith("/shinsei/") for t in targets)


def test_an_unexpected_error_is_a_page_with_a_way_back_and_a_quiet_log(
        navigator: Any, caplog: pytest.LogCaptureFixture) -> None:
    import warnings

    from kiosk.web.app import Downloads, WebSettings, create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    def broken_png(text: str) -> bytes:
        raise RuntimeError(f"cannot draw {text}")

    app = create_app(navigator, WebSettings(b"k" * 32),
                     lambda state, visit: ("南関 太郎's code", date(2026, 1, 1)),
                     Downloads(broken_png, lambda text, locale: b""),
                     today=lambda: date(2026, 4, 6))
    client = TestClient(app, raise_server_exceptions=False)
    from kiosk.web.state import StateSealer, WizardState

    state = WizardState(lang="ja", page="code", code="南関 太郎's code", expires="2026-01-01",
                        event="IN", resident={"name": "南関 太郎", "furigana": "ナンカン",
                                              "address": "x", "birth_date": "1986-07-15",
                                              "sex": "1"})
    response = client.post("/wizard", data={"state": StateSealer(b"k" * 32).seal(state),
                                            "action": "lang:ja"})
    assert response.status_code == 500
    assert 'id="start-again"' in response.text and "申し訳ありません" in response.text
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "RuntimeError" in logged and "南関" not in logged


def test_easy_japanese_pages_draw_ruby_and_never_show_the_markup(
        navigator: Any, make_driver: Any) -> None:
    """Every page of a family 転入 in やさしい日本語: readings are <ruby>, and none is left
    as 《》 text, escaped as text, or inside an attribute, an <option> or the <title>."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    from kiosk.web.app import Downloads, WebSettings, create_app
    from tests.unit.web.conftest import STATE_KEY, TODAY, fake_code, fake_pdf, fake_png

    app = create_app(navigator, WebSettings(STATE_KEY, languages=("ja", "en", "ja-easy"),
                                            default_language="ja-easy"),
                     fake_code, Downloads(fake_png, fake_pdf), today=lambda: TODAY)
    with TestClient(app) as client:
        pages = _walk(make_driver(client, "ja-easy"))
    drawn = 0
    for name, page in pages:
        text = page.text
        assert "《" not in text and "》" not in text and "｜" not in text, name
        assert "&lt;ruby" not in text and "&lt;rt" not in text, name
        assert not re.search(r'="[^"]*<ruby', text), name  # no ruby inside an attribute
        assert not re.search(r"<(title|option)[^>]*>[^<]*<ruby", text), name
        drawn += text.count("<ruby>")
    assert drawn > 50
