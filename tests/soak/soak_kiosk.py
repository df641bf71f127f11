"""The soak: many residents through one real kiosk window, measured every few visits.

One process, one :class:`~kiosk.ui.main_window.MainWindow` in kiosk mode with the real
screens, the real thread-pool task runner, the real overlay dialogs, the metrics recorder
and the clerks' store on SQLite, the folder printer, and the card through the whole PC/SC
stack: the emulator connects to pcscd's vsmartcard-vpcd port as a card would, and the
window's reader service watches and reads it through pyscard. Each resident inserts the
card, types the PIN, moves in from another prefecture (the longest visit: 国保, 介護,
印鑑, 水道 …), prints the bundle, takes the card out when asked and taps "done".

Every ``every`` visits it takes a :class:`Sample` (RSS, Python objects after a full
collection, Qt top-level widgets and QObjects, open file descriptors, threads), and
:func:`growth_failures` checks them against the :class:`Bounds` stated there. It needs
no pytest: ``tests/soak/test_soak_residents.py`` runs it bounded, and
``benchmarks/soak_residents.py`` runs it at full length and prints the figures.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import psutil
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

TESTS = Path(__file__).resolve().parents[1]
for _folder in ("e2e", "integration"):
    if str(TESTS / _folder) not in sys.path:
        sys.path.insert(0, str(TESTS / _folder))

from card_vpcd_support import VPCD_PORT, VPCD_READER, card_absent, pcscd_ready  # noqa: E402
from resident_driver import PROFILE, TODAY, Resident  # noqa: E402

from kiosk.card.emulator import EmulatedCard  # noqa: E402
from kiosk.card.emulator.vpcd import VpcdClient  # noqa: E402

ANSWERS: dict[str, Any] = {
    "from_area": "other_pref", "has_mnc": True, "insurance": "national", "pregnant": False,
    "kaigo_nintei": False, "in_childcare": False, "disability_book": False,
    "single_parent": False, "public_servant": False, "wants_inkan": True, "town_water": True,
    "has_dog": False, "has_moped": False, "wants_certificate": False, "foreign_national": False,
}
STEP_TIMEOUT_MS = 30_000


@dataclass(frozen=True)
class Sample:
    """What one process holds after ``visits`` residents."""

    visits: int
    seconds: float
    rss_mb: float
    py_objects: int
    top_level_widgets: int
    qobjects: int
    fds: int
    threads: int

    def line(self) -> str:
        return (f"{self.visits:5d} visits {self.seconds:7.1f} s  RSS {self.rss_mb:7.1f} MB  "
                f"objects {self.py_objects:8d}  top-level widgets {self.top_level_widgets:3d}  "
                f"QObjects {self.qobjects:5d}  fds {self.fds:3d}  threads {self.threads:3d}")


@dataclass(frozen=True)
class Bounds:
    """Growth allowed between the warm-up sample and the last one.

    The first sample is the warm-up: fonts, the catalog, layouts, the thread pool and
    SQLite's page cache are loaded by then. After it, memory may grow only by what the
    allocator keeps (``rss_mb_per_100`` MB and ``py_objects_per_100`` objects per 100
    visits), and handles may not grow at all beyond a small constant slack (a pool thread
    or a log file that opens late), nor rise at every sample.
    """

    rss_mb_per_100: float = 8.0
    # 50 objects per visit: a visit that left its session, plan or screens behind would
    # leave thousands. The 500-resident run grew about 1,450 per 100; a 60-resident run
    # under CI load measured 3,020 (short runs still include late-filling caches).
    py_objects_per_100: int = 5_000
    fds_slack: int = 4
    threads_slack: int = 2
    qobjects_slack: int = 20


BOUNDS = Bounds()


def growth_failures(samples: list[Sample], bounds: Bounds = BOUNDS) -> list[str]:
    """Every broken bound, in plain words (empty: the soak held)."""
    if len(samples) < 3:
        return [f"need at least 3 samples (warm-up and two more), got {len(samples)}"]
    base, last = samples[0], samples[-1]
    per_100 = 100 / (last.visits - base.visits)
    failures: list[str] = []
    rss = (last.rss_mb - base.rss_mb) * per_100
    if rss > bounds.rss_mb_per_100:
        failures.append(f"RSS grew {rss:.1f} MB per 100 visits (bound {bounds.rss_mb_per_100})")
    objects = (last.py_objects - base.py_objects) * per_100
    if objects > bounds.py_objects_per_100:
        failures.append(f"Python objects grew {objects:.0f} per 100 visits "
                        f"(bound {bounds.py_objects_per_100})")
    if last.top_level_widgets != base.top_level_widgets:
        failures.append(f"top-level widgets {base.top_level_widgets} -> {last.top_level_widgets}")
    for name, slack in (("fds", bounds.fds_slack), ("threads", bounds.threads_slack),
                        ("qobjects", bounds.qobjects_slack)):
        series = [getattr(s, name) for s in samples]
        if series[-1] > series[0] + slack:
            failures.append(f"{name} grew {series[0]} -> {series[-1]} (slack {slack})")
        if all(b > a for a, b in pairwise(series)):
            failures.append(f"{name} rose at every sample: {series}")
    return failures


def _qobject_count() -> int:
    app = QApplication.instance()
    assert app is not None
    roots: list[QObject] = [app, *QApplication.topLevelWidgets()]
    return sum(1 + len(root.findChildren(QObject)) for root in roots)


def take_sample(visits: int, started: float) -> Sample:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    process = psutil.Process()
    return Sample(
        visits=visits, seconds=time.monotonic() - started,
        rss_mb=process.memory_info().rss / 2**20, py_objects=len(gc.get_objects()),
        top_level_widgets=len(QApplication.topLevelWidgets()), qobjects=_qobject_count(),
        fds=process.num_fds(), threads=process.num_threads(),
    )


class Bot:
    """The two things of pytest-qt's ``qtbot`` the resident driver uses, without pytest."""

    def addWidget(self, widget: QWidget) -> None:  # the driver's name for it
        pass

    def mouseClick(self, widget: QWidget, button: Qt.MouseButton) -> None:
        QTest.mouseClick(widget, button)

    def waitUntil(self, condition: Callable[[], bool], timeout: int = 5_000) -> None:
        deadline = time.monotonic() + timeout / 1000
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"condition not met within {timeout} ms")
            QTest.qWait(10)


