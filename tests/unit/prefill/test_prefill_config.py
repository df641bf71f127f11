"""The ``[prefill]`` and ``[web]`` sections: defaults, values from the file, ranges."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_config


def test_defaults(tmp_path: Path) -> None:
    config = load_config(environ={"KIOSK_CONFIG": str(tmp_path / "none.toml")})
    assert (config.prefill.keys_folder, config.prefill.signing_key_file) == ("", "")
    assert config.prefill.valid_days == 14
    assert (config.web.host, config.web.port, config.web.base_url) == ("127.0.0.1", 8780, "")
    assert config.web.workers == 1


def test_values_from_the_file_and_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('[prefill]\nkeys_folder = "/etc/kiosk/prefill"\nvalid_days = 7\n'
                    '[web]\nhost = "0.0.0.0"\nbase_url = "https://example.jp/pre/"\n',
                    encoding="utf-8")
    config = load_config(str(path), environ={"KIOSK_WEB_PORT": "9000"})
    assert config.prefill.keys_folder == "/etc/kiosk/prefill" and config.prefill.valid_days == 7
    assert (config.web.host, config.web.port) == ("0.0.0.0", 9000)
    assert config.web.base_url == "https://example.jp/pre/"


@pytest.mark.parametrize(("text", "key"), [
    ("[prefill]\nvalid_days = 0\n", "prefill.valid_days"),
    ("[prefill]\nvalid_days = 400\n", "prefill.valid_days"),
    ("[web]\nport = 70000\n", "web.port"),
    ("[web]\nport = \"http\"\n", "web.port"),
    ("[web]\nworkers = 0\n", "web.workers"),
    ("[prefill]\nkey_folder = \"x\"\n", "key_folder"),
])
def test_bad_values_name_the_key(tmp_path: Path, text: str, key: str) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=key.replace(".", r"\.")):
        load_config(str(path), environ={})
