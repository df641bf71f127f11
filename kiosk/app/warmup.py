"""Background warm-up after the kiosk's first frame: the registry of steps, and their runner.

The first resident of the day must not pay for what can be done while the welcome screen
waits (parsing fonts, building caches, importing the database layer). Each step is named by
import path, ``"package.module:function"`` (a function taking the catalog the kiosk has loaded,
the town's own when ``catalog.folder`` names one, and returning nothing; safe to run on a worker
thread: plain Python, no Qt widget), so reading this list imports nothing and the first frame
never waits for a step's module.

The kiosk runs :data:`WARM_UP_STEPS` in order on one background thread once its screens and
services are ready (:mod:`kiosk.ui.startup.background`). A step that fails is logged with
its exception's type and skipped: warming up is an optimisation, and the work it would
have done happens on first use instead. A new step is one line in the tuple below.
"""

from __future__ import annotations

import importlib
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from forms.catalog import Catalog

log = logging.getLogger(__name__)

WarmUp = Callable[["Catalog"], None]


@dataclass(frozen=True, slots=True)
class WarmUpStep:
    """One piece of background warm-up: a name for the log and what to call."""

    name: str
    #: ``package.module:function``, a function taking the kiosk's catalog
    target: str

    def load(self) -> WarmUp:
        module, _, name = self.target.partition(":")
        function: WarmUp = getattr(importlib.import_module(module), name)
        return function


# Run in this order after the first frame, once the screens and services are ready.
WARM_UP_STEPS: tuple[WarmUpStep, ...] = (
    # fonts, coverage cache, layouts and one throw-away bundle: the first print is a warm one
    WarmUpStep("fonts and renderer", "printing.warmup:warm_up"),
)


def run_steps(steps: Sequence[WarmUpStep], catalog: Catalog) -> list[str]:
    """Run each step in turn on ``catalog``; return the names of those that failed (logged,
    skipped)."""
    failed: list[str] = []
    for step in steps:
        started = time.perf_counter()
        try:
            step.load()(catalog)
        except Exception as exc:  # noqa: BLE001 - warming up never stops the kiosk
            log.warning("warm-up step failed", extra={"step": step.name,
                                                       "error": type(exc).__name__})
            failed.append(step.name)
            continue
        log.info("warmed up", extra={"step": step.name,
                                     "seconds": round(time.perf_counter() - started, 3)})
    return failed


def start_warm_up(catalog: Catalog,
                  steps: Sequence[WarmUpStep] = WARM_UP_STEPS) -> threading.Thread:
    """Run ``steps`` on ``catalog`` on a daemon thread (an exiting kiosk does not wait for a
    warm-up)."""
    thread = threading.Thread(target=run_steps, args=(tuple(steps), catalog),
                              name="kiosk-warm-up",
                              daemon=True)
    thread.start()
    return thread
