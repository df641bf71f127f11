"""The harness itself: axe-core really reports violations, and "JavaScript off" really is off.

Without these, a wizard test passing on "no serious violations" or "works without JS" could be a
harness that checks nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from browser_support import assert_accessible, horizontal_overflow, run_axe, set_viewport

PAGE = """<!doctype html><html lang="ja"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>テスト</title></head>
<body><main><h1>テスト</h1>{body}
<script>document.body.dataset.scripts = "ran";</script>
<noscript><p id="without-scripts">JavaScript なし</p></noscript></main></body></html>"""


def page(body: str) -> str:
    return "data:text/html;charset=utf-8," + quote(PAGE.format(body=body))


def test_axe_finds_an_unlabelled_field_and_passes_a_labelled_one(browser: Callable[..., Any]) -> None:
    driver = browser()
    driver.get(page('<form><input type="text" name="name"></form>'))
    assert any("label" in line for line in run_axe(driver)), run_axe(driver)
    driver.get(page('<form><label for="n">氏名</label><input id="n" type="text" name="name"></form>'))
    assert_accessible(driver)


def test_javascript_off_runs_no_page_script_yet_axe_still_runs(browser: Callable[..., Any]) -> None:
    driver = browser(javascript=False)
    driver.get(page('<img src="data:," >'))
    assert driver.execute_script("return document.body.dataset.scripts") is None
    assert driver.find_element("id", "without-scripts").is_displayed()
    assert any("image-alt" in line for line in run_axe(driver))
    driver.get(page(""))  # still off after axe ran
    assert driver.execute_script("return document.body.dataset.scripts") is None


def test_overflow_is_measured_at_the_phone_width(browser: Callable[..., Any]) -> None:
    driver = browser()
    set_viewport(driver, (360, 740))
    driver.get(page('<div style="width: 420px">横に長い</div>'))
    assert horizontal_overflow(driver) >= 60
    driver.get(page("<p>ふつう</p>"))
    assert horizontal_overflow(driver) == 0
