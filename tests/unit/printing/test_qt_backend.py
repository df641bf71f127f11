"""The Qt back-end (the Windows path) prints every page; here into a PDF file via QPrinter."""

from __future__ import annotations

import sys
from pathlib import Path

from printing_samples import CATALOG, VISIT, family_scenario, tennyu_plan
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from printing.backends import JobState
from printing.backends.qt import QtBackend
from printing.bundle import render_bundle
from printing.raster import difference, rasterize


def test_qt_backend_prints_all_pages(qtbot: QtBot, tmp_path: Path) -> None:
    summary = render_bundle(family_scenario(), tennyu_plan(), VISIT, tmp_path / "in", catalog=CATALOG)
    output = tmp_path / "printed.pdf"
    backend = QtBackend(output_file=output)
    job = backend.submit(summary.path)
    assert backend.status(job) is JobState.COMPLETED
    assert len(PdfReader(output).pages) == summary.pages
    # Qt prints each page as a 300 dpi picture, so thin lines come out a little lighter
    # than the vector original: a looser tolerance, which another page still fails.
    source = rasterize(summary.path, 60, 2, 3)
    printed = rasterize(output, 60, 2, 2)[0]
    assert difference(source[0], printed).within(changed=0.03, mean=10.0)
    assert not difference(source[1], printed).within(changed=0.03, mean=10.0)


def test_importing_the_qt_backend_does_not_load_qt() -> None:
    import subprocess

    code = "import printing.backends.qt, sys; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "False"
