"""``kiosk forms list|render`` and ``kiosk print test`` through the real CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from forms.layout import LAYOUT_DIR
from kiosk.cli.main import main
from printing.doctor import check_printer

SCENARIOS = Path(__file__).resolve().parents[3] / "forms" / "scenarios"


def test_forms_list_json(capsys: pytest.CaptureFixture[str], isolated_dirs: Path) -> None:
    assert main(["forms", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == len([p for p in LAYOUT_DIR.glob("*.yaml") if not p.name.startswith("_")])
    assert {r["id"] for r in rows if r["needs_my_number"]} >= {"kokuho_shutoku", "jido_teate"}


def test_forms_render_writes_one_pdf_with_a_summary(
    capsys: pytest.CaptureFixture[str], isolated_dirs: Path, tmp_path: Path
) -> None:
    source = json.loads((SCENARIOS / "tennyu_family4.json").read_text(encoding="utf-8"))
    source["resident"]["my_number"] = "123456789018"
    scenario = tmp_path / "scenario.json"
    scenario.write_text(json.dumps(source, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["forms", "render", "--scenario", str(scenario), "--out", str(out),
                 "--ticket", "B-7"]) == 0
    captured = capsys.readouterr()
    summary = json.loads(captured.out)
    assert "123456789018" not in captured.out + captured.err
    assert "南関" not in captured.out  # ids and counts only
    [pdf] = list(out.iterdir())
    assert pdf.name == summary["pdf"]
    assert summary["forms"][0]["form"] == "jumin_ido"
    assert summary["pages"] == len(PdfReader(pdf).pages) > len(summary["forms"])
    assert summary["missing_layouts"] == []


def test_forms_render_refuses_a_bad_scenario(
    capsys: pytest.CaptureFixture[str], isolated_dirs: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{\"event\": \"IN\"}", encoding="utf-8")
    assert main(["forms", "render", "--scenario", str(bad), "--out", str(tmp_path)]) == 1
    assert capsys.readouterr().err.startswith("kiosk: ")


def test_print_test_through_the_folder_backend(
    capsys: pytest.CaptureFixture[str], isolated_dirs: Path
) -> None:
    assert main(["print", "test"]) == 0
    assert "printed through folder" in capsys.readouterr().out
    assert len(list((isolated_dirs / "data" / "printed").glob("printed-*.pdf"))) == 1
    assert list((isolated_dirs / "data" / "spool").iterdir()) == []


def test_doctor_check_for_folder_and_a_missing_cups_queue(isolated_dirs: Path) -> None:
    class Printer:
        backend = "folder"
        queue = ""
        folder = ""
        job_timeout_seconds = 10

    class Config:
        printer = Printer()

    ok, message = check_printer(Config())
    assert ok and "writable" in message
    Printer.backend = "cups"
    Printer.queue = "no-such-queue-for-kiosk"
    ok, message = check_printer(Config())
    assert not ok
    assert message.startswith("CUPS")
