"""What the status area says, as plain data (no sync engine import; Qt's locale only when a
date or a size is worded, through ``desktop.formats``).

``StatusView`` mirrors ``sync.client.service.SyncStatus`` field by field, so the status area can
show the state read from the local store before the sync engine is even imported;
``status_view`` converts a ``SyncStatus`` (or anything with the same fields).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final, Literal

from desktop.i18n import translate

__all__ = [
    "OFFLINE_MESSAGE",
    "StatusText",
    "StatusView",
    "describe",
    "format_bytes",
    "last_sync_text",
    "offline_message",
    "pending_text",
    "status_view",
]

# The source text; shown through offline_message().
OFFLINE_MESSAGE: Final = (
    "Offline — your work is saved on this device and will sync when you're back online"
)


def offline_message() -> str:
    """:data:`OFFLINE_MESSAGE` in the interface language."""
    return translate(
        "status",
        "Offline — your work is saved on this device and will sync when you're back online",
    )


Tone = Literal["neutral", "ok", "busy", "offline", "error"]


@dataclass(frozen=True, slots=True)
class StatusView:
    connectivity: str = "unknown"  # unknown | online | offline
    syncing: bool = False
    last_success: datetime | None = None  # naive UTC
    pending: int = 0
    rejected: int = 0
    error: str | None = None
    needs_sign_in: bool = False


@dataclass(frozen=True, slots=True)
class StatusText:
    headline: str
    tone: Tone
    last_sync: str
    pending: str
    rejected: str  # empty when nothing was rejected
    needs_sign_in: bool = False


def status_view(status: Any, *, pending: int, rejected: int) -> StatusView:
    """A ``SyncStatus`` as a ``StatusView``, with this user's own pending/rejected counts."""
    return StatusView(
        connectivity=str(status.connectivity),
        syncing=bool(status.syncing),
        last_success=status.last_success,
        pending=pending,
        rejected=rejected,
        error=status.error,
        needs_sign_in=bool(status.needs_sign_in),
    )


def pending_text(pending: int) -> str:
    if pending <= 0:
        return translate("status", "All changes synced")
    return translate("status", "%n change(s) waiting to sync", n=pending)


def last_sync_text(last: datetime | None, *, now: datetime) -> str:
    """'Last synced just now / 5 min ago / today at 14:02 / on 3 Mar' (local time)."""
    if last is None:
        return translate("status", "Not synced yet")
    seconds = (now - last).total_seconds()
    if seconds < 60:
        return translate("status", "Last synced just now")
    if seconds < 3600:
        return translate("status", "Last synced %n min ago", n=int(seconds // 60))
    from desktop.formats import date_text, time_text

    local = last.replace(tzinfo=UTC).astimezone()
    local_now = now.replace(tzinfo=UTC).astimezone()
    if local.date() == local_now.date():
        return translate("status", "Last synced today at {time}").format(time=time_text(local))
    return translate("status", "Last synced on {date}").format(date=date_text(local.date()))


def describe(view: StatusView, *, now: datetime) -> StatusText:
    """The sentences of the status area, most important first (``now`` is naive UTC)."""
    if view.needs_sign_in:
        headline = translate(
            "status",
            "Signed out by the server — sign in again to sync. Your work is saved on this device.",
        )
        tone: Tone = "error"
    elif view.syncing:
        headline, tone = translate("status", "Syncing…"), "busy"
    elif view.connectivity == "offline":
        headline, tone = offline_message(), "offline"
    elif view.error:
        error = view.error.rstrip(".")
        headline = translate(
            "status", "Sync problem: {error}. Your work is saved on this device."
        ).format(error=error)
        tone = "error"
    elif view.connectivity == "online":
        headline, tone = translate("status", "Online"), "ok"
    else:
        headline, tone = translate("status", "Connecting…"), "neutral"
    rejected = (
        translate("status", "%n item(s) not synced", n=view.rejected) if view.rejected > 0 else ""
    )
    return StatusText(
        headline=headline,
        tone=tone,
        last_sync=last_sync_text(view.last_success, now=now),
        pending=pending_text(view.pending),
        rejected=rejected,
        needs_sign_in=view.needs_sign_in,
    )


def format_bytes(n: int | None) -> str:
    """1536 -> '1.5 kB' (Spanish '1,5 kB'); decimal units, as file managers show them, in
    the interface language's way (``desktop.formats.size_text``)."""
    if n is None:
        return translate("status", "unknown size")
    from desktop.formats import size_text

    return size_text(n)
