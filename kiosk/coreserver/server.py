"""Running the reference core system: uvicorn on a bound socket, plus the folder agent.

The socket is bound and listening before the ready line is printed, so a test that waits
for ``core system listening on http://HOST:PORT`` can connect at once (a connection made
before uvicorn's loop runs waits in the backlog). uvicorn handles SIGTERM and SIGINT by
finishing the requests in flight and returning.
"""

from __future__ import annotations

import logging
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


def serve(store: CoreStore, *, host: str, port: int, token: str | None = None,
          folder: Path | None = None, delay_ms: int = 0) -> int:
    """Serve until SIGTERM/SIGINT; return the exit code."""
    import uvicorn

    _access_log_to_stderr()
    app = create_app(store, token, delay_ms=delay_ms)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.create_server((host, port), family=family, backlog=128)
    bound_port = listener.getsockname()[1]
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
    try:
        server.run(sockets=[listener])
    finally:
        if agent is not None:
            agent.stop()
        listener.close()
        store.close()
    return 0
