"""The renderer's warm-up: after it, every face is parsed, the sample bundle has been drawn
once, and it can run on a worker thread while a resident's bundle is rendered, without
changing that bundle by a byte."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from printing_samples import CATALOG, VISIT, family_scenario, tennyu_plan
from reportlab.pdfbase import pdfmetrics

from forms.catalog import Catalog
from printing import warmup
from printing.bundle import render_bundle
from printing.fonts import GOTHIC, GOTHIC_BOLD, MINCHO


@pytest.fixture
def cold_warmup() -> None:
    """As in a new process: the warm-up has not run yet (fonts stay registered)."""
    warmup._DONE.clear()


def _render(folder: Path) -> bytes:
    summary = render_bundle(family_scenario(), tennyu_plan(), VISIT, folder, catalog=CATALOG)
    return summary.path.read_bytes()


def test_warm_up_parses_the_faces_and_draws_a_sample(
        cold_warmup: None, monkeypatch: pytest.MonkeyPatch) -> None:
    rendered: list[int] = []
    real = warmup._render_sample

    def counted(catalog: Catalog | None) -> None:
        real(catalog)
        rendered.append(1)

    monkeypatch.setattr(warmup, "_render_sample", counted)
    warmup.warm_up()
    assert rendered == [1]
    for face in (MINCHO, GOTHIC, GOTHIC_BOLD):
        assert pdfmetrics.getFont(face).face.charToGlyph
    warmup.warm_up()
    assert rendered == [1], "a second call does nothing"


def test_warm_up_on_a_thread_leaves_a_concurrent_render_unchanged(
        cold_warmup: None, tmp_path: Path) -> None:
    alone = _render(tmp_path / "alone")
    worker = threading.Thread(target=warmup.warm_up)
    worker.start()
    during = [_render(tmp_path / "during0")]
    while worker.is_alive():  # keep rendering for as long as the warm-up runs
        during.append(_render(tmp_path / f"during{len(during)}"))
    worker.join()
    assert warmup._DONE.is_set()
    assert all(pdf == alone for pdf in during)


def test_a_failing_warm_up_is_logged_not_raised(
        cold_warmup: None, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    def broken(catalog: Catalog | None) -> None:
        raise OSError("no temporary folder")

    monkeypatch.setattr(warmup, "_render_sample", broken)
    with caplog.at_level(logging.WARNING, logger="printing.warmup"):
        warmup.warm_up()
    assert "warm-up failed" in caplog.text


def test_warm_up_renders_through_the_catalog_it_is_given(
        cold_warmup: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The kiosk hands over the town's catalog: its layouts are the ones warmed, and the
    bundled catalog is not loaded a second time."""
    import printing.bundle
    from forms import catalog as catalog_module

    used: list[Catalog] = []
    real = printing.bundle.render_bundle

    def spy(*args: object, catalog: Catalog, **kwargs: object) -> object:
        used.append(catalog)
        return real(*args, catalog=catalog, **kwargs)  # type: ignore[arg-type]

    def not_again(*args: object, **kwargs: object) -> Catalog:
        raise AssertionError("the warm-up loaded a catalog of its own")

    monkeypatch.setattr(printing.bundle, "render_bundle", spy)
    monkeypatch.setattr(catalog_module, "load_catalog", not_again)
    warmup.warm_up(CATALOG)
    assert used == [CATALOG]
