"""Naive-UTC time, the form every TIMESTAMP column of the FRAMES schema holds."""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["utcnow"]


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
