"""The kiosk's printing step on real bundles and real back-ends: nothing lost, nothing left.

Bundles come from the scenario files in ``forms/scenarios`` through the real navigation
engine and renderer. Printers: the folder back-end (the demo printer), the CUPS back-end
pointed at a queue that does not exist, and, for waiting, timing out and cancelling, a
small printer whose jobs complete only when the test says the paper came out.
"""

from __future__ import annotations

import io
import json
import threading
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from forms.catalog.loader import load_catalog
from kiosk.app.printing_service import (
    PrintCancelled,
    PrintedListener,
    PrintFailed,
    PrintingService,
    PrintProgress,
    RenderedBundle,
)
from kiosk.app.session import ResidentSession
from kiosk.navigation.engine import Navigator
from kiosk.navigation.scenario import Scenario
from kiosk.sealing.box import Keyring, SecretBox
from kiosk.storage import migrate
from kiosk.storage.db import make_engine
from kiosk.storage.tables import VisitEvent
from kiosk.visits.lifecycle import VisitLifecycle
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsRecorder
from printing.backends.base import CALL_STAFF, JobHandle, JobState, PrintBackend, PrintTimeout
from printing.backends.cups import CupsBackend
from printing.backends.folder import FolderBackend
from printing.context import VisitInfo
from printing.queue import PrintQueue

SCENARIOS = Path(__file__).resolve().parents[2] / "forms" / "scenarios"
VISIT = VisitInfo("v0a1b2c3d4e5", "A-017", date(2026, 4, 6))


@pytest.fixture(scope="module")
def navigator() -> Navigator:
    return Navigator(load_catalog())


def _scenario(name: str = "tennyu_family4.json") -> Scenario:
    return Scenario.from_json(json.loads((SCENARIOS / name).read_text(encoding="utf-8")))


def _service(tmp_path: Path, backend: PrintBackend, timeout: float = 10.0,
             printed: PrintedListener | None = None) -> PrintingService:
    queue = PrintQueue(backend, tmp_path / "spool", timeout_seconds=timeout,
                       keyring=Keyring.of(SecretBox.generate()))
    return PrintingService(queue, catalog=load_catalog(), printed=printed)


def _render(service: PrintingService, navigator: Navigator,
            scenario: Scenario | None = None) -> RenderedBundle:
    scenario = scenario or _scenario()
    return service.render(scenario, navigator.plan(scenario), VISIT, {"self": "123456789018"})


def _spooled_files(service: PrintingService) -> list[Path]:
    return sorted(p for p in service.queue.spool.rglob("*") if p.is_file())


class PaperPrinter(PrintBackend):
    """A printer whose jobs stay pending until ``feed()``: the tests decide when paper
    comes out, so waiting, timing out and cancelling can be followed exactly."""

    name = "paper"
    poll_seconds = 0.02

    def __init__(self) -> None:
        self.jobs: dict[str, JobState] = {}
        self.withdrawn: list[str] = []
        self.submitted = threading.Event()

    def submit(self, pdf_path: Path) -> JobHandle:
        job_id = f"paper-{len(self.jobs) + 1}"
        self.jobs[job_id] = JobState.PENDING
        self.submitted.set()
        return JobHandle(self.name, job_id)

    def status(self, job: JobHandle) -> JobState:
        return self.jobs[job.job_id]

    def cancel(self, job: JobHandle) -> None:
        self.withdrawn.append(job.job_id)

    def feed(self) -> None:
        for job_id in self.jobs:
            self.jobs[job_id] = JobState.COMPLETED


def test_render_writes_a_previewable_bundle_named_by_visit_id_only(
        tmp_path: Path, navigator: Navigator) -> None:
    service = _service(tmp_path, FolderBackend(tmp_path / "printed"))
    bundle = _render(service, navigator)
    assert _spooled_files(service) == [], "the preview is held in memory, not on disk"
    assert len(PdfReader(io.BytesIO(bundle.document)).pages) == bundle.pages > bundle.forms >= 5
    assert "%PDF" not in repr(bundle)
    assert bundle.missing_glyphs == 0 and not bundle.needs_clerk
    assert "南関" not in repr(bundle) and "南関" not in str(bundle.summary.to_json())


