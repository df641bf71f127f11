"""The real browser for the web wizard's tests: ``kiosk web`` as a subprocess, Debian's chromium
driven by Selenium, and axe-core injected from a local file.

Nothing here downloads anything at run time: the browser and its driver are Debian's
(``/usr/bin/chromium``, ``/usr/bin/chromedriver``) and named explicitly, so Selenium Manager never
runs; axe-core is the file ``scripts/dev.sh`` fetched (pinned and verified) into ``.cache/``.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
AXE_JS = ROOT / ".cache" / "axe-core" / "axe.min.js"
KIOSK = [sys.executable, "-m", "kiosk"]

PHONE = (390, 844)  # an everyday phone, CSS pixels
NARROW_PHONE = (360, 740)  # the narrowest phone the wizard must fit without sideways scrolling


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def wait_until(condition: Callable[[], bool], timeout: float = 20.0, what: str = "") -> None:
    """Poll ``condition`` until it holds (the tests wait for conditions, never for time)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"not in time: {what}"
        time.sleep(0.02)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def kiosk(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """One ``kiosk`` command in a child process (the installed CLI, as a town would run it)."""
    return subprocess.run([*KIOSK, *argv], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})}, check=False)


@dataclass(frozen=True)
class WebKeys:
    """The town's pair made by ``kiosk keys generate``: the web server signs, the kiosk verifies."""

    folder: Path
    private: Path
    public_folder: Path


def generate_keys(folder: Path) -> WebKeys:
    done = kiosk("keys", "generate", "--out", str(folder))
    assert done.returncode == 0, done.stderr
    private = [p for p in folder.iterdir() if "priv" in p.name or p.suffix == ".key"]
    public = [p for p in folder.iterdir() if p not in private]
    assert len(private) == 1 and public, f"unexpected key files: {sorted(folder.iterdir())}"
    public_folder = folder / "public"
    public_folder.mkdir()
    for path in public:  # the kiosk's keys folder holds public keys only
        shutil.copy2(path, public_folder / path.name)
    return WebKeys(folder, private[0], public_folder)


@dataclass(frozen=True)
class WebServer:
    url: str
    log: Path


def web_environment(home: Path, keys: WebKeys) -> dict[str, str]:
    """What ``kiosk web`` reads: every ``KIOSK_*`` variable is configuration (unknown ones are refused)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(KIOSK_HOME=str(home), KIOSK_PREFILL_SIGNING_KEY_FILE=str(keys.private))
    return env


@contextmanager
def web_server(home: Path, keys: WebKeys) -> Iterator[WebServer]:
    """``kiosk web`` on a free loopback port until the block ends; ready once ``/healthz`` answers."""
    home.mkdir(parents=True, exist_ok=True)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = home / "kiosk-web.log"
    with open(log, "wb") as out:
        process = subprocess.Popen([*KIOSK, "web", "--host", "127.0.0.1", "--port", str(port)],
                                   stdout=out, stderr=subprocess.STDOUT, env=web_environment(home, keys))
    try:
        def healthy() -> bool:
            assert process.poll() is None, f"kiosk web exited: {log.read_text(errors='replace')}"
            try:
                with urllib.request.urlopen(f"{url}/healthz", timeout=2) as answer:
                    return bool(answer.status == 200)
            except (urllib.error.URLError, ConnectionError):
                return False

        wait_until(healthy, timeout=30, what="kiosk web answers /healthz")
        yield WebServer(url, log)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


def make_driver(downloads: Path, *, javascript: bool = True, size: tuple[int, int] = PHONE,
                language: str = "ja") -> Any:
    """Headless Debian chromium at a phone's size, saving downloads into ``downloads``."""
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    os.environ["SE_OFFLINE"] = "true"  # belt and braces: Selenium Manager may never fetch a browser
    options = Options()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--disable-extensions", "--no-first-run", "--hide-scrollbars",
                     f"--window-size={size[0]},{size[1]}", f"--lang={language}"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads),
        "download.prompt_for_download": False,
        "intl.accept_languages": language,
    })
    driver: Any = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)),
                                   options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior",
                           {"behavior": "allow", "downloadPath": str(downloads)})
    set_viewport(driver, size)
    if not javascript:
        # DevTools' "Disable JavaScript": the page's scripts never run and <noscript> shows, yet
        # the test can still lift it for a moment to run axe on what the page rendered.
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    driver.scripts_disabled = not javascript
    return driver


def set_viewport(driver: Any, size: tuple[int, int]) -> None:
    """A phone's viewport (CSS pixels, mobile layout: the page's ``meta viewport`` applies)."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": size[0], "height": size[1], "deviceScaleFactor": 2, "mobile": True})


def run_axe(driver: Any) -> list[str]:
    """axe-core on the current page: its serious and critical violations, one readable line each.

    On a page loaded with JavaScript disabled, scripts are allowed only while axe runs (axe needs
    its timers); the page's own scripts already did not run when it loaded.
    """
    return _with_scripts(driver, lambda: _axe_violations(driver))


def _with_scripts(driver: Any, action: Callable[[], list[str]]) -> list[str]:
    disabled = bool(getattr(driver, "scripts_disabled", False))
    if disabled:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    try:
        return action()
    finally:
        if disabled:
            driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})


def _axe_violations(driver: Any) -> list[str]:
    if driver.execute_script("return typeof window.axe") == "undefined":
        driver.execute_script(AXE_JS.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']})"
        ".then(r => done(r.violations)).catch(e => done([{id: 'axe-error', impact: 'critical',"
        " help: String(e), nodes: []}]));")
    lines = []
    for violation in result:
        if violation.get("impact") not in {"serious", "critical"}:
            continue
        targets = ", ".join(" ".join(node.get("target", [])) for node in violation["nodes"][:5])
        lines.append(f"{violation['impact']}: {violation['id']} — {violation['help']} [{targets}]")
    return lines


def assert_accessible(driver: Any) -> None:
    problems = run_axe(driver)
    assert not problems, f"axe on {driver.current_url}:\n" + "\n".join(problems)


def horizontal_overflow(driver: Any) -> int:
    """How many CSS pixels the page is wider than the phone's screen (0: no sideways scrolling).

    Measured against ``documentElement.clientWidth``, the layout viewport (the phone's width under
    ``width=device-width``): a mobile browser widens ``innerWidth`` to fit overflowing content, so
    ``scrollWidth <= innerWidth`` would hold even for a page that scrolls sideways.
    """
    width, screen = driver.execute_script(
        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    return max(0, int(width) - int(screen))
