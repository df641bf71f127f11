"""``kiosk core lookup|status`` and the doctor's link check, against the stub server."""

from __future__ import annotations

import argparse
import json
import socket
from pathlib import Path

import pytest
from corelink_stub import StubServer

from kiosk.cli.core_client_cmd import register_client_commands
from kiosk.config import Config, CoreConfig, DatabaseConfig, TerminalConfig
from kiosk.doctor import Status, check_core_link
from kiosk.personal import audit
from kiosk.storage import migrate
from kiosk.storage.db import make_engine


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="kiosk")
    groups = top.add_subparsers()
    register_client_commands(groups.add_parser("core").add_subparsers())
    return top


def run(config: Config, *argv: str) -> int:
    args = parser().parse_args(["core", *argv])
    args.config = config
    code: int = args.func(args)
    return code


@pytest.fixture()
def config(isolated_dirs: Path, stub_server: StubServer, tmp_path: Path) -> Config:
    url = f"sqlite:///{(tmp_path / 'kiosk.sqlite3').as_posix()}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    return Config(terminal=TerminalConfig(id="kiosk-9"), database=DatabaseConfig(url=url),
                  core=CoreConfig(kind="rest", url=stub_server.url, timeout_ms=1000))


def test_lookup_prints_the_household_and_is_audited(config: Config,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert run(config, "lookup", "--name", "佐藤　花子", "--birth-date", "1985-04-12",
               "--sex", "2", "--staff", "S042") == 0
    out = capsys.readouterr().out
    assert "世帯 H000123" in out and "* 世帯主  佐藤　花子（サトウ　ハナコ）" in out
    assert "保険 kokuho" in out
    engine = make_engine(config.database.url)
    [row] = audit.entries(engine)
    engine.dispose()
    assert (row.action, row.staff_id, row.terminal_id, row.visit_id) == (
        "core_find_resident", "S042", "kiosk-9", audit.NO_VISIT)


def test_lookup_json_goes_through_the_wire(config: Config,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert run(config, "lookup", "--name", "佐藤　花子", "--birth-date", "1985-04-12",
               "--sex", "2", "--reservation", "--json", "--staff", "S042") == 0
    body = json.loads(capsys.readouterr().out)
    assert body["reservation"]["planned_address"]["banchi"] == "123-4"


def test_lookup_needs_a_staff_id_and_asks_nothing_without(
        config: Config, stub_server: StubServer, capsys: pytest.CaptureFixture[str]) -> None:
    before = len(stub_server.requests())
    assert run(config, "lookup", "--name", "佐藤", "--birth-date", "1985-04-12") == 1
    assert "--staff" in capsys.readouterr().err
    assert len(stub_server.requests()) == before


def test_lookup_without_its_audit_row_asks_nothing(
        config: Config, stub_server: StubServer, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    before = len(stub_server.requests())
    broken = config.replace("database", url=f"sqlite:///{tmp_path / 'none' / 'x.sqlite3'}")
    assert run(broken, "lookup", "--name", "佐藤", "--birth-date", "1985-04-12", "--sex", "2",
               "--staff", "S1") == 2
    assert "could not be audited" in capsys.readouterr().err
    assert len(stub_server.requests()) == before


def test_status(config: Config, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(config, "status") == 0
    assert "reachable (stub core system 0.1)" in capsys.readouterr().out
    assert run(Config(), "status", "--json") == 0
    assert json.loads(capsys.readouterr().out)["kind"] == "none"


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_doctor_says_none_reachable_or_why_not(config: Config, tmp_path: Path) -> None:
    none = check_core_link(Config())
    assert none.status is Status.OK and none.message.startswith("none configured")
    up = check_core_link(config)
    assert up.status is Status.OK and up.message == "stub core system 0.1 reachable (rest)"
    down = check_core_link(config.replace("core", url=f"http://127.0.0.1:{unused_port()}"))
    assert down.status is Status.FAIL and "could not be reached" in down.message
    missing = check_core_link(config.replace("core", token_file=str(tmp_path / "nope")))
    assert missing.status is Status.FAIL and "does not exist" in missing.message
