"""Full-length "nothing lost" fault runs of issue 11 §7 (bounded: tests/integration/test_ledger_faults.py).

    flock /work/wt/pg.lock .venv/bin/python tests/soak/ledger_faults.py [--kills 20]
        [--terminals 8] [--disk-visits 2000] [--outbox-visits 500] [--json report.json]

* PostgreSQL kill -9 loop: ``--terminals`` processes, half of them in pairs sharing an
  id, against a private PostgreSQL instance killed (postmaster and backends, SIGKILL) and
  restarted ``--kills`` times; stopped and removed at the end (the shared server is never
  touched);
* a full data folder: a tmpfs filled to the last byte (root only), unmounted at the end;
* a corrupt outbox, idle and with items pending.

Prints one report line per fault (visits and events before and after, lost, doubled,
tickets printed twice, residents sharing one ticket) and exits 1 unless all are clean.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))

from ledger_fault_support import (
    FaultReport,
    KillablePostgres,
    corrupt_outbox_run,
    disk_full_run,
    pg_kill_loop,
)

from kiosk.storage.db import make_engine


def _kill_loop(kills: int, terminals: int, work: Path) -> FaultReport:
    ids = [f"kiosk-{n // 2}" if n < terminals // 2 else f"kiosk-solo-{n}"
           for n in range(terminals)]
    server = KillablePostgres(Path(tempfile.mkdtemp(prefix="kiosk-ledger-pg-")))
    try:
        server.init()
        return pg_kill_loop(server, work / "kill-loop", ids, kills=kills, visits_between=60)
    finally:
        server.stop()
        shutil.rmtree(server.folder, ignore_errors=True)


def _outbox(work: Path, visits: int, pending: bool) -> FaultReport:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    folder = work / f"outbox-{'pending' if pending else 'idle'}"
    central = make_engine(f"sqlite:///{folder / 'central.sqlite3'}")
    dead = make_engine(f"postgresql://k:k@127.0.0.1:{port}/none", connect_timeout=2)
    try:
        return corrupt_outbox_run(folder / "kiosk", central, dead, visits, pending)
    finally:
        central.dispose()
        dead.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--terminals", type=int, default=8)
    parser.add_argument("--disk-visits", type=int, default=2000)
    parser.add_argument("--outbox-visits", type=int, default=500)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="kiosk-ledger-faults-"))
    reports: list[FaultReport] = []
    try:
        if args.kills:  # --kills 0 skips the loop
            reports.append(_kill_loop(args.kills, args.terminals, work))
            print(reports[-1].line(), flush=True)
        if os.geteuid() == 0:
            reports.append(disk_full_run(work / "disk-home", args.disk_visits, megabytes=64))
            print(reports[-1].line(), flush=True)
        else:
            print("disk full: skipped (mounting a tmpfs needs root)", flush=True)
        for pending in (False, True):
            reports.append(_outbox(work, args.outbox_visits, pending))
            print(reports[-1].line(), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps([json.loads(r.as_json()) for r in reports], indent=2),
                             encoding="utf-8")
    clean = all(r.clean and r.visits_after == r.visits_before for r in reports)
    print("all clean" if clean else "FAULTS LOST OR DOUBLED DATA", flush=True)
    return 0 if clean else 1


if __name__ == "__main__":
    raise SystemExit(main())
