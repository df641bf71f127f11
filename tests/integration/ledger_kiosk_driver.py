"""A kiosk process without a window, for kill -9 tests: the real services, the real lifecycle.

``python ledger_kiosk_driver.py visits N [--pause]`` runs N resident visits through
``open_services`` (the configuration of ``KIOSK_HOME``: the default SQLite database and
outbox in the data folder) and ``VisitLifecycle``, exactly the calls the kiosk window makes.
After each step it prints ``step <name> <visit id> <ticket>`` (flushed); with ``--pause`` it
then waits for a line on standard input, so a test can kill it at that very step.
``python ledger_kiosk_driver.py recover`` starts once, sends what waits, and exits cleanly.
"""

from __future__ import annotations

import sys

from kiosk.app.metrics_services import open_services
from kiosk.config import load_config
from kiosk.storage import migrate
from kiosk.visits.lifecycle import NavigationSummary, VisitLifecycle


class Slot:
    visit_id: str | None = None
    ticket: str | None = None


PAYLOAD = {"name": "テスト 太郎", "address": "1-2-3", "answers": {"household": 2}}
SUMMARY = NavigationSummary(life_event="move_in", household_size=2, procedures=3, forms=4,
                            departments=("JUMIN",))


def _say(step: str, slot: Slot, pause: bool) -> None:
    print(f"step {step} {slot.visit_id} {slot.ticket}", flush=True)
    if pause:
        sys.stdin.readline()


def main(argv: list[str]) -> int:
    config = load_config()
    services = open_services(config, connect_timeout=2)
    migrate.upgrade(services.engine)
    lifecycle = VisitLifecycle(services.recorder, services.personal)
    if argv[0] == "recover":
        lifecycle.sync()
        print(f"recovered outbox={services.recorder.outbox.size()}", flush=True)
        services.close()
        return 0
    count, pause = int(argv[1]), "--pause" in argv
    for _ in range(count):
        slot = Slot()
        lifecycle.open(slot, "ja")
        _say("opened", slot, pause)
        lifecycle.identified(slot.visit_id, "card")
        _say("identified", slot, pause)
        lifecycle.planned(slot.visit_id, SUMMARY, PAYLOAD)
        _say("planned", slot, pause)
        assert slot.visit_id is not None
        lifecycle.printed(slot.visit_id, forms=4)
        _say("printed", slot, pause)
        lifecycle.ended("done", slot.visit_id)
        _say("ended", slot, pause)
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
