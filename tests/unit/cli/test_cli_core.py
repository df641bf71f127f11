"""The kiosk command: version, config show, db upgrade, doctor, smoke start."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import __version__
from kiosk.cli.main import main


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_version(isolated_dirs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"kiosk {__version__}"
    assert lines[1].startswith("build: ")
    assert "catalog version: 1 (bundled)" in lines
    from kiosk.storage.migrate import head_revision

    assert f"database schema: {head_revision()}" in lines


def test_version_names_the_towns_own_catalog(isolated_dirs: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    from forms.catalog.loader import BUNDLED_FOLDER

    town = tmp_path / "town-catalog"
    shutil.copytree(BUNDLED_FOLDER, town)
    town_yaml = town / "town.yaml"
    text = town_yaml.read_text(encoding="utf-8")
    assert "catalog_version" not in text or "catalog_version: 1" in text
    text = (text.replace("catalog_version: 1", "catalog_version: 5") if "catalog_version" in text
            else text.replace("town:\n", "town:\n  catalog_version: 5\n", 1))
    town_yaml.write_text(text, encoding="utf-8")
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[catalog]\nfolder = "{town.as_posix()}"\n', encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["--config", str(config), "--version"])
    assert f"catalog version: 5 (the town's, {town.as_posix()})" in capsys.readouterr().out


def test_config_show_hides_secrets(isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("KIOSK_DATABASE_URL", "postgresql://kiosk:hunter2@db.example/kiosk")
    monkeypatch.setenv("KIOSK_STAFF_PIN_HASH", "scrypt$131072$8$1$c2FsdHNhbHRzYWx0c2FsdA==$"
                       "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=")
    assert main(["config", "show"]) == 0
    out = capsys.readouterr().out
    assert "hunter2" not in out and "aGFzaG" not in out
    assert "[database]" in out and "kiosk:***@db.example" in out


def test_bad_configuration_is_one_plain_line(isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("KIOSK_UI_LANGUAGE", "klingon")
    assert main(["db", "status"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kiosk: configuration error: ui.language") and err.count("\n") == 1


def test_set_staff_pin_writes_a_hash(isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("97531\n"))
    assert main(["config", "set-staff-pin", "--pin-stdin"]) == 0
    text = (isolated_dirs / "config" / "kiosk.toml").read_text(encoding="utf-8")
    assert "pin_hash" in text and "97531" not in text


def test_db_upgrade_is_idempotent(isolated_dirs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "upgrade"]) == 0
    assert "upgraded from empty" in capsys.readouterr().out
    assert main(["db", "upgrade"]) == 0
    assert "already at revision" in capsys.readouterr().out
    assert main(["db", "status"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_doctor_fails_on_an_unreachable_database(isolated_dirs: Path) -> None:
    result = run_cli("doctor", env={"KIOSK_HOME": str(isolated_dirs),
                                    "KIOSK_DATABASE_URL": "postgresql://k:k@127.0.0.1:1/none"})
    assert result.returncode == 1
    assert "FAIL  database" in result.stdout and "does not answer" in result.stdout


def test_doctor_fails_on_a_missing_font(isolated_dirs: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    from kiosk import resources_path

    fake = tmp_path / "resources"
    shutil.copytree(resources_path.resources_root(), fake)
    (fake / "fonts" / "BIZUDMincho-Regular.ttf").unlink()
    monkeypatch.setattr(resources_path, "resources_root", lambda: fake)
    main(["db", "upgrade"])
    capsys.readouterr()
    assert main(["doctor"]) == 1
    out = capsys.readouterr().out
    assert "FAIL  fonts: missing BIZUDMincho-Regular.ttf" in out
    assert "OK    database" in out


def test_doctor_reports_a_bad_configuration(isolated_dirs: Path) -> None:
    result = run_cli("doctor", env={"KIOSK_HOME": str(isolated_dirs),
                                    "KIOSK_TIMEOUTS_IDLE_SECONDS": "1"})
    assert result.returncode == 1
    assert "FAIL  configuration: timeouts.idle_seconds" in result.stdout


def test_smoke_start_shows_welcome_and_reports_time(isolated_dirs: Path) -> None:
    result = run_cli("run", "--demo", "--smoke",
                     env={"KIOSK_HOME": str(isolated_dirs), "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert "(screen: welcome)" in result.stdout
    seconds = float(result.stdout.split("first frame after ")[1].split(" s")[0])
    assert 0 < seconds < 30
