"""``kiosk staff`` and the role check of ``kiosk stats export`` through the real entry point.

Passwords come on standard input (``--password-stdin``), one a line, as a script would
send them; the accounts use the production argon2id cost.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kiosk.cli.main import main

ADMIN_PASSWORD, CLERK_PASSWORD, MANAGER_PASSWORD = "admin-pass-01", "clerk-pass-01", "mgr-pass-001"


@pytest.fixture
def cli(isolated_dirs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    path = tmp_path / "kiosk.toml"
    path.write_text(f'[database]\nurl = "sqlite:///{(tmp_path / "k.sqlite3").as_posix()}"\n',
                    encoding="utf-8")
    assert main(["--config", str(path), "db", "upgrade"]) == 0

    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        capsys.readouterr()
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--config", str(path), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _staffed(cli: Any) -> None:
    assert cli("staff", "add", "A1", "--name", "Admin", "--role", "admin", "--password-stdin",
               stdin=f"{ADMIN_PASSWORD}\n")[0] == 0
    for account, role, password in (("S1", "clerk", CLERK_PASSWORD),
                                     ("M1", "manager", MANAGER_PASSWORD)):
        code, _out, err = cli("staff", "add", account, "--name", role, "--role", role,
                             "--as", "A1", "--password-stdin",
                             stdin=f"{ADMIN_PASSWORD}\n{password}\n")
        assert code == 0, err


def test_add_list_disable_and_set_password(cli: Any) -> None:
    code, _out, err = cli("staff", "add", "S1", "--name", "Clerk", "--role", "clerk",
                          "--password-stdin", stdin=f"{CLERK_PASSWORD}\n")
    assert code == 1 and "first account must be an admin" in err
    _staffed(cli)
    code, out, _err = cli("staff", "list")
    assert code == 0
    assert [line.split("\t")[:3] for line in out.splitlines()] == [
        ["A1", "admin", "active"], ["M1", "manager", "active"], ["S1", "clerk", "active"]]
    assert ADMIN_PASSWORD not in out and "$argon2id" not in out
    code, _out, err = cli("staff", "disable", "S1", "--as", "M1", "--password-stdin",
                          stdin=f"{MANAGER_PASSWORD}\n")
    assert code == 1 and "may not manage staff" in err, "a manager cannot change staff"
    code, _out, err = cli("staff", "set-password", "S1", "--as", "A1", "--password-stdin",
                          stdin=f"{ADMIN_PASSWORD}\nshort\n")
    assert code == 1 and "at least 10" in err and "short" not in err
    assert cli("staff", "set-password", "S1", "--as", "A1", "--password-stdin",
               stdin=f"{ADMIN_PASSWORD}\nanother-pass-2\n")[0] == 0
    assert cli("staff", "disable", "S1", "--as", "A1", "--password-stdin",
               stdin=f"{ADMIN_PASSWORD}\n")[0] == 0
    assert "S1\tclerk\tdisabled" in cli("staff", "list")[1]
    code, _out, err = cli("staff", "disable", "M1", "--as", "A1", "--password-stdin",
                          stdin="not-the-password\n")
    assert code == 1 and err.strip() == "kiosk: wrong account or password"


def test_exports_are_for_managers(cli: Any, tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    export = ("stats", "export", "--from", "2026-11-01", "--to", "2026-11-28", "--format",
              "csv", "--out", str(out))
    code, _out, err = cli(*export)
    assert code == 0 and "no staff accounts exist" in err  # unconfigured: allowed, warned
    out.unlink()
    _staffed(cli)
    code, _out, err = cli(*export)
    assert code == 1 and "add --as ID" in err and not out.exists()
    code, _out, err = cli(*export, "--as", "S1", "--password-stdin", stdin=f"{CLERK_PASSWORD}\n")
    assert code == 1 and "may not export statistics" in err and not out.exists()
    code, _out, err = cli(*export, "--as", "M1", "--password-stdin",
                          stdin=f"{MANAGER_PASSWORD}\n")
    assert code == 0, err
    assert out.exists()
