"""Bad settings and files through the real ``kiosk`` entry point: one line, exit 1, no trace.

Each case once ended in a Python traceback (or, for the reversed date range, an empty
report and exit 0).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli.main import main


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("kiosk: ")
    return lines[0]


def config(tmp_path: Path, text: str, encoding: str = "utf-8") -> str:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(text.encode(encoding))
    return str(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[staff]\npin_hash = "garbage"\n', "staff.pin_hash: is not a scrypt hash"),
        ('[staff]\npin_hash = "scrypt$2$1$1$c2FsdHNhbHRzYWx0c2FsdA==$'
         'aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g="\n', "below the floor of OWASP"),
        ('[retention]\npersonal_data = "100000000000000000000"\n', "retention.personal_data"),
        ('[database]\nurl = "sqlite-garbage"\n', "database.url: must be a URL"),
        ('[database]\nurl = "postgresql://kiosk:secret@db:port/kiosk"\n', "database.url"),
    ],
)
def test_bad_settings_are_one_line(isolated_dirs: Path, tmp_path: Path, text: str, expected: str,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", config(tmp_path, text), "db", "status"]) == 1
    line = one_line(capsys)
    assert line.startswith("kiosk: configuration error: ") and expected in line
    assert "secret" not in line


def test_a_shift_jis_config_names_its_encoding(isolated_dirs: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = config(tmp_path, '# 端末\n[printer]\nqueue = "窓口"\n', "cp932")
    assert main(["--config", path, "db", "status"]) == 1
    assert "is saved as Shift_JIS (ANSI), not UTF-8" in one_line(capsys)
    bom = config(tmp_path, '# 端末\n[printer]\nqueue = "窓口"\n', "utf-8-sig")
    assert main(["--config", bom, "config", "show"]) == 0


def test_set_staff_pin_repairs_a_garbage_hash(isolated_dirs: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    import io

    path = config(tmp_path, '[staff]\npin_hash = "garbage"\n')
    monkeypatch.setattr(sys, "stdin", io.StringIO("97531\n"))
    assert main(["--config", path, "config", "set-staff-pin", "--pin-stdin"]) == 0
    capsys.readouterr()
    assert main(["--config", path, "config", "show"]) == 0


def test_purge_before_upgrade_and_random_baseline(isolated_dirs: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "purge"]) == 1
    assert "run `kiosk db upgrade` first" in one_line(capsys)
    assert main(["db", "upgrade"]) == 0
    capsys.readouterr()
    noise = tmp_path / "survey.csv"
    noise.write_bytes(bytes(range(256)) * 8)
    assert main(["stats", "baseline", "import", str(noise)]) == 1
    assert "is not a CSV text file in UTF-8 or Shift_JIS" in one_line(capsys)


def test_a_reversed_date_range_is_refused(isolated_dirs: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "upgrade"]) == 0
    capsys.readouterr()
    out = tmp_path / "r.csv"
    assert main(["stats", "export", "--from", "2026-11-20", "--to", "2026-11-01",
                 "--format", "csv", "--out", str(out)]) == 1
    assert "--from 2026-11-20 is after --to 2026-11-01" in one_line(capsys)
    assert not out.exists()
    assert main(["stats", "summary", "--from", "2026-11-20", "--to", "2026-11-01"]) == 1
    one_line(capsys)


def test_an_unusable_folder_is_one_line(isolated_dirs: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    assert main(["forms", "render", "--scenario",
                 str(Path("forms/scenarios/konin.json").resolve()),
                 "--out", str(blocker / "out")]) == 1
    assert "cannot write to the folder" in one_line(capsys)
    url = f"sqlite:///{(blocker / 'db' / 'kiosk.sqlite3').as_posix()}"
    assert main(["--config", config(tmp_path, f'[database]\nurl = "{url}"\n'), "db",
                 "upgrade"]) == 1
    assert "a file or folder cannot be used" in one_line(capsys)


def test_doctor_checks_the_catalog(isolated_dirs: Path, tmp_path: Path) -> None:
    folder = tmp_path / "missing-catalog"
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--config",
         config(tmp_path, f'[catalog]\nfolder = "{folder.as_posix()}"\n'), "doctor"],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "KIOSK_HOME": str(isolated_dirs)},
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    line = next(x for x in result.stdout.splitlines() if "catalog:" in x)
    assert line.startswith("FAIL  catalog: ") and "the catalog folder does not exist" in line
    assert "kiosk catalog check" in line


def test_garbage_pin_through_a_subprocess_has_no_traceback(isolated_dirs: Path,
                                                           tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--config",
         config(tmp_path, '[staff]\npin_hash = "garbage"\n'), "db", "status"],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "KIOSK_HOME": str(isolated_dirs)},
    )
    assert result.returncode == 1
    assert result.stderr.startswith("kiosk: configuration error: staff.pin_hash")
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
