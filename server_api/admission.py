"""Admission control: a worker takes no more database work than its connection pool can serve.

Why: a request that holds a pooled connection must never wait for something that only a
request *without* one can release. Each admitted request uses at most one connection at a
time, and a worker admits at most ``pool_size + max_overflow`` of them, so every admitted
request can always get its connection and runs to the end: the pool can never deadlock
against the thread pool (the failure of issue 14: 40 threads waiting for 15 connections
held by requests that waited for a thread). The thread pool is sized above the admission
limit (``thread_tokens``), so admitted work never waits for a thread either.

What is not admitted at once waits on the event loop (holding no thread and no connection),
up to ``queue`` requests for at most ``wait_seconds``; beyond that the answer is 503 with a
``Retry-After`` (seconds), which the sync engine honours with jitter, so a thousand devices
starting in the same second all finish instead of queueing to death.

Not counted: ``/health``, ``/v1/sync/hello`` (they never touch the pool), the API
documentation, and media downloads (``GET /v1/media/...``: they check access in one short
transaction and then stream a file, which must not hold a slot for minutes).
"""

from __future__ import annotations

import asyncio
import json
import math
import time
from dataclasses import dataclass

from starlette.types import ASGIApp, Receive, Scope, Send

from server_api.http import error_body

__all__ = ["Admission", "AdmissionLimits"]

_FREE_PATHS = ("/health", "/v1/health", "/v1/sync/hello", "/docs", "/redoc", "/openapi.json")


@dataclass(frozen=True, slots=True)
class AdmissionLimits:
    """How much database work one worker takes on: ``in_flight`` at once, ``queue`` more
    waiting up to ``wait_seconds``; ``retry_after`` is the base of the 503's Retry-After."""

    in_flight: int
    queue: int
    wait_seconds: float
    retry_after: int = 2

    @property
    def thread_tokens(self) -> int:
        """Threads for blocking work: every admitted request, plus room for the free
        routes (health) and the framework's own short tasks."""
        return max(40, self.in_flight + 16)


class Admission:
    """ASGI middleware enforcing ``AdmissionLimits`` per worker process."""

    def __init__(self, app: ASGIApp, *, limits: AdmissionLimits) -> None:
        self.app = app
        self.limits = limits
        self._slots = asyncio.Semaphore(limits.in_flight)
        self._waiting = 0
        self._service = 0.05  # a running mean of admitted requests' time, for Retry-After

    @staticmethod
    def counted(scope: Scope) -> bool:
        path: str = scope.get("path", "")
        if not path.startswith("/v1/") or path in _FREE_PATHS:
            return False
        return not (path.startswith("/v1/media/") and scope.get("method") in ("GET", "HEAD"))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.counted(scope):
            await self.app(scope, receive, send)
            return
        if self._slots.locked():
            if self._waiting >= self.limits.queue:
                await self._busy(send)
                return
            self._waiting += 1
            try:
                await asyncio.wait_for(self._slots.acquire(), self.limits.wait_seconds)
            except TimeoutError:
                await self._busy(send)
                return
            finally:
                self._waiting -= 1
        else:
            await self._slots.acquire()
        started = time.monotonic()
        try:
            await self.app(scope, receive, send)
        finally:
            self._slots.release()
            self._service = 0.9 * self._service + 0.1 * (time.monotonic() - started)

    def retry_after(self) -> int:
        """Seconds until a slot is likely free for a newcomer: the queue ahead of it, at the
        observed pace, at least the configured base."""
        drain = (self._waiting + self.limits.in_flight) * self._service / self.limits.in_flight
        return max(self.limits.retry_after, math.ceil(drain))

    async def _busy(self, send: Send) -> None:
        seconds = self.retry_after()
        body = json.dumps(
            error_body(
                "busy",
                f"the server is busy: try again in {seconds} s",
                {"retry_after": seconds},
            )
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 503,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"retry-after", str(seconds).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
