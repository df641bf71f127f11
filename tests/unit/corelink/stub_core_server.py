"""A misbehaving core system, as a separate process, for the link's fault tests.

``python stub_core_server.py RECORD_FILE`` listens on 127.0.0.1 (a free port, printed as
``port N`` on the first line of stdout) and answers like the REST contract of
``docs/core-link.md``, or like a broken one: the request's ``X-Visit-Id`` names the
behaviour (``match``, ``no_match``, ``ambiguous``, ``hang``, ``trickle``, ``garbage`` …).
Every request it receives (method, path, headers, body) is appended to RECORD_FILE as a
JSON line, so tests can check what reached the wire. Standard library only, on purpose:
it must not share code with the adapter it tests.
"""

from __future__ import annotations

import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HOUSEHOLD = {"household": {
    "household_key": "H000123", "address": "熊本県玉名郡南関町大字関町123番地",
    "resident_key": "P0001001",
    "members": [
        {"key": "P0001001", "name": "佐藤　花子", "kana": "サトウ　ハナコ",
         "birth_date": "1985-04-12", "sex": "2", "relation": "世帯主",
         "resident_since": "2010-04-01", "insurances": ["kokuho"], "registrations": ["inkan"],
         "nationality": ""},
        {"key": "P0001002", "name": "佐藤　太郎", "kana": "サトウ　タロウ",
         "birth_date": "2015-06-01", "sex": "1", "relation": "子", "resident_since": None,
         "insurances": [], "registrations": [], "nationality": ""}]}}
RESERVATION = {"reservation": {
    "reservation_id": "R2026-000042", "previous_address": "福岡県福岡市中央区天神1丁目1番1号",
    "previous_municipality": "401331",
    "planned_address": {"oaza": "大字関町", "banchi": "123-4", "katagaki": ""},
    "planned_date": "2026-04-06", "moved_out_on": "2026-03-31",
    "members": [{"name": "佐藤　花子", "kana": "サトウ　ハナコ", "birth_date": "1985-04-12",
                 "sex": "2", "relation": "世帯主", "nationality": "", "insurances": ["kokuho"],
                 "registrations": ["jido_teate"]}]}}
STATUS = {"system": "stub core system", "version": "0.1", "residents": 2, "reservations": 1}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    record: Path

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8") if length else ""
        with open(self.record, "a", encoding="utf-8") as out:
            out.write(json.dumps({"method": self.command, "path": self.path,
                                  "headers": dict(self.headers.items()), "body": body},
                                 ensure_ascii=False) + "\n")
        mode = self.headers.get("X-Visit-Id", "match")
        if self.path == "/v1/status":
            return self._json(200, STATUS)
        if mode == "hang":
            time.sleep(60)
            return
        if mode == "trickle":  # headers at once, then one byte of body every 0.2 s
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            for _ in range(300):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.2)
            return
        if mode == "slow":
            time.sleep(float(self.headers.get("X-Staff-Id", "0")))
            mode = "match"
        if self.command == "PUT":
            key = self.path.rsplit("/", 1)[-1]
            if mode == "wrong_key":
                key = "other"
            if mode == "rejected":
                return self._json(200, {"idempotency_key": key, "status": "rejected",
                                        "reason": "duplicate"})
            if mode in ("e500", "e409"):
                return self._json(int(mode[1:]), {"error": "conflict"})
            return self._json(200, {"idempotency_key": key, "status": "accepted"})
        answer = HOUSEHOLD if "residents" in self.path else RESERVATION
        raw: dict[str, tuple[int, bytes]] = {
            "no_match": (404, b'{"error": "no_match"}'),
            "ambiguous": (404, b'{"error": "ambiguous"}'),
            "plain404": (404, b"<html>not found</html>"),
            "e500": (500, b'{"error": "boom"}'),
            "e401": (401, b'{"error": "unauthorized"}'),
            "garbage": (200, b"<html>this is not JSON</html>"),
            "truncated": (200, b'{"household": {"household_key": "H1", "memb'),
            "wrong_types": (200, b'{"household": {"household_key": 1, "members": "all"}}'),
            "not_object": (200, b'["a list"]'),
            "latin1": (200, "{\"x\": \"caf\u00e9\"}".encode("latin-1")),
        }
        if mode == "short_body":  # promises 1000 bytes, sends 20 and hangs up
            self.send_response(200)
            self.send_header("Content-Length", "1000")
            self.end_headers()
            self.wfile.write(b'{"household": {"hou')
            self.wfile.flush()
            self.close_connection = True
            return
        if mode in raw:
            status, data = raw[mode]
            return self._send(status, data)
        return self._json(200, answer)

    def _json(self, status: int, data: object) -> None:
        self._send(status, json.dumps(data, ensure_ascii=False).encode("utf-8"))

    def _send(self, status: int, data: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def main() -> None:
    Handler.record = Path(sys.argv[1])
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(f"port {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
