"""Fixtures of the real-browser tests: ``kiosk web`` as a subprocess with its own key pair, and
headless Debian chromium at a phone's size (see ``browser_support``).

Every test here is marked ``browser``. Without chromium, its driver or the axe-core file the tests
skip on a developer's machine and fail under ``CI=true`` (``scripts/dev.sh test`` provides all three).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import (
    AXE_JS,
    CHROMEDRIVER,
    CHROMIUM,
    PHONE,
    WebKeys,
    WebServer,
    generate_keys,
    make_driver,
    web_server,
)
from kiosk_test_support import service_missing


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_installed() -> None:
    for path, what in ((CHROMIUM, "Debian's chromium"), (CHROMEDRIVER, "Debian's chromium-driver")):
        if not path.is_file():
            service_missing(f"{what} ({path})")
    if not AXE_JS.is_file():
        service_missing(f"axe-core ({AXE_JS.relative_to(AXE_JS.parents[2])}: "
                        "`bash scripts/dev.sh setup` or `test` downloads it)")


@pytest.fixture(scope="session")
def web_keys(tmp_path_factory: pytest.TempPathFactory) -> WebKeys:
    return generate_keys(tmp_path_factory.mktemp("keys"))


@pytest.fixture(scope="session")
def web(tmp_path_factory: pytest.TempPathFactory, web_keys: WebKeys) -> Iterator[WebServer]:
    """One ``kiosk web`` for the whole session: it is stateless, so tests cannot disturb each other."""
    with web_server(tmp_path_factory.mktemp("web-home"), web_keys) as server:
        yield server


@pytest.fixture
def downloads(tmp_path: Path) -> Path:
    folder = tmp_path / "downloads"
    folder.mkdir()
    return folder


@pytest.fixture
def browser(browser_installed: None, downloads: Path, request: pytest.FixtureRequest,
            tmp_path: Path) -> Iterator[Callable[..., Any]]:
    """``browser(javascript=True, size=PHONE, language="ja")`` → a Selenium driver, quit afterwards."""
    drivers: list[Any] = []

    def start(*, javascript: bool = True, size: tuple[int, int] = PHONE, language: str = "ja") -> Any:
        driver = make_driver(downloads, javascript=javascript, size=size, language=language)
        drivers.append(driver)
        return driver

    yield start
    failed = getattr(request.node, "rep_call", None)
    for index, driver in enumerate(drivers):
        if failed is not None and failed.failed:  # what the page looked like, for the report
            driver.save_screenshot(str(tmp_path / f"failure-{index}.png"))
        driver.quit()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]
                              ) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if report.when == "call":
        item.rep_call = report  # type: ignore[attr-defined]
    return report
