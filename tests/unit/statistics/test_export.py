"""Exports: encodings of the CSV, XLSX figures equal ``kiosk stats summary``, PDF text."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine

from kiosk.cli.main import main
from kiosk.statistics.demo_data import insert_demo
from kiosk.statistics.export import export
from kiosk.statistics.labels import load_labels
from kiosk.statistics.report import ExportCancelled
from kiosk.statistics.stats import Filters, StatsService
from kiosk.storage import migrate
from kiosk.storage.db import make_engine

END = date(2026, 11, 20)
FROM, TO = "2026-11-01", "2026-11-20"
NAMES = {"dwell": "滞在時間", "kiosk": "端末操作", "wait": "待ち時間", "service": "対応時間"}


@pytest.fixture
def demo_db(isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch) -> Engine:
    isolated_dirs.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{(isolated_dirs / 'central.sqlite3').as_posix()}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    insert_demo(engine, 1500, 40, end=END, seed=7)
    monkeypatch.setenv("KIOSK_DATABASE_URL", url)
    return engine


def _summary_json(capsys: pytest.CaptureFixture[str], *extra: str) -> dict:
    capsys.readouterr()
    assert main(["stats", "summary", "--from", FROM, "--to", TO, "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_xlsx_holds_the_same_figures_as_stats_summary(demo_db: Engine, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    baseline = tmp_path / "survey.csv"
    baseline.write_text("date,life_event,minutes\n2024-10-01,IN,95\n2024-10-01,OUT,80\n"
                        "2024-10-02,D,150\n", encoding="utf-8")
    assert main(["stats", "baseline", "import", str(baseline)]) == 0
    out = tmp_path / "report.xlsx"
    assert main(["stats", "export", "--from", FROM, "--to", TO, "--format", "xlsx",
                 "--out", str(out)]) == 0
    summary = _summary_json(capsys)
    sheet = load_workbook(out)["概要"]
    rows = {row[0]: row[1:] for row in sheet.iter_rows(values_only=True) if row and row[0]}
    assert rows["来庁件数"][0] == summary["visits"] > 0
    for key, name in NAMES.items():
        count, mean, median, p90 = rows[name][:4]
        figures = summary[key]
        assert count == figures["count"]
        assert mean * 60 == pytest.approx(figures["mean"])
        assert median * 60 == pytest.approx(figures["median"])
        assert p90 * 60 == pytest.approx(figures["p90"])
    assert rows["削減率"][0] == pytest.approx(summary["baseline"]["reduction"])
    book = load_workbook(out)
    assert book["日別 滞在時間"]._charts and book["窓口別 比較"]._charts


def test_csv_is_utf8_with_bom_by_default_and_cp932_on_request(demo_db: Engine,
                                                             tmp_path: Path) -> None:
    utf8, sjis = tmp_path / "a.csv", tmp_path / "b.csv"
    base = ["stats", "export", "--from", FROM, "--to", TO, "--format", "csv", "--out"]
    assert main([*base, str(utf8)]) == 0
    assert main([*base, str(sjis), "--encoding", "cp932"]) == 0
    raw = utf8.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][0] == "表" and any(r[1] == "転入" for r in rows)
    sjis_raw = sjis.read_bytes()
    assert not sjis_raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        sjis_raw.decode("utf-8")
    assert list(csv.reader(io.StringIO(sjis_raw.decode("cp932")))) == rows
    pdf = ["stats", "export", "--from", FROM, "--to", TO, "--format", "pdf", "--encoding", "cp932"]
    assert main([*pdf, "--out", str(tmp_path / "c.pdf")]) == 1


def test_pdf_report_has_japanese_text_and_embedded_font(demo_db: Engine, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    export(StatsService(demo_db), Filters(date(2026, 11, 1), END), "pdf", out, load_labels())
    with pdfplumber.open(out) as pdf:
        text = pdf.pages[0].extract_text()
        fonts = {c["fontname"] for c in pdf.pages[0].chars}
    assert "来庁者の滞在時間レポート" in text and "滞在時間" in text
    assert any("UDGothic" in f for f in fonts)


def test_export_reports_progress_and_can_be_cancelled(demo_db: Engine, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    out = tmp_path / "x.xlsx"
    export(StatsService(demo_db), Filters(), "xlsx", out, load_labels(),
           progress=lambda d, t: seen.append((d, t)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    target = tmp_path / "cancelled.csv"
    with pytest.raises(ExportCancelled):
        export(StatsService(demo_db), Filters(), "csv", target, load_labels(),
               progress=lambda d, t: seen.append((d, t)), cancelled=lambda: len(seen) > 12)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".export-")] == []


def test_stats_summary_text_and_errors(demo_db: Engine, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert main(["stats", "summary", "--event", "D", "--channel", "card"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("visits: ") and "median=" in out
    data = _summary_json(capsys, "--department", "ZEIMU")
    assert set(data["departments"]) == {"ZEIMU"}
    monkeypatch.setenv("KIOSK_DATABASE_URL", f"sqlite:///{(tmp_path / 'empty.sqlite3').as_posix()}")
    assert main(["stats", "summary"]) == 1
    assert "kiosk db upgrade" in capsys.readouterr().err


def test_demo_data_command(isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str]) -> None:
    isolated_dirs.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{(isolated_dirs / 'demo.sqlite3').as_posix()}"
    monkeypatch.setenv("KIOSK_DATABASE_URL", url)
    assert main(["demo-data", "--visits", "80", "--days", "7"]) == 1  # not migrated yet
    assert main(["db", "upgrade"]) == 0
    assert main(["demo-data", "--visits", "80", "--days", "7"]) == 0
    assert "generated 80 visit(s) over 7 day(s)" in capsys.readouterr().out
    assert main(["demo-data", "--visits", "0"]) == 1
    capsys.readouterr()
    assert main(["stats", "summary", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["visits"] == 80
