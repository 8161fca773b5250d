"""``GET /health`` (and ``/v1/health``): is the database reachable, and at which revision."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

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
    try:
        with engine.connect() as conn:
            rev = current_revision(conn)
        reachable = True
    except DBAPIError:
        rev, reachable = None, False
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
