"""A private cupsd for fault tests: its own folders, port and queues, stopped by its pid.

The fault tests stop the scheduler, pause, hang and delete queues. Doing that to the
machine's shared cupsd would disturb everybody else, so each test gets a scheduler of
its own in a temporary folder (on a free localhost port), talks to it through
``CupsBackend(server=…)``, and ends it by the pid it started. The shared cupsd and its
``kiosk-pdf`` queue are never touched. Run the module under ``flock /work/wt/cups.lock``
on a shared machine anyway: the CUPS tools and filters are shared.

Queues are raw (no filters) and print over ``socket://`` (AppSocket/JetDirect) to a
printer played by the test: ``RecordingPrinter`` reads each job to its end, so what "came
out" is byte for byte what was sent; ``SilentPrinter`` accepts the connection and never
reads or closes it, so the backend never finishes (a hung queue).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

TOOLS = ("cupsd", "lpadmin", "lp", "lpstat", "cupsenable", "cupsdisable", "cupsreject",
         "cupsaccept", "cancel", "ipptool")


def wait_until(condition: Callable[[], bool], timeout: float = 20.0, what: str = "") -> None:
    """Poll ``condition`` until it holds (a condition, not a fixed sleep)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what or condition}")
        time.sleep(0.05)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PrivateCups:
    """One cupsd of our own; ``stop()``/``start()`` keep its queues (``printers.conf``)."""

    def __init__(self) -> None:
        # Backends run as lp and must reach the spool files: so not below pytest's 0700
        # temporary folders. The folder is ours and removed by ``close``.
        self.root = root = Path(tempfile.mkdtemp(prefix="kiosk-cupsd-"))
        root.chmod(0o755)
        self.port = _free_port()
        self.server = f"127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None
        for name in ("etc", "spool", "tmp", "cache", "state", "log"):
            (root / name).mkdir(parents=True, exist_ok=True)
        (root / "etc" / "cups-files.conf").write_text("\n".join([
            f"ServerRoot {root}/etc", f"RequestRoot {root}/spool", f"TempDir {root}/tmp",
            f"CacheDir {root}/cache", f"StateDir {root}/state",
            f"ErrorLog {root}/log/error_log", f"AccessLog {root}/log/access_log",
            f"PageLog {root}/log/page_log", "SystemGroup root", ""]))
        (root / "etc" / "cupsd.conf").write_text("\n".join([
            "LogLevel warn", f"Listen {self.server}", "Browsing No", "WebInterface No",
            "<Location />", "  Order allow,deny", "  Allow all", "</Location>",
            "<Policy default>", "  JobPrivateAccess all", "  JobPrivateValues none",
            "  SubscriptionPrivateAccess all", "  SubscriptionPrivateValues none",
            "  <Limit All>", "    Order deny,allow", "  </Limit>", "</Policy>", ""]))

    # -- the scheduler ------------------------------------------------------------------
    def tool(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        env = {"PATH": "/usr/bin:/bin:/usr/sbin:/sbin", "LC_ALL": "C",
               "CUPS_SERVER": self.server}
        return subprocess.run(list(args), capture_output=True, text=True, env=env,
                              check=check, timeout=30)

    def running(self) -> bool:
        return "scheduler is running" in self.tool("lpstat", "-r", check=False).stdout

    def start(self) -> None:
        etc = self.root / "etc"
        self.process = subprocess.Popen(  # ended by this pid in stop()
            ["cupsd", "-f", "-c", str(etc / "cupsd.conf"), "-s", str(etc / "cups-files.conf")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_until(self.running, what="the private cupsd to answer")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=20)
            self.process = None
        wait_until(lambda: not self.running(), what="the private cupsd to stop")

    # -- queues -------------------------------------------------------------------------
    def add_queue(self, name: str, port: int) -> None:
        """A raw queue printing to the AppSocket printer listening on ``port``."""
        self.tool("lpadmin", "-p", name, "-E", "-v", f"socket://127.0.0.1:{port}")

    def job_state(self, queue: str, job_id: str) -> str:
        """``completed``, ``not-completed`` or ``gone`` as lpstat lists it."""
        for which in ("not-completed", "completed"):
            out = self.tool("lpstat", "-W", which, "-o", queue, check=False).stdout
            if any(line.split()[:1] == [job_id] for line in out.splitlines()):
                return which
        return "gone"

    def close(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=20)
            self.process = None
        shutil.rmtree(self.root, ignore_errors=True)


class SilentPrinter:
    """A TCP "printer" that accepts connections, then never reads, answers or closes."""

    def __init__(self) -> None:
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(8)
        self.port = int(self.listener.getsockname()[1])
        self.connections: list[socket.socket] = []
        threading.Thread(target=self._hold, daemon=True).start()

    def _hold(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return  # closed
            self.connections.append(connection)

    def close(self) -> None:
        self.listener.close()
        for connection in self.connections:
            connection.close()


class RecordingPrinter:
    """A TCP printer that reads every job to its end and keeps what it received."""

    def __init__(self) -> None:
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(8)
        self.port = int(self.listener.getsockname()[1])
        self.received: list[bytes] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return  # closed
            with connection:
                chunks = []
                while chunk := connection.recv(65536):
                    chunks.append(chunk)
            self.received.append(b"".join(chunks))

    def close(self) -> None:
        self.listener.close()
