"""``kiosk display`` refuses a wrong setting or a database that is not ready in one line,
before any window opens."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli.main import main


def _config(tmp_path: Path, text: str) -> str:
    path = tmp_path / "kiosk.toml"
    db = (tmp_path / "empty.sqlite3").as_posix()
    path.write_text(f'[database]\nurl = "sqlite:///{db}"\n' + text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(("text", "expected"), [
    ('[display]\ncounters = ["NOPE"]\n', "kiosk: display.counters: unknown department 'NOPE'"),
    ('[display]\nvoice = "robot"\n', "display.voice"),
    ("", "the database schema is not up to date; run `kiosk db upgrade` first"),
])
def test_a_wrong_setting_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     text: str, expected: str) -> None:
    assert main(["--config", _config(tmp_path, text), "display", "--windowed"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert expected in err
