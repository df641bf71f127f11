"""The manager window's log-in: only a manager or an admin sees the figures and exports.

A clerk is refused by role, wrong passwords count towards the lock-out kept in the
database, the idle lock hides the figures, and the demo manager exists only under
``--demo`` (``manager_services(config, demo=True)``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from staff_support import (
    ADMIN,
    ADMIN_PASSWORD,
    CLERK,
    CLERK_PASSWORD,
    MANAGER,
    MANAGER_PASSWORD,
    directory,
    log_in,
    manager_login,
)

from kiosk.app.composition import manager_services
from kiosk.config import Config
from kiosk.staff.access import Role
from kiosk.staff.login import DEMO_ACCOUNT, DEMO_PASSWORD, StaffLogin, TerminalLogin
from kiosk.statistics.demo_data import insert_demo
from kiosk.statistics.labels import load_labels
from kiosk.statistics.stats import StatsService
from kiosk.ui.tasks import SyncTaskRunner

END = date(2026, 10, 30)


def _window(qtbot: Any, engine: Engine, folder: Path, login: StaffLogin,
            idle_lock_seconds: int = 300) -> Any:
    from kiosk.ui.app import create_application
    from kiosk.ui.manager.window import ManagerContext, ManagerWindow

    create_application()
    context = ManagerContext(StatsService(engine), {"ja": load_labels()}, lambda: END, folder,
                             login, idle_lock_seconds)
    window = ManagerWindow(context, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.resize(1366, 860)
    window.show()
    return window


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """The messages are checked in English, whatever an earlier test left switched on."""
    from kiosk.ui.app import create_application
    from kiosk.ui.i18n import LanguageSwitcher

    create_application()
    switcher = LanguageSwitcher.shared()
    before = switcher.current
    switcher.set_language("en")
    yield
    switcher.set_language(before)


@pytest.fixture
def engine(sqlite_engine: Engine) -> Engine:
    insert_demo(sqlite_engine, 60, 10, end=END, seed=3)
    return sqlite_engine


def _figures_shown(window: Any) -> bool:
    return bool(window.figures_page.isVisible()) and window.data is not None


@pytest.mark.parametrize(("account", "password"), [(MANAGER, MANAGER_PASSWORD),
                                                   (ADMIN, ADMIN_PASSWORD)])
def test_a_manager_or_an_admin_logs_in_and_exports(
        qtbot: Any, engine: Engine, tmp_path: Path, account: str, password: str) -> None:
    window = _window(qtbot, engine, tmp_path, manager_login(engine))
    assert window.start_page.isVisible() and not window.figures_page.isVisible()
    assert window.data is None  # nothing is even loaded before the log-in
    log_in(window, qtbot, account, password)
    assert _figures_shown(window)
    assert window.session.account_id == account
    assert window.start_page.password.text() == ""
    out = tmp_path / "report.csv"
    window.exporter.format_combo.setCurrentIndex(window.exporter.format_combo.findData("csv"))
    window.exporter.path_edit.setText(str(out))
    with qtbot.waitSignal(window.exporter.finished, timeout=10_000):
        window.exporter.export_button.click()
    assert out.stat().st_size > 0


def test_a_clerk_is_refused_with_one_sentence(qtbot: Any, engine: Engine,
                                              tmp_path: Path) -> None:
    window = _window(qtbot, engine, tmp_path, manager_login(engine))
    log_in(window, qtbot, CLERK, CLERK_PASSWORD)
    assert window.session is None and window.data is None
    assert not window.figures_page.isVisible()
    text = window.start_page.message.text()
    assert CLERK in text and "manager" in text.lower() and text.count(".") <= 1
    assert window.start_page.start_button.isEnabled()


def test_an_export_job_without_a_manager_session_is_refused_by_the_service(
        qtbot: Any, engine: Engine, tmp_path: Path) -> None:
    from kiosk.staff.access import AccessRefused

    window = _window(qtbot, engine, tmp_path, manager_login(engine))
    log_in(window, qtbot, MANAGER, MANAGER_PASSWORD)
    window.lock()
    job = window._export_job("csv", tmp_path / "late.csv", "utf-8-sig")
    with pytest.raises(AccessRefused):
        job(lambda _d, _t: None, lambda: False)
    assert not (tmp_path / "late.csv").exists()


def test_wrong_passwords_lead_to_the_lock_out(qtbot: Any, engine: Engine,
                                              tmp_path: Path) -> None:
    window = _window(qtbot, engine, tmp_path,
                     manager_login(engine, max_attempts=2, lockout_seconds=600))
    log_in(window, qtbot, MANAGER, "not-the-password")
    assert "1 try" in window.start_page.message.text()
    log_in(window, qtbot, MANAGER, "still-not-it")
    assert "Try again in" in window.start_page.message.text()
    log_in(window, qtbot, MANAGER, MANAGER_PASSWORD)  # right, but locked out
    assert "Try again in" in window.start_page.message.text()
    assert window.session is None and not window.figures_page.isVisible()


def test_the_idle_lock_hides_the_figures(qtbot: Any, engine: Engine, tmp_path: Path) -> None:
    window = _window(qtbot, engine, tmp_path, manager_login(engine), idle_lock_seconds=1)
    log_in(window, qtbot, MANAGER, MANAGER_PASSWORD)
    assert _figures_shown(window) and window.idle_lock.armed
    qtbot.waitUntil(lambda: window.start_page.isVisible(), timeout=5_000)
    assert not window.figures_page.isVisible()
    assert window.session is None and window.data is None
    assert "Locked after 1 minute" in window.start_page.message.text()
    assert not window.idle_lock.armed
    log_in(window, qtbot, MANAGER, MANAGER_PASSWORD)
    assert _figures_shown(window)


def test_the_lock_button_returns_to_the_log_in(qtbot: Any, engine: Engine,
                                               tmp_path: Path) -> None:
    window = _window(qtbot, engine, tmp_path, manager_login(engine))
    log_in(window, qtbot, MANAGER, MANAGER_PASSWORD)
    window.lock_button.click()
    assert window.start_page.isVisible() and window.session is None


def test_the_demo_manager_logs_in_only_under_demo(qtbot: Any, engine: Engine,
                                                  tmp_path: Path) -> None:
    plain = _window(qtbot, engine, tmp_path, TerminalLogin(directory(engine)))
    log_in(plain, qtbot, DEMO_ACCOUNT, DEMO_PASSWORD)
    assert plain.session is None
    assert "kiosk staff add" in plain.start_page.message.text()
    demo = _window(qtbot, engine, tmp_path,
                   TerminalLogin(directory(engine), demo=True, demo_role=Role.MANAGER))
    log_in(demo, qtbot, DEMO_ACCOUNT, DEMO_PASSWORD)
    assert _figures_shown(demo) and demo.session.demo


def test_manager_services_offer_the_demo_manager_only_with_demo(tmp_path: Path) -> None:
    from kiosk.storage import migrate
    from kiosk.storage.db import make_engine

    url = f"sqlite:///{(tmp_path / 'm.sqlite3').as_posix()}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    config = Config().replace("database", url=url)
    for demo in (False, True):
        parts = manager_services(config, demo=demo)
        try:
            result = parts.login.authenticate(DEMO_ACCOUNT, DEMO_PASSWORD)
        finally:
            parts.stats.engine.dispose()
        if demo:
            assert result.session is not None and result.session.role is Role.MANAGER
        else:
            assert result.session is None and result.unconfigured


def test_the_log_in_page_speaks_japanese(qtbot: Any, engine: Engine, tmp_path: Path) -> None:
    from kiosk.ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher.shared()
    before = switcher.current
    window = _window(qtbot, engine, tmp_path, manager_login(engine))
    try:
        switcher.set_language("ja")
        window.start_page.retranslate_ui()
        assert window.start_page.start_button.text() == "ログイン"
        log_in(window, qtbot, CLERK, CLERK_PASSWORD)
        assert window.start_page.message.text() == \
            f"統計は管理者向けです。アカウント {CLERK} は窓口職員のアカウントです。"
    finally:
        switcher.set_language(before)


@pytest.mark.parametrize(("argv", "demo"), [(["manager"], False),
                                            (["manager", "--demo"], True)])
def test_kiosk_manager_passes_demo_only_when_asked(
        argv: list[str], demo: bool, isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kiosk.ui.manager.app as manager_app
    from kiosk.cli.main import main as kiosk_main

    seen: list[bool] = []

    def fake_run(config: Config, *, windowed: bool, demo: bool = False) -> int:
        seen.append(demo)
        return 0

    monkeypatch.setattr(manager_app, "run_manager", fake_run)
    assert kiosk_main(argv) == 0
    assert seen == [demo]
