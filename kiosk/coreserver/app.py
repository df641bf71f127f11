"""The reference core system's web API: the REST contract of ``docs/core-link.md``.

Endpoints (bodies through :mod:`kiosk.corelink.wire`, the one spelling of the contract):

* ``POST /v1/residents/search`` and ``POST /v1/move-in-reservations/search``: the basic
  four in, the household or the 転入予約 out; ``404 no_match`` or ``404 ambiguous``;
* ``PUT /v1/submissions/{key}``: the first body wins, the same body again gets the same
  answer, a different one is ``409``; ``GET`` returns the answer or ``404``;
* ``GET /v1/status``: the system's name, version and counts, no personal data.

With a token, every request needs ``Authorization: Bearer <token>`` (``401`` otherwise); a
malformed body is ``400 {"error": …}`` naming the key at fault, never a value.

The access log (logger ``kiosk.coreserver.access``) holds the method, the path, the status
and the time taken, nothing else: personal data travels only in bodies, which are never
logged. ``delay_ms`` makes every answer late, to show the kiosk's fallback when the core
system is slow (``kiosk core serve --delay-ms``).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from kiosk import __version__
from kiosk.corelink import wire
from kiosk.coreserver.store import Ambiguous, CoreStore, SubmissionConflict
from kiosk.domain.resident import BasicFour

SYSTEM_NAME = "kiosk reference core system"
MAX_BODY_BYTES = 1_000_000  # a search or one submission is a few hundred bytes
access_log = logging.getLogger("kiosk.coreserver.access")

Handler = Callable[[Request], Awaitable[Response]]
T = TypeVar("T")


def _error(status: int, error: str) -> JSONResponse:
    return JSONResponse({"error": error}, status_code=status)


async def _json_object(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if len(raw) > MAX_BODY_BYTES:
        raise wire.WireError("the body is too large")
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise wire.WireError("the body is not JSON") from None
    if not isinstance(body, dict):
        raise wire.WireError("the body must be a JSON object")
    return body


class _Gate(BaseHTTPMiddleware):
    """Bearer token, optional delay and the access log, around every request."""

    def __init__(self, app: Any, token: str | None, delay_ms: int) -> None:
        super().__init__(app)
        self.token = token
        self.delay_ms = delay_ms

    async def dispatch(self, request: Request, call_next: Handler) -> Response:
        started = time.perf_counter()
        if self.token is not None and not self._authorised(request):
            response: Response = _error(401, "unauthorized")
        else:
            if self.delay_ms:
                await asyncio.sleep(self.delay_ms / 1000)
            response = await call_next(request)
        access_log.info("%s %s %d %.1fms", request.method, request.url.path,
                        response.status_code, (time.perf_counter() - started) * 1000)
        return response

    def _authorised(self, request: Request) -> bool:
        header = request.headers.get("authorization", "")
        scheme, _, given = header.partition(" ")
        assert self.token is not None
        return scheme.lower() == "bearer" and hmac.compare_digest(
            given.strip().encode(), self.token.encode())


def create_app(store: CoreStore, token: str | None = None, *, delay_ms: int = 0) -> Starlette:
    """The ASGI app over ``store``; ``token`` None means no authentication (tests, demos)."""

    def search(name: str, find: Callable[[BasicFour], T | None],
               to_json: Callable[[T], dict[str, Any]]) -> Handler:
        """A search endpoint: the basic four in, ``{name: record}`` out, or 400/404."""

        async def endpoint(request: Request) -> Response:
            try:
                who = wire.basic_four_from_json(await _json_object(request))
            except wire.WireError as exc:
                return _error(400, str(exc))
            try:
                found = find(who)
            except Ambiguous:
                return _error(404, "ambiguous")
            if found is None:
                return _error(404, "no_match")
            return JSONResponse({name: to_json(found)})

        return endpoint

    residents_search = search("household", store.find_household, wire.household_to_json)
    reservations_search = search("reservation", store.find_reservation,
                                 wire.reservation_to_json)

    async def put_submission(request: Request) -> Response:
        key = request.path_params["key"]
        try:
            body = await _json_object(request)
            record = wire.submission_from_json(body)
        except wire.WireError as exc:
            return _error(400, str(exc))
        if record.idempotency_key != key:
            return _error(400, "'idempotency_key' differs from the key in the path")
        try:
            result = store.submit(record, body)
        except SubmissionConflict:
            return _error(409, "conflict")
        return JSONResponse(wire.result_to_json(result))

    async def get_submission(request: Request) -> Response:
        result = store.submission(request.path_params["key"])
        if result is None:
            return _error(404, "unknown")
        return JSONResponse(wire.result_to_json(result))

    async def status(request: Request) -> Response:
        counts = store.counts()
        return JSONResponse({"system": SYSTEM_NAME, "version": __version__,
                             "residents": counts.residents,
                             "reservations": counts.reservations})

    routes = [
        Route("/v1/residents/search", residents_search, methods=["POST"]),
        Route("/v1/move-in-reservations/search", reservations_search, methods=["POST"]),
        Route("/v1/submissions/{key}", put_submission, methods=["PUT"]),
        Route("/v1/submissions/{key}", get_submission, methods=["GET"]),
        Route("/v1/status", status, methods=["GET"]),
    ]
    return Starlette(routes=routes,
                     middleware=[Middleware(_Gate, token=token, delay_ms=delay_ms)])