def test_a_character_no_font_has_is_counted_for_the_clerk(
        tmp_path: Path, navigator: Navigator) -> None:
    service = _service(tmp_path, FolderBackend(tmp_path / "printed"))
    data = json.loads((SCENARIOS / "tennyu_family4.json").read_text(encoding="utf-8"))
    # CJK Ext. G: in no face, not even the IPAmj明朝 fallback.
    data["resident"]["name"] = "\U00030000野 太郎"
    data["household"][0]["name"] = "南関 \U00030000子"
    data["household"][1]["name"] = "南関 葛\U000e0100郎"  # an IVS variant the fonts lack
    bundle = _render(service, navigator, Scenario.from_json(data))
    assert bundle.missing_glyphs >= 3, "every box showing one of those names is flagged"
    assert bundle.missing_characters == 2, "that one and the 葛 variant: two to write by hand"
    assert bundle.needs_clerk


def test_print_through_the_folder_printer_leaves_no_personal_data_in_the_spool(
        tmp_path: Path, navigator: Navigator) -> None:
    printed = tmp_path / "printed"
    service = _service(tmp_path, FolderBackend(printed))
    bundle = _render(service, navigator)
    source = bundle.document
    progress = PrintProgress()
    job_id = service.print(bundle, progress)
    assert progress.stage == "done"
    outputs = list(printed.glob("*.pdf"))
    assert len(outputs) == 1 and outputs[0].read_bytes() == source
    assert VISIT.id not in outputs[0].name
    assert _spooled_files(service) == [], "a printed job must not stay on disk"
    assert service.queue.get(job_id) is None


def test_read_only_output_folder_keeps_the_job_for_the_clerk(
        tmp_path: Path, navigator: Navigator) -> None:
    # A plain file where the output folder should be: it can never be written (even as
    # root), just like a printer that is switched off.
    blocked = tmp_path / "printed"
    blocked.write_text("not a folder")
    service = _service(tmp_path, FolderBackend(blocked))
    bundle = _render(service, navigator)
    source = bundle.document
    with pytest.raises(PrintFailed) as caught:
        service.print(bundle)
    assert CALL_STAFF in str(caught.value)
    job = service.queue.get(caught.value.job_id)
    assert job is not None and job.state == "failed" and job.attempts == 1
    assert [j.job_id for j in service.queue.failed()] == [caught.value.job_id]
    assert job.visit_id == VISIT.id and job.code == "unwritable"
    kept = service.queue.spool / f"job-{caught.value.job_id}.sealed"
    assert kept.is_file() and source[:64] not in kept.read_bytes(), "sealed at rest"
    assert [p.suffix for p in _spooled_files(service)] == [".json", ".sealed"]
    # Staff fix the printer and retry; exactly what the resident saw comes out.
    blocked.unlink()
    service.queue.print(caught.value.job_id)
    assert service.queue.jobs() == []
    [reprinted] = blocked.glob("*.pdf")
    assert reprinted.read_bytes() == source


def test_missing_cups_queue_tells_the_resident_to_call_staff(
        tmp_path: Path, navigator: Navigator) -> None:
    service = _service(tmp_path, CupsBackend("kiosk-test-no-such-queue"))
    bundle = _render(service, navigator)
    with pytest.raises(PrintFailed) as caught:
        service.print(bundle)
    assert "staff" in str(caught.value)
    assert service.queue.get(caught.value.job_id) is not None


def test_a_job_that_never_completes_times_out_and_is_withdrawn(
        tmp_path: Path, navigator: Navigator) -> None:
    printer = PaperPrinter()
    service = _service(tmp_path, printer, timeout=0.2)
    bundle = _render(service, navigator)
    progress = PrintProgress()
    with pytest.raises(PrintFailed) as caught:
        service.print(bundle, progress)
    assert isinstance(caught.value.__cause__, PrintTimeout)
    assert progress.stage == "failed"
    assert printer.withdrawn == ["paper-1"], "a later reprint must not print twice"
    assert service.queue.get(caught.value.job_id) is not None


