"""「事前に入力した方」 at the real kiosk window: scan, card, PIN, print, in at most 6 taps.

The code is made with a key pair in a temporary folder, typed by the "scanner" as key
events into the window, and the card is the in-process emulator. Each refusal is
asserted with its own sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from prefill_driver import PrefillResident, TownKeys, prefill_config
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.timeout(240)


@pytest.fixture
def keys(tmp_path: Path) -> TownKeys:
    return TownKeys(tmp_path / "keys")


@pytest.fixture
def resident(qtbot: Any, isolated_dirs: Any, tmp_path: Path,
             keys: TownKeys) -> Iterator[PrefillResident]:
    driver = PrefillResident(qtbot, prefill_config(keys.folder, tmp_path / "printed"))
    yield driver
    driver.window.allow_close()
    driver.window.close()
    driver.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_scan_at_the_welcome_screen_then_card_pin_and_print_in_six_taps(
        resident: PrefillResident, keys: TownKeys, tmp_path: Path) -> None:
    resident.scan(keys.code())
    resident.card_and_pin()
    resident.print_prefilled()
    print(f"\npre-application from the scan to the print command: {resident.taps} taps")
    assert resident.taps <= 6
    assert len(list((tmp_path / "printed").glob("*.pdf"))) == 1
    session = resident.window.session
    assert session.characters_typed == 0
    assert session.channel == "pre_application"
