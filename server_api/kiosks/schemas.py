"""Wire shapes of the kiosk endpoints that are not part of the sync protocol.

The device-facing shapes (enrol, roster) live in ``sync.rules.protocol``; these are the staff's.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from server_api.modules.schemas import MAX_INT4, CleanStr
from sync.rules.protocol import KioskOut

__all__ = [
    "MAX_CODE_LIFETIME_SECONDS",
    "EnrolmentCodeCreate",
    "EnrolmentCodePublic",
    "KioskPublic",
    "MyPinSet",
    "PinSet",
]

MAX_CODE_LIFETIME_SECONDS = 30 * 24 * 3600

_INPUT = ConfigDict(extra="forbid", strict=True)


class KioskPublic(KioskOut):
    """A kiosk as staff see it: when it last synced and how many events it still holds."""

    created_at: datetime
    last_sync_at: datetime | None = None
    pending_events: int | None = Field(
        default=None, description="unsynced events the kiosk last reported; None: never synced"
    )
    revoked_at: datetime | None = None
    legacy: bool = Field(
        default=False,
        description="enrolled before the kiosk trust model: refused until enrolled again",
    )
    alerts: int = Field(
        default=0,
        description="times it acted for students who had not signed in on it, or its "
        "credential came from another device (kiosk_alerts)",
    )
    last_alert: str | None = None
    last_alert_at: datetime | None = None


class EnrolmentCodeCreate(BaseModel):
    """A one-time enrolment code: faculty for their own university, admins name one."""

    model_config = _INPUT

    university_id: CleanStr | None = Field(default=None, min_length=1, max_length=255)
    team_id: int | None = Field(default=None, ge=1, le=MAX_INT4)
    expires_in_seconds: int | None = Field(
        default=None, ge=60, le=MAX_CODE_LIFETIME_SECONDS, description="default 24 hours"
    )


class EnrolmentCodePublic(BaseModel):
    code: str = Field(description="shown once: XXXX-XXXX-XXXX (case and dashes do not matter)")
    expires_at: datetime
    university_id: str
    team_id: int | None = None


class PinSet(BaseModel):
    model_config = _INPUT

    pin: CleanStr = Field(min_length=1, max_length=64, description="6 to 12 digits")


class MyPinSet(BaseModel):
    """A student's own new PIN, with their password: a token alone does not change it."""

    model_config = _INPUT

    pin: CleanStr = Field(min_length=1, max_length=64, description="6 to 12 digits")
    password: CleanStr = Field(
        min_length=1, max_length=1024, description="the student's current password"
    )
