"""An httpx transport that injects faults between a real client and a real server.

``FaultTransport`` sends every request on through a real client (the FastAPI ``TestClient``
or a plain ``httpx.Client`` to a uvicorn server), so the server does the real work; rules
make chosen requests fail the way networks do:

* ``refuse``: the connection is refused; the server never sees the request;
* ``lose_answer``: the server handles the request, then the connection drops before the
  answer arrives (the case that makes pushes idempotent by uuid);
* ``fail``: the request is answered with an HTTP error status without reaching the server.

Each rule names a path and which of the requests to that path it hits (the ``nth``, counted
from 1, and how many from there). ``watch`` and ``rewrite`` see every request and answer on
their way (the thread that sends them: the engine's push pool for pushes).

The engine is given ``httpx.Client(transport=FaultTransport(real))``: its code runs
unpatched.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import httpx

__all__ = ["FaultTransport"]

Watcher = Callable[[httpx.Request], None]
Rewriter = Callable[[httpx.Request, httpx.Response], httpx.Response]


@dataclass
class _Rule:
    kind: str  # "refuse", "lose_answer" or "fail"
    path: str
    first: int
    last: int
    status: int = 500


class FaultTransport(httpx.BaseTransport):
    """Forwards requests to ``real`` unless a rule makes them fail (see the module doc)."""

    def __init__(self, real: httpx.Client) -> None:
        self._real = real
        self._lock = threading.Lock()
        self._rules: list[_Rule] = []
        self._watchers: list[Watcher] = []
        self._rewriters: list[Rewriter] = []
        self.seen: Counter[str] = Counter()  # path -> requests made to it
        self.faults: Counter[str] = Counter()  # rule kind -> times it struck

    # -- rules --------------------------------------------------------------------------------

    def refuse(self, path: str, *, nth: int = 1, times: int = 1) -> None:
        """Refuse the connection of requests ``nth`` .. ``nth + times - 1`` to ``path``."""
        self._add(_Rule("refuse", path, *self._span(path, nth, times)))

    def lose_answer(self, path: str, *, nth: int = 1, times: int = 1) -> None:
        """Let the server handle those requests, then drop the connection (``ReadError``)."""
        self._add(_Rule("lose_answer", path, *self._span(path, nth, times)))

    def fail(self, path: str, *, nth: int = 1, times: int = 1, status: int = 500) -> None:
        """Answer those requests with ``status`` without sending them on."""
        self._add(_Rule("fail", path, *self._span(path, nth, times), status=status))

    def clear(self) -> None:
        """Drop every rule not yet spent (watchers and rewriters stay)."""
        with self._lock:
            self._rules.clear()

    def watch(self, callback: Watcher) -> None:
        """Call ``callback`` with every request before it is sent on."""
        self._watchers.append(callback)

    def rewrite(self, callback: Rewriter) -> None:
        """Pass every answer through ``callback`` (after the server handled the request)."""
        self._rewriters.append(callback)

    def _span(self, path: str, nth: int, times: int) -> tuple[int, int]:
        # nth counts from the requests already seen, so a rule added mid-test means "the
        # nth from now".
        if nth < 1 or times < 1:
            raise ValueError("nth and times count from 1")
        with self._lock:
            start = self.seen[path] + nth
        return start, start + times - 1

    def _add(self, rule: _Rule) -> None:
        with self._lock:
            self._rules.append(rule)

    # -- the transport --------------------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        with self._lock:
            self.seen[path] += 1
            number = self.seen[path]
            rule = next(
                (r for r in self._rules if r.path == path and r.first <= number <= r.last), None
            )
            if rule is not None:
                self.faults[rule.kind] += 1
        for watcher in self._watchers:
            watcher(request)
        if rule is not None and rule.kind == "refuse":
            raise httpx.ConnectError("connection refused (injected)", request=request)
        if rule is not None and rule.kind == "fail":
            return httpx.Response(
                rule.status,
                json={"error": {"code": "injected", "message": "an injected failure"}},
                request=request,
            )
        request.read()
        answer = self._real.send(
            self._real.build_request(
                request.method, request.url, headers=request.headers, content=request.content
            )
        )
        if rule is not None and rule.kind == "lose_answer":
            raise httpx.ReadError(
                "connection dropped after the request (injected)", request=request
            )
        # The content is decoded already: its encoding and length headers no longer fit.
        headers = [
            (k, v)
            for k, v in answer.headers.multi_items()
            if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")
        ]
        response = httpx.Response(
            answer.status_code, headers=headers, content=answer.content, request=request
        )
        for rewriter in self._rewriters:
            response = rewriter(request, response)
        return response
