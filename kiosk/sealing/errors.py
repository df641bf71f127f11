"""The one error the sealing layer raises; its message is safe to show to staff."""

from __future__ import annotations


class SealError(RuntimeError):
    """Sealed data cannot be opened (wrong key, tampered, truncated) or a key is unusable."""
