"""Publishing the anonymous waiting board for the status page, and reading it back.

The display and the web server sit on different networks (the kiosk's database is on the
town's internal side; ``kiosk web`` faces the internet), and nothing on the internet side
may reach the internal database. So the board crosses as a file: ``kiosk display``
writes the :class:`BoardSnapshot` as JSON to ``display.publish_file`` (atomically, a
temporary file renamed over the old one), the town's sanctioned one-way transfer copies
it across, and ``kiosk web`` reads it from ``web.queue_file``. It holds ticket numbers,
counter codes, counts and times only. See ``docs/waiting-display.md``.
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from kiosk.domain.waiting_board import BoardSnapshot

STALE_AFTER = timedelta(minutes=3)  # older than this, the page says the board is not live


class BoardFile:
    """A snapshot file: ``publish`` on the display's side, ``read`` on the web side."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def publish(self, snapshot: BoardSnapshot) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".board-", dir=self.path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(snapshot.to_json())
            os.chmod(temporary, 0o644)  # anonymous by design; the transfer reads it
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def read(self) -> BoardSnapshot | None:
        """The published board, or None when there is none or it is not a board."""
        try:
            return BoardSnapshot.from_json(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None


def is_stale(snapshot: BoardSnapshot, now: datetime) -> bool:
    return now - snapshot.taken_at > STALE_AFTER
