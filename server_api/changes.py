"""Change sequences: how a pull cursor knows what changed, without ever skipping a row, and
without making writers wait for each other.

Every transaction that changes a synced row (a module, its sections through the module, an
assignment, an analytics event, a tombstone, a baseline) stamps the rows it changed with ONE
change sequence (``next_seq``), and marks the *scopes* it wrote into (``touch_scopes``).

PostgreSQL: the sequence is the transaction's id (``pg_current_xact_id()``), which costs no
lock at all: any number of pushes run side by side. A pull reads in one REPEATABLE READ
snapshot and takes the window ``[since, horizon)``, where the horizon is the lowest id of the
snapshot's transactions still running in this database (else the snapshot's ``xmax``): every
transaction of ours with a smaller id has ended, so every row of the window that will ever
exist is visible now, and a slower transaction that commits later has an id at or above the
horizon and falls in the next window. Nothing is skipped, and a long transaction only delays
what comes after it (so does one whose database cannot be told: see ``_HORIZON_XMIN``).

SQLite (the embedded server, one writer at a time): the sequence is taken from the one-row
``sync_clock`` (``UPDATE ... RETURNING``); the horizon is its value + 1.

Scopes (``sync_scopes``): ``student:<id>``, ``team:<id>``, ``university:<id>`` and ``global``
each keep the newest sequence written into them (``GREATEST``, so a slower writer never moves
it back). A pull first asks whether any of its caller's scopes holds a sequence at or after
its cursor; if none does, the answer is "nothing new" at once, whatever other students did
(``scopes_changed``).

ORM writes are stamped and their scopes marked automatically (``before_flush``); bulk writes
(the push's COPY, baselines) call ``next_seq`` and ``touch_scopes`` themselves.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, bindparam, event, text
from sqlalchemy.orm import Session, UOWTransaction

from server_api.models import (
    Module,
    ModuleAnalyticsEvent,
    ModuleAssignment,
    ProgressBaseline,
    Tombstone,
)

__all__ = [
    "GLOBAL",
    "horizon",
    "mark_scopes",
    "next_seq",
    "scopes_changed",
    "scopes_of_student",
    "take_seq",
    "touch_scopes",
]

GLOBAL = "global"
TRACKED = (Module, ModuleAssignment, ModuleAnalyticsEvent, Tombstone, ProgressBaseline)
_KEY = "frames_change_seq"
# Plain SQL on the session's connection: a push takes its sequence once, and the ORM's
# identity map and statement caching cost more than the statements.
_TAKE_CLOCK = text("UPDATE sync_clock SET value = value + 1 WHERE id = 1 RETURNING value")
_TAKE_XID = text("SELECT pg_current_xact_id()::text::bigint")
_HORIZON_CLOCK = text("SELECT value + 1, epoch FROM sync_clock WHERE id = 1")
# The snapshot and the epoch; the horizon is worked out from the snapshot's text
# ("xmin:xmax:xip,..."): with no transaction running the horizon is xmax, and only when some
# are running is pg_stat_activity asked which database they belong to.
_SNAPSHOT = text("SELECT pg_current_snapshot()::text, epoch FROM sync_clock WHERE id = 1")
# Running transactions of other databases of the cluster (another application, another test
# database) can never write our rows, and a long one must not hold back every pull. One that
# cannot be placed (its backend gone meanwhile, or hidden because this role may not read other
# roles' activity: grant it pg_read_all_stats) is taken to be ours: later, never lost.
# pg_stat_activity shows 32-bit xids; the snapshot's are 64-bit (epoch and xid).
_ELSEWHERE = text(
    "SELECT x FROM unnest(CAST(:xids AS bigint[])) AS x WHERE EXISTS ("
    "SELECT 1 FROM pg_stat_activity a WHERE a.backend_xid = (x % 4294967296)::text::xid "
    "AND a.datname IS DISTINCT FROM current_database())"
)


def take_seq(conn: Connection) -> int:
    """A change sequence for work on a plain connection (``next_seq`` for sessions)."""
    stmt = _TAKE_XID if conn.dialect.name == "postgresql" else _TAKE_CLOCK
    return int(conn.execute(stmt).scalar_one())


def next_seq(session: Session) -> int:
    """This transaction's change sequence (taken once, then reused until commit/rollback)."""
    seq = session.info.get(_KEY)
    if seq is None:
        seq = take_seq(session.connection())
        session.info[_KEY] = seq
    return int(seq)


