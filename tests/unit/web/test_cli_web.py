"""``kiosk web``: one sentence without its signing key; one process, or several workers."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from kiosk.cli.main import main

with warnings.catch_warnings():  # Starlette 1 asks for httpx2; httpx is what we have
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient


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


def _keyed_config(tmp_path: Path, web: str = "") -> str:
    from kiosk.prefill import generate_pair

    private, _public = generate_pair(tmp_path / "keys")
    return _config(tmp_path, f'[prefill]\nsigning_key_file = "{private.as_posix()}"\n{web}')


def test_one_worker_serves_the_app_in_this_process(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn
    from starlette.applications import Starlette

    ran: dict[str, object] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: ran.update(app=app, **options))
    assert main(["--config", _keyed_config(tmp_path), "web", "--port", "9001"]) == 0
    assert isinstance(ran["app"], Starlette)
    assert ran["port"] == 9001 and "workers" not in ran and ran["access_log"] is False


def test_workers_rebuild_the_app_from_the_same_configuration(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    from kiosk.cli.web import WORKER_APP, worker_app

    monkeypatch.setenv("KIOSK_CONFIG", "restored after the test")
    ran: dict[str, object] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: ran.update(app=app, **options))
    config = _keyed_config(tmp_path, "[web]\nworkers = 2\nbase_url = \"https://x.jp/pre/\"\n")
    assert main(["--config", config, "web"]) == 0
    assert (ran["app"], ran["factory"], ran["workers"]) == (WORKER_APP, True, 2)
    module, _, name = WORKER_APP.partition(":")
    assert getattr(__import__(module, fromlist=[name]), name) is worker_app
    # a worker process finds the same file (and so the key and the proxy path)
    with TestClient(worker_app()) as client:
        page = client.get("/")
    assert page.status_code == 200 and 'action="/pre/wizard"' in page.text
    assert main(["--config", config, "web", "--workers", "3"]) == 0
    assert ran["workers"] == 3
