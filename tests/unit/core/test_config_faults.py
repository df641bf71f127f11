"""Bad settings refused at load with one sentence: PIN hash, numbers, URLs, encodings.

Each of these once passed validation and failed later (a locked-out staff, an overflow
when a visit was stored, a traceback at the first database call).
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_config
from kiosk.security import hash_pin

GARBAGE_PINS = ("garbage", "scrypt$broken", "scrypt$x$8$1$c2FsdA==$aGFzaA==",
                "scrypt$131072$8$1$!!!!$aGFzaA==", "scrypt$100000$8$1$c2FsdHNhbHRzYWx0c2FsdA==$"
                "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=")
SALT, DIGEST = "c2FsdHNhbHRzYWx0c2FsdA==", "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g="


def load(tmp_path: Path, text: str, encoding: str = "utf-8") -> object:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(text.encode(encoding))
    return load_config(path, environ={})


def refusal(tmp_path: Path, text: str) -> str:
    with pytest.raises(ConfigError) as info:
        load(tmp_path, text)
    message = str(info.value)
    assert "\n" not in message
    return message


@pytest.mark.parametrize("stored", GARBAGE_PINS)
def test_a_pin_hash_no_pin_could_match_is_refused_without_echoing_it(
    tmp_path: Path, stored: str
) -> None:
    message = refusal(tmp_path, f'[staff]\npin_hash = "{stored}"\n')
    assert message.startswith("staff.pin_hash: ")
    assert "kiosk config set-staff-pin" in message
    assert stored not in message and SALT not in message


@pytest.mark.parametrize(("n", "r", "p"), [(2, 1, 1), (2**14, 8, 1), (2**16, 8, 1), (2**17, 4, 1)])
def test_scrypt_below_the_owasp_floor_is_refused(tmp_path: Path, n: int, r: int, p: int) -> None:
    message = refusal(tmp_path, f'[staff]\npin_hash = "scrypt${n}${r}${p}${SALT}${DIGEST}"\n')
    assert f"N={n} r={r} p={p}, below the floor" in message
    assert "OWASP" in message and "N=2^17 r=8 p=1" in message


@pytest.mark.parametrize(("n", "r", "p"), [(2**17, 8, 1), (2**16, 8, 2), (2**14, 8, 5)])
def test_owasp_minimums_are_accepted(tmp_path: Path, n: int, r: int, p: int) -> None:
    load(tmp_path, f'[staff]\npin_hash = "scrypt${n}${r}${p}${SALT}${DIGEST}"\n')


def test_a_cost_that_would_freeze_the_terminal_is_refused(tmp_path: Path) -> None:
    message = refusal(tmp_path, f'[staff]\npin_hash = "scrypt${2**20}$8$1${SALT}${DIGEST}"\n')
    assert "above the ceiling of 256 MiB" in message


def test_a_fresh_hash_is_accepted(tmp_path: Path) -> None:
    assert hash_pin("2468").startswith("scrypt$131072$8$1$")
    load(tmp_path, f'[staff]\npin_hash = "{hash_pin("2468")}"\n')


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[retention]\npersonal_data = "100000000000000000000"\n',
         "retention.personal_data: must be next-working-day or a number of hours from 1 to 8784"),
        ('[retention]\npersonal_data = "8785"\n', "from 1 to 8784"),
        ('[retention]\npersonal_data = "０４８"\n', "retention.personal_data"),
        ("[retention]\nmetrics_days = 100000000000000000000\n",
         "retention.metrics_days: must be between 0 and 36500"),
        ("[staff]\nlockout_seconds = -1\n", "staff.lockout_seconds: must be between"),
        ('[database]\nurl = "sqlite-garbage"\n', "database.url: must be a URL such as"),
        ('[database]\nurl = "postgresql://kiosk:pw@db:notaport/kiosk"\n',
         "cannot be read as a URL"),
        ('[database]\nurl = "postgresql://kiosk:pw@db:99999/kiosk"\n',
         "the port must be between 1 and 65535"),
        ('[database]\nurl = "postgresql://kiosk:p@ss@db/kiosk"\n', "is not a host name"),
        ('[database]\nurl = "mysql://db/kiosk"\n', "got the scheme 'mysql'"),
        ('[database]\noutbox_url = "sqlite-garbage"\n', "database.outbox_url: must be a URL"),
    ],
)
def test_values_that_would_fail_later_are_refused_now(
    tmp_path: Path, text: str, message: str
) -> None:
    refused = refusal(tmp_path, text)
    assert message in refused
    assert "pw" not in refused.replace("password", "")


def test_a_sound_retention_and_urls_pass(tmp_path: Path) -> None:
    config = load(tmp_path, '[retention]\npersonal_data = "48"\n[database]\n'
                  'url = "postgres://kiosk:pw@db.example:5432/kiosk"\n'
                  'outbox_url = "sqlite:///C:/kiosk/outbox.sqlite3"\n')
    assert config.retention.personal_data == "48"  # type: ignore[attr-defined]


def test_utf8_with_or_without_a_bom_is_read(tmp_path: Path) -> None:
    text = '# 端末の設定\n[printer]\nqueue = "窓口-3"\n'
    assert load(tmp_path, text).printer.queue == "窓口-3"  # type: ignore[attr-defined]
    assert load(tmp_path, text, "utf-8-sig").printer.queue == "窓口-3"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("raw", "named"),
    [
        ('# 端末の設定\n[printer]\nqueue = "窓口-3"\n'.encode("cp932"), "Shift_JIS"),
        (codecs.BOM_UTF16_LE + '[terminal]\nid = "k"\n'.encode("utf-16-le"), "UTF-16"),
        (bytes(range(256)) * 4, "not a text file"),
    ],
)
def test_another_encoding_is_named_in_the_error(tmp_path: Path, raw: bytes, named: str) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(raw)
    with pytest.raises(ConfigError) as info:
        load_config(path, environ={})
    assert named in str(info.value) and "save it with the encoding UTF-8" in str(info.value)
    assert str(info.value).startswith(str(path))
