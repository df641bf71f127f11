"""The kiosk's printing step, without Qt: render the visit's bundle, then print it safely.

The preview screen renders first (``render``) so the resident sees exactly what will come
out, then prints (``print``). Printing goes through the spool queue
(``printing.queue.PrintQueue``): the PDF is sealed into the spool *before* anything is
sent, sent from memory, and deleted only once the printer reports the job completed.
When the printer is stopped, unreachable or too slow, ``PrintFailed`` says "call staff"
and the job stays sealed in the spool for staff to retry or the clerk to reprint: no
resident's forms are ever lost, and none are readable on disk.

The rendered preview is held in memory only (``RenderedBundle.document``): the renderer
writes into a private temporary folder that is deleted as soon as the bytes are read.
``purge_previews`` still removes plaintext previews an older version left in
``<spool>/preview/``. Nothing here logs a name, an address or a number.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import tempfile
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from printing.backends.base import JobHandle, JobState, PrintBackend, PrintError
from printing.queue import PrintQueue

if TYPE_CHECKING:  # reportlab and the renderer load on first render, not at kiosk start-up
    from forms.catalog import Catalog
    from kiosk.navigation.plan import Plan
    from kiosk.navigation.scenario import Scenario
    from printing.bundle import BundleSummary
    from printing.context import VisitInfo

log = logging.getLogger(__name__)

# Put in ``ResidentSession.flags`` when the forms stayed in the queue, so the last screen
# says that staff will bring them instead of "take your papers".
PRINT_FAILED_FLAG = "print_failed"
# The kinds of ``printing.render.Flag`` a bundle can raise, as put in the session's flags.
PRINT_FLAGS = frozenset({"missing_glyph", "overflow", "table_overflow"})


class PrintedListener(Protocol):
    """Told when a visit's print job completed (the visit lifecycle)."""

    def printed(self, visit_id: str, forms: int) -> None: ...


class PrintFailed(PrintError):
    """The forms did not print; they stay spooled as ``job_id`` for the clerk to reprint."""

    def __init__(self, job_id: str, cause: str, code: str = "failed") -> None:
        super().__init__(cause, code)
        self.job_id = job_id


class PrintCancelled(PrintError):
    """Waiting for the printer was abandoned (the session ended); the job stays spooled."""

    def __init__(self, reason: str, code: str = "cancelled") -> None:
        super().__init__(reason, code)


@dataclass(frozen=True, slots=True)
class RenderedBundle:
    """A rendered visit bundle, held in memory only (its repr shows ids and counts)."""

    visit: VisitInfo
    document: bytes = field(repr=False)
    summary: BundleSummary
    # Distinct characters of the resident's details the fonts lack: how many the clerk
    # writes by hand (the flags count boxes, and one name fills many boxes).
    missing_characters: int = 0

    @property
    def pages(self) -> int:
        return self.summary.pages

    @property
    def forms(self) -> int:
        return len(self.summary.forms)

    def count(self, kind: str) -> int:
        """How many flags of ``kind`` (missing_glyph, overflow, table_overflow)."""
        return sum(1 for flag in self.summary.flags if flag.kind == kind)

    @property
    def missing_glyphs(self) -> int:
        """Boxes holding a character the fonts lack (marked 〓 for the clerk)."""
        return self.count("missing_glyph")

    @property
    def needs_clerk(self) -> bool:
        return bool(self.summary.flags or self.summary.missing_layouts)


class PrintProgress:
    """Where a print job is, written by the worker thread and read by a UI timer.

    Plain attributes (atomic in CPython) and a ``threading.Event`` for cancelling: the
    UI never blocks on the worker and needs no cross-thread signal.
    """

    STAGES = ("idle", "sending", "waiting", "done", "failed", "cancelled")

    def __init__(self) -> None:
        self.stage = "idle"
        self.started = 0.0
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop waiting as soon as possible; the job stays spooled."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def elapsed(self) -> float:
        return time.monotonic() - self.started if self.started else 0.0

    def sleep(self, seconds: float) -> bool:
        """Wait up to ``seconds``; True when cancelled meanwhile."""
        return self._cancel.wait(seconds)


class _FollowedBackend(PrintBackend):
    """Wraps the configured back-end to report progress and honour a cancel request.

    ``PrintQueue`` keeps the spool bookkeeping; this only replaces the waiting loop, so a
    cancel or a timeout still ends in the queue's "failed, kept for reprint" path.
    """

    def __init__(self, inner: PrintBackend, progress: PrintProgress) -> None:
        self.inner = inner
        self.progress = progress
        self.name = inner.name
        self.poll_seconds = inner.poll_seconds

    def submit(self, pdf_path: Path) -> JobHandle:
        if self.progress.cancelled:
            raise PrintCancelled("printing was cancelled")
        self.progress.stage = "sending"
        return self.inner.submit(pdf_path)

    def submit_data(self, data: bytes, title: str) -> JobHandle:
        if self.progress.cancelled:
            raise PrintCancelled("printing was cancelled")
        self.progress.stage = "sending"
        return self.inner.submit_data(data, title)

    def status(self, job: JobHandle) -> JobState:
        return self.inner.status(job)

    def cancel(self, job: JobHandle) -> None:
        self.inner.cancel(job)

    def wait(self, job: JobHandle, timeout: float) -> None:
        self.progress.stage = "waiting"
        super().wait(job, timeout)

    def pause(self, seconds: float) -> None:
        if self.progress.sleep(seconds):
            raise PrintCancelled("printing was cancelled")


