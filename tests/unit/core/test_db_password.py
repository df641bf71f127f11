"""``database.password_file`` / ``database.password_keyring``: the password out of kiosk.toml."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.config import ConfigError, as_dict, load_config

URL = "postgresql://kiosk_clerk@db.town.local:5432/kiosk"


def _config(tmp_path: Path, extra: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(f'[database]\nurl = "{URL}"\n{extra}\n', encoding="utf-8")
    return path


def _secret(tmp_path: Path, mode: int, text: str = "s3cret-pw\n") -> Path:
    secret = tmp_path / "db-password"
    secret.write_text(text, encoding="utf-8")
    os.chmod(secret, mode)
    return secret


def test_a_private_password_file_completes_the_url(tmp_path: Path) -> None:
    secret = _secret(tmp_path, 0o600)
    config = load_config(_config(tmp_path, f'password_file = "{secret}"'), environ={})
    assert config.database.url == "postgresql://kiosk_clerk:s3cret-pw@db.town.local:5432/kiosk"
    assert "s3cret-pw" not in str(as_dict(config))
    assert "s3cret-pw" not in (tmp_path / "kiosk.toml").read_text(encoding="utf-8")


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_a_password_file_others_can_read_is_refused(tmp_path: Path) -> None:
    secret = _secret(tmp_path, 0o644)
    with pytest.raises(ConfigError, match=r"can be read by other accounts.*chmod 600"):
        load_config(_config(tmp_path, f'password_file = "{secret}"'), environ={})


@pytest.mark.parametrize("bad, message", [
    ("", "must hold the password alone"),
    ("one\ntwo\n", "must hold the password alone"),
])
def test_a_malformed_password_file_is_refused(tmp_path: Path, bad: str, message: str) -> None:
    secret = _secret(tmp_path, 0o600, bad)
    with pytest.raises(ConfigError, match=message):
        load_config(_config(tmp_path, f'password_file = "{secret}"'), environ={})


def test_a_missing_file_and_a_password_in_both_places_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot be read"):
        load_config(_config(tmp_path, f'password_file = "{tmp_path / "nope"}"'), environ={})
    secret = _secret(tmp_path, 0o600)
    path = tmp_path / "both.toml"
    path.write_text(f'[database]\nurl = "postgresql://u:pw@h/db"\npassword_file = "{secret}"\n',
                    encoding="utf-8")
    with pytest.raises(ConfigError, match="already holds a password"):
        load_config(path, environ={})


def test_the_keyring_without_the_package_or_a_backend_is_one_sentence(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins
    import sys
    import types

    real_import = builtins.__import__

    def no_keyring(name: str, *args: object, **kwargs: object) -> object:
        if name == "keyring":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_keyring)
    with pytest.raises(ConfigError, match="keyring package is not installed"):
        load_config(_config(tmp_path, "password_keyring = true"), environ={})
    monkeypatch.undo()

    stored: dict[tuple[str, str], str] = {("kakanai-kiosk", "database:kiosk_clerk@db.town.local"):
                                          "from-keyring"}
    fake = types.ModuleType("keyring")
    fake.get_password = lambda service, user: stored.get((service, user))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", fake)
    config = load_config(_config(tmp_path, "password_keyring = true"), environ={})
    assert ":from-keyring@" in config.database.url
    stored.clear()
    with pytest.raises(ConfigError, match="no password stored"):
        load_config(_config(tmp_path, "password_keyring = true"), environ={})
