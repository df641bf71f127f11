"""Where a terminal keeps its keys.

``FileKeyStore`` keeps each named secret in its own 0600 file in a 0700 folder (the data
folder's ``keys/``). On Windows the bytes are first wrapped with DPAPI
(``CryptProtectData``, bound to the logged-in account), so a copied file is useless on
another account or machine. The Secret Service on Linux needs a desktop session the
kiosk's locked-down account does not have; a 0600 file is what the issue allows there.

Names are fixed strings chosen by the code (``terminal``, ``town-private`` …), never user
input.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Protocol

from kiosk.sealing.errors import SealError
from kiosk.sealing.files import private_dir, write_private

_NAME = re.compile(r"^[a-z0-9][a-z0-9.-]{0,63}$")


class KeyStore(Protocol):
    """A place that keeps named secrets for this terminal."""

    def load(self, name: str) -> bytes | None: ...

    def store(self, name: str, secret: bytes) -> None: ...

    def delete(self, name: str) -> None: ...

    def names(self) -> list[str]: ...


class FileKeyStore:
    """One 0600 file per secret (DPAPI-wrapped on Windows)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, name: str) -> Path:
        if not _NAME.match(name):
            raise SealError(f"Invalid key name {name!r}.")
        return self.folder / f"{name}.key"

    def load(self, name: str) -> bytes | None:
        path = self._path(name)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise SealError(f"The key file {path} cannot be read ({exc.strerror}).") from None
        return _unprotect(raw) if os.name == "nt" else raw

    def store(self, name: str, secret: bytes) -> None:
        private_dir(self.folder)
        write_private(self._path(name), _protect(secret) if os.name == "nt" else secret)

    def delete(self, name: str) -> None:
        path = self._path(name)
        if path.exists():
            # Overwrite before unlinking: a deleted key should not linger in free blocks
            # on a plain (non-journalled-data) filesystem.
            size = path.stat().st_size
            with open(path, "r+b") as handle:
                handle.write(os.urandom(size))
                handle.flush()
                os.fsync(handle.fileno())
            path.unlink()

    def names(self) -> list[str]:
        if not self.folder.is_dir():
            return []
        return sorted(p.stem for p in self.folder.glob("*.key"))


def default_keystore() -> FileKeyStore:
    from kiosk.paths import data_dir

    return FileKeyStore(data_dir() / "keys")


# --------------------------------------------------------------------------- DPAPI (Windows)


def _protect(data: bytes) -> bytes:  # pragma: no cover - Windows only
    return _dpapi(data, protect=True)


def _unprotect(data: bytes) -> bytes:  # pragma: no cover - Windows only
    return _dpapi(data, protect=False)


def _dpapi(data: bytes, *, protect: bool) -> bytes:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    class Blob(ctypes.Structure):
        _fields_ = [("cbData", wintypes.DWORD), ("pbData", ctypes.POINTER(ctypes.c_char))]

    buffer = ctypes.create_string_buffer(data, len(data))
    source = Blob(len(data), ctypes.cast(buffer, ctypes.POINTER(ctypes.c_char)))
    target = Blob()
    crypt32 = ctypes.windll.crypt32  # type: ignore[attr-defined]  # Windows only
    call = crypt32.CryptProtectData if protect else crypt32.CryptUnprotectData
    ok = call(ctypes.byref(source), None, None, None, None, 0x1, ctypes.byref(target))
    if not ok:
        raise SealError("Windows refused to open this terminal's key (DPAPI).")
    try:
        return ctypes.string_at(target.pbData, target.cbData)
    finally:
        ctypes.windll.kernel32.LocalFree(target.pbData)  # type: ignore[attr-defined]
