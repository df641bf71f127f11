"""Warming the renderer up in the background, so the first resident's print is as fast
as the hundredth.

A kiosk process renders its first bundle cold: reportlab's modules, the three faces
parsed, the form layouts and the guide sheet's translations read, the QR encoder and
every cache on the way filled. ``warm_up`` pays all of that before anyone waits for it,
by rendering a throw-away bundle of a sample visit through the catalog the kiosk has
loaded, so a town's own layouts are the ones warmed (the shipped sample with the largest
household whose event that catalog has, so the member tables and the continuation sheets run too) into a
temporary folder that is deleted at once. It also reads IPAmj明朝's coverage from its
disk cache, building that cache on the first start after the font was installed.

Pure Python and thread-safe: the kiosk calls it on a worker thread after the first frame
(fonts are built once under a lock, ``printing.fonts``; each render has its own
document). Failing to warm up only means the first print is slower, so it is logged,
never raised. Importing this module is cheap: the renderer is imported by ``warm_up``
itself, on the thread that runs it.
"""

from __future__ import annotations

import json
import logging
import tempfile
import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from forms.catalog import Catalog
    from kiosk.navigation.scenario import Scenario

log = logging.getLogger(__name__)

_ONE_AT_A_TIME = threading.Lock()
_DONE = threading.Event()


def warm_up(catalog: Catalog | None = None) -> None:
    """Parse the fonts, fill the renderer's caches and render one throw-away bundle through
    ``catalog`` (the bundled catalog when None, as a benchmark calls it). Idempotent: a second
    call (another thread, a later start-up hook) returns at once."""
    with _ONE_AT_A_TIME:
        if _DONE.is_set():
            return
        try:
            from printing.fonts import fallback_coverage, register_fonts

            register_fonts()
            fallback_coverage()
            _render_sample(catalog)
        except Exception:  # best effort: only the first print is slower
            log.warning("renderer warm-up failed; the first print will be slower",
                        exc_info=True)
        _DONE.set()


def _render_sample(catalog: Catalog | None) -> None:
    from forms.catalog import load_catalog
    from kiosk.navigation.engine import Navigator
    from printing.bundle import render_bundle
    from printing.context import VisitInfo

    if catalog is None:
        catalog = load_catalog(None)
    scenario = _largest_sample(catalog)
    if scenario is None:  # a trimmed install without the samples: fonts are warm at least
        return
    plan = Navigator(catalog).plan(scenario)
    visit = VisitInfo("warmup", "W-000", date.today())
    with tempfile.TemporaryDirectory(prefix="kiosk-warmup-") as folder:
        render_bundle(scenario, plan, visit, Path(folder), catalog=catalog)


def _largest_sample(catalog: Catalog) -> Scenario | None:
    """The shipped sample visit with the most people (whose event the catalog has)."""
    from kiosk.navigation.scenario import Scenario
    from kiosk.resources_path import package_folder

    best: tuple[int, str, Scenario] | None = None
    for path in sorted((package_folder("forms") / "scenarios").glob("*.json")):
        data: Any = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("event") not in catalog.events:
            continue
        size = len(data.get("household") or ())
        if best is None or size > best[0]:
            best = (size, path.name, Scenario.from_json(data))
    return best[2] if best is not None else None
