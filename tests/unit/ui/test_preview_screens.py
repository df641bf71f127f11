"""Preview, printing and "finished" screens on a real bundle, a real queue and real printers.

The session is filled from ``forms/scenarios/tennyu_family4.json`` (a 転入 family of
four); the navigation engine plans it, the renderer renders it, ``QPdfView`` shows it.
Printers: the folder back-end (the demo printer), the same with its folder replaced by
a file (an unwritable printer), and a printer whose paper the test feeds by hand.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QPushButton, QScroller

from kiosk.app.composition import Services
from kiosk.app.printing_service import PRINT_FAILED_FLAG, PrintingService
from kiosk.app.visit import session_from_scenario
from kiosk.config import Config
from printing.backends.base import JobHandle, JobState, PrintBackend
from printing.backends.folder import FolderBackend
from printing.queue import PrintQueue

SCENARIO = Path(__file__).resolve().parents[3] / "forms" / "scenarios" / "tennyu_family4.json"
CLICK = Qt.MouseButton.LeftButton


class PaperPrinter(PrintBackend):
    """Jobs stay pending until the test feeds the paper (``feed``)."""

    name = "paper"
    poll_seconds = 0.02

    def __init__(self) -> None:
        self.pending: dict[str, JobState] = {}
        self.fed = threading.Event()

    def submit(self, pdf_path: Path) -> JobHandle:
        job_id = f"paper-{len(self.pending) + 1}"
        self.pending[job_id] = JobState.PENDING
        return JobHandle(self.name, job_id)

    def status(self, job: JobHandle) -> JobState:
        return JobState.COMPLETED if self.fed.is_set() else self.pending[job.job_id]


@pytest.fixture
def open_preview(make_window: Callable[..., Any], isolated_dirs: Path,
                 tmp_path: Path) -> Callable[..., Any]:
    """A window showing the preview of the 転入 family's bundle, printing to ``backend``."""

    def build(backend: PrintBackend | None = None, language: str = "en",
              name_prefix: str = "", **kwargs: Any) -> Any:
        queue = PrintQueue(backend or FolderBackend(tmp_path / "printed"),
                           timeout_seconds=kwargs.pop("timeout", 10.0))
        config = Config().replace("ui", language=language)
        window = make_window(config, services=Services(config=config, printer=queue), **kwargs)
        data = json.loads(SCENARIO.read_text(encoding="utf-8"))
        data["resident"]["name"] = name_prefix + data["resident"]["name"]
        session_from_scenario(data, window.session)
        window.session.my_numbers["self"] = "123456789018"
        window.flow.go("preview")
        return window

    return build


def _spool_files(window: Any) -> list[Path]:
    spool = window.services.printer.spool
    return sorted(p for p in spool.rglob("*") if p.is_file())


def _preview(window: Any, qtbot: Any) -> Any:
    screen = window.screens["preview"]
    qtbot.waitUntil(lambda: screen.state == "ready", timeout=20_000)
    return screen


def test_preview_shows_every_page_of_the_rendered_bundle(open_preview: Any, qtbot: Any) -> None:
    window = open_preview()
    screen = _preview(window, qtbot)
    bundle = screen.bundle
    assert screen.document.status() == QPdfDocument.Status.Ready
    assert screen.document.pageCount() == bundle.pages >= 6
    assert screen.panels.currentWidget().objectName() == "previewPage"
    assert screen.page_label.text() == f"Page 1 of {bundle.pages}"
    assert screen.summary.text() == f"A guide sheet and {bundle.forms} forms."
    assert not screen.flags_note.isVisible()
    assert not screen.prev_page.isEnabled() and screen.print_button.isEnabled()
    assert QScroller.hasScroller(screen.view.viewport()), "a finger drags the pages"
    qtbot.mouseClick(screen.next_page, CLICK)
    qtbot.waitUntil(lambda: screen.current_page == 1)
    assert screen.page_label.text() == f"Page 2 of {bundle.pages}"
    qtbot.mouseClick(screen.prev_page, CLICK)
    qtbot.waitUntil(lambda: screen.current_page == 0)
    qtbot.mouseClick(screen.zoom_button, CLICK)
    assert screen.view.zoomMode() == screen.view.ZoomMode.FitInView
    qtbot.mouseClick(screen.zoom_button, CLICK)
    assert screen.view.zoomMode() == screen.view.ZoomMode.Custom
    # The session now carries the visit's ids and plan for the last screen.
    assert window.session.ticket == bundle.visit.ticket and window.session.plan is not None


