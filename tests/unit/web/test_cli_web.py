"""``kiosk web`` refuses to start, with one sentence, without its signing key."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli.main import main


def _config(tmp_path: Path, body: str) -> str:
    path = tmp_path / "kiosk.toml"
    path.write_text(body, encoding="utf-8")
    return str(path)


def test_without_a_signing_key_it_says_so_in_one_sentence(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", _config(tmp_path, ""), "web"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "signing_key_file" in err and "kiosk keys generate" in err


def test_an_unreadable_key_file_is_named(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.key"
    config = _config(tmp_path, f'[prefill]\nsigning_key_file = "{missing.as_posix()}"\n')
    assert main(["--config", config, "web"]) == 1
    err = capsys.readouterr().err.strip()
    assert str(missing) in err and "Traceback" not in err


def test_web_is_a_registered_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["web", "--help"])
    assert "--port" in capsys.readouterr().out