def _wait(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout} s waiting for {what}")
        QTest.qWait(20)


class SoakResident(Resident):
    """The e2e driver's finger on a kiosk-mode window whose card comes through pcscd."""

    def __init__(self, bot: Any, home: Path) -> None:
        from kiosk.app.composition import Services
        from kiosk.app.metrics_services import open_services
        from kiosk.card.pcsc import PcscBackend
        from kiosk.card.service import ReaderService
        from kiosk.config import Config
        from kiosk.storage import migrate
        from kiosk.ui.app import create_application
        from kiosk.ui.kiosk_app import attach_metrics
        from kiosk.ui.main_window import MainWindow
        from kiosk.ui.registry import resident_screens

        create_application()
        self.qtbot = bot
        self.taps = self.characters = 0  # the e2e driver's counters (its __init__ is not run)
        self.printed = home / "printed"
        config = (Config().replace("ui", language="ja")
                  .replace("printer", backend="folder", folder=str(self.printed))
                  .replace("card", reader=VPCD_READER)
                  .replace("database", url=f"sqlite:///{home / 'town.sqlite3'}"))
        reader = ReaderService(PcscBackend(), VPCD_READER)
        services = Services(config, card=reader, clock=lambda: TODAY)
        # Kiosk mode, the real thread pool and the real overlay dialogs, as `kiosk run`.
        self.window = MainWindow(services, resident_screens(), kiosk_mode=True)
        self.window.screens["pin_entry"].read_number = config.card.read_my_number
        self.window.resize(1280, 800)
        self.window.show()
        self.metrics = open_services(config)
        migrate.upgrade(self.metrics.engine)
        attach_metrics(self.window, self.metrics)
        adapter = self.window.card_adapter
        assert adapter is not None
        self.adapter = adapter

    def visit(self) -> None:
        """One resident from the welcome screen back to it, card in and out."""
        self.tap(self.screen("welcome").start_card)
        client = VpcdClient(EmulatedCard(PROFILE), port=VPCD_PORT).start()
        try:
            self.qtbot.waitUntil(lambda: self.at == "pin_entry", timeout=STEP_TIMEOUT_MS)
            pad = self.screen("pin_entry").pad
            for digit in PROFILE.pin:
                self.tap(pad.keypad.digit_buttons[digit])
            self.tap(pad.keypad.submit_button)
            self.qtbot.waitUntil(lambda: self.at == "life_event", timeout=STEP_TIMEOUT_MS)
            self.choose_event("IN")
            self.tap(self.screen("household").continue_button)
            self.wait_for("questions")
            self.answer_questions(ANSWERS)
            self.type_new_address("関町", "12")
            self.confirm_reading()
            self.tap(self.screen("summary").print_button)
            self.wait_for("preview")
            preview = self.screen("preview")
            self.qtbot.waitUntil(lambda: preview.state == "ready", timeout=STEP_TIMEOUT_MS)
            self.tap(preview.print_button)
            # 「マイナンバーカードをお取りください」: the card comes out here (no tap)
            self.qtbot.waitUntil(lambda: self.at == "take_card", timeout=STEP_TIMEOUT_MS)
            client.stop()
            self.qtbot.waitUntil(lambda: self.at == "finished", timeout=STEP_TIMEOUT_MS)
            self.tap(self.screen("finished").done_button)
            self.wait_for("welcome")
            assert not self.window.session.has_personal_data
        finally:
            client.stop()
        _wait(lambda: not self.adapter.card_present, 10, "the window to see the card leave")
        _wait(card_absent, 10, "pcscd to see the reader empty")
        printed = list(self.printed.glob("*.pdf"))
        assert len(printed) == 1, f"expected one printed bundle, found {len(printed)}"
        printed[0].unlink()  # the printer's output is not the kiosk's memory

    def close(self) -> None:
        self.adapter.stop()
        self.window.allow_close()
        self.window.close()
        self.window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.metrics.close()


