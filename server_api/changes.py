"""Change sequences: how a pull cursor knows what changed, without ever skipping a row.

Every transaction that changes a synced row (a module, its sections through the module, an
assignment, an analytics event, a tombstone) takes ONE new value from ``sync_clock`` and
stamps it on every row it changed. Taking the value is an ``UPDATE ... RETURNING`` that
row-locks the clock until the transaction ends, so transactions get sequence numbers in the
order they commit: a reader that sees sequence N has already seen everything at or below N.
A pull reads the clock and the rows in one snapshot (REPEATABLE READ on PostgreSQL), so the
cursor it returns covers exactly what it sent.

ORM writes are stamped automatically (``before_flush``); bulk inserts call ``next_seq``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, event, text
from sqlalchemy.orm import Session, UOWTransaction

from server_api.models import (
    Module,
    ModuleAnalyticsEvent,
    ModuleAssignment,
    ProgressBaseline,
    Tombstone,
)

__all__ = ["current_seq", "next_seq", "take_seq"]

TRACKED = (Module, ModuleAssignment, ModuleAnalyticsEvent, Tombstone, ProgressBaseline)
_KEY = "frames_change_seq"
# Plain SQL on the session's connection: a push reads and takes the clock once each, and the
# ORM's identity map and statement caching cost more than the statements.
_TAKE = text("UPDATE sync_clock SET value = value + 1 WHERE id = 1 RETURNING value")
_READ = text("SELECT value FROM sync_clock WHERE id = 1")


def next_seq(session: Session) -> int:
    """This transaction's change sequence (taken once, then reused until commit/rollback)."""
    seq = session.info.get(_KEY)
    if seq is None:
        seq = session.connection().execute(_TAKE).scalar_one()
        session.info[_KEY] = seq
    return int(seq)


def take_seq(conn: Connection) -> int:
    """A new change sequence for work on a plain connection (``next_seq`` for sessions)."""
    return int(conn.execute(_TAKE).scalar_one())


def current_seq(session: Session) -> int:
    """The newest committed sequence visible to this session's snapshot."""
    return int(session.connection().execute(_READ).scalar_one())


@event.listens_for(Session, "before_flush")
def _stamp(session: Session, _ctx: UOWTransaction, _instances: Any) -> None:
    changed = [
        obj
        for obj in (*session.new, *session.dirty)
        if isinstance(obj, TRACKED) and (obj in session.new or session.is_modified(obj))
    ]
    if changed:
        seq = next_seq(session)
        for obj in changed:
            obj.change_seq = seq


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_KEY, None)
