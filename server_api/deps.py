"""Request dependencies: the database session, the settings and the signed-in principal.

The session dependency commits when the route returns, before the answer is sent (so a
failed commit is a 500, never a success), and rolls back when it raises; nothing else
commits (services only flush).

``PrincipalDep`` is a person (student, faculty, admin): a kiosk credential gets 403 from
every route that uses it, so a new route is closed to kiosks unless it opts in with
``AnyPrincipalDep`` (a person or a kiosk) or ``KioskDep`` (kiosks only).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated, TypeVar

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from server_api.auth.service import Principal, authenticate_token
from server_api.config import Settings
from server_api.errors import Forbidden, Unauthorized
from server_api.ratelimit import RateLimiter, address_key

__all__ = [
    "AdminDep",
    "AnyPrincipalDep",
    "BearerDep",
    "AddressDep",
    "KioskDep",
    "LimiterDep",
    "PrincipalDep",
    "SessionDep",
    "SettingsDep",
    "StaffDep",
    "get_session",
    "in_one_trip",
]

_T = TypeVar("_T")


def get_session(request: Request) -> Iterator[Session]:
    engine: Engine = request.app.state.engine
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


# scope="function": the commit runs when the route returns and BEFORE the answer is sent, so
# a transaction that fails to commit is answered with an error, never with success (the
# default scope would commit after the response had gone out).
SessionDep = Annotated[Session, Depends(get_session, scope="function")]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def get_limiter(request: Request) -> RateLimiter:
    limiter: RateLimiter = request.app.state.limiter
    return limiter


def client_address(request: Request) -> str:
    """The key the caller's address counts under (``ratelimit.address_key``)."""
    return address_key(request.client.host if request.client else None)


LimiterDep = Annotated[RateLimiter, Depends(get_limiter)]
AddressDep = Annotated[str, Depends(client_address)]

_bearer = HTTPBearer(auto_error=False, description="token from POST /v1/auth/login")


BearerDep = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def any_principal(session: SessionDep, credentials: BearerDep) -> Principal:
    return _authenticate(session, credentials)


AnyPrincipalDep = Annotated[Principal, Depends(any_principal)]


async def in_one_trip(
    request: Request,
    credentials: HTTPAuthorizationCredentials | None,
    work: Callable[[Session, Principal], _T],
) -> _T:
    """Sign-in check, ``work`` and commit in ONE trip to the thread pool, on one session.

    The hot sync routes use this instead of the dependencies above, which take a thread
    trip each (session, principal, route, commit): a request then holds its connection
    only while its thread runs, never while it waits for the next trip.
    """
    open_session: Callable[[], Session] = request.app.state.open_session

    def run() -> _T:
        with open_session() as session:
            try:
                principal = _authenticate(session, credentials)
                result = work(session, principal)
                session.commit()
            except BaseException:
                session.rollback()
                raise
            return result

    return await run_in_threadpool(run)


def _authenticate(session: Session, credentials: HTTPAuthorizationCredentials | None) -> Principal:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise Unauthorized("sign in first: send 'Authorization: Bearer <token>'")
    return authenticate_token(session, credentials.credentials)


def current_principal(principal: AnyPrincipalDep) -> Principal:
    if principal.role == "kiosk":
        raise Forbidden(
            "a kiosk credential cannot do this: kiosks only sync, read their roster and "
            "download what their students may see"
        )
    return principal


PrincipalDep = Annotated[Principal, Depends(current_principal)]


def kiosk_principal(principal: AnyPrincipalDep) -> Principal:
    if principal.role != "kiosk":
        raise Forbidden("only an enrolled kiosk may do this")
    return principal


KioskDep = Annotated[Principal, Depends(kiosk_principal)]


def staff_principal(principal: PrincipalDep) -> Principal:
    if principal.role not in ("faculty", "admin"):
        raise Forbidden("only faculty and admins may do this")
    return principal


def admin_principal(principal: PrincipalDep) -> Principal:
    if principal.role != "admin":
        raise Forbidden("only admins may do this")
    return principal


StaffDep = Annotated[Principal, Depends(staff_principal)]
AdminDep = Annotated[Principal, Depends(admin_principal)]
