"""What a large face draws (its code points and variation sequences), cached on disk.

IPAmj明朝 has some 60,000 glyphs: reading its cmap with fontTools costs a noticeable part
of a second, and every kiosk start needed it before the first form could be checked for
rare characters. What it covers changes only when the font file changes, so the answer is
written once to a small JSON file, keyed by the font's path, size and modification time,
and read back in milliseconds on every later start.

The file lives in the kiosk's cache folder (``kiosk.paths.cache_dir``), or beside the font
when that folder cannot be written. A file that is missing, unreadable, corrupt, written
by another version or for another state of the font is ignored and rebuilt; a folder
that cannot be written only means the font is read again next time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FORMAT = 1  # bump when the file's content changes meaning


@dataclass(frozen=True, slots=True)
class FaceCoverage:
    """The code points a face has a glyph for, and its variation sequences
    (``(base, selector) -> glyph id``, from the cmap's format 14 table)."""

    codes: frozenset[int]
    variations: dict[tuple[int, int], int]


def read_face(path: Path) -> FaceCoverage:
    """Read the coverage from the font file itself (fontTools; the slow way)."""
    from fontTools.ttLib import TTFont as FTFont

    variations: dict[tuple[int, int], int] = {}
    with FTFont(str(path), lazy=True) as face:
        best = face.getBestCmap()
        order: dict[str, int] | None = None
        for table in face["cmap"].tables:
            if table.format != 14:
                continue
            if order is None:
                order = {name: gid for gid, name in enumerate(face.getGlyphOrder())}
            for selector, items in table.uvsDict.items():
                for base, name in items:
                    glyph = name or best.get(base)  # None: the base character's own glyph
                    if glyph in order:
                        variations[(base, selector)] = order[glyph]
        return FaceCoverage(frozenset(best), variations)


def face_coverage(path: Path, folders: Iterable[Path]) -> FaceCoverage:
    """The coverage of the font at ``path``: from the first valid cache file in
    ``folders``, else read from the font and written to the first folder that takes it."""
    folders = list(folders)
    key = _key(path)
    for folder in folders:
        found = _load(_cache_file(folder, key), key)
        if found is not None:
            return found
    coverage = read_face(path)
    for folder in folders:
        if _store(_cache_file(folder, key), key, coverage):
            break
    return coverage


def _key(path: Path) -> dict[str, Any]:
    resolved = path.resolve()
    stat = resolved.stat()
    return {"path": str(resolved), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def _cache_file(folder: Path, key: dict[str, Any]) -> Path:
    # one file per font path (a kiosk may have IPAmj in two places); the size and mtime are
    # checked inside, so an updated font replaces its own file instead of adding one
    digest = hashlib.sha256(str(key["path"]).encode("utf-8")).hexdigest()[:16]
    return folder / f"font-coverage-{Path(str(key['path'])).stem}-{digest}.json"


def _load(file: Path, key: dict[str, Any]) -> FaceCoverage | None:
    try:
        data = json.loads(file.read_bytes())
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("font") != key:
            return None
        codes = frozenset(_expand(data["ranges"]))
        variations = {(_int(base), _int(selector)): _int(gid)
                      for base, selector, gid in data["variations"]}
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, KeyError) as exc:  # corrupt: rebuild it
        log.info("font coverage cache %s ignored: %s", file.name, exc.__class__.__name__)
        return None
    return FaceCoverage(codes, variations)


def _store(file: Path, key: dict[str, Any], coverage: FaceCoverage) -> bool:
    data = {
        "format": FORMAT,
        "font": key,
        "ranges": list(_ranges(coverage.codes)),
        "variations": sorted([base, selector, gid]
                             for (base, selector), gid in coverage.variations.items()),
    }
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=file.parent, prefix=".font-coverage-")
    except OSError:
        return False
    try:
        # written whole then renamed, so a reader (another kiosk process) never sees half
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, separators=(",", ":"))
        os.replace(temporary, file)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return False
    return True


def _int(value: object) -> int:
    if type(value) is not int:
        raise TypeError("not an integer")
    return value


def _ranges(codes: frozenset[int]) -> Iterator[list[int]]:
    """Sorted code points as ``[first, last]`` runs: a face's coverage is mostly blocks."""
    start = end = -2
    for code in sorted(codes):
        if code != end + 1:
            if start >= 0:
                yield [start, end]
            start = code
        end = code
    if start >= 0:
        yield [start, end]


def _expand(ranges: object) -> Iterator[int]:
    if not isinstance(ranges, list):
        raise TypeError("ranges is not a list")
    for first, last in ranges:
        if not 0 <= _int(first) <= _int(last) <= 0x10FFFF:
            raise ValueError("range out of order")
        yield from range(first, last + 1)
