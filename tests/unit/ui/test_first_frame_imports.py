"""The first frame needs Qt, the configuration and the welcome screen only.

``kiosk run --demo --smoke`` runs in a fresh interpreter (a subprocess: this one has
imported everything already); its standard output is wrapped so that, at the instant the
smoke line "first frame after …" is written, the modules then loaded are noted. The
catalog, printing, the database layer, reportlab and the card library must not be among
them: they load after the first frame.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FIRST_FRAME_MUST_NOT_NEED = ("forms.catalog", "printing", "sqlalchemy", "reportlab", "smartcard")

DRIVER = """
import sys

FORBIDDEN = {forbidden!r}
seen = []


class Watch:
    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        if "first frame after" in text and not seen:
            seen.append(sorted(m for m in FORBIDDEN if m in sys.modules))
        return self.stream.write(text)

    def flush(self):
        self.stream.flush()


sys.stdout = Watch(sys.stdout)
from kiosk.cli.main import main

code = main(["run", "--demo", "--smoke"])
sys.stdout = sys.stdout.stream
print("EXIT", code)
print("LOADED AT FIRST FRAME", seen[0] if seen else "no first frame")
"""


def test_the_first_frame_loads_no_catalog_printing_database_or_card_library(
    isolated_dirs: Path,
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", DRIVER.format(forbidden=FIRST_FRAME_MUST_NOT_NEED)],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "KIOSK_HOME": str(isolated_dirs), "QT_QPA_PLATFORM": "offscreen"},
    )
    lines = result.stdout.splitlines()
    assert "EXIT 0" in lines, result.stderr[-2000:]
    assert "LOADED AT FIRST FRAME []" in lines, result.stdout
