"""Content changes: every change to a module or its sections bumps ``revision`` and
``updated_at`` (and, through ``server_api.changes``, the module's change sequence)."""

from __future__ import annotations

from server_api.models import Module
from server_api.timeutil import utcnow

__all__ = ["mark_content_changed"]


def mark_content_changed(module: Module) -> None:
    module.revision = (module.revision or 0) + 1
    module.updated_at = utcnow()
