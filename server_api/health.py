"""``GET /health`` (and ``/v1/health``): is the database reachable, and at which revision.

It never waits on the request pool: the check opens a connection of its own (no pool), at
most once a second per worker, so a load balancer's probe still answers while every pooled
connection is busy.
"""

from __future__ import annotations

import threading
import time
from typing import Annotated

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel
from sqlalchemy import Engine, create_engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from server_api import __version__
from server_api.migrate import current_revision, head_revision

__all__ = ["HealthPublic", "router"]

router = APIRouter(tags=["health"])


class HealthPublic(BaseModel):
    status: Annotated[str, "ok | degraded"]
    version: str
    database: str
    database_reachable: bool
    revision: str | None
    head: str
    at_head: bool


@router.get("/health", response_model=HealthPublic)
@router.get("/v1/health", response_model=HealthPublic, include_in_schema=False)
def health(request: Request, response: Response) -> HealthPublic:
    engine: Engine = request.app.state.engine
    head = head_revision()
    rev, reachable = _probe(engine)
    ok = reachable and rev == head
    if not ok:
        response.status_code = 503
    return HealthPublic(
        status="ok" if ok else "degraded",
        version=__version__,
        database=engine.dialect.name,
        database_reachable=reachable,
        revision=rev,
        head=head,
        at_head=rev == head,
    )


_CACHE_SECONDS = 1.0
_lock = threading.Lock()
_probes: dict[str, tuple[float, str | None, bool, Engine]] = {}


def _probe(engine: Engine) -> tuple[str | None, bool]:
    """(revision, reachable), from a connection outside the pool, cached for a second."""
    key = engine.url.render_as_string(hide_password=False)
    with _lock:
        now = time.monotonic()
        found = _probes.get(key)
        if found is not None and now - found[0] < _CACHE_SECONDS:
            return found[1], found[2]
        own = found[3] if found is not None else _unpooled(engine)
        try:
            with own.connect() as conn:
                rev, reachable = current_revision(conn), True
        except DBAPIError:
            rev, reachable = None, False
        _probes[key] = (time.monotonic(), rev, reachable, own)
        return rev, reachable


def _unpooled(engine: Engine) -> Engine:
    """An engine to the same database that opens a fresh connection each time."""
    if engine.dialect.name == "sqlite":
        return engine  # a file: opening it never waits on anyone's pool
    return create_engine(engine.url, poolclass=NullPool, connect_args={"connect_timeout": 3})
