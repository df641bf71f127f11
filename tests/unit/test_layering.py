"""Only kiosk/ui (and the window-opening commands) may import Qt.

Every other module is imported in a fresh interpreter, which then must not have PySide6
loaded: the domain, card, catalog, storage, metrics and printing code stay testable and
usable without a screen.
"""

from __future__ import annotations

import importlib.util
import pkgutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The documented exceptions: modules whose whole purpose is a Qt path.
QT_ALLOWED = ("kiosk.ui", "printing.backends.qt")


def non_ui_modules() -> list[str]:
    names: list[str] = []
    for package in ("kiosk", "forms", "printing"):
        for info in pkgutil.walk_packages([str(ROOT / package)], prefix=f"{package}."):
            name = info.name
            if name.startswith(QT_ALLOWED) or ".migrations" in name or name.endswith("__main__"):
                continue
            names.append(name)
    return sorted(names)


@pytest.mark.parametrize("chunk", range(4))
def test_non_ui_modules_do_not_import_qt(chunk: int) -> None:
    modules = non_ui_modules()[chunk::4]
    code = (
        "import importlib, sys\n"
        f"mods = {modules!r}\n"
        "bad = []\n"
        "for m in mods:\n"
        "    importlib.import_module(m)\n"
        "    if any(k.startswith('PySide6') for k in sys.modules):\n"
        "        bad.append(m); break\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"imports PySide6: {result.stdout.strip()}"


# No module of ours imports itself back through others (see scripts/import_cycles.py), not
# even through a lazy or a type-only import. A new circle fails here with its modules.
MAX_IMPORT_CIRCLES = 0


def _load_counter() -> ModuleType:
    spec = importlib.util.spec_from_file_location("import_cycles", ROOT / "scripts" / "import_cycles.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _import_circles() -> list[list[str]]:
    circles: list[list[str]] = _load_counter().import_circles()
    return circles


def test_there_is_no_import_circle() -> None:
    circles = _import_circles()
    described = "\n".join(" <-> ".join(circle) for circle in circles)
    assert len(circles) <= MAX_IMPORT_CIRCLES, f"{len(circles)} import circles:\n{described}"


def test_the_counter_finds_a_circle_through_a_type_only_import(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "circled"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from circled import b\n")
    (package / "b.py").write_text("from typing import TYPE_CHECKING\n"
                                  "if TYPE_CHECKING:\n    from circled import a\n")
    (package / "c.py").write_text("from circled import a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import_circles = _load_counter().import_circles
    assert import_circles(["circled"]) == [["circled.a", "circled.b"]]
