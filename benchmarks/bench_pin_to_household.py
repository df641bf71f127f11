"""Time the kiosk from "PIN accepted" to "household screen shown", with and without the
town's core system.

The real window (offscreen) with its real task runner, the in-process card emulator
behind the real reader service, and, for the runs with the core system, the reference
core system as a separate process (``kiosk core serve``, seeded with ``kiosk core seed
--demo``) reached through the REST adapter. The resident (standard-adult, whose household
is in the demo record) taps 転居 the instant the life-event screen shows, so the lookup
started after the PIN has the least head start it can have: the worst case. The clock
stops when the household screen shows its final content (the record's list, or the
manual list), not the progress line. Runs alternate with and without the core system;
medians are printed, with the lookup's own time.

    .venv/bin/python benchmarks/bench_pin_to_household.py [--runs 30]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "e2e"))

from core_server import running_core_server
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from kiosk.app.composition import Services, core_system
from kiosk.card.emulator import EmulatedCard, EmulatorBackend, sample_profile
from kiosk.card.service import ReaderService
from kiosk.config import Config
from kiosk.domain.core_records import CallContext
from kiosk.ui.dialogs import ScriptedDialogs
from kiosk.ui.main_window import MainWindow
from kiosk.ui.tasks import TaskRunner

PROFILE = sample_profile("standard-adult")
EVENT = "MV"


class NoAudit:
    """The benchmark has no database; the audit row costs one INSERT in production."""

    def record(self, action: str, context: CallContext) -> None:
        pass


def _until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    app = QApplication.instance()
    assert app is not None
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the kiosk did not get there")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)


class Kiosk:
    def __init__(self, config: Config) -> None:
        from kiosk.ui.card_adapter import install_card_adapter
        from kiosk.ui.registry import resident_screens

        self.backend = EmulatorBackend()
        self.runner = TaskRunner()
        services = Services(config, card=ReaderService(self.backend),
                            core=core_system(config, NoAudit()))
        self.window = MainWindow(services, resident_screens(), kiosk_mode=False,
                                 runner=self.runner, dialogs=ScriptedDialogs())
        self.window.resize(1280, 800)
        self.window.show()
        install_card_adapter(self.window)
        self.pin_done = 0.0
        self.window.screen_finished.connect(self._finished)

    def _finished(self, screen_id: str, _result: object) -> None:
        if screen_id == "pin_entry":
            self.pin_done = time.perf_counter()

    def visit(self) -> tuple[float, float | None]:
        """One visit to the household screen: (PIN → household ms, lookup ms or None)."""
        window = self.window
        screens = window.screens
        screens["welcome"].start_card.click()  # type: ignore[attr-defined]
        self.backend.insert(EmulatedCard(PROFILE))
        _until(lambda: window.flow.current == "pin_entry")
        keypad = screens["pin_entry"].pad.keypad  # type: ignore[attr-defined]
        _until(keypad.digit_buttons["0"].isEnabled)
        for digit in PROFILE.pin:
            keypad.digit_buttons[digit].click()
        keypad.submit_button.click()
        _until(lambda: window.flow.current == "life_event")
        screens["life_event"].event_buttons[EVENT].click()  # type: ignore[attr-defined]
        household = screens["household"]
        _until(lambda: window.flow.current == "household"
               and not household.progress.isVisible())  # type: ignore[attr-defined]
        shown = time.perf_counter()
        elapsed = (shown - self.pin_done) * 1000
        last = window.services.core_lookup.last
        lookup = last.seconds * 1000 if last is not None else None
        if window.services.core is not None:
            assert window.session.household, "the record's household was not shown"
        self.backend.remove()
        _until(lambda: window.flow.current == "welcome")
        return elapsed, lookup


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    from kiosk.ui.app import create_application

    create_application()
    base = Config().replace("ui", language="ja")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["KIOSK_HOME"] = str(Path(folder) / "home")
        with running_core_server(Path(folder) / "core") as url:
            linked = Kiosk(base.replace("core", kind="rest", url=url, timeout_ms=2000))
            alone = Kiosk(base)
            for kiosk in (linked, alone):  # warm up: first imports, first connection
                kiosk.visit()
            with_core: list[float] = []
            without: list[float] = []
            lookups: list[float] = []
            for _ in range(args.runs):  # interleaved: both see the same machine load
                elapsed, lookup = linked.visit()
                with_core.append(elapsed)
                if lookup is not None:
                    lookups.append(lookup)
                without.append(alone.visit()[0])
            for kiosk in (linked, alone):
                kiosk.runner.wait()
                kiosk.window.allow_close()
                kiosk.window.close()
    print(f"PIN accepted → household screen shown, {args.runs} interleaved runs each "
          f"(転居 tapped at once: the worst case for the lookup)")
    print(f"  with the core system (REST, reference server): median "
          f"{statistics.median(with_core):7.1f} ms  (p90 "
          f"{statistics.quantiles(with_core, n=10)[-1]:.1f} ms)")
    print(f"  without a core system:                         median "
          f"{statistics.median(without):7.1f} ms  (p90 "
          f"{statistics.quantiles(without, n=10)[-1]:.1f} ms)")
    if lookups:
        print(f"  the lookup itself (household and reservation at once): median "
              f"{statistics.median(lookups):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
