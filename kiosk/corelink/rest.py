"""The REST adapter of the core-system link (``docs/core-link.md``, ``core.kind = "rest"``).

:class:`RestCoreSystem` implements the application's ``CoreSystem`` port over HTTP with one
``httpx.Client`` (connections are reused between calls). Every failure the resident's visit
must survive (a refused connection, a timeout, a 5xx, a 401, a malformed answer) becomes
:class:`~kiosk.domain.core_records.CoreUnavailable` with one plain sentence for staff and no
personal data; the caller then goes on the manual path.

The deadline is for the *whole* call. httpx's timeouts are per phase (connect, each read),
so a server that trickles one byte a second would never trip them. Each call therefore runs
on a short-lived daemon thread that the caller waits for at most ``timeout`` seconds; the
thread itself reads the body in chunks and stops at the deadline, so an abandoned call ends
too instead of lingering.

Logs hold the method, the path, the status and the elapsed milliseconds, never a body
(bodies carry names, addresses and birth dates).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

from kiosk.corelink import wire
from kiosk.domain.core_records import (
    CallContext,
    CoreUnavailable,
    LinkStatus,
    MoveInReservation,
    ProcedureSubmission,
    RecordedHousehold,
    SubmissionResult,
)
from kiosk.domain.resident import BasicFour

log = logging.getLogger(__name__)

T = TypeVar("T")

#: The largest answer accepted (a household of a few dozen members is a few kilobytes).
MAX_BODY_BYTES = 1 << 20


@dataclass(frozen=True)
class _Answer:
    status: int
    body: bytes


class RestCoreSystem:
    """The town's core system over its REST API.

    ``base_url`` is the system's root (``http://host:8700``), ``token`` the bearer token
    (``""`` sends none), ``timeout`` the deadline of each call in seconds.
    """

    kind = "rest"

    def __init__(self, base_url: str, token: str, timeout: float) -> None:
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        self._base_url = base_url.rstrip("/")
        self._timeout = timeout
        headers = {"Accept": "application/json", "User-Agent": "kiosk-corelink"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        # trust_env=False: a proxy variable of the host must not reroute personal data.
        self._client = httpx.Client(base_url=self._base_url, headers=headers,
                                    timeout=httpx.Timeout(timeout), trust_env=False,
                                    follow_redirects=False)

    def __repr__(self) -> str:
        return f"RestCoreSystem({self._base_url!r}, timeout={self._timeout})"

    @property
    def timeout(self) -> float:
        return self._timeout

    def close(self) -> None:
        self._client.close()

    # ------------------------------------------------------------------ the port
    def find_resident(self, who: BasicFour, context: CallContext) -> RecordedHousehold | None:
        body = self._search("/v1/residents/search", who, context)
        if body is None:
            return None
        return _decode(body, lambda data: wire.household_from_json(wire_object(data,
                                                                                "household")))

    def find_reservation(self, who: BasicFour,
                         context: CallContext) -> MoveInReservation | None:
        body = self._search("/v1/move-in-reservations/search", who, context)
        if body is None:
            return None
        return _decode(body, lambda data: wire.reservation_from_json(wire_object(data,
                                                                                  "reservation")))

    def submit(self, records: Sequence[ProcedureSubmission],
               context: CallContext) -> list[SubmissionResult]:
        results = []
        for record in records:
            answer = self._call("PUT", f"/v1/submissions/{record.idempotency_key}", context,
                                wire.submission_to_json(record))
            if answer.status != 200:
                raise CoreUnavailable(_status_sentence(answer.status))
            result = _decode(answer.body, wire.result_from_json)
            if result.idempotency_key != record.idempotency_key:
                raise CoreUnavailable("The core system answered for another submission.")
            results.append(result)
        return results

    def status(self) -> LinkStatus:
        context = CallContext(terminal_id="-", staff_id="-", visit_id="-")
        try:
            answer = self._call("GET", "/v1/status", context, None)
            if answer.status != 200:
                raise CoreUnavailable(_status_sentence(answer.status))
            data = _decode(answer.body, lambda d: d)
        except CoreUnavailable as error:
            return LinkStatus("rest", False, str(error))
        system = " ".join(str(data.get(k, "")) for k in ("system", "version")).strip()
        return LinkStatus("rest", True, f"The core system at {self._base_url} answers.",
                          system=system)

    # ------------------------------------------------------------------ internals
    def _search(self, path: str, who: BasicFour, context: CallContext) -> bytes | None:
        answer = self._call("POST", path, context, wire.basic_four_to_json(who))
        if answer.status == 200:
            return answer.body
        if answer.status == 404 and _error_code(answer.body) in ("no_match", "ambiguous"):
            return None
        raise CoreUnavailable(_status_sentence(answer.status))

    def _call(self, method: str, path: str, context: CallContext,
              payload: Mapping[str, Any] | None) -> _Answer:
        """One request under the whole-call deadline, on a watched daemon thread."""
        started = time.monotonic()
        deadline = started + self._timeout
        outcome: list[_Answer | Exception] = []
        finished = threading.Event()

        def run() -> None:
            try:
                outcome.append(self._exchange(method, path, context, payload, deadline))
            # Any failure is handed to the waiting caller, which maps it to CoreUnavailable.
            except Exception as error:  # noqa: BLE001 - see above
                outcome.append(error)
            finally:
                finished.set()

        threading.Thread(target=run, name="corelink-rest", daemon=True).start()
        done = finished.wait(self._timeout)
        elapsed_ms = (time.monotonic() - started) * 1000
        if not done or not outcome:
            log.warning("core %s %s: no answer within %.0f ms", method, path, elapsed_ms)
            raise CoreUnavailable(_timeout_sentence(self._timeout))
        result = outcome[0]
        if isinstance(result, Exception):
            log.warning("core %s %s: failed after %.0f ms (%s)", method, path, elapsed_ms,
                        type(result).__name__)
            raise _unavailable(result, self._timeout) from None
        log.info("core %s %s -> %d in %.0f ms", method, path, result.status, elapsed_ms)
        return result

    def _exchange(self, method: str, path: str, context: CallContext,
                  payload: Mapping[str, Any] | None, deadline: float) -> _Answer:
        headers = {"X-Terminal-Id": context.terminal_id, "X-Staff-Id": context.staff_id,
                   "X-Visit-Id": context.visit_id}
        content = None
        if payload is not None:
            content = json.dumps(payload, ensure_ascii=False).encode("utf-8")
            headers["Content-Type"] = "application/json; charset=utf-8"
        request = self._client.build_request(method, path, headers=headers, content=content)
        response = self._client.send(request, stream=True)
        try:
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_BODY_BYTES:
                    raise CoreUnavailable("The core system's answer was too large.")
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("deadline passed while reading")
                chunks.append(chunk)
            return _Answer(response.status_code, b"".join(chunks))
        finally:
            response.close()


# ---------------------------------------------------------------------- helpers
def wire_object(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    """The object under ``key`` of an answer, or a :class:`wire.WireError`."""
    value = data.get(key)
    if not isinstance(value, dict):
        raise wire.WireError(f"{key!r} must be an object")
    return value


def _decode(body: bytes, read: Callable[[Mapping[str, Any]], T]) -> T:
    try:
        data = json.loads(body.decode("utf-8"))
        if not isinstance(data, dict):
            raise wire.WireError("the answer must be a JSON object")
        return read(data)
    except (UnicodeDecodeError, json.JSONDecodeError, wire.WireError):
        # The reason may quote a value; staff get the plain sentence only.
        raise CoreUnavailable("The core system's answer did not follow the contract.") from None


def _error_code(body: bytes) -> str:
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return ""
    error = data.get("error") if isinstance(data, dict) else None
    return error if isinstance(error, str) else ""


def _timeout_sentence(timeout: float) -> str:
    return f"The core system did not answer within {timeout:g} seconds."


def _status_sentence(status: int) -> str:
    if status in (401, 403):
        return f"The core system refused the kiosk's credentials (HTTP {status})."
    if status >= 500:
        return f"The core system reported an error (HTTP {status})."
    return f"The core system gave an unexpected answer (HTTP {status})."


def _unavailable(error: Exception, timeout: float) -> CoreUnavailable:
    if isinstance(error, CoreUnavailable):
        return error
    if isinstance(error, httpx.TimeoutException):
        return CoreUnavailable(_timeout_sentence(timeout))
    if isinstance(error, httpx.ConnectError):
        return CoreUnavailable("The core system could not be reached (connection refused "
                               "or no route).")
    if isinstance(error, httpx.HTTPError):
        return CoreUnavailable("The connection to the core system broke off during the call.")
    return CoreUnavailable("The core system call failed unexpectedly.")
