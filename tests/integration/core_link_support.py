"""The reference core system (``kiosk core serve``) as a subprocess, for the link's tests.

Shared by ``test_core_link_rest.py`` and ``test_core_link_folder.py``: a small town's
residents and one 転入予約 imported through ``kiosk core import``, a server on a free port,
waited for by asking its status (never by sleeping).
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kiosk.domain.core_records import CallContext
from kiosk.domain.resident import BasicFour, Sex

KIOSK = [sys.executable, "-m", "kiosk"]
RESIDENTS = (
    "household_key,address,key,name,kana,birth_date,sex,relation,resident_since,insurances,"
    "registrations,nationality\n"
    "H1,熊本県玉名郡南関町大字関町123番地,P1,佐藤　花子,サトウ　ハナコ,1985-04-12,2,世帯主,"
    "2010-04-01,kokuho,inkan,\n"
    "H1,熊本県玉名郡南関町大字関町123番地,P2,佐藤　太郎,サトウ　タロウ,2015-06-01,1,子,"
    "2015-06-01,kokuho,child_medical,\n"
    # Two people with the same name, birth date and sex: without an address, ambiguous.
    "H2,熊本県玉名郡南関町大字関町1番地,P3,田中　一郎,タナカ　イチロウ,1950-01-01,1,世帯主,,"
    "kouki,,\n"
    "H3,熊本県玉名郡南関町大字関外目2番地,P4,田中　一郎,タナカ　イチロウ,1950-01-01,1,世帯主,,"
    "kouki,,\n"
)
RESERVATIONS = (
    "reservation_id,previous_address,previous_municipality,oaza,banchi,katagaki,planned_date,"
    "moved_out_on,name,kana,birth_date,sex,relation,nationality,insurances,registrations\n"
    "R2026-000042,福岡県福岡市中央区天神1丁目1番1号,401331,大字関町,123-4,,2026-04-06,"
    "2026-03-31,鈴木　一郎,スズキ　イチロウ,1980-01-01,1,世帯主,,kokuho,jido_teate\n"
    "R2026-000042,福岡県福岡市中央区天神1丁目1番1号,401331,大字関町,123-4,,2026-04-06,"
    "2026-03-31,鈴木　花子,スズキ　ハナコ,1982-02-02,2,妻,,kokuho,\n"
)
HANAKO = BasicFour("佐藤　花子", "熊本県玉名郡南関町大字関町123番地", date(1985, 4, 12), Sex.FEMALE)
ICHIRO = BasicFour("田中　一郎", "", date(1950, 1, 1), Sex.MALE)
MOVER = BasicFour("鈴木　一郎", "福岡県福岡市中央区天神1丁目1番1号", date(1980, 1, 1), Sex.MALE)
NOBODY = BasicFour("山田　誰", "", date(1999, 9, 9), Sex.MALE)
CONTEXT = CallContext("kiosk-1", "resident", "00000000-0000-4000-8000-000000000001")


def kiosk(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*KIOSK, *argv], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})}, check=False)


def core_database(folder: Path) -> str:
    """A reference core system's database holding the residents and the reservation."""
    url = f"sqlite:///{(folder / 'core.sqlite3').as_posix()}"
    residents, reservations = folder / "residents.csv", folder / "reservations.csv"
    residents.write_text(RESIDENTS, encoding="utf-8")
    reservations.write_text(RESERVATIONS, encoding="utf-8")
    for argv in (["core", "import", str(residents), "--db", url],
                 ["core", "import", "--reservations", str(reservations), "--db", url]):
        done = kiosk(*argv)
        assert done.returncode == 0, done.stderr
    return url


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@dataclass
class Server:
    url: str
    port: int
    process: subprocess.Popen[bytes]

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)


def wait_until(condition: Callable[[], bool], timeout: float = 20.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"not in time: {what}"
        time.sleep(0.02)


@contextmanager
def reference_server(db_url: str, log: Path, *extra: str) -> Iterator[Server]:
    """``kiosk core serve --port 0`` until the block ends; ready once it says it listens."""
    process = subprocess.Popen([*KIOSK, "core", "serve", "--port", "0", "--db", db_url, *extra],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert process.stdout is not None
    lines = iter(process.stdout.readline, b"")
    try:
        url = ""
        with open(log, "ab") as out:
            for line in lines:  # ends when the process exits
                out.write(line)
                found = re.search(rb"listening on (http://[\d.]+:(\d+))", line)
                if found:
                    url = found.group(1).decode()
                    break
        assert url, f"kiosk core serve did not start: {log.read_text(errors='replace')}"
        threading.Thread(target=_drain, args=(lines, log), daemon=True).start()
        yield Server(url, int(url.rsplit(":", 1)[1]), process)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)
        process.stdout.close()


def _drain(lines: Iterator[bytes], log: Path) -> None:
    """Keep reading the server's output so a full pipe never blocks it."""
    with open(log, "ab") as out:
        for line in lines:
            out.write(line)
