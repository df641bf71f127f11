"""Configuration: file + environment, validation messages that name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import Config, ConfigError, as_dict, load_config


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(tmp_path: Path) -> None:
    config = load_config(environ={"KIOSK_CONFIG": str(tmp_path / "none.toml")})
    assert config == Config()
    assert config.source == "defaults"


def test_file_values_and_environment_override(tmp_path: Path) -> None:
    path = write(tmp_path, '[database]\nurl = "sqlite:///a.db"\n[ui]\nlanguage = "en"\n')
    config = load_config(path, environ={"KIOSK_DATABASE_URL": "postgresql://h/db",
                                        "KIOSK_UI_TEXT_SIZE": "2"})
    assert config.database.url == "postgresql://h/db"
    assert config.ui.language == "en"
    assert config.ui.text_size == 2
    assert "environment" in config.source


def test_kiosk_config_variable_points_at_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, '[terminal]\nid = "counter-3"\nrole = "clerk"\n')
    config = load_config(environ={"KIOSK_CONFIG": str(path)})
    assert (config.terminal.id, config.terminal.role) == ("counter-3", "clerk")


@pytest.mark.parametrize(
    ("text", "environ", "message"),
    [
        ('[ui]\nlanguag = "ja"\n', {}, "ui.languag: unknown key"),
        ('[uii]\n', {}, "uii: unknown section"),
        ('[ui]\nlanguage = "fr"\n', {}, "ui.language: must be one of ja, en"),
        ('[timeouts]\nidle_seconds = 5\n', {}, "timeouts.idle_seconds: must be between 15 and 3600"),
        ('[ui]\nfullscreen = "maybe"\n', {}, "ui.fullscreen: must be true or false"),
        ("", {"KIOSK_PRINTER_JOB_TIMEOUT_SECONDS": "soon"},
         "printer.job_timeout_seconds: must be a whole number"),
        ("", {"KIOSK_NOPE_X": "1"}, "KIOSK_NOPE_X: no configuration section"),
        ('[retention]\npersonal_data = "forever"\n', {}, "retention.personal_data"),
        ('[database]\nurl = "mysql://x"\n', {}, "database.url"),
        ("[ui\n", {}, "not valid TOML"),
    ],
)
def test_bad_values_name_the_key(tmp_path: Path, text: str, environ: dict[str, str],
                                 message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path, environ=environ)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_secrets_are_hidden(tmp_path: Path) -> None:
    path = write(tmp_path, '[staff]\npin_hash = "scrypt$131072$8$1$c2FsdHNhbHRzYWx0c2FsdA==$'
                 'aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g="\n'
                 '[database]\nurl = "postgresql://kiosk:topsecret@db/kiosk"\n')
    shown = as_dict(load_config(path, environ={}))
    assert shown["staff"]["pin_hash"] == "********"
    assert "topsecret" not in shown["database"]["url"]
    assert shown["database"]["url"] == "postgresql://kiosk:***@db/kiosk"


def test_replace_validates(tmp_path: Path) -> None:
    config = Config()
    assert config.replace("printer", backend="cups").printer.backend == "cups"
    with pytest.raises(ConfigError, match=r"printer\.backend"):
        config.replace("printer", backend="fax")