class PrintingService:
    """Renders into the preview folder and prints through one ``PrintQueue``."""

    def __init__(self, queue: PrintQueue, *, catalog: Catalog,
                 preview_dir: Path | None = None,
                 printed: PrintedListener | None = None, status_url: str = "") -> None:
        self.queue = queue
        # The waiting status page printed on the guide sheet ("" when the town has none).
        self.status_url = status_url
        self.catalog = catalog  # the town, the events' paper titles, the town's layouts
        # Only where older versions left plaintext previews (``purge_previews``).
        self.preview_dir = preview_dir if preview_dir is not None else queue.spool / "preview"
        # Told when a job completed (the visit lifecycle records ``forms_printed``).
        self.printed = printed

    # -- rendering --------------------------------------------------------------------
    def render(self, scenario: Scenario, plan: Plan, visit: VisitInfo,
               my_numbers: Mapping[str, str] | None = None, *,
               locale: str = "ja") -> RenderedBundle:
        """Render the bundle (guide sheet in the resident's ``locale`` + the Japanese forms)
        for the preview; nothing is sent yet."""
        from printing.bundle import render_bundle

        folder = Path(tempfile.mkdtemp(prefix="kiosk-render-"))  # 0700, gone on return
        try:
            summary = render_bundle(scenario, plan, visit, folder, my_numbers,
                                    catalog=self.catalog, locale=locale,
                                    status_url=self.status_url)
            document = summary.path.read_bytes()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        missing = len(missing_characters(scenario)) if summary.flags else 0
        return RenderedBundle(visit, document, summary, missing)

    def discard(self, bundle: RenderedBundle) -> None:
        """The session ended without printing: nothing is on disk; the screen drops it."""

    def purge_previews(self) -> int:
        """Delete previews older versions left on disk (call at start-up); returns the count."""
        return purge_previews(self.queue.spool, self.preview_dir)

    def sweep(self, retention: str) -> int:
        """Tidy the spool now (see ``printing.spool_sweep``); never raises for a bad disk."""
        return sweep_spool(self.queue, retention)

    # -- printing ---------------------------------------------------------------------
    def print(self, bundle: RenderedBundle, progress: PrintProgress | None = None) -> str:
        """Spool the bundle, send it and follow it until the printer reports it done.

        Returns the (already deleted) job's id. Raises ``PrintFailed`` (the job is kept
        for the clerk) when the printer is stopped, unreachable, too slow or the wait is
        cancelled.
        """
        progress = progress or PrintProgress()
        progress.started = time.monotonic()
        followed = _FollowedBackend(self.queue.backend, progress)
        job = self.queue.enqueue_data(bundle.document, visit_id=bundle.visit.id)
        try:
            self.queue.print(job.job_id, followed)
        except PrintError as exc:
            progress.stage = "cancelled" if isinstance(exc, PrintCancelled) else "failed"
            log.warning("visit %s: print job %s kept for the clerk (%s)", bundle.visit.id,
                        job.job_id, exc.code)
            raise PrintFailed(job.job_id, exc.reason, exc.code) from exc
        progress.stage = "done"
        self._record_printed(bundle)
        return job.job_id

    def _record_printed(self, bundle: RenderedBundle) -> None:
        if self.printed is not None:
            self.printed.printed(bundle.visit.id, bundle.forms)


def sweep_spool(queue: PrintQueue, retention: str) -> int:
    """Sweep a queue's spool with the personal-data retention policy
    (``retention.personal_data``): jobs past it, or settled by a clerk, are deleted."""
    from kiosk.personal.retention import expires_at
    from printing.spool_sweep import sweep

    def expires(created: datetime) -> datetime:
        return expires_at(created, retention)

    removed = 0
    with contextlib.suppress(OSError):
        removed = sweep(queue, expires=expires)
    return removed


def purge_previews(spool: Path, preview_dir: Path | None = None) -> int:
    """Delete unprinted previews (personal data) left in ``<spool>/preview`` by an earlier
    run: a crash or a power cut while a resident looked at their forms."""
    folder = preview_dir if preview_dir is not None else spool / "preview"
    if not folder.is_dir():
        return 0
    removed = 0
    for path in folder.glob("visit-*.pdf"):
        path.unlink(missing_ok=True)
        removed += 1
    if removed:
        log.info("purged %d leftover preview file(s)", removed)
    return removed


def missing_characters(scenario: Scenario) -> set[str]:
    """The characters (with their variation selector, if any) of the people's names,
    readings and addresses that the bundled fonts cannot print."""
    from printing.fonts import printable

    texts = [t for p in scenario.members for t in (p.name, p.furigana, p.relation)]
    texts.append(scenario.current_address)
    if scenario.new_address is not None:
        address = scenario.new_address
        texts += [address.oaza, address.banchi, address.katagaki]
    found: set[str] = set()
    for text in texts:
        for i, ch in enumerate(text):
            if printable(ch).missing:
                found.add(ch)
            elif printable(text[i:i + 2]).missing > printable(text[i + 1:i + 2]).missing:
                found.add(text[i:i + 2])  # a base character with a selector the fonts lack
    return found
