"""Start-up that never crashes: a broken catalog or configuration opens the error window.

Through the real entry points: ``run_kiosk`` and ``run_clerk`` in this process (the
window's Close button ends their event loop with exit code 1), ``kiosk run --smoke`` in a
subprocess (one line on stderr, exit 1, no traceback), and "Try again" after the file
was fixed starts the real window.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QWidget

from forms.catalog import BUNDLED_FOLDER
from kiosk.cli.main import main
from kiosk.config import load_config
from kiosk.ui.startup.error_window import StartErrorWindow
from kiosk.ui.startup.guard import StartGuard, StartProblem, start_guarded

SENTENCE = "The configuration cannot be used: staff.pin_hash: is not a scrypt hash."


def broken_catalog(tmp_path: Path) -> Path:
    folder = tmp_path / "catalog"
    shutil.copytree(BUNDLED_FOLDER, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (folder / "events.yaml").write_bytes(os.urandom(512) + b"\xff\xfe")
    return folder


def write_config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def error_window() -> StartErrorWindow | None:
    found = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, StartErrorWindow) and w.isVisible()]
    return found[0] if found else None


def when_shown(then: Callable[[StartErrorWindow], None]) -> None:
    """Act on the error window once the event loop runs (run_* block in app.exec())."""
    def poll() -> None:
        window = error_window()
        if window is None:
            QTimer.singleShot(20, poll)
        else:
            then(window)
    QTimer.singleShot(0, poll)


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    """The error window installs the staff's language; later tests expect the default."""
    yield
    from kiosk.ui.i18n import LanguageSwitcher

    LanguageSwitcher.shared().set_language("en")


def test_the_window_says_what_and_what_to_do_in_big_text(qtbot: Any, tmp_path: Path) -> None:
    from kiosk.ui.app import create_application
    from kiosk.ui.i18n import LanguageSwitcher

    create_application()
    LanguageSwitcher.shared().set_language("ja")
    window = StartErrorWindow(SENTENCE)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.title.text() == "この端末を起動できません"
    assert window.shown_message == SENTENCE and SENTENCE in window.message.text()
    assert window.try_again.text() == "もう一度試す" and window.close_button.text() == "閉じる"
    assert QFontInfo(window.message.font()).pixelSize() >= 28
    assert QFontInfo(window.title.font()).pixelSize() >= 36
    assert window.try_again.height() >= 64 and window.close_button.height() >= 64
    texts = [label.text() for label in window.findChildren(QWidget) if hasattr(label, "text")]
    assert not any("Traceback" in str(text) for text in texts)
    window.grab().save(str(tmp_path / "start_error.png"))
    shot = os.environ.get("KIOSK_TEST_SCREENSHOT_DIR")
    if shot:
        window.grab().save(str(Path(shot) / "start_error_ja.png"))
    LanguageSwitcher.shared().set_language("en")


def test_try_again_starts_once_the_problem_is_gone(qtbot: Any, qapp: QApplication) -> None:
    outcomes: list[str | StartProblem] = [StartProblem("first"), StartProblem("second"), "ready"]
    started: list[str] = []
    guard = StartGuard(qapp, fullscreen=False, language="en")
    assert not start_guarded(guard, lambda: outcomes.pop(0), started.append)
    window = guard.window
    assert window is not None and window.shown_message == "first"
    qtbot.addWidget(window)
    window.try_again.click()
    assert window.shown_message == "second" and not started
    window.try_again.click()
    assert started == ["ready"] and guard.window is None


def test_kiosk_with_a_broken_catalog_shows_the_window_and_close_exits_1(
    isolated_dirs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.ui.kiosk_app import run_kiosk

    path = write_config(tmp_path, f'[catalog]\nfolder = "{broken_catalog(tmp_path).as_posix()}"\n')
    seen: list[str] = []

    def close(window: StartErrorWindow) -> None:
        seen.append(window.shown_message)
        window.close_button.click()

    when_shown(close)
    assert run_kiosk(load_config(path, environ={}), demo=True, windowed=True, smoke=False,
                     config_file=str(path)) == 1
    assert seen and seen[0].startswith("The life-event catalog in ")
    assert "events.yaml: cannot be read" in seen[0] and "kiosk catalog check" in seen[0]
    err = capsys.readouterr().err
    assert err.strip() == f"kiosk: {seen[0]}" and "Traceback" not in err
    window = error_window()
    if window is not None:
        window.close()


CLERK_DRIVER = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from kiosk.ui.clerk.app import run_clerk
from kiosk.ui.clerk.window import ClerkWindow
from kiosk.ui.startup.error_window import StartErrorWindow

path = Path(sys.argv[1])
seen = []

def poll():
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, StartErrorWindow) and w.isVisible()]
    if not shown:
        QTimer.singleShot(20, poll)
        return
    seen.append(shown[0].shown_message)
    path.write_text("", encoding="utf-8")  # IT removed the bad line
    shown[0].try_again.click()
    consoles = [w for w in QApplication.topLevelWidgets() if isinstance(w, ClerkWindow)]
    seen.append("console" if consoles and consoles[0].isVisible() else "no console")
    for console in consoles:
        console.close()
    QApplication.instance().exit(0)

QTimer.singleShot(0, poll)
code = run_clerk(None, department=None, windowed=True, config_file=str(path),
                 config_error="staff.pin_hash: is not a scrypt hash")
print("EXIT", code)
for line in seen:
    print("SEEN", line)
"""


def test_clerk_with_a_garbage_pin_hash_retries_into_the_console_once_fixed(
    isolated_dirs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """In a process of its own: a whole clerk console leaves application-wide state
    (style sheet, timers, translators) that later tests in this process must not see."""
    assert main(["db", "upgrade"]) == 0
    path = write_config(tmp_path, '[staff]\npin_hash = "garbage"\n')
    assert main(["--config", str(path), "db", "status"]) == 1
    error = capsys.readouterr().err
    assert error.startswith("kiosk: configuration error: staff.pin_hash:")
    result = subprocess.run(
        [sys.executable, "-c", CLERK_DRIVER, str(path)], capture_output=True, text=True,
        timeout=120,
        env={**os.environ, "KIOSK_HOME": str(isolated_dirs), "QT_QPA_PLATFORM": "offscreen"},
    )
    lines = result.stdout.splitlines()
    assert "EXIT 0" in lines, result.stderr[-2000:]
    seen = [line.removeprefix("SEEN ") for line in lines if line.startswith("SEEN ")]
    assert seen[0].startswith("The configuration cannot be used: staff.pin_hash")
    assert seen[1] == "console"
    assert "Traceback" not in result.stderr


def test_kiosk_run_smoke_with_a_broken_catalog_is_one_line_and_exit_1(
    isolated_dirs: Path, tmp_path: Path
) -> None:
    path = write_config(tmp_path, f'[catalog]\nfolder = "{broken_catalog(tmp_path).as_posix()}"\n')
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--config", str(path), "run", "--smoke"],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "KIOSK_HOME": str(isolated_dirs), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("kiosk:")]
    assert len(lines) == 1 and "life-event catalog" in lines[0]
    # The catalog is read after the first frame (issue 16), so the smoke line may come
    # first; the start still fails with the catalog's one sentence and exit code 1.
    assert "Traceback" not in result.stderr
    assert all(line.startswith("first frame after") for line in result.stdout.splitlines())
