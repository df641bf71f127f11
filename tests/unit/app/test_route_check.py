"""The route check lives in ``ClerkService.open_visit`` (the service, not the window):
a counter reads the visits routed to it; another needs a reason code, audited first
(on SQLite and PostgreSQL; the database roles' side is tests/integration/test_staff_roles.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from kiosk.app.clerk_service import ClerkService
from kiosk.app.route_check import OFF_ROUTE_REASONS, OffRoute
from kiosk.personal import audit
from kiosk.personal.store import PersonalStore
from kiosk.sealing.box import TownKeyPair
from kiosk.storage.staff_tables import OffRouteAccess
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsRecorder

TOWN_KEYS = TownKeyPair.generate()


def _clerk(engine: Engine, tmp_path: Path) -> tuple[ClerkService, str]:
    recorder = MetricsRecorder(engine, Outbox(tmp_path / "c.sqlite3"), "clerk-1")
    personal = PersonalStore(engine, opener=TOWN_KEYS)
    ticket = recorder.start_visit()
    recorder.record(ticket.visit_id, "navigation_done", life_event="IN", departments=["HOKEN"])
    personal.put(ticket.visit_id, {"name": "山田 太郎"})
    return ClerkService(engine, recorder, personal), ticket.visit_id


def test_another_counters_visit_needs_a_reason(engine: Engine, tmp_path: Path) -> None:
    clerk, visit_id = _clerk(engine, tmp_path)
    assert clerk.open_visit(visit_id, "S1", department="HOKEN") is not None
    with pytest.raises(OffRoute, match="not routed to JUMIN"):
        clerk.open_visit(visit_id, "S2", department="JUMIN")
    with pytest.raises(ValueError, match="unknown off-route reason"):
        clerk.open_visit(visit_id, "S2", department="JUMIN", reason="because")
    assert [e.staff_id for e in audit.entries(engine, visit_id)] == ["S1"]  # no read happened
    data = clerk.open_visit(visit_id, "S2", department="JUMIN", reason=OFF_ROUTE_REASONS[0])
    assert data is not None and data["name"] == "山田 太郎"
    assert [e.staff_id for e in audit.entries(engine, visit_id)] == ["S1", "S2"]
    c = OffRouteAccess.__table__.c
    with engine.connect() as connection:
        rows = connection.execute(select(c.staff_id, c.terminal_id, c.department, c.reason)).all()
    assert [tuple(r) for r in rows] == [("S2", "clerk-1", "JUMIN", OFF_ROUTE_REASONS[0])]
