"""Write the resident kiosk's two notice sounds into resources/sounds/, made here so their
source is known (no third-party recording, no licence question), the same way
``scripts/make_chime.py`` makes the display's chime. Run once; the WAVs are committed.

* ``take_card.wav``: three rising notes (G5 → C6 → E6), "something is still yours": played
  with 「マイナンバーカードをお取りください」 at the end of a card visit.
* ``idle_warning.wav``: two short equal notes (A5, A5), a gentle knock: played when the
  inactivity warning opens.

Both: decaying sine tones with a few harmonics, 16-bit mono, 22.05 kHz, under a second.
"""

from __future__ import annotations

import struct
import wave
from pathlib import Path

from make_chime import RATE, tone

SOUNDS = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def write(name: str, samples: list[float]) -> None:
    path = SOUNDS / name
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767))
                               for s in samples))
    print(path, path.stat().st_size)


def main() -> None:
    write("take_card.wav", tone(783.99, 0.16) + tone(1046.5, 0.16) + tone(1318.5, 0.5))
    write("idle_warning.wav", tone(880.0, 0.18) + silence(0.08) + tone(880.0, 0.35))


if __name__ == "__main__":
    main()
