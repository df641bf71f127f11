"""``kiosk setup --gui`` without outside services: SQLite, the folder printer, no card test.

The walk runs the real worker threads (``TaskRunner``), as the clerk's window does.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from setup_window_driver import SetupDriver

from kiosk.config import config_path
from kiosk.staff.directory import StaffDirectory
from kiosk.storage.db import make_engine

UNREACHABLE = "postgresql://kiosk@127.0.0.1:9/nowhere"


@pytest.fixture
def path(isolated_dirs: Path) -> Path:
    return config_path()


def _config(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def test_an_unreachable_database_shows_one_sentence_and_neither_advances_nor_saves(
        qtbot: Any, path: Path) -> None:
    driver = SetupDriver(qtbot, path, "fail-")
    driver.passes()  # 1/6 with its defaults
    database = driver.page
    database.database_url.setText(UNREACHABLE)  # type: ignore[attr-defined]
    database.invalidate()
    result = driver.test_step()
    assert result.startswith("✘ The database cannot be used:") and result.count("\n") == 0
    assert not database.passed and not driver.window.next_button.isEnabled()
    assert driver.window.current_page() is database
    assert "database" not in _config(path)
    driver.close()


def test_editing_a_tested_field_takes_back_the_next_button(qtbot: Any, path: Path) -> None:
    driver = SetupDriver(qtbot, path)
    driver.test_step()
    assert driver.window.next_button.isEnabled()
    qtbot.keyClicks(driver.page.terminal_id, "x")  # type: ignore[attr-defined]
    assert not driver.window.next_button.isEnabled() and driver.page.result_text == ""
    driver.close()


def test_each_field_starts_with_the_configured_value(qtbot: Any, path: Path,
                                                     tmp_path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'[terminal]\nrole = "clerk"\nid = "desk-3"\n'
                    f'[printer]\nbackend = "folder"\nfolder = "{tmp_path.as_posix()}"\n'
                    '[retention]\npersonal_data = "72"\nmetrics_days = 400\n', encoding="utf-8")
    window = SetupDriver(qtbot, path).window
    terminal, _, printer, _, _, retention = window.steps
    assert terminal.role_combo.currentData() == "clerk"  # type: ignore[attr-defined]
    assert terminal.terminal_id.text() == "desk-3"  # type: ignore[attr-defined]
    assert printer.backend_combo.currentData() == "folder"  # type: ignore[attr-defined]
    assert printer.printer_folder.text() == tmp_path.as_posix()  # type: ignore[attr-defined]
    assert retention.personal_hours.value() == 72  # type: ignore[attr-defined]
    assert retention.metrics_days.value() == 400  # type: ignore[attr-defined]
    window.close()


def test_two_different_passwords_are_refused_before_anything_is_written(
        qtbot: Any, path: Path, tmp_path: Path) -> None:
    driver = SetupDriver(qtbot, path)
    driver.passes()
    driver.passes()  # local database
    printer = driver.page
    printer.backend_combo.setCurrentIndex(printer.backend_combo.findData("folder"))  # type: ignore[attr-defined]
    printer.printer_folder.setText(str(tmp_path / "printed"))  # type: ignore[attr-defined]
    driver.passes()
    driver.page.card_test.setChecked(False)  # type: ignore[attr-defined]
    driver.passes()
    admin = driver.page
    qtbot.waitUntil(lambda: not admin.busy)
    admin.admin_id.setText("S001")  # type: ignore[attr-defined]
    admin.password.setText("Secret-Pass-2026!")  # type: ignore[attr-defined]
    admin.password_again.setText("Secret-Pass-2026?")  # type: ignore[attr-defined]
    result = driver.test_step()
    assert result == "✘ The two passwords differ; type the same password in both fields"
    assert admin.password.text() == "" and not admin.passed  # type: ignore[attr-defined]
    engine = make_engine("")
    try:
        assert not StaffDirectory(engine).configured()
    finally:
        engine.dispose()
    driver.close()


def test_every_interactive_widget_is_named_for_code_and_for_screen_readers(
        qtbot: Any, path: Path) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QWidget,
    )

    compound = (QComboBox, QAbstractSpinBox, QAbstractItemView)  # their parts are theirs

    def part_of_another(widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, compound):
                return True
            parent = parent.parentWidget()
        return False

    driver = SetupDriver(qtbot, path)
    interactive = [w for w in driver.window.findChildren(QWidget)
                   if isinstance(w, (QAbstractButton, QLineEdit, *compound))
                   and not part_of_another(w)]
    unnamed = [(type(w).__name__, w.objectName()) for w in interactive
               if not w.objectName() or not w.accessibleName()]
    assert len(interactive) > 25 and not unnamed, unnamed
    driver.close()


def test_the_language_button_switches_every_page_to_japanese_and_back(
        qtbot: Any, path: Path) -> None:
    from kiosk import i18n
    from kiosk.ui.i18n import LanguageSwitcher

    offered = i18n.languages()
    i18n.configure(languages=("ja", "en"))  # the default offer: the button toggles the two
    switcher = LanguageSwitcher.shared()
    before = switcher.current
    switcher.set_language("en")
    driver = SetupDriver(qtbot, path)
    try:
        driver.click(driver.window.language_button)
        assert switcher.current == "ja"
        qtbot.waitUntil(lambda: driver.window.heading.text() == "端末の初期設定")  # posted event
        assert driver.window.next_button.text() == "次へ →"
        assert "データベース" in driver.window.steps[1].title.text()
        assert driver.window.doctor.again_button.text() == "もう一度確認"
        driver.click(driver.window.language_button)
        qtbot.waitUntil(lambda: driver.window.heading.text() == "Terminal setup")
    finally:
        switcher.set_language(before if before in ("ja", "en") else "en")
        i18n.configure(languages=offered)
        if before in offered:
            switcher.set_language(before)
        driver.close()
