"""Start-up of the kiosk against Qt's own floor: a bare PySide6 window showing one label.

Both are measured the same way, as whole processes: the parent notes the time just before
spawning the child and stops the clock when the child's "first frame" line arrives on its
standard output (the child prints it once its window has painted for the first time). The
runs are interleaved (kiosk, bare, kiosk, bare…) so that a machine shared with other work
slows both alike; the figures are medians and the ratio is kiosk ÷ bare.

The kiosk is ``kiosk run --demo --smoke`` (offscreen Qt, a fresh ``KIOSK_HOME``); its own
smoke line (seconds from process start, read from the OS) is printed beside for comparison.
Aim: at most 3× the bare window. ``BENCH_RUNS`` sets the number of pairs (default 9).

``--frozen DIST/linux/kiosk/kiosk`` adds the frozen build (``bash packaging/build.sh linux``)
to each round (venv kiosk, frozen kiosk, bare window: triples, interleaved) and prints the
frozen ÷ venv ratio. The frozen one runs as ``test-frozen.sh`` runs it: a bare PATH, no
PYTHON* variables, its own fresh home; the venv's from the same kind of home.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = int(os.environ.get("BENCH_RUNS", "9"))
AIM_RATIO = 3.0

BARE_WINDOW = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
label = QLabel("Welcome to the town hall")


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            label.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print("first frame", flush=True), app.quit()))
        return False


watcher = FirstPaint()
label.installEventFilter(watcher)
label.resize(1280, 800)
label.show()
app.exec()
"""


def time_to_first_frame(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Seconds from spawning ``command`` to its "first frame" line, and that line."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True, env=env)
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("first frame"):
            seconds = time.perf_counter() - started
            child.stdout.read()  # let it finish on its own (the kiosk warms up, then exits)
            if child.wait(timeout=120) != 0:
                raise RuntimeError(f"{command} failed after its first frame")
            return seconds, line.strip()
    raise RuntimeError(f"{command} printed no first frame (exit {child.wait()})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--frozen", metavar="KIOSK", help="the frozen build's kiosk program")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as frozen_home:
        # Byte-code cached as on an installed terminal (pip compiles a wheel at install).
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_HOME": home}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        kiosk = [sys.executable, "-m", "kiosk", "run", "--demo", "--smoke"]
        bare = [sys.executable, "-c", BARE_WINDOW]
        frozen_env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "HOME": frozen_home,
                      "KIOSK_HOME": frozen_home, "QT_QPA_PLATFORM": "offscreen",
                      "LANG": "C.UTF-8"}
        frozen = [os.path.abspath(args.frozen), "run", "--demo", "--smoke"] if args.frozen else []
        time_to_first_frame(kiosk, env)  # warm the OS file cache and create the demo data
        time_to_first_frame(bare, env)
        if frozen:
            time_to_first_frame(frozen, frozen_env)
        kiosk_times: list[float] = []
        bare_times: list[float] = []
        frozen_times: list[float] = []
        own: list[float] = []
        for _ in range(RUNS):
            seconds, line = time_to_first_frame(kiosk, env)
            kiosk_times.append(seconds)
            own.append(float(line.split("first frame after ")[1].split(" s")[0]))
            if frozen:
                frozen_times.append(time_to_first_frame(frozen, frozen_env)[0])
            bare_times.append(time_to_first_frame(bare, env)[0])
    kiosk_median = statistics.median(kiosk_times)
    bare_median = statistics.median(bare_times)
    print("kiosk, spawn → first frame (s):", " ".join(f"{t:.3f}" for t in kiosk_times))
    if frozen_times:
        print("frozen kiosk (s):              ", " ".join(f"{t:.3f}" for t in frozen_times))
    print("bare PySide6 window (s):       ", " ".join(f"{t:.3f}" for t in bare_times))
    print(f"kiosk's own smoke line (from process start), median {statistics.median(own):.3f} s")
    print(f"median kiosk {kiosk_median:.3f} s, bare {bare_median:.3f} s over {RUNS} "
          f"interleaved rounds: ratio {kiosk_median / bare_median:.2f}× (aim ≤ {AIM_RATIO:.0f}×)")
    if frozen_times:
        frozen_median = statistics.median(frozen_times)
        print(f"median frozen kiosk {frozen_median:.3f} s against the venv's {kiosk_median:.3f} s:"
              f" frozen ÷ venv {frozen_median / kiosk_median:.2f}×; frozen ÷ bare window "
              f"{frozen_median / bare_median:.2f}×")


if __name__ == "__main__":
    main()
