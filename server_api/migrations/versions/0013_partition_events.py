"""The events table partitioned by month (PostgreSQL), with event ids kept unique beside it.

``module_analytics_events`` becomes a table partitioned by RANGE on ``received_at`` (when the
server stored the row; NOT NULL from now on, defaulting to the time of the insert, so another
application's inserts still land), one partition per month plus a DEFAULT partition for rows
outside every month made. A partitioned table cannot keep ``event_uuid`` UNIQUE on its own
(its unique keys must include the partition key), so exactly-once moves to ``event_ids``: a
push inserts its uuids there first, and the database's primary key decides, as before.

Existing rows are copied in (``received_at`` of rows from before sync: their ``timestamp``,
else 1970), months with data in the last ten years and the next three get a partition, older
or undated rows go to the DEFAULT partition; the server creates months ahead from then on
(``server_api.partitions``). Rows keep their ids; the id sequence moves with the column.
The primary key becomes ``(id, received_at)``.

SQLite (the embedded server) keeps one table: ``received_at`` becomes NOT NULL there too.

Revision ID: 0013_partition_events
Revises: 0012_sync_scale
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0013_partition_events"
down_revision = "0012_sync_scale"
branch_labels = None
depends_on = None

_COLUMNS = (
    "id, module_id, student_id, event_type, event_data, section_number, session_id, "
    "device_type, timestamp, time_elapsed_seconds, struggle_signal, pattern_detected, "
    "event_uuid, device_id, device_seq, client_timestamp, received_at, clock_flag, change_seq"
)
_DEFINITION = """
    id integer NOT NULL DEFAULT nextval('module_analytics_events_id_seq'::regclass),
    module_id integer NOT NULL,
    student_id varchar NOT NULL,
    event_type varchar(100) NOT NULL,
    event_data json,
    section_number integer,
    session_id varchar(255),
    device_type varchar(50),
    "timestamp" timestamp DEFAULT now(),
    time_elapsed_seconds integer,
    struggle_signal numeric(3,2),
    pattern_detected varchar(100),
    event_uuid varchar(36),
    device_id varchar(64),
    device_seq bigint,
    client_timestamp timestamp,
    received_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    clock_flag varchar(20),
    change_seq bigint NOT NULL DEFAULT 0,
    CONSTRAINT module_analytics_events_pkey PRIMARY KEY (id, received_at),
    CONSTRAINT module_analytics_events_module_id_fkey FOREIGN KEY (module_id)
        REFERENCES modules(id) ON DELETE CASCADE,
    CONSTRAINT module_analytics_events_student_id_fkey FOREIGN KEY (student_id)
        REFERENCES students(id) ON DELETE CASCADE
