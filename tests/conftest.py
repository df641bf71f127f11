"""Test-wide set-up: offscreen Qt, markers, and service fixtures.

Service-backed tests (pcscd, CUPS, PostgreSQL) skip only when the service is truly absent
*and* the run is not CI: under ``CI=true`` a missing service fails loudly, because the CI
script is responsible for starting it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never let a developer's own configuration leak into a test.
os.environ.pop("KIOSK_CONFIG", None)
for _key in [k for k in os.environ if k.startswith("KIOSK_") and k != "KIOSK_TEST_PG_URL"]:
    os.environ.pop(_key, None)


def service_missing(what: str) -> None:
    """Skip (developer machine) or fail (CI) when a real service is not there."""
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(f"{what} is not available, but CI must provide it", pytrace=False)
    pytest.skip(f"{what} is not available")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures:
            item.add_marker(pytest.mark.gui)
        if "/e2e/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point every per-user folder (config, data, logs, spool) into a temporary folder."""
    monkeypatch.setenv("KIOSK_HOME", str(tmp_path / "home"))
    yield tmp_path / "home"
