"""Help-call figures, computed by hand: per day, per screen, per reason, time to acknowledge.

Five calls on two local days (JST): three acknowledged after 30 s, 90 s and 10 min, one
resolved straight away (acknowledged at that moment: 60 s), one still waiting.
Median of (30, 60, 90, 600) = 75 s; p90 = 90 + (600 − 90) × 0.7 = 447 s.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from kiosk.cli.main import main
from kiosk.domain.help_call import HelpCall, HelpReason
from kiosk.statistics.help_calls import help_call_stats
from kiosk.storage import migrate
from kiosk.storage.db import make_engine
from kiosk.visits.help_calls import HelpCallStore

# 2026-11-26 23:50 UTC is already 11-27 in Japan: the local day counts.
T = datetime(2026, 11, 26, 1, 0, tzinfo=UTC)
LATE = datetime(2026, 11, 26, 23, 50, tzinfo=UTC)


def _calls() -> list[HelpCall]:
    def call(n: int, at: datetime, screen: str, reason: HelpReason) -> HelpCall:
        return HelpCall(f"call-{n}", "kiosk-1", screen, reason, at)

    s = timedelta(seconds=1)
    return [
        call(1, T, "pin_entry", HelpReason.PIN_FORGOTTEN).acknowledge("S1", T + 30 * s),
        call(2, T, "pin_entry", HelpReason.LAST_TRY).acknowledge("S1", T + 90 * s),
        call(3, T, "manual_entry", HelpReason.MANUAL_ENTRY).acknowledge("S2", T + 600 * s)
        .resolve("S2", T + 900 * s),
        call(4, LATE, "preview", HelpReason.PRINT_FAILURE).resolve("S1", LATE + 60 * s),
        call(5, LATE, "pin_entry", HelpReason.RESIDENT),
    ]


@pytest.fixture
def engine(db_url: str) -> Engine:
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    HelpCallStore(engine).insert(_calls())
    return engine


def test_the_figures_match_the_hand_computation(engine: Engine) -> None:
    stats = help_call_stats(engine)
    assert stats.calls == 5 and stats.unacknowledged == 1
    assert stats.per_day == {date(2026, 11, 26): 3, date(2026, 11, 27): 2}
    assert stats.per_screen == {"pin_entry": 3, "manual_entry": 1, "preview": 1}
    assert stats.per_reason == {"pin_forgotten": 1, "last_try": 1, "manual_entry": 1,
                                "print_failure": 1, "resident": 1}
    assert stats.acknowledge_median_seconds == pytest.approx(75.0)
    assert stats.acknowledge_p90_seconds == pytest.approx(447.0)
    engine.dispose()


def test_the_days_filter_by_the_local_day(engine: Engine) -> None:
    stats = help_call_stats(engine, date(2026, 11, 27), date(2026, 11, 27))
    assert (stats.calls, stats.unacknowledged) == (2, 1)
    assert stats.acknowledge_median_seconds == pytest.approx(60.0)
    assert help_call_stats(engine, date(2026, 12, 1)).calls == 0
    assert help_call_stats(engine, date(2026, 12, 1)).acknowledge_median_seconds is None
    engine.dispose()


def test_kiosk_stats_summary_reports_them(isolated_dirs: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{(tmp_path / 'central.sqlite3').as_posix()}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    HelpCallStore(engine).insert(_calls())
    engine.dispose()
    monkeypatch.setenv("KIOSK_DATABASE_URL", url)
    capsys.readouterr()
    assert main(["stats", "summary", "--json", "--from", "2026-11-26", "--to",
                 "2026-11-26"]) == 0
    data = json.loads(capsys.readouterr().out)["help_calls"]
    assert data["calls"] == 3 and data["per_day"] == {"2026-11-26": 3}
    assert data["per_screen"] == {"pin_entry": 2, "manual_entry": 1}
    assert data["acknowledge_median_seconds"] == pytest.approx(90.0)
    assert main(["stats", "summary"]) == 0
    text = capsys.readouterr().out
    assert "help calls: 5 (1 not acknowledged) acknowledge_median=75" in text
    assert "help calls on screen pin_entry: 3" in text
    assert "help calls on 2026-11-27: 2" in text
