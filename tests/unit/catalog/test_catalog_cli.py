"""``kiosk catalog check|show`` and ``kiosk navigate`` through the real entry point."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from forms.catalog import BUNDLED_FOLDER
from kiosk.cli.main import main

SCENARIOS = BUNDLED_FOLDER.parent / "scenarios"


def broken_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "town-catalog"
    shutil.copytree(BUNDLED_FOLDER, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    path = folder / "procedures.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "      IN:\n        forms: [gentsuki]", "      IN:\n        forms: [gentsuki_v2]"),
        encoding="utf-8")
    return folder


def test_check_passes_on_the_shipped_catalog(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["catalog", "check"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("catalog OK")
    assert "8 events" in out and "31 procedures" in out and "11 departments" in out


def test_check_fails_plainly_on_a_broken_catalog(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["catalog", "check", "--folder", str(broken_copy(tmp_path))]) == 1
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert lines[0].startswith("kiosk: procedures.yaml line ")
    assert "names form 'gentsuki_v2', which does not exist" in lines[0]
    assert lines[-1] == "kiosk: the catalog has 1 problem"
    assert "Traceback" not in captured.err and captured.out == ""


def test_the_configured_folder_is_used(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = broken_copy(tmp_path)
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[catalog]\nfolder = "{folder.as_posix()}"\n', encoding="utf-8")
    assert main(["--config", str(config), "catalog", "check"]) == 1
    assert "gentsuki_v2" in capsys.readouterr().err


def test_show_lists_events_questions_and_procedures(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["catalog", "show", "--event", "D", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Bereavement" in out and "deceased_was_head" in out
    assert "sosaihi" in out and "tennyugaku" not in out  # not a death procedure
    assert "Did the deceased receive a pension?" in out
    assert "JUMIN    Counter 1" in out and "kouki_other_pref" in out
    assert main(["catalog", "show", "--event", "ZZ"]) == 1
    assert "unknown event 'ZZ'" in capsys.readouterr().err


def test_navigate_prints_the_plan_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["navigate", "--scenario", str(SCENARIOS / "tennyu_family4.json")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["event"] == "IN"
    assert data["stops"][0]["department"]["id"] == "JUMIN"
    procedures = [p["id"] for s in data["stops"] for p in s["procedures"]]
    assert procedures[0] == "jumin_ido" and "tennyugaku" in procedures
    assert data["pending_questions"] == []
    assert {"form_id": "jumin_ido", "member_id": "self",
            "member_ids": ["self", "spouse", "child1", "child2"],
            "procedure_ids": ["jumin_ido"]} in data["forms"]


def test_navigate_reports_pending_questions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads((SCENARIOS / "okuyami.json").read_text(encoding="utf-8"))
    data["answers"] = {}
    path = tmp_path / "s.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["navigate", "--scenario", str(path)]) == 0
    pending = json.loads(capsys.readouterr().out)["pending_questions"]
    assert pending[0] == {"question": "deceased_was_head", "member_ids": ["self"]}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "does not exist"),
        ("{", "is not valid JSON (line 1"),
        ('{"event": "IN"}', "event_date must be a date"),
        ('{"event": "IN", "event_date": "2026-01-01", "resident": {"name": "南関 太郎", '
         '"birth_date": "1990-01-01"}, "answers": {"nope": true}}',
         "unknown question id 'nope'"),
    ],
)
def test_navigate_fails_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, message: str
) -> None:
    path = tmp_path / "scenario.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert main(["navigate", "--scenario", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kiosk: ") and message in err
    assert "南関" not in err and "Traceback" not in err
