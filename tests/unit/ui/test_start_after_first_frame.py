"""What the kiosk loads after its first frame (kiosk.ui.startup.background).

The window starts with the welcome screen alone; the loader reads the catalog, builds the
other screens and then says the kiosk is ready. A tap before that waits (greyed out) and is
carried out once ready; a broken catalog becomes the staff's sentence, not a crash.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from forms.catalog import BUNDLED_FOLDER
from kiosk.config import Config
from kiosk.ui.main_window import MainWindow
from kiosk.ui.registry import RESIDENT_SCREENS
from kiosk.ui.startup.background import KioskLoader
from kiosk.ui.startup.guard import StartProblem


def welcome_only(make_window: Callable[..., Any], config: Config | None = None) -> MainWindow:
    window: MainWindow = make_window(config, screens=[RESIDENT_SCREENS[0].load()])
    window.set_language("ja")
    return window


def test_a_tap_before_the_kiosk_is_ready_waits_and_is_carried_out(
    make_window: Callable[..., Any], qtbot: Any
) -> None:
    window = welcome_only(make_window)
    readied: list[MainWindow] = []
    problems: list[StartProblem] = []

    def ready(ready_window: MainWindow) -> None:
        readied.append(ready_window)
        ready_window.mark_ready()

    loader = KioskLoader(window, ready=ready, failed=problems.append)
    assert list(window.screens) == ["welcome"] and window.town_logo.text() == ""
    window.current_screen.start_manual.click()  # type: ignore[attr-defined]
    # held: no screen to go to yet, and the window shows it is busy
    assert window.current_screen.screen_id == "welcome"
    assert not window.stack.isEnabled()
    loader.start()
    qtbot.waitUntil(lambda: bool(readied or problems), timeout=30_000)
    assert not problems and readied == [window]
    assert set(window.screens) == {entry.screen_id for entry in RESIDENT_SCREENS}
    assert window.current_screen.screen_id == "manual_entry"  # the tap, carried out
    assert window.stack.isEnabled()
    assert window.town_logo.text() != ""  # the town's name, from the catalog loaded since


def test_a_broken_catalog_after_the_first_frame_is_the_staffs_sentence(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "catalog"
    shutil.copytree(BUNDLED_FOLDER, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (folder / "events.yaml").write_bytes(os.urandom(512) + b"\xff\xfe")
    window = welcome_only(make_window, Config().replace("catalog", folder=str(folder)))
    problems: list[StartProblem] = []
    readied: list[MainWindow] = []
    KioskLoader(window, ready=readied.append, failed=problems.append).start()
    qtbot.waitUntil(lambda: bool(readied or problems), timeout=30_000)
    assert not readied and len(problems) == 1
    assert problems[0].message.startswith(f"The life-event catalog in {folder}")
    assert "kiosk catalog check" in problems[0].message


def test_the_first_frame_is_in_the_kiosks_language(
    make_window: Callable[..., Any], ui_config: Config
) -> None:
    """The welcome screen is built in the configured language, not told of it afterwards:
    a LanguageChange is only posted, and under cage the first frame showed it in English."""
    from kiosk.ui.i18n import LanguageSwitcher

    LanguageSwitcher.shared().set_language("en")  # what a previous window left
    window = make_window(ui_config.replace("ui", language="ja"),
                         screens=[RESIDENT_SCREENS[0].load()])
    # No event processed since the window was built: what its first paint draws.
    welcome = window.current_screen
    assert "役場" in welcome.title.text()  # type: ignore[attr-defined]
    assert "カード" in welcome.start_card.text()  # type: ignore[attr-defined]
