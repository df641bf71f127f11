"""Files that hold personal data or keys: created 0600 in 0700 folders, written atomically.

On Windows the POSIX modes mean little; the per-user profile folders that ``kiosk.paths``
picks are already private to the account, and keys are additionally DPAPI-protected
(``kiosk.sealing.keystore``).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def restrict_umask() -> int:
    """Make every file this process creates private to its user; returns the old mask.

    Called once at start-up by every entry point, so SQLite's own files (its journal and
    WAL too), logs and PDFs are never world-readable, whoever creates them.
    """
    return os.umask(0o077)


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) and make the leaf 0700."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    with contextlib.suppress(OSError):  # a folder we do not own (e.g. a shared mount)
        os.chmod(path, PRIVATE_DIR)
    return path


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (temp file + fsync + rename), mode 0600."""
    import tempfile  # here: `kiosk run` reaches restrict_umask before its first frame

    private_dir(path.parent)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            if hasattr(os, "fchmod"):  # not on Windows
                os.fchmod(handle.fileno(), PRIVATE_FILE)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def is_private(path: Path) -> bool:
    """True when nobody but the owner can read or write ``path`` (always True on Windows)."""
    if os.name == "nt":
        return True
    return (path.stat().st_mode & 0o077) == 0
