"""The recipe "How to add a statistic" (docs/conventions.md), followed step by step.

One ``Metric`` registered in a vocabulary must reach, with no other change: the stats
JSON (``Summary.as_dict``, what ``kiosk stats summary --json`` prints), the CSV and XLSX
exports (headline row, its breakdown's section/sheet/table; the PDF too) and the manager window's table.
Its label is an English source string; its Japanese comes from a ``.ts`` file (context
``Statistics``), here one in a temporary translations folder instead of ``core_ja.ts``.
The extra metric reads an existing column, so its figures can be checked against the
metric that owns that column.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine
from staff_support import MANAGER, MANAGER_PASSWORD, log_in, manager_login

from kiosk import i18n
from kiosk.statistics.demo_data import insert_demo
from kiosk.statistics.export import export
from kiosk.statistics.labels import load_labels
from kiosk.statistics.stats import Filters, StatsService
from kiosk.storage import migrate
from kiosk.storage.db import make_engine
from kiosk.ui.tasks import SyncTaskRunner
from kiosk.visits.vocabulary import VOCABULARY, Label, Metric

END = date(2026, 11, 20)
FILTERS = Filters(date(2026, 11, 1), END)
# Step 1 of the recipe: one entry (here a copy of the vocabulary with it, not a global edit)
EXTRA = Metric("kiosk_alone", Label("Kiosk time, kiosk visits only"), "visit",
               "kiosk_seconds", ("day",))
VOCAB = VOCABULARY.with_metric(EXTRA)
# … and its label's translation (the recipe adds it to core_ja.ts; a town may use its own file).
EXTRA_JA = "端末のみ時間"
TS = f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Statistics</name>
    <message>
        <source>{EXTRA.label.source}</source>
        <translation>{EXTRA_JA}</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture(autouse=True)
def extra_translation(tmp_path: Path) -> Iterator[None]:
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "town_ja.ts").write_text(TS, encoding="utf-8")
    before = i18n.extra_folders()
    i18n.configure(folders=[folder])
    yield
    i18n.configure(folders=before)


def test_the_label_is_translated_through_the_ts_file() -> None:
    assert EXTRA.label.text("ja") == EXTRA_JA
    assert EXTRA.label.text("en") == EXTRA.label.source
    i18n.configure(folders=[])
    assert EXTRA.label.text("ja") == EXTRA.label.source  # without the file: English


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{(tmp_path / 'central.sqlite3').as_posix()}")
    migrate.upgrade(engine)
    insert_demo(engine, 600, 30, end=END, seed=11)
    yield engine
    engine.dispose()


def test_registering_twice_or_with_an_unknown_grouping_is_refused() -> None:
    with pytest.raises(ValueError, match="already registered"):
        VOCAB.with_metric(EXTRA)
    with pytest.raises(ValueError, match="unknown grouping"):
        VOCABULARY.with_metric(Metric("x", Label("X"), "visit", "kiosk_seconds", ("month",)))
    assert EXTRA.id not in VOCABULARY.metric_ids  # the default vocabulary is untouched


def test_the_metric_reaches_the_stats_json(engine: Engine) -> None:
    summary = StatsService(engine, VOCAB).summary(FILTERS)
    data = json.loads(json.dumps(summary.as_dict()))
    assert set(VOCAB.metric_ids) <= set(data)
    assert data[EXTRA.id] == data["kiosk"] and data[EXTRA.id]["count"] > 0
    assert EXTRA.id not in StatsService(engine).summary(FILTERS).as_dict()


def test_the_metric_reaches_the_csv_and_the_xlsx(engine: Engine, tmp_path: Path) -> None:
    service = StatsService(engine, VOCAB)
    labels = load_labels()
    export(service, FILTERS, "csv", tmp_path / "r.csv", labels)
    export(service, FILTERS, "xlsx", tmp_path / "r.xlsx", labels)
    with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    overview = {row[1]: row[2:] for row in rows if row[0] == "概要"}
    assert overview[EXTRA_JA] == overview["端末操作"]
    title = f"日別 {EXTRA_JA}"
    assert sum(1 for row in rows if row[0] == title) > 0
    book = load_workbook(tmp_path / "r.xlsx")
    assert title in book.sheetnames
    headline = {row[0]: row[1:] for row in book["概要"].iter_rows(values_only=True) if row}
    assert headline[EXTRA_JA] == headline["端末操作"]


def test_the_metric_reaches_the_pdf(engine: Engine, tmp_path: Path) -> None:
    import pdfplumber

    export(StatsService(engine, VOCAB), FILTERS, "pdf", tmp_path / "r.pdf", load_labels())
    with pdfplumber.open(tmp_path / "r.pdf") as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages)
    assert EXTRA_JA in text and f"日別 {EXTRA_JA}" in text


def test_the_metric_reaches_the_manager_table(qtbot: Any, engine: Engine, tmp_path: Path) -> None:
    from kiosk.ui.app import create_application
    from kiosk.ui.i18n import LanguageSwitcher
    from kiosk.ui.manager.window import ManagerContext, ManagerWindow

    create_application()
    context = ManagerContext(StatsService(engine, VOCAB),
                             {"ja": load_labels(), "en": load_labels("", "en")},
                             lambda: END, tmp_path, manager_login(engine))
    switcher = LanguageSwitcher.shared()
    before = switcher.current
    switcher.set_language("ja")
    try:
        window = ManagerWindow(context, runner=SyncTaskRunner())
        qtbot.addWidget(window)
        log_in(window, qtbot, MANAGER, MANAGER_PASSWORD)
        combo = window.table.metric_combo
        assert [combo.itemData(i) for i in range(combo.count())] == list(VOCAB.metric_ids)
        assert combo.itemText(combo.findData(EXTRA.id)) == EXTRA_JA
        assert window.headline.captions[EXTRA.id].text().startswith(EXTRA_JA)
        combo.setCurrentIndex(combo.findData("kiosk"))
        kiosk_rows = window.table.cell_texts()
        combo.setCurrentIndex(combo.findData(EXTRA.id))
        assert window.table.cell_texts() == kiosk_rows and kiosk_rows
        assert EXTRA.id in window.headline.values
        assert window.headline.values[EXTRA.id].text() == window.headline.values["kiosk"].text()
    finally:
        switcher.set_language(before)
