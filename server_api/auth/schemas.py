"""Wire shapes of the auth and account endpoints."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from server_api.modules.schemas import MAX_INT4, CleanStr

__all__ = ["AccountCreate", "AccountPublic", "LoginRequest", "LoginResponse", "TokenPublic"]

Role = Literal["student", "faculty", "admin"]


class LoginRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: CleanStr = Field(min_length=3, max_length=255)
    password: CleanStr = Field(min_length=1, max_length=1024)
    device_id: CleanStr | None = Field(
        default=None,
        min_length=8,
        max_length=64,
        pattern=r"^[A-Za-z0-9_-]+$",
        description="set by installed apps: the token becomes a long-lived device session",
    )
    device_name: CleanStr | None = Field(default=None, max_length=255)


class AccountPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
    role: Role
    display_name: str | None
    student_id: str | None
    faculty_id: str | None
    university_id: str | None
    team_id: int | None = None
    disabled: bool = False


class LoginResponse(BaseModel):
    token: str
    token_type: Literal["bearer"] = "bearer"
    kind: Literal["session", "device"]
    expires_at: datetime
    account: AccountPublic


class AccountCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: CleanStr = Field(min_length=3, max_length=255)
    password: CleanStr = Field(
        min_length=10,
        max_length=1024,
        description="at least 10 characters, not the email, not easy to guess (zxcvbn >= 3)",
    )
    role: Role
    display_name: CleanStr | None = Field(default=None, max_length=255)
    student_id: CleanStr | None = Field(default=None, min_length=1, max_length=255)
    faculty_id: CleanStr | None = Field(default=None, min_length=1, max_length=255)
    university_id: CleanStr | None = Field(default=None, min_length=1, max_length=255)
    team_id: int | None = Field(default=None, ge=1, le=MAX_INT4)


class TokenPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    account_id: int
    kind: Literal["session", "device"]
    device_id: str | None
    device_name: str | None
    created_at: datetime
    expires_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None