def horizon(session: Session) -> tuple[int, int]:
    """(horizon, epoch) in this session's snapshot: every change with a sequence below the
    horizon is committed (or rolled back) and visible to it."""
    conn = session.connection()
    if conn.dialect.name != "postgresql":
        value, epoch = conn.execute(_HORIZON_CLOCK).one()
        return int(value), int(epoch)
    snapshot, epoch = conn.execute(_SNAPSHOT).one()
    _xmin, xmax, running = str(snapshot).split(":")
    xids = [int(x) for x in running.split(",") if x]
    if xids:
        elsewhere = set(conn.execute(_ELSEWHERE, {"xids": xids}).scalars())
        xids = [x for x in xids if x not in elsewhere]
    return (min(xids) if xids else int(xmax)), int(epoch)


def scopes_of_student(student_id: str, team_id: int | None, university_id: str | None) -> list[str]:
    """The scopes whose changes a student's device pulls."""
    out = [f"student:{student_id}", GLOBAL]
    if team_id is not None:
        out.append(f"team:{team_id}")
    if university_id is not None:
        out.append(f"university:{university_id}")
    return out


def scopes_changed(session: Session, scopes: Iterable[str] | None, since: int) -> bool:
    """Whether anything was written into these scopes (``None``: any scope, for admins) at
    or after sequence ``since``."""
    conn = session.connection()
    if scopes is None:
        found = conn.execute(
            text("SELECT 1 FROM sync_scopes WHERE last_seq >= :since LIMIT 1"), {"since": since}
        ).first()
    else:
        found = conn.execute(_CHANGED, {"scopes": sorted(set(scopes)), "since": since}).first()
    return found is not None


_CHANGED = text(
    "SELECT 1 FROM sync_scopes WHERE scope IN :scopes AND last_seq >= :since LIMIT 1"
).bindparams(bindparam("scopes", expanding=True))


def touch_scopes(session: Session, scopes: Iterable[str]) -> None:
    """Mark that this transaction (its ``next_seq``) wrote into these scopes."""
    wanted = set(scopes)
    if wanted:
        mark_scopes(session.connection(), wanted, next_seq(session))


def mark_scopes(conn: Connection, scopes: Iterable[str], seq: int) -> None:
    """``touch_scopes`` on a plain connection, with the sequence its work took."""
    wanted = sorted(set(scopes))  # one order for every writer: no deadlock between them
    if wanted:
        conn.execute(_touch_statement(conn.dialect.name), [{"s": s, "q": seq} for s in wanted])


@lru_cache(maxsize=4)
def _touch_statement(dialect: str) -> Any:
    newest = "GREATEST" if dialect == "postgresql" else "MAX"
    return text(
        "INSERT INTO sync_scopes (scope, last_seq) VALUES (:s, :q) ON CONFLICT (scope) "
        f"DO UPDATE SET last_seq = {newest}(sync_scopes.last_seq, excluded.last_seq)"
    )


def _scopes(obj: Any) -> set[str]:
    """The scopes a changed row belongs to (who pulls it)."""
    if isinstance(obj, (ModuleAnalyticsEvent, ProgressBaseline)):
        return {f"student:{obj.student_id}"}
    if isinstance(obj, Module):
        return {f"university:{obj.university_id}" if obj.university_id else GLOBAL}
    if isinstance(obj, ModuleAssignment):
        return {_target(obj.student_id, obj.team_id, obj.university_id)}
    if isinstance(obj, Tombstone):
        if obj.entity == "module":
            return {f"university:{obj.university_id}" if obj.university_id else GLOBAL}
        return {_target(obj.student_id, obj.team_id, obj.university_id)}
    return set()


def _target(student_id: str | None, team_id: int | None, university_id: str | None) -> str:
    if student_id:
        return f"student:{student_id}"
    if team_id is not None:
        return f"team:{team_id}"
    if university_id:
        return f"university:{university_id}"
    return GLOBAL


@event.listens_for(Session, "before_flush")
def _stamp(session: Session, _ctx: UOWTransaction, _instances: Any) -> None:
    changed = [
        obj
        for obj in (*session.new, *session.dirty)
        if isinstance(obj, TRACKED) and (obj in session.new or session.is_modified(obj))
    ]
    if changed:
        seq = next_seq(session)
        scopes: set[str] = set()
        for obj in changed:
            obj.change_seq = seq
            scopes |= _scopes(obj)
        touch_scopes(session, scopes)


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_KEY, None)
