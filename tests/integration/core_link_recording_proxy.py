"""A TCP proxy that records every byte the kiosk sends to the core system, as its own process.

``python core_link_recording_proxy.py TARGET_PORT RECORD_FILE`` listens on a free port of
127.0.0.1 (printed as ``port N``), forwards each connection to TARGET_PORT and appends what
the client sent to RECORD_FILE. The privacy tests scan that file: it is exactly what went
over the wire, headers and bodies, whatever the server does with it.
"""

from __future__ import annotations

import contextlib
import socket
import sys
import threading
from pathlib import Path

LOCK = threading.Lock()


def pipe(source: socket.socket, target: socket.socket, record: Path | None) -> None:
    try:
        while data := source.recv(65536):
            if record is not None:
                with LOCK, open(record, "ab") as out:
                    out.write(data)
            target.sendall(data)
    except OSError:
        pass
    finally:
        for end in (source, target):
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)


def main() -> None:
    target_port, record = int(sys.argv[1]), Path(sys.argv[2])
    listener = socket.create_server(("127.0.0.1", 0))
    print(f"port {listener.getsockname()[1]}", flush=True)
    while True:
        client, _ = listener.accept()
        try:
            server = socket.create_connection(("127.0.0.1", target_port))
        except OSError:
            client.close()
            continue
        threading.Thread(target=pipe, args=(client, server, record), daemon=True).start()
        threading.Thread(target=pipe, args=(server, client, None), daemon=True).start()


if __name__ == "__main__":
    main()
