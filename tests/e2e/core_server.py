"""The reference core system as a real subprocess, for the e2e tests and the benchmark.

``kiosk core seed --demo`` fills its own SQLite database (the demo residents and
reservations), ``kiosk core serve`` answers on a free port; :func:`running_core_server`
waits until ``/v1/status`` answers and stops the process afterwards.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

KIOSK = [sys.executable, "-m", "kiosk"]


def free_port() -> int:
    """A port nothing listens on now (also the "core system is down" address)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def seeded_database(folder: Path) -> str:
    url = f"sqlite:///{folder / 'core.sqlite3'}"
    subprocess.run([*KIOSK, "core", "seed", "--demo", "--db", url], check=True,
                   capture_output=True, timeout=120)
    return url


@contextmanager
def running_core_server(folder: Path, *, delay_ms: int = 0) -> Iterator[str]:
    """Yield the base URL of a reference core system with the demo data."""
    folder.mkdir(parents=True, exist_ok=True)
    url = seeded_database(folder)
    port = free_port()
    command = [*KIOSK, "core", "serve", "--port", str(port), "--db", url]
    if delay_ms:
        command += ["--delay-ms", str(delay_ms)]
    log = (folder / "core-server.log").open("wb")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                raise RuntimeError("the core server stopped: "
                                   + (folder / "core-server.log").read_text(errors="replace"))
            try:
                # a slow server (--delay-ms) is slow on /v1/status too
                probe = httpx.get(f"{base}/v1/status", timeout=1.0 + delay_ms / 1000)
                if probe.status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the core server did not start in 30 s")
            time.sleep(0.05)  # polling a starting process: nothing to wait on but the port
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
