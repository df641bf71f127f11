"""Lookup latency through the reference core system over HTTP (aim: under 50 ms median).

Starts ``kiosk core serve`` as a real subprocess on a free port over a temporary SQLite
database seeded with the demo households and N synthetic residents (default 10,000), then
times interleaved searches as the kiosk makes them: resident searches that match (demo
card profiles and random synthetic residents, rare characters and IVS included), resident
searches that match nobody, and 転入予約 searches. Each kind is timed on one kept-alive
connection and on a new TCP connection per call (one client, keep-alive off).

    .venv/bin/python benchmarks/bench_core_lookup.py [--residents 10000] [--searches 200]
"""

from __future__ import annotations

import argparse
import random
import socket
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from kiosk.card.emulator.profile import sample_profile
from kiosk.coreserver.process import CoreServerProcess

PROFILES = ("standard-adult", "taisho-elder", "ibm-kanji-name", "extension-b-name", "child")


def card(profile: str) -> dict[str, str]:
    p = sample_profile(profile)
    return {"name": p.name, "address": p.address, "sex": p.sex,
            "birth_date": f"{p.birth_date[:4]}-{p.birth_date[4:6]}-{p.birth_date[6:]}"}


def synthetic_people(db: Path, count: int, rng: random.Random) -> list[dict[str, str]]:
    connection = sqlite3.connect(db)
    try:
        rows = connection.execute(
            "SELECT name, address, birth_date, sex FROM core_residents WHERE key >= 'P0100000'"
        ).fetchall()
    finally:
        connection.close()
    return [{"name": n, "address": a, "birth_date": b, "sex": s}
            for n, a, b, s in rng.sample(rows, min(count, len(rows)))]


def plan(people: list[dict[str, str]], searches: int,
         rng: random.Random) -> list[tuple[str, str, dict[str, Any], int]]:
    """(kind, path, body, expected status), interleaved at random."""
    calls: list[tuple[str, str, dict[str, Any], int]] = []
    for i in range(searches):
        roll = i % 4
        if roll == 0:
            calls.append(("hit (card profile)", "/v1/residents/search",
                          card(PROFILES[i % len(PROFILES)]), 200))
        elif roll == 1:
            calls.append(("hit (synthetic)", "/v1/residents/search", rng.choice(people), 200))
        elif roll == 2:
            miss = dict(rng.choice(people)) | {"birth_date": "1901-01-01"}
            calls.append(("no match", "/v1/residents/search", miss, 404))
        else:
            calls.append(("reservation", "/v1/move-in-reservations/search",
                          card("moving-in-family"), 200))
    rng.shuffle(calls)
    return calls


def client(url: str, *, keep_alive: bool) -> httpx.Client:
    """One client for the whole run (building an httpx client costs tens of ms: its TLS
    context), with TCP_NODELAY; without keep-alive every call opens a new connection."""
    return httpx.Client(
        base_url=url, timeout=5,
        transport=httpx.HTTPTransport(
            socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)],
            limits=httpx.Limits(max_keepalive_connections=None if keep_alive else 0)))


def run(url: str, calls: list[tuple[str, str, dict[str, Any], int]],
        keep_alive: bool) -> dict[str, list[float]]:
    timings: dict[str, list[float]] = {}
    with client(url, keep_alive=keep_alive) as http:
        for kind, path, body, expected in calls:
            started = time.perf_counter()
            answer = http.post(path, json=body)
            elapsed = (time.perf_counter() - started) * 1000
            # 404 for a synthetic "hit" is possible only if two invented people collide.
            if answer.status_code != expected and not (kind == "hit (synthetic)"
                                                       and answer.json().get("error")):
                raise SystemExit(f"{kind}: expected {expected}, got {answer.status_code}")
            timings.setdefault(kind, []).append(elapsed)
            timings.setdefault("all", []).append(elapsed)
    return timings


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 2 else values[0]


def report(title: str, timings: dict[str, list[float]]) -> None:
    print(f"\n{title}")
    print(f"  {'kind':<20} {'n':>4} {'median ms':>10} {'p95 ms':>8}")
    for kind in sorted(timings, key=lambda k: (k == "all", k)):
        values = timings[kind]
        print(f"  {kind:<20} {len(values):>4} {statistics.median(values):>10.2f} "
              f"{p95(values):>8.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--residents", type=int, default=10_000)
    parser.add_argument("--searches", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "core.sqlite3"
        started = time.perf_counter()
        with CoreServerProcess(f"sqlite:///{db.as_posix()}", seed_residents=args.residents,
                               env={"KIOSK_HOME": folder}) as server:
            print(f"seeded {args.residents} synthetic residents + the demo and started in "
                  f"{time.perf_counter() - started:.1f} s ({server.url})")
            people = synthetic_people(db, 200, rng)
            calls = plan(people, args.searches, rng)
            run(server.url, calls[:20], keep_alive=True)  # warm-up, not counted
            kept = run(server.url, calls, keep_alive=True)
            fresh = run(server.url, calls, keep_alive=False)
        report(f"{args.searches} interleaved searches, one kept-alive connection", kept)
        report(f"{args.searches} interleaved searches, a new connection each", fresh)
        median = statistics.median(kept["all"])
        verdict = "under" if median < 50 else "OVER"
        print(f"\nmedian {median:.2f} ms: {verdict} the 50 ms aim")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
