"""``GET /queue``: the waiting status page from the board file the display publishes."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

with warnings.catch_warnings():  # Starlette 1 asks for httpx2; httpx is what we have
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from kiosk.app.board_publication import BoardFile
from kiosk.domain.waiting_board import BoardSnapshot, CalledTicket, CounterStatus
from kiosk.navigation.engine import Navigator
from kiosk.web.app import Downloads, WebSettings, create_app

STATE_KEY = b"k" * 32


def _unused(*_args: object) -> bytes:
    raise AssertionError("the status page makes no QR code")

NOW = datetime(2026, 4, 6, 1, 30, tzinfo=UTC)  # 10:30 in Japan


def _client(navigator: Navigator, queue_file: Path) -> TestClient:
    app = create_app(navigator, WebSettings(STATE_KEY, queue_file=str(queue_file)), _unused,  # type: ignore[arg-type]
                     Downloads(_unused, _unused))
    return TestClient(app)


@pytest.fixture
def board(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "board.json"


def _publish(path: Path, taken_at: datetime) -> None:
    BoardFile(path).publish(BoardSnapshot(
        date(2026, 4, 6), taken_at,
        (CalledTicket("17", "HOKEN", NOW - timedelta(minutes=1)),
         CalledTicket("12", "JUMIN", NOW - timedelta(minutes=5), "serving")),
        (CounterStatus("JUMIN", 3, 14 * 60.0), CounterStatus("HOKEN", 0, None))))


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_page_shows_calls_counters_and_estimates(navigator: Navigator, board: Path) -> None:
    _publish(board, datetime.now(UTC))
    with _client(navigator, board) as client:
        page = client.get("/queue")
        english = client.get("/queue?lang=en")
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
    assert '<meta http-equiv="refresh" content="30">' in page.text
    assert "<script" not in page.text
    text = _text(page.text)
    assert "17 2番窓口 窓口へお越しください" in text
    assert "12 1番窓口 受付中" in text
    assert "1番窓口 3人待ち 約14分" in text
    assert "2番窓口 0人待ち 目安はまだありません" in text
    english_text = _text(english.text)
    assert "17 Counter 2 Please come" in english_text
    assert "Counter 1 3 waiting About 14 min" in english_text


def test_an_old_or_missing_board_is_not_shown_as_live(navigator: Navigator, board: Path) -> None:
    with _client(navigator, board) as client:
        assert "ただいま待ち状況を表示できません。" in client.get("/queue").text
        _publish(board, datetime.now(UTC) - timedelta(minutes=10))
        stale = client.get("/queue").text
        board.write_text('{"day": "2026-04-06", "visit_id": "x"}', encoding="utf-8")
        foreign = client.get("/queue").text
    assert 'id="not-live"' in stale and "17" not in _text(stale)
    assert 'id="not-live"' in foreign


def test_the_board_file_refuses_anything_but_a_board(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    _publish(path, NOW)
    assert BoardFile(path).read() is not None
    raw = path.read_text(encoding="utf-8")
    for broken in (raw.replace('"state": "called"', '"state": "gone"'),
                   raw.replace('"waiting": 3', '"waiting": -3'),
                   raw.replace('"ticket": "17"', '"ticket": "17", "name": "x"'),
                   raw.replace("+00:00", ""), "[]", "not json"):
        path.write_text(broken, encoding="utf-8")
        assert BoardFile(path).read() is None, broken
