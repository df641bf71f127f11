"""``kiosk setup``'s card reader step against pcscd + vpcd: a real exchange, no PIN spent."""

from __future__ import annotations

from pathlib import Path

import pytest
from card_vpcd_support import VPCD_READER, StartCard

from kiosk.card import apdu
from kiosk.cli.main import main

pytestmark = pytest.mark.pcsc


def _args(tmp_path: Path) -> list[str]:
    return ["setup", "--no-input", "--role", "kiosk", "--terminal-id", "tablet-1",
            "--database-url", "local", "--printer-backend", "folder",
            "--printer-folder", str(tmp_path / "printed"), "--skip-test-page",
            "--card-reader", VPCD_READER]


def test_the_card_step_talks_to_the_card_without_spending_a_pin_try(
        vpcd_card: StartCard, isolated_dirs: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    _, card = vpcd_card("standard-adult")
    main(_args(tmp_path))
    out = capsys.readouterr().out
    assert f"ok  card reader: {VPCD_READER} read a My Number card (3 PIN tries left" in out
    assert card.sent(apdu.INS_VERIFY, with_data=True) == 0


def test_no_card_stops_the_assistant_with_the_reason(
        isolated_dirs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(_args(tmp_path)) == 1
    err = capsys.readouterr().err
    assert "the card reader test failed" in err and "Traceback" not in err
