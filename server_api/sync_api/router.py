"""``/v1/sync``: hello, push and pull."""

from __future__ import annotations

from fastapi import APIRouter, Request

from server_api import __version__
from server_api.deps import PrincipalDep, SessionDep
from server_api.sync_api.pull import pull as pull_service
from server_api.sync_api.push import push as push_service
from server_api.timeutil import utcnow
from sync.protocol import (
    CAPABILITIES,
    MIN_PROTOCOL_VERSION,
    PROTOCOL_VERSION,
    Hello,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
)

__all__ = ["router"]

router = APIRouter(prefix="/v1/sync", tags=["sync"])


@router.get("/hello", response_model=Hello)
def hello() -> Hello:
    """What this server speaks; clients call it before syncing (no sign-in needed)."""
    return Hello(
        server_version=__version__,
        protocol_version=PROTOCOL_VERSION,
        min_protocol_version=MIN_PROTOCOL_VERSION,
        capabilities=sorted(CAPABILITIES),
        server_time=utcnow(),
    )


@router.post("/push", response_model=PushResponse)
def push(body: PushRequest, principal: PrincipalDep, session: SessionDep) -> PushResponse:
    """Store a batch of events; per-item results (accepted / duplicate / rejected + reason)."""
    return push_service(session, principal, body)


@router.post("/pull", response_model=PullResponse)
def pull(
    body: PullRequest, principal: PrincipalDep, session: SessionDep, request: Request
) -> PullResponse:
    """The next page of changes after ``cursor`` (empty cursor: everything)."""
    session.commit()  # the token check is done; the pull reads in its own snapshot
    return pull_service(request.app.state.engine, principal, body)