def test_waiting_follows_the_job_until_the_paper_comes_out(
        tmp_path: Path, navigator: Navigator) -> None:
    printer = PaperPrinter()
    service = _service(tmp_path, printer)
    bundle = _render(service, navigator)
    progress = PrintProgress()
    result: list[str] = []
    worker = threading.Thread(target=lambda: result.append(service.print(bundle, progress)))
    worker.start()
    assert printer.submitted.wait(5)
    worker.join(0.2)
    assert worker.is_alive() and progress.stage == "waiting"
    assert len(_spooled_files(service)) == 2, "PDF and state stay spooled while printing"
    printer.feed()
    worker.join(5)
    assert result and progress.stage == "done"
    assert _spooled_files(service) == []


def test_cancel_stops_waiting_at_once_and_keeps_the_job(
        tmp_path: Path, navigator: Navigator) -> None:
    printer = PaperPrinter()
    service = _service(tmp_path, printer, timeout=60)
    bundle = _render(service, navigator)
    progress = PrintProgress()
    errors: list[BaseException] = []

    def run() -> None:
        try:
            service.print(bundle, progress)
        except PrintFailed as exc:
            errors.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    assert printer.submitted.wait(5)
    progress.cancel()
    worker.join(2)
    assert not worker.is_alive(), "cancel must not wait for the 60 s timeout"
    assert isinstance(errors[0].__cause__, PrintCancelled)
    assert progress.stage == "cancelled"
    assert printer.withdrawn == ["paper-1"]
    assert service.queue.failed()


def test_discard_and_purge_remove_unprinted_previews(
        tmp_path: Path, navigator: Navigator) -> None:
    service = _service(tmp_path, FolderBackend(tmp_path / "printed"))
    bundle = _render(service, navigator)
    service.discard(bundle)
    assert _spooled_files(service) == []
    # A plaintext preview an older version left behind goes at the next start-up.
    service.preview_dir.mkdir(parents=True)
    (service.preview_dir / f"visit-{VISIT.id}.pdf").write_bytes(bundle.document)
    fresh = PrintingService(service.queue, catalog=service.catalog)
    assert fresh.purge_previews() == 1
    assert _spooled_files(service) == []


def test_forms_printed_is_recorded_for_the_visit(tmp_path: Path, navigator: Navigator) -> None:
    engine = make_engine(f"sqlite:///{(tmp_path / 'central.sqlite3').as_posix()}")
    migrate.upgrade(engine)
    recorder = MetricsRecorder(engine, Outbox(tmp_path / "outbox.sqlite3"), "kiosk-1")
    lifecycle = VisitLifecycle(recorder)
    ids = lifecycle.ids_for_printing(ResidentSession(), channel="card", language="en")
    assert ids.ticket == "1"
    visit = VisitInfo(ids.visit_id, ids.ticket, ids.day)
    service = _service(tmp_path, FolderBackend(tmp_path / "printed"), printed=lifecycle)
    scenario = _scenario()
    bundle = service.render(scenario, navigator.plan(scenario), visit)
    service.print(bundle)
    with engine.connect() as c:
        rows = c.execute(select(VisitEvent.kind, VisitEvent.attrs)
                         .where(VisitEvent.visit_id == visit.id)).all()
        printed = c.execute(select(func.count()).select_from(VisitEvent)
                            .where(VisitEvent.kind == "forms_printed")).scalar_one()
    assert ("forms_printed", {"forms": bundle.forms}) in [(k, a) for k, a in rows]
    assert printed == 1
    engine.dispose()


def test_printing_ids_keep_the_sessions_or_make_a_local_one() -> None:
    lifecycle = VisitLifecycle()
    session = ResidentSession()
    session.visit_id, session.ticket = "abc", "B-9"
    kept = lifecycle.ids_for_printing(session, channel="card", language="ja")
    assert (kept.visit_id, kept.ticket) == ("abc", "B-9")
    local = lifecycle.ids_for_printing(ResidentSession(), channel="", language="ja")
    again = lifecycle.ids_for_printing(ResidentSession(), channel="", language="ja")
    assert local.visit_id and local.ticket and local.visit_id != again.visit_id
