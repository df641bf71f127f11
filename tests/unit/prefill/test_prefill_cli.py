"""``kiosk keys generate`` and ``kiosk prefill decode`` through the real entry point."""

from __future__ import annotations

import json
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest
from prefill_support import household

from forms.catalog import load_catalog
from kiosk.cli.main import main
from kiosk.prefill import PREFIX, base45, load_signing_key, make_code, qr_png

CATALOG_VERSION = load_catalog().town.catalog_version


@pytest.fixture
def pair(tmp_path: Path, isolated_dirs: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "keys"
    assert main(["keys", "generate", "--out", str(folder)]) == 0
    capsys.readouterr()
    return folder


def _code(folder: Path, *, issued: date | None = None, catalog_version: int = CATALOG_VERSION,
          members: int = 3) -> str:
    return make_code(household(members), key=load_signing_key(folder / "prefill-signing.key"),
                     town="試験町", catalog_version=catalog_version, language="ja",
                     issued=issued or date.today(), valid_days=14)


def test_keys_generate_makes_the_pair_and_refuses_to_overwrite_it(
        tmp_path: Path, isolated_dirs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "keys"
    assert main(["keys", "generate", "--out", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "prefill-signing.key" in out and "keys_folder" in out
    assert stat.S_IMODE((folder / "prefill-signing.key").stat().st_mode) == 0o600
    assert stat.S_IMODE((folder / "prefill-signing.pub").stat().st_mode) == 0o644
    before = (folder / "prefill-signing.key").read_bytes()
    assert main(["keys", "generate", "--out", str(folder)]) == 1
    assert "never overwritten" in capsys.readouterr().err
    assert (folder / "prefill-signing.key").read_bytes() == before


def test_decode_a_png_prints_the_header_without_names(
        pair: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = _code(pair)
    png = tmp_path / "code.png"
    png.write_bytes(qr_png(text))
    assert main(["prefill", "decode", str(png), "--keys", str(pair)]) == 0
    out = capsys.readouterr().out
    assert "試験町" in out and f"catalog version {CATALOG_VERSION}" in out
    assert "event:    IN" in out and "members:  3" in out
    assert (date.today() + timedelta(days=14)).isoformat() in out
    assert "長谷川" not in out


def test_decode_text_as_json_gives_the_whole_content(
        pair: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["prefill", "decode", "--text", _code(pair).lower(), "--keys", str(pair),
                 "--json"]) == 0
    content = json.loads(capsys.readouterr().out)
    assert content["scenario"] == household(3)
    assert content["town"] == "試験町" and len(content["code_id"]) == 16


def test_the_keys_folder_comes_from_the_configuration(
        pair: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[prefill]\nkeys_folder = "{pair.as_posix()}"\n', encoding="utf-8")
    assert main(["--config", str(config), "prefill", "decode", "--text", _code(pair)]) == 0
    assert "members:  3" in capsys.readouterr().out


def test_refusals_print_their_sentence_in_the_kiosk_language_and_fail(
        pair: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = _code(pair)
    cut = text[:-30]
    raw = bytearray(base45.decode(text[len(PREFIX):]))
    raw[100] ^= 0x01  # inside the signed body
    changed = PREFIX + base45.encode(bytes(raw))
    assert main(["prefill", "decode", "--text", cut, "--keys", str(pair)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kiosk: コードを最後まで読み取れませんでした。") and "(damaged)" in err
    assert main(["prefill", "decode", "--text", changed, "--keys", str(pair)]) == 1
    err = capsys.readouterr().err
    assert "書き換えられている" in err and "(signature)" in err and "Traceback" not in err


def test_expired_newer_and_foreign_codes_are_refused_in_the_configured_language(
        pair: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('[ui]\nlanguage = "en"\n', encoding="utf-8")
    base = ["--config", str(config), "prefill", "decode", "--keys", str(pair), "--text"]
    expired = _code(pair, issued=date.today() - timedelta(days=15))
    assert main([*base, expired]) == 1
    assert "This code has expired" in capsys.readouterr().err
    assert main([*base, _code(pair, catalog_version=CATALOG_VERSION + 1)]) == 1
    assert "newer questions" in capsys.readouterr().err
    other = tmp_path / "other"
    assert main(["keys", "generate", "--out", str(other)]) == 0
    capsys.readouterr()
    assert main([*base, _code(other)]) == 1
    assert "(foreign_key)" in capsys.readouterr().err


def test_decode_without_keys_or_without_a_code_says_what_to_do(
        pair: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["prefill", "decode", "--text", "PA1:"]) == 1
    assert "pass --keys FOLDER or set [prefill] keys_folder" in capsys.readouterr().err
    assert main(["prefill", "decode", "--text", "x", "--keys", str(tmp_path / "none")]) == 1
    assert "does not exist" in capsys.readouterr().err
    blank = tmp_path / "blank.png"
    blank.write_bytes(b"\x89PNG not really")
    assert main(["prefill", "decode", str(blank), "--keys", str(pair)]) == 1
    assert "no QR code found" in capsys.readouterr().err
