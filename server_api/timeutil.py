"""Naive-UTC time, the form every TIMESTAMP column of the FRAMES schema holds (defined once,
in ``sync.rules.timeutil``, for both sides)."""

from __future__ import annotations

from sync.rules.timeutil import utcnow

__all__ = ["utcnow"]
