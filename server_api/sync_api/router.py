"""``/v1/sync``: hello, push and pull.

A kiosk pushes its roster students' events under their own ids and pulls one student at a
time (``PullRequest.student_id``); both note the kiosk's ``last_sync_at``.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ValidationError
from sqlalchemy.orm import Session

from server_api import __version__
from server_api.auth.service import Principal
from server_api.deps import BearerDep, in_one_trip
from server_api.kiosks.service import pull_principal, record_sync
from server_api.ratelimit import KIOSK_PULL, KIOSK_PUSH, charge_kiosk
from server_api.sync_api.identity import check_device_counter
from server_api.sync_api.pull import pull as pull_service
from server_api.sync_api.push import parse_push
from server_api.sync_api.push import push as push_service
from server_api.sync_api.quota import Quota
from server_api.timeutil import utcnow
from sync.rules.protocol import (
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


def inline_schema(model: type[BaseModel]) -> dict[str, Any]:
    """``model``'s JSON schema with its ``$defs`` written in place, for an OpenAPI request
    body given by hand (a ``#/$defs/...`` reference would point nowhere in the document)."""
    schema = model.model_json_schema()
    defs = schema.pop("$defs", {})

    def resolve(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                return resolve(defs[ref.removeprefix("#/$defs/")])
            return {key: resolve(value) for key, value in node.items()}
        if isinstance(node, list):
            return [resolve(value) for value in node]
        return node

    return dict(resolve(schema))


@router.get("/hello", response_model=Hello)
async def hello() -> Hello:
    """What this server speaks; clients call it before syncing (no sign-in needed). Answered
    on the event loop, no database, no thread: cheap under any load."""
    return Hello(
        server_version=__version__,
        protocol_version=PROTOCOL_VERSION,
        min_protocol_version=MIN_PROTOCOL_VERSION,
        capabilities=sorted(CAPABILITIES),
        server_time=utcnow(),
    )


@router.post(
    "/push",
    response_model=PushResponse,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": inline_schema(PushRequest)}},
        }
    },
)
async def push(request: Request, credentials: BearerDep) -> Response:
    """Store a batch of events; per-item results (accepted / duplicate / rejected + reason).

    The body is parsed from bytes (not by FastAPI) because a batch holds thousands of events:
    pydantic-core parses them in one pass, and the answer is serialised the same way. The
    parse, the sign-in check, the store and the commit run in one thread trip. A kiosk's
    pushes count against its budget (``server_api.ratelimit``); a student's device has none
    (no extra statement).
    """
    raw = await request.body()
    settings = request.app.state.settings
    limiter = request.app.state.limiter

    def work(session: Session, principal: Principal) -> bytes:
        charge_kiosk(limiter, principal.kiosk_id, KIOSK_PUSH)
        try:
            envelope, events = parse_push(raw)
        except ValidationError as exc:
            raise RequestValidationError(exc.errors()) from None
        # A kiosk's last push of a round says what it still holds after it (pending_after).
        record_sync(
            session, principal, device_id=envelope.device_id, pending_events=envelope.pending_after
        )
        quota = Quota(events=settings.quota_events, event_bytes=settings.quota_event_bytes)
        result = push_service(session, principal, envelope, events, quota)
        return result.model_dump_json().encode()

    body = await in_one_trip(request, credentials, work)
    return Response(body, media_type="application/json")


@router.post("/pull", response_model=PullResponse)
async def pull(body: PullRequest, request: Request, credentials: BearerDep) -> Response:
    """The next page of changes after ``cursor`` (empty cursor: everything).

    A kiosk sends ``student_id`` (a student of its roster) and gets what that student would.
    """
    engine = request.app.state.engine
    limiter = request.app.state.limiter

    def work(session: Session, principal: Principal) -> bytes:
        charge_kiosk(limiter, principal.kiosk_id, KIOSK_PULL)
        for_whom = pull_principal(session, principal, body.student_id)
        record_sync(session, principal, device_id=body.device_id)
        if body.device_next_seq is not None:  # a copied store: 409, the device takes a new id
            check_device_counter(session, device_id=body.device_id, next_seq=body.device_next_seq)
        session.commit()  # the token check is done; the pull reads in its own snapshot
        return pull_service(engine, for_whom, body)

    page = await in_one_trip(request, credentials, work)
    return Response(page, media_type="application/json")
