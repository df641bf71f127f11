"""Running the reference core system: uvicorn on a bound socket, plus the folder agent.

The socket is bound and listening before the ready line is printed, so a test that waits
for ``core system listening on http://HOST:PORT`` can connect at once (a connection made
before uvicorn's loop runs waits in the backlog). uvicorn handles SIGTERM and SIGINT by
finishing the requests in flight; it then raises the signal again for the handler that was
there before it, which is ours for SIGTERM: a stop asked for is a clean exit (code 0).
"""

from __future__ import annotations

import logging
import signal
import socket
import sys
from pathlib import Path

from kiosk.coreserver.app import create_app
from kiosk.coreserver.store import CoreStore

READY_LINE = "core system listening on http://{host}:{port}"


def _access_log_to_stderr() -> None:
    """Method, path, status and time only (see ``kiosk.coreserver.app``); never bodies."""
    logger = logging.getLogger("kiosk.coreserver")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False


def listen(host: str, port: int) -> socket.socket:
    """A listening TCP socket. Its protocol is IPPROTO_TCP explicitly (``create_server``
    leaves it 0): asyncio sets TCP_NODELAY only on accepted sockets whose protocol says TCP,
    and without it every answer on a kept-alive connection waited ~40 ms for a delayed
    ACK (headers and body are two writes)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((host, port))
        listener.listen(128)
    except OSError:
        listener.close()
        raise
    return listener


def serve(store: CoreStore, listener: socket.socket, *, token: str | None = None,
          folder: Path | None = None, delay_ms: int = 0) -> int:
    """Serve on ``listener`` (see :func:`listen`) until SIGTERM/SIGINT; the exit code."""
    import uvicorn

    _access_log_to_stderr()
    app = create_app(store, token, delay_ms=delay_ms)
    host, bound_port = listener.getsockname()[:2]
    # uvicorn's own access log would also print the client's address; ours says enough.
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    server = uvicorn.Server(config)
    agent = None
    if folder is not None:
        from kiosk.coreserver.folder_agent import FolderAgent

        agent = FolderAgent(store, folder)
        agent.start()
    shown_host = f"[{host}]" if ":" in host else host
    print(READY_LINE.format(host=shown_host, port=bound_port), flush=True)
    previous = signal.signal(signal.SIGTERM, lambda number, frame: None)
    try:
        server.run(sockets=[listener])
    finally:
        signal.signal(signal.SIGTERM, previous)
        if agent is not None:
            agent.stop()
        listener.close()
        store.close()
    return 0
