"""The kiosk's background warm-up steps get the catalog the kiosk loaded, in order; a step
that fails is logged and skipped, and the next one still runs."""

from __future__ import annotations

import importlib
import logging
import sys
from pathlib import Path
from types import ModuleType

import pytest

from forms.catalog import load_catalog
from kiosk.app.warmup import WarmUpStep, run_steps, start_warm_up

CATALOG = load_catalog(None)

STEPS_MODULE = '''
seen = []

def first(catalog):
    seen.append(("first", catalog))

def broken(catalog):
    raise OSError("disk full")

def last(catalog):
    seen.append(("last", catalog))
'''


@pytest.fixture
def steps_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """A module of steps, fresh for each test (the steps are named by import path)."""
    (tmp_path / "warmup_steps_for_test.py").write_text(STEPS_MODULE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "warmup_steps_for_test", raising=False)
    return importlib.import_module("warmup_steps_for_test")


def test_each_step_gets_the_kiosks_catalog_and_a_failure_is_skipped(
        steps_module: ModuleType, caplog: pytest.LogCaptureFixture) -> None:
    steps = (WarmUpStep("first", "warmup_steps_for_test:first"),
             WarmUpStep("broken", "warmup_steps_for_test:broken"),
             WarmUpStep("last", "warmup_steps_for_test:last"))
    with caplog.at_level(logging.WARNING, logger="kiosk.app.warmup"):
        failed = run_steps(steps, CATALOG)
    assert failed == ["broken"]
    assert steps_module.seen == [("first", CATALOG), ("last", CATALOG)]
    assert "warm-up step failed" in caplog.text


def test_the_warm_up_thread_runs_the_steps_and_never_blocks_exit(steps_module: ModuleType) -> None:
    thread = start_warm_up(CATALOG, (WarmUpStep("first", "warmup_steps_for_test:first"),))
    thread.join(timeout=30)
    assert thread.daemon and not thread.is_alive()
    assert steps_module.seen == [("first", CATALOG)]
