"""The fallback face's coverage cached on disk: read from the font once, then from the
cache until the font changes; a corrupt or foreign cache file is rebuilt, never fatal."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from printing import font_coverage, fonts
from printing.font_coverage import FaceCoverage, face_coverage, read_face
from printing.fonts import FALLBACK, KR, _bundled

COVERAGE = FaceCoverage(frozenset({0x41, 0x42, 0x43, 0x3042, 0x20BB7}),
                        {(0x9089, 0xE0110): 4242, (0x8FBB, 0xE0100): 17})


@pytest.fixture
def font(tmp_path: Path) -> Path:
    """A stand-in font file: only its path, size and mtime matter to the cache."""
    path = tmp_path / "fonts" / "ipamjm.ttf"
    path.parent.mkdir()
    path.write_bytes(b"\0" * 64)
    return path


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every time the font itself is read (the slow fontTools path)."""
    seen: list[Path] = []

    def fake_read(path: Path) -> FaceCoverage:
        seen.append(path)
        return COVERAGE

    monkeypatch.setattr(font_coverage, "read_face", fake_read)
    return seen


def _cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("font-coverage-*.json"))


def test_the_second_start_reads_the_cache_not_the_font(tmp_path: Path, font: Path,
                                                         reads: list[Path]) -> None:
    cache = tmp_path / "cache"
    assert face_coverage(font, [cache]) == COVERAGE
    assert reads == [font]
    assert len(_cache_files(cache)) == 1
    assert face_coverage(font, [cache]) == COVERAGE
    assert reads == [font], "a cache hit never reads the font"


def test_a_changed_font_is_read_again(tmp_path: Path, font: Path, reads: list[Path]) -> None:
    cache = tmp_path / "cache"
    face_coverage(font, [cache])
    stat = font.stat()
    os.utime(font, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    face_coverage(font, [cache])
    assert len(reads) == 2, "a new mtime rebuilds"
    font.write_bytes(b"\0" * 128)  # a new size (and mtime)
    face_coverage(font, [cache])
    assert len(reads) == 3
    assert len(_cache_files(cache)) == 1, "the font's own file is replaced, not added to"
    face_coverage(font, [cache])
    assert len(reads) == 3


@pytest.mark.parametrize("content", [
    b"",
    b"{not json",
    b"\xff\xfe garbage",
    b"[]",
    json.dumps({"format": 999}).encode(),
    None,  # the right key, then broken contents: filled in below
])
def test_a_corrupt_cache_file_is_rebuilt(tmp_path: Path, font: Path, reads: list[Path],
                                         content: bytes | None) -> None:
    cache = tmp_path / "cache"
    face_coverage(font, [cache])
    [file] = _cache_files(cache)
    if content is None:
        data = json.loads(file.read_bytes())
        data["ranges"] = [[10, 5], ["a", 3]]
        content = json.dumps(data).encode()
    file.write_bytes(content)
    assert face_coverage(font, [cache]) == COVERAGE
    assert len(reads) == 2
    assert face_coverage(font, [cache]) == COVERAGE, "the rebuilt file is valid again"
    assert len(reads) == 2


def test_an_unwritable_cache_folder_falls_back_beside_the_font(
        tmp_path: Path, font: Path, reads: list[Path]) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be")
    assert face_coverage(font, [blocked / "fonts", font.parent]) == COVERAGE
    assert len(_cache_files(font.parent)) == 1
    assert face_coverage(font, [blocked / "fonts", font.parent]) == COVERAGE
    assert len(reads) == 1


def test_nowhere_to_write_still_answers(tmp_path: Path, font: Path, reads: list[Path]) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    assert face_coverage(font, [blocked / "a", blocked / "b"]) == COVERAGE
    assert face_coverage(font, [blocked / "a", blocked / "b"]) == COVERAGE
    assert len(reads) == 2


def test_a_real_face_round_trips_through_the_cache(tmp_path: Path) -> None:
    """The cache holds what fontTools reads, code point for code point."""
    path = _bundled(KR)
    direct = read_face(path)
    assert ord("한") in direct.codes
    cached = face_coverage(path, [tmp_path])
    again = face_coverage(path, [tmp_path])
    assert direct == cached == again


def test_the_fallback_face_check_uses_the_cache_after_the_first_start(
        isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What every kiosk start used to pay: IPAmj明朝's cmap read with fontTools."""
    if fonts.fallback_path() is None:
        pytest.skip("IPAmj明朝 is not installed")
    fonts.fallback_coverage.cache_clear()
    fonts.cmap.cache_clear()
    try:
        assert ord("𠮷") in fonts.cmap(FALLBACK)
        assert _cache_files(isolated_dirs / "cache" / "fonts")

        def no_font_reading(path: Path) -> FaceCoverage:
            raise AssertionError("the cache was not used")

        monkeypatch.setattr(font_coverage, "read_face", no_font_reading)
        fonts.fallback_coverage.cache_clear()  # as in a new process
        fonts.cmap.cache_clear()
        assert ord("𠮷") in fonts.cmap(FALLBACK)
        assert fonts.variation_glyphs()[(0x9089, 0xE0110)] > 0  # 邉󠄐
    finally:
        fonts.fallback_coverage.cache_clear()
        fonts.cmap.cache_clear()
