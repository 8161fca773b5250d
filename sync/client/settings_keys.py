"""Names of the local store settings the sync engine writes and the desktop reads (no
imports: the desktop reads them at start without loading the engine)."""

from __future__ import annotations

__all__ = ["SANDBOX_UNISOLATED", "reports_error_key"]

SANDBOX_UNISOLATED = "sandbox.allow_unisolated"
"""``true``: staff allowed sandbox code to run on this computer without OS isolation
(``frames-client sandbox --allow-unisolated yes``)."""


def reports_error_key(user_id: str) -> str:
    """Why the last round did not refresh the user's reports (unset or null: it did)."""
    return f"sync.reports_error.{user_id}"
