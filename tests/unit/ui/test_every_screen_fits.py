"""Every screen of a whole visit fits, in every language, at every text size, at 1280×800 (the
common 10-inch tablet) and 1920×1080, and in high contrast (issue 15).

One test per combination builds the real window once and walks a whole visit through it
(:mod:`visit_walk`: the in-process card emulator, no vpcd, so it runs beside other tests).
At every stop it fails on anything clipped, cut or overlapping (:func:`layout_check.
layout_problems`) and on a window grown past the screen, and it saves the screenshot to
``.ci/artifacts/screens/<language>-<size>-<width>x<height>[-hc]/<stop>.png`` (or under
``KIOSK_TEST_SCREENS_DIR``) for a person to look at.

The languages are data: every locale that has translations (``kiosk.i18n.
translation_locales()``) or catalog texts (``locales.yaml``), so a language added later is
walked without a change here.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from layout_check import layout_problems
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget
from visit_walk import VisitWalk

from forms.catalog import load_catalog
from kiosk import i18n
from kiosk.config import Config
from kiosk.ui import theme

pytestmark = pytest.mark.timeout(120)

ROOT = Path(__file__).resolve().parents[3]
SHOTS = Path(os.environ.get("KIOSK_TEST_SCREENS_DIR") or ROOT / ".ci" / "artifacts" / "screens")
RESOLUTIONS = ((1280, 800), (1920, 1080))
#: QImage's PNG "quality" 80 is zlib level 1: 0.1–0.2 MB a shot, fast to write.
FAST_PNG = 80
LARGEST = len(theme.TEXT_SIZES_PX) - 1


def offered_languages() -> tuple[str, ...]:
    """Every language a town can offer today: the UI's translations and the catalog's."""
    found = set(i18n.translation_locales()) | set(load_catalog().locales)
    return ("ja", *sorted(found - {"ja"}))


def _combinations() -> Iterator[Any]:
    for language in offered_languages():
        for size in range(len(theme.TEXT_SIZES_PX)):
            for width, height in RESOLUTIONS:
                yield pytest.param(language, size, width, height, False,
                                   id=f"{language}-{size}-{width}x{height}")
        # High contrast: the thickest borders at the largest text on the smaller screen.
        yield pytest.param(language, LARGEST, 1280, 800, True,
                           id=f"{language}-{LARGEST}-1280x800-hc")


def _check(window: QWidget, widgets: list[QWidget], width: int, height: int) -> list[str]:
    found: list[str] = []
    if window.width() > width or window.height() > height:
        found.append(f"the window grew to {window.width()}×{window.height()}")
    for widget in widgets:
        found += layout_problems(widget)
    return found


def _needed_height(widgets: list[QWidget]) -> int:
    """What the stop's widgets need, stacked: the top bar and the screen (or an overlay's
    card) at their minimum height."""
    total = 0
    for widget in widgets:
        layout = widget.layout()
        hint = layout.totalMinimumSize() if layout is not None else widget.minimumSizeHint()
        total += hint.height()
    return total


@pytest.fixture
def windows(qtbot: Any, isolated_dirs: Any) -> Iterator[list[Any]]:
    built: list[Any] = []
    yield built
    # Delete the window: a hidden one would be re-styled by every later theme change.
    for resident in built:
        resident.window.allow_close()
        resident.window.close()
        resident.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize(("language", "size", "width", "height", "contrast"),
                         list(_combinations()))
def test_every_screen_of_a_visit_fits(qtbot: Any, windows: list[Any], language: str,
                                      size: int, width: int, height: int,
                                      contrast: bool) -> None:
    from resident_driver import Resident

    offered = offered_languages()
    config = Config().replace("ui", language=language, languages=offered, text_size=size,
                              high_contrast=contrast)
    resident = Resident(qtbot, config)
    windows.append(resident)
    window = resident.window
    folder = SHOTS / f"{language}-{size}-{width}x{height}{'-hc' if contrast else ''}"
    folder.mkdir(parents=True, exist_ok=True)
    found: list[str] = []
    stops: list[str] = []
    needs: list[str] = []
    window.resize(width, height)
    # PNG encoding is the walk's dearest part: a second thread does it meanwhile (Qt
    # releases the interpreter lock while it encodes a QImage).
    with ThreadPoolExecutor(max_workers=1) as saver:
        for name, widgets in VisitWalk(resident).stops():
            stops.append(name)
            window.resize(width, height)  # the window does not shrink back by itself
            QApplication.processEvents()
            found += [f"{name}: {p}" for p in _check(window, widgets, width, height)]
            needs.append(f"{_needed_height(widgets)}\t{name}")
            image = window.grab().toImage()
            saver.submit(image.save, str(folder / f"{name}.png"), "PNG", FAST_PNG)
    # The height each stop needs (top bar and screen at their minimum), for the report.
    (folder / "heights.tsv").write_text("\n".join(needs) + "\n", encoding="utf-8")
    assert len(stops) >= 25, stops
    assert not found, "\n".join(found)
