"""Strict input for ``kiosk navigate`` and ``kiosk forms render`` (issue 10, defect 9).

Every bad scenario file is refused by both commands with one ``kiosk:`` line naming no
person, and exit 1, never a traceback; files Notepad and Excel write are read.
"""

from __future__ import annotations

import codecs
import json
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from kiosk.cli.main import main

SCENARIOS = Path(__file__).resolve().parents[3] / "forms" / "scenarios"
PERSONAL = ("南関", "ナンカン", "太郎", "花子", "1986-07-15")
Edit = Callable[[dict[str, Any]], None]


def sample(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SCENARIOS / name).read_text(encoding="utf-8"))
    return data


@pytest.fixture(params=["navigate", "render"])
def command(request: pytest.FixtureRequest, tmp_path: Path,
            isolated_dirs: Path) -> list[str]:
    """The arguments of one of the two commands, before ``--scenario FILE``."""
    if request.param == "navigate":
        return ["navigate"]
    return ["forms", "render", "--out", str(tmp_path / "out")]


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_refused(args: list[str], capsys: pytest.CaptureFixture[str], expected: str) -> str:
    """Exit 1 with one ``kiosk:`` line that says ``expected``; the line."""
    code, out, err = run(args, capsys)
    assert code == 1
    assert out == ""
    assert err.startswith("kiosk: ") and err.count("\n") == 1, err
    assert expected in err, err
    assert "Traceback" not in err
    assert not any(secret in err for secret in PERSONAL), err
    return err


def write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "scenario.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _set(path: str, value: Any) -> Edit:
    """An edit setting ``a.b.0.c`` (list indexes as numbers) to ``value``; ``None`` deletes."""
    *parents, last = path.split(".")

    def edit(data: dict[str, Any]) -> None:
        target: Any = data
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        if value is None:
            del target[last]
        else:
            target[last] = value

    return edit


TOMORROW = (date.today() + timedelta(days=1)).isoformat()

# (sample, edit, what the one line says): every case of defect 9 that the data can show
BAD_SCENARIOS: dict[str, tuple[str, Edit, str]] = {
    "unknown event": ("tennyu_family4.json", _set("event", "ZZ"), "unknown life event 'ZZ'"),
    "unknown answer value": ("tennyu_family4.json", _set("answers.insurance", "martian"),
                             "answer 'insurance' must be"),
    "unknown question": ("tennyu_family4.json", _set("answers.nope", True),
                         "unknown question id 'nope'"),
    "future birth date": ("tennyu_family4.json", _set("household.1.birth_date", TOMORROW),
                          "household[1]: birth_date is in the future"),
    "event before birth": ("tennyu_family4.json", _set("resident.birth_date", "2026-04-07"),
                           "resident: birth_date is after event_date"),
    "event in 2999": ("tennyu_family4.json", _set("event_date", "2999-04-06"),
                      "event_date is more than a year from today"),
    "move-in without a new address": ("tennyu_family4.json", _set("new_address", None),
                                      "give 'new_address' with its 'oaza'"),
    "death without the deceased": ("okuyami.json", _set("household.0.status", ""),
                                   "is about a death"),
    "birth without a newborn": ("shussei.json", _set("household", []),
                                "registers a birth"),
    "oaza not the town's": ("tennyu_family4.json", _set("new_address.oaza", "水前寺"),
                            "'oaza' is not one of the town's 大字"),
    "malformed postal code": ("tennyu_family4.json", _set("new_address.postal_code", "8610803"),
                              "'postal_code' must be written like 861-0803"),
    "postal code of another oaza": ("tennyu_family4.json",
                                    _set("new_address.postal_code", "861-0801"),
                                    "'postal_code' is not the 大字's"),
    "empty name": ("tennyu_family4.json", _set("household.0.name", " "),
                   "household[0]: 'name' must not be empty"),
}


@pytest.mark.parametrize("case", BAD_SCENARIOS)
def test_a_bad_scenario_is_one_line(
    case: str, command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name, edit, expected = BAD_SCENARIOS[case]
    data = sample(name)
    edit(data)
    path = write(tmp_path, data)
    err = assert_refused([*command, "--scenario", str(path)], capsys, expected)
    assert err.startswith("kiosk: scenario.json: ")  # the file is named, not the person
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


# (bytes of the file, what the one line says)
BAD_FILES: dict[str, tuple[bytes, str]] = {
    "not UTF-8": ('{"event": "café"}'.encode("latin-1"),
                  "is not text in UTF-8 or Shift_JIS; save it as UTF-8"),
    "not JSON": (b'{"event": ', "is not valid JSON (line 1"),
    "deep nesting": (b"[" * 100_000, "nests lists and objects more than 20 levels deep"),
    "10 MB": (b" " * (10 * 1024 * 1024), "is larger than 256 KB"),
    "not an object": (b"[1, 2]", "a scenario must be a JSON object"),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_a_bad_file_is_one_line_at_once(
    case: str, command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw, expected = BAD_FILES[case]
    path = tmp_path / "scenario.json"
    path.write_bytes(raw)
    started = time.monotonic()
    assert_refused([*command, "--scenario", str(path)], capsys, expected)
    assert time.monotonic() - started < 5  # a guard against hanging, not a benchmark


def test_a_missing_file(command: list[str], tmp_path: Path,
                        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nowhere.json"
    assert_refused([*command, "--scenario", str(path)], capsys,
                   f"scenario file {path} does not exist")


@pytest.mark.parametrize(
    "encode",
    [lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
     lambda text: text.encode("cp932")],
    ids=["utf-8-bom", "shift_jis"],
)
def test_notepad_and_excel_files_are_read(
    encode: Callable[[str], bytes], command: list[str], tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = sample("tennyu_family4.json")
    data["household"][1]["name"] = "髙橋 ①郎"  # characters only CP932 has, not Shift_JIS
    path = tmp_path / "scenario.json"
    path.write_bytes(encode(json.dumps(data, ensure_ascii=False)))
    code, out, err = run([*command, "--scenario", str(path)], capsys)
    assert (code, err) == (0, "")
    result = json.loads(out)
    if command[0] == "navigate":
        assert result["event"] == data["event"]
        return
    [pdf] = (tmp_path / "out").glob("*.pdf")
    assert pdf.name == result["pdf"]
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "髙橋" in text  # decoded, not mojibake


@pytest.mark.parametrize("inside_a_file", [False, True], ids=["is-a-file", "under-a-file"])
def test_render_to_a_folder_that_cannot_be_written(
    inside_a_file: bool, tmp_path: Path, isolated_dirs: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", encoding="utf-8")
    out = blocker / "out" if inside_a_file else blocker
    path = write(tmp_path, sample("tennyu_family4.json"))
    assert_refused(["forms", "render", "--scenario", str(path), "--out", str(out)], capsys,
                   f"cannot write to the folder {out}: ")
    assert blocker.read_text(encoding="utf-8") == "not a folder"
