"""The characters a keyboard-wedge scanner types, gathered until its Enter.

A USB 2D scanner "types" the code's ASCII text very fast and ends with Enter. The window
feeds every key here: printable ASCII is kept, Enter hands the whole text over, and the
caller discards a burst that went quiet without its Enter (a person leaning on a key, a
scan cut short) with :meth:`WedgeBuffer.discard`, on a timer it restarts per key.

The case is kept as typed: with Caps Lock on, the scanner types lower case, and the
codec upper-cases before it decodes. Plain Python, no Qt.
"""

from __future__ import annotations

#: Longer than any code a QR symbol can carry: a stuck key never grows without bound.
MAX_LENGTH = 8192


class WedgeBuffer:
    def __init__(self, max_length: int = MAX_LENGTH) -> None:
        self.max_length = max_length
        self._chars: list[str] = []

    @property
    def pending(self) -> bool:
        """Characters are waiting for their Enter."""
        return bool(self._chars)

    def __len__(self) -> int:
        return len(self._chars)

    def __repr__(self) -> str:  # the burst is a resident's code: never in a log line
        return f"WedgeBuffer(<{len(self._chars)} characters>)"

    def type(self, text: str) -> bool:
        """Keep the printable ASCII of one key's text; whether anything was kept."""
        kept = [char for char in text if " " <= char <= "~"]
        if not kept:
            return False
        if len(self._chars) + len(kept) > self.max_length:
            self.discard()  # not a code any more: start again with the next burst
            return False
        self._chars += kept
        return True

    def enter(self) -> str | None:
        """The scanner's Enter: the text typed since the last one, or ``None`` when empty."""
        text = "".join(self._chars).strip()
        self._chars.clear()
        return text or None

    def discard(self) -> None:
        self._chars.clear()
