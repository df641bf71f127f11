"""The statistics vocabulary is the only place that spells metrics, groupings and channels.

Channels have one spelling everywhere: the recorder refuses the former ones, migration 0003
rewrites stored rows, and an outbox filled before the upgrade is rewritten as it is sent.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert, select

from kiosk.storage import migrate
from kiosk.storage.tables import Visit, VisitSummary
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsError, MetricsRecorder
from kiosk.visits.vocabulary import FORMER_CHANNEL_IDS, VOCABULARY

ROOT = Path(__file__).resolve().parents[3]
SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")


def test_ids_are_snake_case_unique_and_labelled() -> None:
    for ids in (VOCABULARY.metric_ids, VOCABULARY.grouping_ids, VOCABULARY.channel_ids):
        assert len(set(ids)) == len(ids)
        assert all(SNAKE.match(i) for i in ids), ids
    labels = [*VOCABULARY.metrics, *VOCABULARY.groupings, *VOCABULARY.channels]
    # an English source, translated in core_ja.ts (a missing entry would show English)
    assert all(item.label.source and item.label.text("ja") != item.label.source
               for item in labels)
    assert set(VOCABULARY.methods) <= set(VOCABULARY.channel_ids)


def test_no_product_module_spells_the_former_channels_or_lists_the_metrics() -> None:
    """The vocabulary (its map of former ids) and the frozen migration are the exceptions."""
    allowed = {ROOT / "kiosk/visits/vocabulary.py"}
    # a quoted id (the words "a walk-in" in a sentence are English, not an id)
    former = re.compile("|".join(f"[\"'`]{re.escape(old)}[\"'`]" for old in FORMER_CHANNEL_IDS))
    metric_list = re.compile(r"""["']dwell["'],\s*["']kiosk["'],\s*["']wait["']""")
    offenders = []
    for package in ("kiosk", "forms", "printing"):
        for path in (ROOT / package).rglob("*.py"):
            if path in allowed or "migrations" in path.parts:
                continue
            text = path.read_text(encoding="utf-8")
            for pattern in (former, metric_list):
                if any(pattern.search(line) and not line.lstrip().startswith("#")
                       and '"' in line for line in text.splitlines()):
                    offenders.append(f"{path.relative_to(ROOT)}: {pattern.pattern}")
    assert offenders == []


def test_the_recorder_takes_every_channel_and_refuses_former_spellings(
        recorder: MetricsRecorder) -> None:
    for channel in VOCABULARY.channel_ids:
        assert recorder.start_visit(channel=channel, language="ja").visit_id
    for old in FORMER_CHANNEL_IDS:
        with pytest.raises(MetricsError):
            recorder.start_visit(channel=old, language="ja")


def _visit(visit_id: str, channel: str, ticket: str) -> dict[str, object]:
    return {"id": visit_id, "day": date(2026, 11, 2), "ticket": ticket, "terminal_id": "k1",
            "started_at": datetime(2026, 11, 2, 1, 0), "channel": channel, "language": "ja"}


def test_migration_0003_rewrites_stored_channels(sqlite_engine: Engine) -> None:
    from alembic import command

    config = migrate._alembic_config(sqlite_engine)
    with sqlite_engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    with sqlite_engine.begin() as connection:
        for number, old in enumerate(FORMER_CHANNEL_IDS, start=1):
            connection.execute(insert(Visit.__table__), _visit(f"v{number}", old, str(number)))
            connection.execute(insert(VisitSummary.__table__), {
                "visit_id": f"v{number}", "day": date(2026, 11, 2), "hour": 10,
                "week": "2026-W45", "life_event": "X", "channel": old})
    migrate.upgrade(sqlite_engine)
    with sqlite_engine.connect() as connection:
        stored = set(connection.execute(select(Visit.__table__.c.channel)).scalars())
        summarised = set(connection.execute(select(VisitSummary.__table__.c.channel)).scalars())
    assert stored == summarised == set(FORMER_CHANNEL_IDS.values())


def test_an_outbox_from_before_the_upgrade_is_sent_with_the_new_spelling(
        sqlite_engine: Engine, tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    for number, old in enumerate(FORMER_CHANNEL_IDS, start=1):
        outbox.put("visit", _visit(f"o{number}", old, f"K{number}"))
    assert outbox.sync(sqlite_engine) == len(FORMER_CHANNEL_IDS)
    with sqlite_engine.connect() as connection:
        stored = set(connection.execute(select(Visit.__table__.c.channel)).scalars())
    assert stored == set(FORMER_CHANNEL_IDS.values())