def test_print_with_the_folder_printer_goes_to_finished_and_leaves_nothing(
        open_preview: Any, qtbot: Any, tmp_path: Path) -> None:
    window = open_preview()
    screen = _preview(window, qtbot)
    ticket, stops = window.session.ticket, window.session.plan.stops
    source = screen.bundle.document
    qtbot.mouseClick(screen.print_button, CLICK)
    qtbot.waitUntil(lambda: window.current_screen.screen_id == "finished")
    printed = list((tmp_path / "printed").glob("*.pdf"))
    assert len(printed) == 1 and printed[0].read_bytes() == source
    assert _spool_files(window) == [], "no PDF with personal data may stay in the spool"
    finished = window.screens["finished"]
    assert finished.ticket.text() == ticket
    assert finished.title.text() == "Please take your papers"
    counters = [w for w in finished.stops.findChildren(QLabel) if w.isVisibleTo(finished)]
    assert len(counters) == len(stops)
    assert stops[0].department.counter.en in counters[0].text()


def test_a_failing_printer_asks_for_staff_and_keeps_the_job(
        open_preview: Any, qtbot: Any, tmp_path: Path) -> None:
    (tmp_path / "printed").write_text("a file where the printer's folder should be")
    window = open_preview()
    screen = _preview(window, qtbot)
    qtbot.mouseClick(screen.print_button, CLICK)
    qtbot.waitUntil(lambda: screen.state == "failed")
    assert screen.panels.currentWidget() is screen.problem
    assert screen.problem.warning.text() == "The printer is not responding."
    assert screen.problem.text.text() == (
        "A member of staff will bring your forms. Please tap Call staff.")
    queue = window.services.printer
    assert len(queue.failed()) == 1, "the job stays queued for the clerk to reprint"
    assert PRINT_FAILED_FLAG in window.session.flags
    with qtbot.waitSignal(window.staff_called, timeout=1000):
        qtbot.mouseClick(screen.problem.call_staff_button, CLICK)
    assert window.call_staff.is_open
    qtbot.mouseClick(window.call_staff.back_button, CLICK)
    qtbot.mouseClick(screen.problem.next_button, CLICK)
    assert window.current_screen.screen_id == "finished"
    finished = window.screens["finished"]
    assert finished.title.text() == "A member of staff will bring your papers"
    assert finished.ticket.text() == window.session.ticket
    # Ending the session wipes the resident, but never the queued job.
    qtbot.mouseClick(finished.done_button, CLICK)
    assert window.current_screen.screen_id == "welcome"
    assert len(queue.failed()) == 1


def test_printing_runs_off_the_ui_thread_and_shows_progress(
        open_preview: Any, qtbot: Any) -> None:
    from kiosk.ui.tasks import TaskRunner

    printer = PaperPrinter()
    runner = TaskRunner()
    window = open_preview(printer, runner=runner)
    screen = _preview(window, qtbot)
    screen._poll.setInterval(20)
    qtbot.mouseClick(screen.print_button, CLICK)
    assert screen.state == "printing" and not screen.print_button.isEnabled()
    qtbot.waitUntil(lambda: "printing your forms" in screen.busy.message.text(), timeout=5000)
    assert screen.panels.currentWidget() is screen.busy
    assert window.current_screen is screen, "still waiting for the paper"
    assert not window.idle._armed, "waiting for the printer is not inactivity"
    printer.fed.set()
    qtbot.waitUntil(lambda: window.current_screen.screen_id == "finished", timeout=5000)
    assert runner.wait(5000)
    assert _spool_files(window) == []


def test_session_end_while_printing_cancels_the_wait_and_keeps_the_job(
        open_preview: Any, qtbot: Any) -> None:
    from kiosk.ui.tasks import TaskRunner

    runner = TaskRunner()
    window = open_preview(PaperPrinter(), runner=runner, timeout=60)
    screen = _preview(window, qtbot)
    qtbot.mouseClick(screen.print_button, CLICK)
    qtbot.waitUntil(lambda: screen.progress is not None and screen.progress.stage == "waiting",
                    timeout=5000)
    progress = screen.progress
    window.end_session("timeout")
    assert runner.wait(3000), "a cancelled wait ends at once, not after 60 s"
    assert progress.stage == "cancelled"
    assert window.current_screen.screen_id == "welcome"
    assert len(window.services.printer.failed()) == 1


def test_a_character_the_fonts_lack_is_shown_gently(open_preview: Any, qtbot: Any) -> None:
    window = open_preview(name_prefix="\U00030000")  # CJK Ext. G: in no face
    screen = _preview(window, qtbot)
    assert screen.bundle.missing_glyphs > 1, "the name shows in several boxes"
    assert screen.flags_note.isVisible()
    assert screen.flags_note.text() == (
        "One character cannot be printed: staff will write it by hand.")
    assert "missing_glyph" in window.session.flags


def test_leaving_without_printing_deletes_the_preview(open_preview: Any, qtbot: Any) -> None:
    window = open_preview()
    screen = _preview(window, qtbot)
    assert screen.document.pageCount() == screen.bundle.pages
    assert _spool_files(window) == [], "the preview is shown from memory: no file on disk"
    window.end_session("timeout")
    assert screen.bundle is None and screen._buffer is None
    assert _spool_files(window) == []
    assert screen.document.pageCount() == 0


