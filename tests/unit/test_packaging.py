"""The wheel's package list in pyproject.toml matches the packages on disk, and the shipped data
is found by package name (importlib.resources), the way an installed wheel finds it.

``scripts/check-wheel.sh`` builds and runs the real wheel; these checks are the fast half.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from forms.catalog.loader import BUNDLED_FOLDER
from forms.layout import LAYOUT_DIR
from kiosk.resources_path import package_folder, resources_root
from kiosk.storage.migrate import MIGRATIONS

ROOT = Path(__file__).resolve().parents[2]
TOP_PACKAGES = ("kiosk", "forms", "printing")


def _setuptools() -> dict[str, object]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    table: dict[str, object] = config["tool"]["setuptools"]
    return table


def _packages_on_disk() -> set[str]:
    found = {"kiosk.resources"}  # resources/ ships under this name
    for top in TOP_PACKAGES:
        for init in (ROOT / top).rglob("__init__.py"):
            found.add(".".join(init.parent.relative_to(ROOT).parts))
    return found


def test_every_package_on_disk_is_shipped_and_nothing_else() -> None:
    listed = set(_setuptools()["packages"])  # type: ignore[call-overload]
    on_disk = _packages_on_disk()
    assert sorted(on_disk - listed) == [], "add these to [tool.setuptools] packages"
    assert sorted(listed - on_disk) == [], "remove these from [tool.setuptools] packages"


def test_resources_ship_as_kiosk_resources() -> None:
    assert _setuptools()["package-dir"] == {"kiosk.resources": "resources"}
    assert not (ROOT / "setup.py").exists()
    assert package_folder("kiosk.resources").resolve() == (ROOT / "resources").resolve()
    assert resources_root() == package_folder("kiosk.resources")
    assert (resources_root() / "fonts" / "BIZUDGothic-Regular.ttf").is_file()


def test_data_folders_are_found_by_package_name() -> None:
    assert (BUNDLED_FOLDER / "events.yaml").is_file()
    assert any(LAYOUT_DIR.glob("*.yaml"))
    assert (MIGRATIONS / "env.py").is_file()
    assert (package_folder("forms") / "scenarios" / "tennyu_family4.json").is_file()
