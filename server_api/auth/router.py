"""``/v1/auth``: sign in and out; ``/v1/admin``: accounts and device sessions."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from sqlalchemy import select

from server_api.auth import service
from server_api.auth.schemas import (
    AccountCreate,
    AccountPublic,
    LoginRequest,
    LoginResponse,
    TokenPublic,
)
from server_api.deps import AddressDep, AdminDep, LimiterDep, PrincipalDep, SessionDep
from server_api.models import Account, AuthToken
from server_api.modules.schemas import MAX_INT4

__all__ = ["admin_router", "router"]

router = APIRouter(prefix="/v1/auth", tags=["auth"])
admin_router = APIRouter(prefix="/v1/admin", tags=["admin"])

AccountPath = Annotated[int, Path(ge=1, le=MAX_INT4, description="account id")]
TokenPath = Annotated[int, Path(ge=1, le=MAX_INT4, description="token id")]
AccountQuery = Annotated[int | None, Query(ge=1, le=MAX_INT4, description="account id")]


@router.post("/login", response_model=LoginResponse)
def login(
    body: LoginRequest, session: SessionDep, limiter: LimiterDep, address: AddressDep
) -> LoginResponse:
    """Exchange email and password for a bearer token.

    Send ``device_id`` from an installed app to get a long-lived device session. Failed
    sign-ins are rate-limited per account and per client address (429 with Retry-After).
    """
    token, row, account = service.login(
        session,
        email=body.email,
        password=body.password,
        device_id=body.device_id,
        device_name=body.device_name,
        limiter=limiter,
        address=address,
    )
    principal = service.authenticate_token(session, token)
    return LoginResponse(
        token=token,
        kind=row.kind,
        expires_at=row.expires_at,
        account=AccountPublic.model_validate(
            service.account_public_fields(account, principal.team_id)
        ),
    )


@router.post("/logout", status_code=204)
def logout(principal: PrincipalDep, session: SessionDep) -> None:
    """Revoke the token this request was made with."""
    service.revoke_token(session, principal.token_id)


@router.get("/me", response_model=AccountPublic)
def me(principal: PrincipalDep, session: SessionDep) -> AccountPublic:
    account = session.get(Account, principal.account_id)
    assert account is not None
    fields = service.account_public_fields(account, principal.team_id)
    fields["university_id"] = principal.university_id
    return AccountPublic.model_validate(fields)


@admin_router.post("/accounts", response_model=AccountPublic, status_code=201)
def create_account(body: AccountCreate, _: AdminDep, session: SessionDep) -> AccountPublic:
    """Create an account (the API twin of ``frames-server create-user``)."""
    account = service.create_account(session, **body.model_dump())
    return AccountPublic.model_validate(service.account_public_fields(account))


@admin_router.get("/accounts", response_model=list[AccountPublic])
def list_accounts(_: AdminDep, session: SessionDep) -> list[AccountPublic]:
    accounts = session.scalars(select(Account).order_by(Account.id)).all()
    return [AccountPublic.model_validate(service.account_public_fields(a)) for a in accounts]


@admin_router.post("/accounts/{account_id}/disable", response_model=AccountPublic)
def disable_account(account_id: AccountPath, _: AdminDep, session: SessionDep) -> AccountPublic:
    """Disable an account and revoke all its tokens."""
    account = service.disable_account(session, account_id)
    return AccountPublic.model_validate(service.account_public_fields(account))


@admin_router.get("/tokens", response_model=list[TokenPublic])
def list_tokens(
    _: AdminDep, session: SessionDep, account_id: AccountQuery = None
) -> list[TokenPublic]:
    """Sessions and device sessions, newest first (never the tokens themselves)."""
    query = select(AuthToken).order_by(AuthToken.id.desc())
    if account_id is not None:
        query = query.where(AuthToken.account_id == account_id)
    return [TokenPublic.model_validate(t) for t in session.scalars(query)]


@admin_router.post("/tokens/{token_id}/revoke", response_model=TokenPublic)
def revoke_token(token_id: TokenPath, _: AdminDep, session: SessionDep) -> TokenPublic:
    return TokenPublic.model_validate(service.revoke_token(session, token_id))
