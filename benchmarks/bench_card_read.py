"""Time a full card read (basic four + 個人番号) through vpcd, pcscd and pyscard.

Compares the card layer (``InputSupportAp``: SELECT, tries, VERIFY, two READ BINARY,
with its 61xx/6Cxx handling, TLV parsing and decoding) with the same APDUs sent as raw
``SCardTransmit`` calls on an already connected card, so the difference is the layer's
own overhead. Also times a whole service session (connect, read, unpower) and repeats
everything with the emulator's TCP_QUICKACK off, which is the stock ~40-50 ms vpcd
round trip.

Needs pcscd with vsmartcard-vpcd (scripts/start-pcscd.sh); the emulator runs as a
separate process (``kiosk card emulate``), as in production the card is outside Python.

    .venv/bin/python benchmarks/bench_card_read.py [--iterations 200]
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

from smartcard import scard

from kiosk.card.emulator import sample_profile
from kiosk.card.pcsc import PcscBackend, PcscLink
from kiosk.card.protocol import InputSupportAp
from kiosk.card.service import ReaderService

READER = "Virtual PCD 00 00"
PROFILE = "address-200-bytes"


class Recorder:
    """Wraps a connection to record the APDUs of one read (used once, outside timing)."""

    def __init__(self, inner: PcscLink) -> None:
        self.inner = inner
        self.sent: list[bytes] = []

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        self.sent.append(apdu)
        return self.inner.transmit(apdu)


def full_read(ap: InputSupportAp, pin: str) -> None:
    ap.tries_left()
    ap.verify(pin)
    ap.read_basic_four()
    with ap.read_my_number():
        pass


def wait_for_card(timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            PcscLink(READER).close()
            return
        except Exception:  # noqa: BLE001  # any failure means "not yet"
            time.sleep(0.05)
    sys.exit("the emulated card did not appear in the vpcd reader")


def timed(fn: Callable[[], None], iterations: int) -> list[float]:
    times = []
    for _ in range(iterations):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def run(iterations: int, quickack: bool) -> dict[str, float]:
    pin = sample_profile(PROFILE).pin
    args = [sys.executable, "-m", "kiosk", "card", "emulate", "--profile", PROFILE, "--once"]
    if not quickack:
        args.append("--no-quickack")
    emulator = subprocess.Popen(args, stderr=subprocess.DEVNULL)
    try:
        wait_for_card()
        link = PcscLink(READER)
        recorder = Recorder(link)
        full_read(InputSupportAp(recorder), pin)
        apdus = recorder.sent

        def layer() -> None:
            full_read(InputSupportAp(link), pin)

        def raw() -> None:
            for command in apdus:
                scard.SCardTransmit(link.handle, link.protocol, list(command))

        layer(), raw()  # warm up
        # Interleave the two in a random order: the stock vpcd link alternates 44/88 ms
        # on some APDUs (delayed-ACK timing), and a fixed order would hand every slow
        # round to the same side.
        layer_t, raw_t = [], []
        rng = random.Random(3)
        for _ in range(iterations):
            for side in rng.sample(["layer", "raw"], 2):
                if side == "layer":
                    layer_t += timed(layer, 1)
                else:
                    raw_t += timed(raw, 1)
        link.close()
        service = ReaderService(PcscBackend(), READER)
        session_t = timed(lambda: service.read(pin, with_number=True).wipe(),
                          max(3, iterations // 4))
    finally:
        emulator.terminate()
        emulator.wait(10)
    layer_ms = statistics.fmean(layer_t) * 1000
    raw_ms = statistics.fmean(raw_t) * 1000
    return {
        "apdus": len(apdus),
        "layer_ms": layer_ms,
        "raw_ms": raw_ms,
        "overhead_pct": (layer_ms - raw_ms) / raw_ms * 100,
        "overhead_us": (layer_ms - raw_ms) * 1000,
        "per_apdu_ms": raw_ms / len(apdus),
        "session_ms": statistics.fmean(session_t) * 1000,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--slow-iterations", type=int, default=40,
                        help="iterations for the stock (no QUICKACK) round trip")
    args = parser.parse_args()
    try:
        if READER not in PcscBackend().list_readers():
            print("no vpcd reader: run scripts/start-pcscd.sh")
            return 1
    except Exception as exc:  # noqa: BLE001
        print(f"PC/SC not available ({type(exc).__name__}): run scripts/start-pcscd.sh")
        return 1
    print(f"full read = tries + VERIFY + basic four + 個人番号, profile {PROFILE!r} "
          f"(mean of the iterations)")
    header = (f"{'emulator':<22}{'APDUs':>6}{'layer ms':>10}{'raw ms':>9}"
              f"{'overhead':>10}{'(µs)':>8}{'ms/APDU':>9}{'session ms':>12}")
    print(header)
    for label, quickack, iterations in (("TCP_QUICKACK (default)", True, args.iterations),
                                        ("stock delayed ACK", False, args.slow_iterations)):
        r = run(iterations, quickack)
        print(f"{label:<22}{r['apdus']:>6.0f}{r['layer_ms']:>10.2f}{r['raw_ms']:>9.2f}"
              f"{r['overhead_pct']:>9.1f}%{r['overhead_us']:>8.0f}{r['per_apdu_ms']:>9.2f}"
              f"{r['session_ms']:>12.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
