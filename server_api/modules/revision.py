"""Content changes: every change to a module or its sections bumps ``revision`` and
``updated_at`` (and, through ``server_api.changes``, the module's change sequence). When the
transaction commits, the progress of every student of the module is folded again with its
new sections (``server_api.sync_api.derived.refold_modules``), as devices do when they pull
the new revision."""

from __future__ import annotations

from sqlalchemy.orm import object_session

from server_api.models import Module
from server_api.timeutil import utcnow

__all__ = ["REFOLD_KEY", "mark_content_changed"]

REFOLD_KEY = "frames_refold_modules"


def mark_content_changed(module: Module) -> None:
    module.revision = (module.revision or 0) + 1
    module.updated_at = utcnow()
    session = object_session(module)
    if session is not None:
        session.info.setdefault(REFOLD_KEY, []).append(module)
