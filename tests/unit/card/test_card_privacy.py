"""No PIN and no 個人番号 in logs (at every level, file and capture), errors or outputs.

Runs every card scenario in-process with APDU tracing on (level TRACE, below DEBUG) and
the kiosk's real JSON log file handler, then searches everything that was written for
each PIN (as text and as the hex of its ASCII bytes) and each 個人番号.
"""

from __future__ import annotations

import logging
import logging.handlers
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.card.emulator import EmulatedCard, EmulatorBackend, sample_profile
from kiosk.card.emulator.profile import CardProfile
from kiosk.card.errors import CardError
from kiosk.card.service import ReaderService
from kiosk.logging_setup import setup_logging

# Distinctive values that cannot appear by chance in timestamps or counters.
PROFILE = replace(sample_profile("standard-adult"), pin="7391", my_number="318309886186")
WRONG_PINS = ("4826", "6053")


def _needles(profile: CardProfile) -> list[str]:
    needles = [profile.my_number, profile.my_number[:4] + " " + profile.my_number[4:8]]
    for pin in (profile.pin, *WRONG_PINS):
        needles += [pin, pin.encode().hex(), pin.encode().hex(" "), pin.encode().hex(" ").upper(),
                    pin.encode().hex().upper()]
    return needles


def _scenarios(texts: list[str]) -> list[EmulatedCard]:
    cards = []

    def run(profile: CardProfile, action: str, **options: object) -> None:
        backend = EmulatorBackend()
        card = EmulatedCard(profile, **options)  # type: ignore[arg-type]
        cards.append(card)
        backend.insert(card)
        service = ReaderService(backend)
        try:
            if action == "read":
                result = service.read(profile.pin, with_number=True)
                texts.extend([repr(result), str(result), repr(result.basic),
                              repr(result.my_number)])
                result.wipe()
            elif action == "wrong":
                service.read(WRONG_PINS[0])
            elif action == "last":
                service.read(WRONG_PINS[1])
        except CardError as exc:
            texts.extend([str(exc), repr(exc), exc.detail, exc.message("ja"), exc.message("en")])

    run(PROFILE, "read")
    run(PROFILE, "read", transport="t0")
    run(PROFILE, "wrong")
    run(PROFILE.with_tries(1), "last")
    run(PROFILE.with_tries(0), "read")
    run(replace(PROFILE, birth_date="1985xx12"), "read")
    run(replace(PROFILE, my_number="318309886180"), "read")  # bad check digit
    run(PROFILE, "read", wrong_aid=True)
    return cards


def test_nothing_personal_is_written_anywhere(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    kiosk_log = logging.getLogger("kiosk")
    old_level = kiosk_log.level
    log_file = setup_logging("DEBUG", tmp_path / "logs")
    kiosk_log.setLevel(1)
    caplog.set_level(1, logger="kiosk")
    texts: list[str] = []
    try:
        cards = _scenarios(texts)
    finally:
        for handler in [h for h in kiosk_log.handlers
                        if isinstance(h, logging.handlers.RotatingFileHandler)]:
            kiosk_log.removeHandler(handler)
            handler.close()
        kiosk_log.setLevel(old_level)
    captured = capsys.readouterr()
    written = {
        "caplog": caplog.text,
        "log file": log_file.read_text(encoding="utf-8"),
        "stdout": captured.out,
        "stderr": captured.err,
        "emulator logs": "\n".join(repr(card.log) for card in cards),
        "errors and results": "\n".join(texts),
    }
    assert "00 20 00 91 04 **" in written["caplog"]  # tracing really was on
    assert "TRACE" in written["log file"]
    for where, text in written.items():
        for needle in _needles(PROFILE):
            assert needle not in text, f"{where} holds a PIN or 個人番号"
        assert PROFILE.name not in text, f"{where} holds the name"
