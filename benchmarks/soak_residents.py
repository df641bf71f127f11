"""The full soak: 500 residents through one real kiosk window, figures every 50 visits.

Same engine as the bounded test (``tests/soak/soak_kiosk.py``): kiosk mode, the real
screens and thread pool, the card through pcscd + vsmartcard-vpcd + the emulator, the
folder printer (each bundle is checked, then deleted), SQLite for the metrics and the
clerks' copy. Prints one line per sample and exits 1 when a bound of ``Bounds`` breaks.
Run it under the shared card-reader lock:

    flock /work/wt/vpcd.lock env QT_QPA_PLATFORM=offscreen \\
        .venv/bin/python benchmarks/soak_residents.py [--residents 500] [--every 50]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "soak"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--residents", type=int, default=500)
    parser.add_argument("--every", type=int, default=50)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="kiosk-soak-") as folder:
        home = Path(folder)
        os.environ["KIOSK_HOME"] = str(home / "home")  # data, logs and spool in here

        from PySide6.QtCore import QtMsgType, qInstallMessageHandler

        def quiet(kind: QtMsgType, _context: object, message: str) -> None:
            if "propagateSizeHints" not in message:  # the offscreen plug-in, every window
                print(f"Qt {kind.name}: {message}", file=sys.stderr)

        qInstallMessageHandler(quiet)
        from soak_kiosk import BOUNDS, growth_failures, run_soak, soak_kiosk

        print(f"soak: {args.residents} residents, a sample every {args.every}; bounds {BOUNDS}")
        with soak_kiosk(home) as resident:
            samples = run_soak(resident, args.residents, args.every,
                               lambda sample: print(sample.line(), flush=True))
    failures = growth_failures(samples)
    for failure in failures:
        print(f"FAIL: {failure}")
    print("soak held" if not failures else "soak FAILED")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
