"""Only kiosk/ui (and the window-opening commands) may import Qt.

Every other module is imported in a fresh interpreter, which then must not have PySide6
loaded: the domain, card, catalog, storage, metrics and printing code stay testable and
usable without a screen.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

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
