"""The JSON log: parseable lines, the logger's name kept, personal data masked."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from kiosk.logging_setup import setup_logging


def test_json_lines_keep_the_logger_and_mask_numbers(tmp_path: Path) -> None:
    path = setup_logging("INFO", tmp_path)
    log = logging.getLogger("kiosk.test.logging")
    log.info("visit opened", extra={"visit": "v-1", "pin": "1234"})
    log.warning("number 123456789018 slipped in")
    try:
        raise ValueError("山田太郎 123456789018")
    except ValueError:
        log.exception("failed")
    for handler in logging.getLogger("kiosk").handlers:
        handler.flush()
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["logger"] == "kiosk.test.logging"
    assert lines[0]["visit"] == "v-1" and lines[0]["pin"] == "<redacted>"
    assert "123456789018" not in lines[1]["message"]
    assert lines[2]["exception"] == "ValueError"
    text = path.read_text(encoding="utf-8")
    assert "1234\"" not in text and "123456789018" not in text and "山田" not in text
