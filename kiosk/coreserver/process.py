"""Start the reference core system as a child process and wait until it answers.

For tests, benchmarks and demo scripts that need a real core system over HTTP::

    with CoreServerProcess(db_url, seed_residents=100) as server:
        httpx.get(f"{server.url}/v1/status")

It runs ``python -m kiosk core serve --port 0`` (a free port the server picks and prints),
waits for the ready line, never sleeps a fixed time, and on leaving sends SIGTERM and
waits for a clean exit (SIGKILL only if that takes too long). :meth:`kill` kills it hard,
for tests of a core system that dies.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import TracebackType

READY_PREFIX = "core system listening on "


class CoreServerFailed(RuntimeError):
    """The server did not start (its stderr is attached, for the developer)."""


class CoreServerProcess:
    """``kiosk core serve`` in a child process; a context manager."""

    def __init__(self, db_url: str, *, token_file: Path | None = None,
                 folder: Path | None = None, delay_ms: int = 0, seed_demo: bool = True,
                 seed_residents: int = 0, env: dict[str, str] | None = None,
                 start_timeout: float = 30.0) -> None:
        self.db_url = db_url
        self.token_file = token_file
        self.folder = folder
        self.delay_ms = delay_ms
        self.seed_demo = seed_demo
        self.seed_residents = seed_residents
        self.env = {**os.environ, **(env or {})}
        self.start_timeout = start_timeout
        self.url = ""
        self.process: subprocess.Popen[str] | None = None
        self._stderr: list[str] = []

    def _kiosk(self, *args: str) -> list[str]:
        # A frozen bundle's executable is the kiosk command itself; it has no ``-m``.
        program = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "kiosk"]
        return [*program, "core", *args]

    def start(self) -> CoreServerProcess:
        if self.seed_demo or self.seed_residents:
            seed = self._kiosk("seed", "--db", self.db_url)
            if self.seed_residents:
                seed += ["--residents", str(self.seed_residents)]
            elif self.seed_demo:
                seed.append("--demo")
            subprocess.run(seed, check=True, capture_output=True, env=self.env, timeout=600)
        command = self._kiosk("serve", "--port", "0", "--db", self.db_url,
                              "--delay-ms", str(self.delay_ms))
        if self.token_file:
            command += ["--token-file", str(self.token_file)]
        if self.folder:
            command += ["--folder", str(self.folder)]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True, encoding="utf-8", env=self.env)
        ready = threading.Event()
        threading.Thread(target=self._read_stdout, args=(ready,), daemon=True).start()
        threading.Thread(target=self._read_stderr, daemon=True).start()
        if not ready.wait(self.start_timeout) or not self.url:
            self.kill()
            raise CoreServerFailed("the core system did not start:\n" + "".join(self._stderr))
        return self

    def _read_stdout(self, ready: threading.Event) -> None:
        assert self.process is not None and self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith(READY_PREFIX) and not self.url:
                self.url = line[len(READY_PREFIX):].strip()
                ready.set()
        ready.set()  # the process ended without the line

    def _read_stderr(self) -> None:
        assert self.process is not None and self.process.stderr is not None
        for line in self.process.stderr:
            self._stderr.append(line)

    @property
    def stderr(self) -> str:
        """What the server wrote to stderr so far (its access log)."""
        return "".join(self._stderr)

    def stop(self, timeout: float = 10.0) -> int | None:
        """SIGTERM, then wait; the exit code (None if it had to be killed)."""
        if self.process is None or self.process.poll() is not None:
            return None if self.process is None else self.process.returncode
        self.process.terminate()
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            return None

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)

    def wait_for_stderr(self, text: str, timeout: float = 10.0) -> bool:
        deadline = time.monotonic() + timeout
        while text not in self.stderr:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.01)
        return True

    def __enter__(self) -> CoreServerProcess:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.stop()
