"""make_core_system: the [core] settings pick the adapter; bad settings are one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ConfigError, CoreConfig
from kiosk.corelink.factory import make_core_system
from kiosk.corelink.folder import FolderCoreSystem
from kiosk.corelink.rest import RestCoreSystem


def test_none_is_no_core_system() -> None:
    assert make_core_system(CoreConfig()) is None


def test_rest_reads_the_token_from_its_file(tmp_path: Path) -> None:
    token = tmp_path / "token"
    token.write_text("  abc123\n", encoding="utf-8")
    core = make_core_system(CoreConfig(kind="rest", url="http://127.0.0.1:1",
                                       token_file=str(token), timeout_ms=1500))
    assert isinstance(core, RestCoreSystem) and core.timeout == 1.5
    assert "abc123" not in repr(core)
    assert core._client.headers["Authorization"] == "Bearer abc123"
    core.close()


@pytest.mark.parametrize(("config", "message"), [
    (CoreConfig(kind="rest", url="http://h", token_file="/nonexistent/token"),
     "core.token_file: /nonexistent/token does not exist"),
    (CoreConfig(kind="rest", url="ftp://h"), "core.url: must be"),
    (CoreConfig(kind="folder"), "core.folder: must name"),
    (CoreConfig(kind="folder", folder="/nonexistent/core"), "is not a folder"),
])
def test_a_setting_that_cannot_work_is_a_config_error(config: CoreConfig, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        make_core_system(config)


def test_an_empty_token_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "token").write_text("\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="is empty"):
        make_core_system(CoreConfig(kind="rest", url="http://h",
                                    token_file=str(tmp_path / "token")))


def test_folder(tmp_path: Path) -> None:
    core = make_core_system(CoreConfig(kind="folder", folder=str(tmp_path), timeout_ms=300))
    assert isinstance(core, FolderCoreSystem) and core.timeout == 0.3
