"""Write resources/sounds/chime.wav: the display's two-note chime (ピンポーン), made here so
its source is known (no third-party recording, no licence question). Run once; the WAV is
committed.

A soft E5 → C5 pair of decaying sine tones with a few harmonics, 16-bit mono, 22.05 kHz.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050


def tone(freq: float, seconds: float, volume: float = 0.45) -> list[float]:
    count = int(RATE * seconds)
    out = []
    for n in range(count):
        t = n / RATE
        envelope = math.exp(-3.2 * t) * min(1.0, t / 0.01)
        sample = sum(math.sin(2 * math.pi * freq * k * t) / k**2 for k in (1, 2, 3))
        out.append(volume * envelope * sample)
    return out


def main() -> None:
    samples = tone(659.25, 0.55) + tone(523.25, 1.1)
    path = Path(__file__).resolve().parent.parent / "resources" / "sounds" / "chime.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767))
                               for s in samples))
    print(path, path.stat().st_size)


if __name__ == "__main__":
    main()
