"""Naive-UTC time: the form every timestamp takes on both sides (the FRAMES schema's
TIMESTAMP columns on the server, ISO text in the local store, the wire's timestamps once
parsed)."""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["utcnow"]


def utcnow() -> datetime:
    """Now, in UTC, without a time zone."""
    return datetime.now(UTC).replace(tzinfo=None)