"""
_INDEXES = (
    ("idx_events_module_student", "module_id, student_id"),
    ("idx_events_type", "event_type"),
    ("idx_events_timestamp", '"timestamp"'),
    ("idx_events_student_change", "student_id, change_seq, id"),
    ("idx_events_uuid", "event_uuid"),
)
_OLD = "module_analytics_events_unpartitioned"


def _month(d: datetime) -> datetime:
    return datetime(d.year, d.month, 1)


def _next(d: datetime) -> datetime:
    return datetime(d.year + (d.month == 12), d.month % 12 + 1, 1)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        op.execute(
            "UPDATE module_analytics_events SET received_at = "
            "coalesce(timestamp, '1970-01-01 00:00:00') WHERE received_at IS NULL"
        )
        with op.batch_alter_table("module_analytics_events") as batch:
            batch.alter_column(
                "received_at",
                existing_type=sa.DateTime,
                nullable=False,
                server_default=sa.text("CURRENT_TIMESTAMP"),
            )
        op.create_index("idx_events_uuid", "module_analytics_events", ["event_uuid"])
        return
    op.execute(f"ALTER TABLE module_analytics_events RENAME TO {_OLD}")
    for name, _cols in _INDEXES:
        op.execute(f"ALTER INDEX IF EXISTS {name} RENAME TO {name}_old")
    for constraint in ("pkey", "module_id_fkey", "student_id_fkey", "event_uuid_key"):
        op.execute(
            f"ALTER TABLE {_OLD} RENAME CONSTRAINT module_analytics_events_{constraint} "
            f"TO {_OLD}_{constraint}"
        )
    op.execute(
        f"CREATE TABLE module_analytics_events ({_DEFINITION}) PARTITION BY RANGE (received_at)"
    )
    op.execute(
        "CREATE TABLE module_analytics_events_default PARTITION OF module_analytics_events "
        "DEFAULT"
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    oldest_kept = datetime(now.year - 10, now.month, 1)
    first = bind.execute(
        sa.text(f"SELECT min(coalesce(received_at, timestamp)) FROM {_OLD}")
    ).scalar()
    month = max(_month(first), oldest_kept) if first is not None else _month(now)
    last = _month(now)
    for _ in range(3):
        last = _next(last)
    while month <= last:
        op.execute(
            f"CREATE TABLE module_analytics_events_y{month:%Y}m{month:%m} PARTITION OF "
            f"module_analytics_events FOR VALUES FROM ('{month:%Y-%m-%d}') "
            f"TO ('{_next(month):%Y-%m-%d}')"
        )
        month = _next(month)
    fill = _COLUMNS.replace(
        "received_at", "coalesce(received_at, timestamp, '1970-01-01 00:00:00')"
    )
    op.execute(
        f"INSERT INTO module_analytics_events ({_COLUMNS}) SELECT {fill} FROM {_OLD} ORDER BY id"
    )
    op.execute("ALTER SEQUENCE module_analytics_events_id_seq OWNED BY module_analytics_events.id")
    op.execute("CREATE TABLE event_ids (event_uuid varchar(36) PRIMARY KEY)")
    op.execute(f"INSERT INTO event_ids SELECT event_uuid FROM {_OLD} WHERE event_uuid IS NOT NULL")
    op.execute(f"DROP TABLE {_OLD}")
    for name, cols in _INDEXES:
        op.execute(f"CREATE INDEX {name} ON module_analytics_events ({cols})")
    op.execute("ANALYZE module_analytics_events")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        op.drop_index("idx_events_uuid", "module_analytics_events")
        with op.batch_alter_table("module_analytics_events") as batch:
            batch.alter_column(
                "received_at", existing_type=sa.DateTime, nullable=True, server_default=None
            )
        return
    op.execute(f"ALTER TABLE module_analytics_events RENAME TO {_OLD}")
    for name, _cols in _INDEXES:
        op.execute(f"ALTER INDEX IF EXISTS {name} RENAME TO {name}_old")
    op.execute(f"ALTER TABLE {_OLD} RENAME CONSTRAINT module_analytics_events_pkey TO {_OLD}_pkey")
    definition = (
        _DEFINITION.replace("PRIMARY KEY (id, received_at)", "PRIMARY KEY (id)")
        .replace(
            "received_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP",
            "received_at timestamp",
        )
        .replace("module_analytics_events_module_id_fkey", "module_analytics_events_mod_fk")
        .replace("module_analytics_events_student_id_fkey", "module_analytics_events_stu_fk")
    )
    op.execute(f"CREATE TABLE module_analytics_events ({definition})")
    op.execute(f"INSERT INTO module_analytics_events ({_COLUMNS}) SELECT {_COLUMNS} FROM {_OLD}")
    op.execute("ALTER SEQUENCE module_analytics_events_id_seq OWNED BY module_analytics_events.id")
    op.execute(f"DROP TABLE {_OLD}")
    op.execute("DROP TABLE event_ids")
    for old, new in (("mod_fk", "module_id_fkey"), ("stu_fk", "student_id_fkey")):
        op.execute(
            f"ALTER TABLE module_analytics_events RENAME CONSTRAINT "
            f"module_analytics_events_{old} TO module_analytics_events_{new}"
        )
    op.execute(
        "ALTER TABLE module_analytics_events ADD CONSTRAINT "
        "module_analytics_events_event_uuid_key UNIQUE (event_uuid)"
    )
    for name, cols in _INDEXES[:-1]:
        op.execute(f"CREATE INDEX {name} ON module_analytics_events ({cols})")
