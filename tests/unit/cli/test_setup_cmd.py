"""``kiosk setup``: each step checks for real before it writes, and ends with the doctor."""

from __future__ import annotations

import io
import tomllib
from pathlib import Path

import pytest

from kiosk.cli.main import main
from kiosk.staff.directory import StaffDirectory
from kiosk.storage.db import make_engine

PASSWORD = "Secret-Pass-2026!"


def _setup(tmp_path: Path, *extra: str) -> list[str]:
    return ["setup", "--no-input", "--terminal-id", "tablet-1", "--role", "kiosk",
            "--database-url", "local", "--printer-backend", "folder",
            "--printer-folder", str(tmp_path / "printed"), "--skip-card-test", *extra]


def _config(isolated_dirs: Path) -> dict[str, dict[str, object]]:
    return tomllib.loads((isolated_dirs / "config" / "kiosk.toml").read_text(encoding="utf-8"))


def test_a_whole_run_writes_each_answer_tests_it_and_ends_with_the_doctor(
        isolated_dirs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = main(_setup(tmp_path, "--admin-id", "S001", "--admin-name", "Admin",
                       "--password-stdin", "--retention-metrics-days", "1825"))
    out = capsys.readouterr().out
    config = _config(isolated_dirs)
    assert config["terminal"] == {"role": "kiosk", "id": "tablet-1"}
    assert config["retention"] == {"personal_data": "next-working-day", "metrics_days": 1825}
    assert len(list((tmp_path / "printed").glob("*.pdf"))) == 1  # the test page
    assert "schema migrated from empty to" in out and "kiosk doctor:" in out
    assert PASSWORD not in out and PASSWORD not in str(config)
    engine = make_engine("")
    try:
        assert [a.id for a in StaffDirectory(engine).accounts()] == ["S001"]
    finally:
        engine.dispose()
    # the doctor's verdict decides the exit code: a card reader may be missing here
    assert ("This terminal is ready." in out) == (code == 0)


def test_a_database_that_does_not_answer_is_not_saved(
        isolated_dirs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = _setup(tmp_path)
    args[args.index("local")] = "postgresql://kiosk@127.0.0.1:9/nowhere"
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "the database cannot be used" in err and "Traceback" not in err
    config = _config(isolated_dirs)
    assert config["terminal"]["id"] == "tablet-1"  # the step before stays
    assert "database" not in config and "printer" not in config


def test_an_invalid_answer_leaves_the_file_valid(
        isolated_dirs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(_setup(tmp_path, "--retention-personal", "whenever")) == 1
    assert "not saved" in capsys.readouterr().err
    config = _config(isolated_dirs)
    assert "retention" not in config and config["printer"]["backend"] == "folder"


@pytest.mark.parametrize(("argv", "terminal", "display", "window"), [
    (["setup", "--gui"], True, False, True),  # asked for: even from a terminal
    (["setup"], False, True, True),  # a menu entry or a shortcut: no terminal, a screen
    (["setup"], True, True, False),  # typed in a terminal: the questions there
    (["setup"], False, False, False),  # no screen (ssh, a service): the command line
    (["setup", "--no-input"], False, True, False),  # a script
    (["setup", "--database-url", "local"], False, True, False),  # a script's answer
    (["setup", "--skip-card-test"], False, True, False),
])
def test_the_window_opens_when_asked_or_when_started_from_a_menu(
        argv: list[str], terminal: bool, display: bool, window: bool) -> None:
    from kiosk.cli.main import build_parser
    from kiosk.cli.setup_cmd import wants_window

    args = build_parser("setup").parse_args(argv)
    assert wants_window(args, terminal, display) is window


@pytest.mark.parametrize(("environ", "seen"), [
    ({"DISPLAY": ":0"}, True), ({"WAYLAND_DISPLAY": "wayland-0"}, True),
    ({"QT_QPA_PLATFORM": "eglfs"}, True), ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, False),
    ({}, False),
])
def test_a_display_on_linux_is_a_session_or_a_chosen_platform_a_person_sees(
        environ: dict[str, str], seen: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    from kiosk.cli.setup_cmd import display_available

    monkeypatch.setattr("sys.platform", "linux")
    assert display_available(environ) is seen
