"""``kiosk core sync``: sends what waits, says how it went in one line, exits by the outcome."""

from __future__ import annotations

from pathlib import Path

import pytest
from core_submission_support import FakeCore, record

from kiosk.app import core_sync
from kiosk.cli.core_sync_cmd import main
from kiosk.config import load_config
from kiosk.domain.core_records import SubmissionStatus
from kiosk.personal import town_key
from kiosk.sealing.keystore import default_keystore
from kiosk.storage import migrate
from kiosk.storage.db import make_engine


def _config(tmp_path: Path, kind: str = "rest") -> Path:
    url = f"sqlite:///{(tmp_path / 'k.sqlite3').as_posix()}"
    path = tmp_path / "kiosk.toml"
    path.write_text(f'[database]\nurl = "{url}"\n[core]\nkind = "{kind}"\n'
                    'url = "http://127.0.0.1:9"\n', encoding="utf-8")
    return path


def test_without_a_core_link_there_is_nothing_to_sync(
        tmp_path: Path, isolated_dirs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(_config(tmp_path, "none")), "sync"]) == 2
    assert "no core system is configured" in capsys.readouterr().err


def test_sync_sends_the_waiting_records_and_says_so(
        tmp_path: Path, isolated_dirs: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = _config(tmp_path)
    config = load_config(str(path))
    engine = make_engine(config.database.url)
    migrate.upgrade(engine)
    town_key.create(engine, default_keystore())  # this host holds the town key
    queue = core_sync.submission_queue(config, engine)
    queue.enqueue([("self", record("jumin_ido")), ("self", record("kokuho"))])
    core = FakeCore(down=True)
    monkeypatch.setattr(core_sync, "configured_core", lambda _config, _engine: core)

    assert main(["--config", str(path), "sync"]) == 1
    out, err = capsys.readouterr()
    assert out.strip() == "sent 1 record(s): 0 accepted, 0 rejected; 2 waiting"
    assert "The core system does not answer." in err and "next run" in err
    core.down = False
    assert main(["--config", str(path), "sync"]) == 0  # the first backs off, the other goes
    assert "1 accepted" in capsys.readouterr().out
    assert main(["--config", str(path), "sync", "--all"]) == 0
    assert capsys.readouterr().out.strip() == (
        "sent 1 record(s): 1 accepted, 0 rejected; 0 waiting")
    assert {r.status for r in queue.of_visit("v-1")} == {SubmissionStatus.ACCEPTED}
    assert len(core.stored) == 2
    engine.dispose()