def test_an_incomplete_session_offers_staff_and_a_retry(open_preview: Any, qtbot: Any) -> None:
    window = open_preview()
    _preview(window, qtbot)
    service = window.services.printing
    window.end_session("staff")  # empty session
    window.flow.go("preview")
    screen = window.screens["preview"]
    assert screen.state == "error"
    assert screen.problem.warning.text() == "Your forms could not be prepared."
    assert screen.problem.next_button.text() == "Try again"
    assert isinstance(service, PrintingService) and window.services.printing is service


def test_finished_returns_to_welcome_by_itself(open_preview: Any, qtbot: Any) -> None:
    window = open_preview()
    screen = _preview(window, qtbot)
    window.screens["finished"].auto_return_ms = 200
    qtbot.mouseClick(screen.print_button, CLICK)
    assert window.current_screen.screen_id == "finished"
    with qtbot.waitSignal(window.session_ended, timeout=3000) as ended:
        pass
    assert ended.args == ["finished"]
    assert window.current_screen.screen_id == "welcome"
    assert window.session.ticket is None and window.session.plan is None
    assert window.screens["finished"].ticket.text() == ""


def test_japanese_texts_and_names(open_preview: Any, qtbot: Any) -> None:
    window = open_preview(language="ja")
    screen = _preview(window, qtbot)
    qtbot.waitUntil(lambda: screen.print_button.text() == "書類を印刷する")
    assert "ページ" in screen.page_label.text()
    qtbot.mouseClick(screen.print_button, CLICK)
    finished = window.screens["finished"]
    qtbot.waitUntil(lambda: finished.title.text() == "書類をお取りください")
    first = window.session.plan.stops[0].department
    counters = [w for w in finished.stops.findChildren(QLabel) if w.isVisibleTo(finished)]
    assert first.counter.ja in counters[0].text()
    for widget in (*screen.findChildren(QPushButton), *finished.findChildren(QPushButton)):
        assert widget.objectName() and widget.accessibleName(), widget.objectName()


def test_back_deletes_the_stale_preview_and_a_new_render_replaces_the_flags(
        open_preview: Any, qtbot: Any) -> None:
    window = open_preview(name_prefix="\U00030000")
    screen = _preview(window, qtbot)
    qtbot.mouseClick(screen.back_button, CLICK)
    assert screen.bundle is None, "the answers may change: the old preview must go"
    assert screen.document.pageCount() == 0
    assert window.current_screen is not screen
    window.flow.go("preview")
    _preview(window, qtbot)
    assert window.session.flags.count("missing_glyph") == 1
    assert _spool_files(window) == []


def test_previews_left_by_a_crash_are_purged_at_start_up(
        make_window: Callable[..., Any], isolated_dirs: Path) -> None:
    from kiosk.paths import spool_dir

    leftover = spool_dir() / "preview" / "visit-0123abcd.pdf"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"%PDF-1.4 personal data")
    kept_job = spool_dir() / "job-00aa.pdf"  # a failed job waits for the clerk
    kept_job.write_bytes(b"%PDF-1.4")
    make_window()
    assert not leftover.exists()
    assert kept_job.exists()


def test_the_preview_opens_readable_and_zooms(open_preview: Any, qtbot: Any) -> None:
    """Issue 15: filling the width drew the forms' text at about 10 px. The preview opens
    at 1.6 times that (about 16 px), and ＋ / − zoom within bounds."""
    from kiosk.ui.screens.preview import MAX_ZOOM, READABLE

    window = open_preview()
    screen = _preview(window, qtbot)
    view = screen.view
    fit = screen.fit_width_zoom()
    assert view.zoomMode() == view.ZoomMode.Custom
    assert abs(view.zoomFactor() - fit * READABLE) < 1e-6
    before = view.zoomFactor()
    qtbot.mouseClick(screen.zoom_in, CLICK)
    assert view.zoomFactor() > before
    for _ in range(3):
        qtbot.mouseClick(screen.zoom_out, CLICK)
    assert view.zoomFactor() < before
    for _ in range(30):
        if not screen.zoom_in.isEnabled():
            break
        qtbot.mouseClick(screen.zoom_in, CLICK)
    assert view.zoomFactor() == MAX_ZOOM and not screen.zoom_in.isEnabled()
    qtbot.mouseClick(screen.zoom_button, CLICK)  # the whole page, then ＋ leaves it
    assert view.zoomMode() == view.ZoomMode.FitInView
    qtbot.mouseClick(screen.zoom_out, CLICK)
    assert view.zoomMode() == view.ZoomMode.Custom and not screen.zoom_button.isChecked()
