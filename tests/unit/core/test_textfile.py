"""Reading hand-written JSON files: encodings, size and nesting limits, plain refusals."""

from __future__ import annotations

import codecs
import time
from pathlib import Path

import pytest

from kiosk.textfile import (
    MAX_BYTES,
    MAX_DEPTH,
    TextFileError,
    decode_text,
    nesting_depth,
    parse_json,
    read_json_file,
    read_text_file,
)

TEXT = '{"name": "髙橋 ①郎", "oaza": "関町"}'


@pytest.mark.parametrize(
    "raw",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),  # Notepad's default
        TEXT.encode("utf-16"),  # Notepad's "Unicode": a BOM, then UTF-16-LE
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("cp932"),  # Shift_JIS as Windows writes it (髙 and ① are CP932 only)
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be", "shift_jis"],
)
def test_every_encoding_read_gives_the_same_text(raw: bytes) -> None:
    assert decode_text(raw) == TEXT


@pytest.mark.parametrize(
    "raw",
    ["café".encode("latin-1"), b"\x00\x01\x02binary", '{"a": 1}'.encode("utf-16-le"),
     b"\xef\xbb\xbf\xff"],
    ids=["latin-1", "binary", "utf-16-without-bom", "broken-bom"],
)
def test_other_bytes_are_refused_naming_what_is_read(raw: bytes) -> None:
    with pytest.raises(TextFileError) as caught:
        decode_text(raw)
    assert "UTF-8" in str(caught.value)


def test_a_broken_utf16_file_is_refused() -> None:
    with pytest.raises(TextFileError, match="starts like UTF-16 but is not UTF-16"):
        decode_text(codecs.BOM_UTF16_LE + b"\x00\xd8")  # a lone surrogate


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        ("1", 0), ("{}", 1), ('{"a": [1, {"b": []}]}', 4),
        ('{"a": "[[[{{{"}', 1),  # brackets inside a string do not count
        ('{"a": "\\"[[", "b": ["\\\\"]}', 2),  # nor after an escaped quote
        ('["unterminated [[[', 1),
    ],
)
def test_nesting_depth(text: str, depth: int) -> None:
    assert nesting_depth(text) == depth


def test_depth_limit_is_inclusive() -> None:
    assert parse_json("[" * MAX_DEPTH + "]" * MAX_DEPTH) is not None
    with pytest.raises(TextFileError, match=f"more than {MAX_DEPTH} levels deep"):
        parse_json("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1))


def test_invalid_json_names_the_line() -> None:
    with pytest.raises(TextFileError, match=r"is not valid JSON \(line 2: "):
        parse_json('{"a": 1,\n}')
    with pytest.raises(TextFileError, match="is not valid JSON"):
        parse_json("1" * 5000)  # more digits than Python turns into a number


def test_hostile_texts_are_refused_at_once() -> None:
    """Not a timing assertion: a guard so a quadratic scan cannot hang the suite."""
    started = time.monotonic()
    for text in ("[" * 100_000, '"' + '\\"' * 100_000, '"a",' * 60_000 + "[" * 30):
        with pytest.raises(TextFileError):
            parse_json(text)
    assert time.monotonic() - started < 5


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(b" " * (MAX_BYTES - 1) + b"1")
    assert read_json_file(path) == 1
    path.write_bytes(b" " * (MAX_BYTES + 1) + b"1")
    with pytest.raises(TextFileError, match="is larger than 256 KB, the most that is read"):
        read_json_file(path)


def test_a_device_without_a_size_is_not_read_to_its_end() -> None:
    with pytest.raises(TextFileError, match="is larger than"):
        read_text_file(Path("/dev/zero"))


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(TextFileError, match=r"^does not exist$"):
        read_text_file(tmp_path / "none.json")
    with pytest.raises(TextFileError, match=r"^is a folder, not a file$"):
        read_text_file(tmp_path)
