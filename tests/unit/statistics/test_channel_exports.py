"""The per-channel figures in every export format, from events written by the recorder.

Expected figures come from ``channel_visits_support.expected`` (the ``statistics``
module over the planned minutes), never from the product's own computation.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pdfplumber
import pytest
from channel_visits_support import DAY, Expected, expected, record_visits
from openpyxl import load_workbook
from sqlalchemy import Engine

from kiosk.cli.main import main
from kiosk.statistics.export import export
from kiosk.statistics.labels import load_labels
from kiosk.statistics.stats import Filters, StatsService
from kiosk.visits.vocabulary import VOCABULARY


def label(channel: str) -> str:
    return VOCABULARY.channel_label(channel, "ja")


@pytest.fixture
def service(sqlite_engine: Engine, tmp_path: Path) -> StatsService:
    record_visits(sqlite_engine, tmp_path)
    return StatsService(sqlite_engine)


def _export(service: StatsService, fmt: str, out: Path) -> Path:
    export(service, Filters(DAY, DAY), fmt, out, load_labels())
    return out


def test_csv_has_kiosk_and_town_hall_medians_per_channel(
        service: StatsService, tmp_path: Path) -> None:
    out = _export(service, "csv", tmp_path / "report.csv")
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    kiosk = {r[1]: r for r in rows if r[0] == "受付方法別 端末操作"}
    dwell = {r[1]: r for r in rows if r[0] == "受付方法別 滞在時間"}
    comparison = {r[1]: r for r in rows if r[0] == "受付方法別 ベースライン"}
    for channel, w in expected().items():
        name = label(channel)
        if w.kiosk:
            assert int(kiosk[name][2]) == len(w.kiosk)
            assert float(kiosk[name][4]) == round(w.median(w.kiosk), 2)
            assert float(kiosk[name][5]) == round(w.p90(w.kiosk), 2)
        else:
            assert name not in kiosk  # walk-ins have no kiosk time
        assert float(dwell[name][4]) == round(w.median(w.dwell), 2)
        assert float(dwell[name][5]) == round(w.p90(w.dwell), 2)
        assert int(comparison[f"{name}: 来庁件数"][2]) == w.visits
        assert float(comparison[f"{name}: 導入前 平均(分)"][3]) == round(w.baseline_minutes, 2)
        assert float(comparison[f"{name}: 削減率 (%)"][3]) == round(w.reduction * 100, 1)


def _xlsx_channel_rows(out: Path) -> tuple[list[str], dict[str, list[object]]]:
    sheet = load_workbook(out)["受付方法別 比較"]
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    return [str(c) for c in rows[0]], {str(r[0]): list(r[1:]) for r in rows[1:] if r[0]}


def test_xlsx_compares_the_channels_on_their_own_sheet(
        service: StatsService, tmp_path: Path) -> None:
    out = _export(service, "xlsx", tmp_path / "report.xlsx")
    header, rows = _xlsx_channel_rows(out)
    assert header == ["受付方法", "来庁件数", "端末操作 中央値(分)", "端末操作 90%値(分)",
                      "滞在時間 中央値(分)", "滞在時間 90%値(分)", "導入前 平均(分)",
                      "現在 平均(分)", "目標 −60% 平均(分)", "削減率", "目標(−60%)達成度"]
    assert list(rows) == [label(c) for c in VOCABULARY.channel_ids if c in expected()]
    for channel, w in expected().items():
        visits, k_median, k_p90, d_median, d_p90, before, _now, target, reduction, _p = \
            rows[label(channel)]
        assert visits == w.visits
        if w.kiosk:
            assert k_median == pytest.approx(w.median(w.kiosk))
            assert k_p90 == pytest.approx(w.p90(w.kiosk))
        else:
            assert k_median is None and k_p90 is None
        assert d_median == pytest.approx(w.median(w.dwell))
        assert d_p90 == pytest.approx(w.p90(w.dwell))
        assert before == pytest.approx(w.baseline_minutes)
        assert target == pytest.approx(w.baseline_minutes * 0.4)
        assert reduction == pytest.approx(w.reduction)
    assert load_workbook(out)["受付方法別 比較"]._charts


def _line(name: str, w: Expected) -> str:
    kiosk = ([f"{w.median(w.kiosk):.1f}", f"{w.p90(w.kiosk):.1f}"] if w.kiosk else ["—", "—"])
    return " ".join([name, str(w.visits), *kiosk, f"{w.median(w.dwell):.1f}",
                     f"{w.p90(w.dwell):.1f}", f"{w.baseline_minutes:.1f}"])


def test_pdf_shows_each_channels_figures(service: StatsService, tmp_path: Path) -> None:
    out = _export(service, "pdf", tmp_path / "report.pdf")
    with pdfplumber.open(out) as pdf:
        text = pdf.pages[0].extract_text()
    assert "受付方法別 端末操作時間と滞在時間" in text
    lines = text.splitlines()
    for channel, w in expected().items():
        want = _line(label(channel), w)
        assert any(line.startswith(want) for line in lines), (want, lines)


def test_kiosk_stats_reads_a_former_channel_spelling(
        service: StatsService, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("KIOSK_DATABASE_URL", str(service.engine.url))
    capsys.readouterr()
    assert main(["stats", "summary", "--json", "--channel", "pre-application",
                 "--from", DAY.isoformat(), "--to", DAY.isoformat()]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["filters"]["channel"] == "pre_application"
    assert data["visits"] == expected()["pre_application"].visits


def test_kiosk_stats_summary_lists_the_channels(
        service: StatsService, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("KIOSK_DATABASE_URL", str(service.engine.url))
    period = ["--from", DAY.isoformat(), "--to", DAY.isoformat()]
    capsys.readouterr()
    assert main(["stats", "summary", "--json", *period]) == 0
    channels = json.loads(capsys.readouterr().out)["channels"]
    assert list(channels) == [c for c in VOCABULARY.channel_ids if c in expected()]
    for channel, w in expected().items():
        assert channels[channel]["visits"] == w.visits
        assert channels[channel]["dwell"]["median"] == pytest.approx(w.median(w.dwell) * 60)
        assert channels[channel]["baseline"]["reduction"] == pytest.approx(w.reduction)
    assert main(["stats", "summary", *period]) == 0
    pre = expected()["pre_application"]
    assert (f"channel pre_application: visits={pre.visits} "
            f"kiosk_median={round(pre.median(pre.kiosk), 2)}") in capsys.readouterr().out
