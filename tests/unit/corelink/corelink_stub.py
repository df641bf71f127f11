"""The misbehaving stub core system (``stub_core_server.py``) as a real process, for tests."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

STUB = Path(__file__).with_name("stub_core_server.py")


@dataclass
class StubServer:
    url: str
    record: Path
    process: subprocess.Popen[str]

    def requests(self) -> list[dict[str, Any]]:
        """What the server received: method, path, headers and body of each request."""
        if not self.record.exists():
            return []
        lines = self.record.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def stub_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StubServer]:
    record = tmp_path_factory.mktemp("stub") / "requests.jsonl"
    process = subprocess.Popen([sys.executable, str(STUB), str(record)],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    first = process.stdout.readline()  # blocks until the server listens
    assert first.startswith("port "), first
    try:
        yield StubServer(f"http://127.0.0.1:{int(first.split()[1])}", record, process)
    finally:
        process.kill()
        process.wait(timeout=10)
