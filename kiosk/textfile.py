"""Reading the small text and JSON files a person writes by hand (scenario files).

Such files come from Notepad, Excel or a mail attachment, so they are read as:

* UTF-8, with or without the byte-order mark Notepad writes by default;
* UTF-16 with a byte-order mark (Notepad's "Unicode");
* Shift_JIS as Windows writes it (code page 932), when the bytes are not UTF-8.

Anything else is refused with a sentence naming the encodings that are read. Size and
nesting depth are limited *before* the parser runs, so a huge or maliciously nested file is
refused at once instead of keeping the command busy or overflowing the parser's stack.
Every failure is a ``TextFileError`` whose message completes "<what> <path> …".
Plain Python, no dependency on the rest of the kiosk.
"""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path
from typing import Any

MAX_BYTES = 256 * 1024
MAX_DEPTH = 20

# Shift_JIS as Windows writes it: CP932 is the superset that carries ①, ㈱ and 髙.
SHIFT_JIS = "cp932"
# (byte-order mark, codec that drops it, the encoding's name for a person)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig", "UTF-8"), (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
         (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"))
# What the nesting scan looks at: a bracket, or the quote that opens a string, whose rest
# (escapes included) is then skipped in one match, so the scan stays linear.
_BRACKET_OR_QUOTE = re.compile(r'[\[\]{}"]')
_STRING_REST = re.compile(r'[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)


class TextFileError(ValueError):
    """A file that cannot be used; the message is the end of a sentence about the file."""


def decode_text(raw: bytes) -> str:
    """The text of ``raw``: UTF-8 (BOM or not), UTF-16 with a BOM, else Shift_JIS."""
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                raise TextFileError(f"starts like {name} but is not {name}") from None
    if b"\x00" not in raw:  # NUL: binary, or UTF-16 without its BOM
        for encoding in ("utf-8", SHIFT_JIS):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                pass
    raise TextFileError("is not text in UTF-8 or Shift_JIS; save it as UTF-8")


def read_text_file(path: Path, max_bytes: int = MAX_BYTES) -> str:
    """The decoded text of a file of at most ``max_bytes`` bytes."""
    try:
        if path.is_dir():
            raise TextFileError("is a folder, not a file")
        with path.open("rb") as file:
            # read one byte more than allowed: a pipe or device has no size to check first
            raw = file.read(max_bytes + 1)
    except FileNotFoundError:
        raise TextFileError("does not exist") from None
    except OSError as exc:
        raise TextFileError(f"cannot be read ({exc.strerror or 'input/output error'})") from None
    if len(raw) > max_bytes:
        raise TextFileError(f"is larger than {_size(max_bytes)}, the most that is read")
    return decode_text(raw)


def nesting_depth(text: str, stop_above: int | None = None) -> int:
    """How deeply the JSON ``text`` nests objects and lists (``{}`` is 1), without parsing;
    the scan stops as soon as the depth passes ``stop_above``."""
    depth = deepest = position = 0
    while (found := _BRACKET_OR_QUOTE.search(text, position)) is not None:
        position = found.end()
        char = found.group()
        if char == '"':
            rest = _STRING_REST.match(text, position)
            if rest is None:  # an unterminated string: the parser will say so
                break
            position = rest.end()
        elif char in ("[", "{"):
            depth += 1
            deepest = max(deepest, depth)
            if stop_above is not None and deepest > stop_above:
                break
        else:
            depth -= 1
    return deepest


def parse_json(text: str, max_depth: int = MAX_DEPTH) -> Any:
    """The JSON value of ``text``, refused when nested deeper than ``max_depth``."""
    if nesting_depth(text, stop_above=max_depth) > max_depth:
        raise TextFileError(f"nests lists and objects more than {max_depth} levels deep")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise TextFileError(f"is not valid JSON (line {exc.lineno}: {exc.msg})") from None
    except (ValueError, RecursionError):  # e.g. a number of thousands of digits
        raise TextFileError("is not valid JSON") from None


def read_json_file(path: Path, max_bytes: int = MAX_BYTES, max_depth: int = MAX_DEPTH) -> Any:
    """Read, decode and parse a hand-written JSON file within the size and depth limits."""
    return parse_json(read_text_file(path, max_bytes), max_depth)


def _size(count: int) -> str:
    return f"{count // (1024 * 1024)} MB" if count >= 1024 * 1024 else f"{count // 1024} KB"