@contextmanager
def soak_kiosk(home: Path) -> Iterator[SoakResident]:
    """A kiosk-mode window on the vpcd reader, with its data under ``home``."""
    if not pcscd_ready():
        raise RuntimeError("pcscd with the vsmartcard-vpcd driver is not running")
    _wait(card_absent, 30, "the vpcd reader to be empty")
    resident = SoakResident(Bot(), home)
    try:
        yield resident
    finally:
        resident.close()


def run_soak(resident: SoakResident, visits: int, every: int,
             report: Callable[[Sample], None] = lambda _s: None) -> list[Sample]:
    """``visits`` residents; a sample after every ``every`` of them (the first: warm-up)."""
    started = time.monotonic()
    samples: list[Sample] = []
    for done in range(1, visits + 1):
        resident.visit()
        if done == 1:
            # A sample lists every Python object (~490,000: a 4 MB list). glibc serves the
            # first such list from mmap and, once it is freed, raises its mmap threshold,
            # so later lists and buffers of that size stay on the heap: a one-time 3.5 MB
            # step in RSS that is the measurement's own. One throw-away sample during
            # the warm-up takes that step before the baseline.
            take_sample(done, started)
        if done % every == 0:
            samples.append(take_sample(done, started))
            report(samples[-1])
    return samples
