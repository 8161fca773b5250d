"""What the status area says, as plain data (no Qt, no sync engine import).

``StatusView`` mirrors ``sync.client.service.SyncStatus`` field by field, so the status area can
show the state read from the local store before the sync engine is even imported;
``status_view`` converts a ``SyncStatus`` (or anything with the same fields).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final, Literal

__all__ = [
    "OFFLINE_MESSAGE",
    "StatusText",
    "StatusView",
    "describe",
    "format_bytes",
    "last_sync_text",
    "pending_text",
    "status_view",
]

OFFLINE_MESSAGE: Final = (
    "Offline — your work is saved on this device and will sync when you're back online"
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


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def pending_text(pending: int) -> str:
    if pending <= 0:
        return "All changes synced"
    return f"{_plural(pending, 'change', 'changes')} waiting to sync"


def last_sync_text(last: datetime | None, *, now: datetime) -> str:
    """'Last synced just now / 5 min ago / today at 14:02 / on 3 Mar' (local time)."""
    if last is None:
        return "Not synced yet"
    seconds = (now - last).total_seconds()
    if seconds < 60:
        return "Last synced just now"
    if seconds < 3600:
        return f"Last synced {int(seconds // 60)} min ago"
    local = last.replace(tzinfo=UTC).astimezone()
    local_now = now.replace(tzinfo=UTC).astimezone()
    if local.date() == local_now.date():
        return f"Last synced today at {local:%H:%M}"
    return f"Last synced on {local.day} {local:%b %Y}"


def describe(view: StatusView, *, now: datetime) -> StatusText:
    """The sentences of the status area, most important first (``now`` is naive UTC)."""
    if view.needs_sign_in:
        headline = (
            "Signed out by the server — sign in again to sync. Your work is saved on this device."
        )
        tone: Tone = "error"
    elif view.syncing:
        headline, tone = "Syncing…", "busy"
    elif view.connectivity == "offline":
        headline, tone = OFFLINE_MESSAGE, "offline"
    elif view.error:
        error = view.error.rstrip(".")
        headline = f"Sync problem: {error}. Your work is saved on this device."
        tone = "error"
    elif view.connectivity == "online":
        headline, tone = "Online", "ok"
    else:
        headline, tone = "Connecting…", "neutral"
    rejected = f"{_plural(view.rejected, 'item', 'items')} not synced" if view.rejected > 0 else ""
    return StatusText(
        headline=headline,
        tone=tone,
        last_sync=last_sync_text(view.last_success, now=now),
        pending=pending_text(view.pending),
        rejected=rejected,
        needs_sign_in=view.needs_sign_in,
    )


def format_bytes(n: int | None) -> str:
    """1536 -> '1.5 KB'; decimal units, as file managers show them."""
    if n is None:
        return "unknown size"
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            if unit == "bytes":
                return f"{int(size)} bytes"
            return f"{size:.1f} {unit}"
        size /= 1000
    raise AssertionError("unreachable")
