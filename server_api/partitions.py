"""Monthly partitions of ``module_analytics_events`` (PostgreSQL; revision 0013).

The table is partitioned by RANGE on ``received_at``, one partition per calendar month (UTC)
named ``module_analytics_events_yYYYYmMM``, plus a DEFAULT partition for rows outside every
month made. ``ensure_partitions`` makes the current month and the next ``ahead`` ones; it
runs at every ``frames-server migrate`` and ``serve`` start (and ``frames-server partitions``),
so rows always find their month, the DEFAULT partition stays empty in normal operation, and
old months can be detached, archived or dropped as whole tables (``ALTER TABLE ... DETACH
PARTITION``). Should the DEFAULT partition hold rows of a month being made (the server was
not started for months), they are moved into it in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, text

from server_api.timeutil import utcnow

__all__ = ["MONTHS_AHEAD", "PartitionInfo", "ensure_partitions", "list_partitions"]

MONTHS_AHEAD = 3
_PARENT = "module_analytics_events"


@dataclass(frozen=True, slots=True)
class PartitionInfo:
    name: str
    bounds: str
    rows: int  # the planner's estimate


def _month(d: datetime) -> datetime:
    return datetime(d.year, d.month, 1)


def _next(d: datetime) -> datetime:
    return datetime(d.year + (d.month == 12), d.month % 12 + 1, 1)


def _partitioned(conn: Connection) -> bool:
    if conn.dialect.name != "postgresql":
        return False
    found = conn.execute(
        text(
            "SELECT 1 FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid "
            "WHERE c.relname = :t AND c.relnamespace = current_schema()::regnamespace"
        ),
        {"t": _PARENT},
    ).first()
    return found is not None


def ensure_partitions(
    conn: Connection, *, ahead: int = MONTHS_AHEAD, now: datetime | None = None
) -> list[str]:
    """Make the partitions of this month and the next ``ahead`` months that are missing;
    return their names. Nothing on SQLite or an unpartitioned table."""
    if not _partitioned(conn):
        return []
    existing = set(
        conn.execute(
            text(
                "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                "JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = :t"
            ),
            {"t": _PARENT},
        ).scalars()
    )
    month = _month(now or utcnow())
    made = []
    for _ in range(ahead + 1):
        name = f"{_PARENT}_y{month:%Y}m{month:%m}"
        if name not in existing:
            _make(conn, name, month, _next(month))
            made.append(name)
        month = _next(month)
    return made


def _make(conn: Connection, name: str, start: datetime, end: datetime) -> None:
    """Create one month's partition, moving any rows of that month out of DEFAULT first."""
    bounds = {"lo": start, "hi": end}
    stray = conn.execute(
        text(
            f"SELECT count(*) FROM {_PARENT}_default WHERE received_at >= :lo AND received_at < :hi"
        ),
        bounds,
    ).scalar_one()
    if not stray:
        conn.execute(
            text(
                f"CREATE TABLE {name} PARTITION OF {_PARENT} "
                f"FOR VALUES FROM ('{start:%Y-%m-%d}') TO ('{end:%Y-%m-%d}')"
            )
        )
        return
    conn.execute(text(f"CREATE TABLE {name} (LIKE {_PARENT} INCLUDING DEFAULTS)"))
    conn.execute(
        text(
            f"WITH moved AS (DELETE FROM {_PARENT}_default "
            "WHERE received_at >= :lo AND received_at < :hi RETURNING *) "
            f"INSERT INTO {name} SELECT * FROM moved"
        ),
        bounds,
    )
    conn.execute(
        text(
            f"ALTER TABLE {_PARENT} ATTACH PARTITION {name} "
            f"FOR VALUES FROM ('{start:%Y-%m-%d}') TO ('{end:%Y-%m-%d}')"
        )
    )


def list_partitions(engine: Engine) -> list[PartitionInfo]:
    """The event table's partitions, oldest first, with the planner's row estimates."""
    with engine.connect() as conn:
        if not _partitioned(conn):
            return []
        rows = conn.execute(
            text(
                "SELECT c.relname, pg_get_expr(c.relpartbound, c.oid), "
                "greatest(c.reltuples, 0)::bigint FROM pg_inherits i "
                "JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent "
                "WHERE p.relname = :t ORDER BY c.relname"
            ),
            {"t": _PARENT},
        )
        return [PartitionInfo(str(n), str(b), int(r)) for n, b, r in rows]
