"""The events table partitioned by month (PostgreSQL): the migration keeps every row, months
are made ahead, rows stranded in the DEFAULT partition move into their month, and a push is
still exactly-once through ``event_ids``."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import psycopg
import pytest
from sqlalchemy import text

from server_api.config import parse_database_url
from server_api.db import make_engine
from server_api.migrate import check, migrate
from server_api.partitions import ensure_partitions, list_partitions
from tests.helpers import run_cli

pytestmark = pytest.mark.postgres


def _engine(url: str) -> Any:
    return make_engine(parse_database_url(url))


def _sql(url: str, sql: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as conn:
        cur = conn.execute(sql)
        return cur.fetchall() if cur.description else []


ROWS = """
INSERT INTO universities (id) VALUES ('u');
INSERT INTO students (id, university_id) VALUES ('s1', 'u');
INSERT INTO modules (module_id, title, university_id) VALUES ('m', 'M', 'u');
INSERT INTO module_analytics_events (module_id, student_id, event_type, timestamp, event_uuid,
    device_id, device_seq, received_at, change_seq) VALUES
  (1, 's1', 'click', '2025-03-04 10:00', 'aaaaaaaa-0000-0000-0000-000000000001', 'dev-0001', 1,
   '2025-03-04 10:00:05', 7),
  (1, 's1', 'click', '2026-11-30 23:59', 'aaaaaaaa-0000-0000-0000-000000000002', 'dev-0001', 2,
   '2026-12-01 00:00:01', 8);
INSERT INTO module_analytics_events (module_id, student_id, event_type, timestamp)
  VALUES (1, 's1', 'section_view', '2024-01-02 03:04'), (1, 's1', 'pause', NULL);
"""


def test_the_migration_keeps_every_row_and_moves_uniqueness_to_event_ids(pg_url: str) -> None:
    engine = _engine(pg_url)
    migrate(engine, to="0012_sync_scale")
    _sql(pg_url, ROWS)
    before = _sql(
        pg_url,
        "SELECT id, event_type, timestamp, event_uuid, device_seq, change_seq "
        "FROM module_analytics_events ORDER BY id",
    )
    migrate(engine)
    after = _sql(
        pg_url,
        "SELECT id, event_type, timestamp, event_uuid, device_seq, change_seq "
        "FROM module_analytics_events ORDER BY id",
    )
    assert after == before
    # received_at of rows from before sync: their timestamp, else 1970 (the DEFAULT partition)
    placed = dict(
        _sql(
            pg_url,
            "SELECT id, tableoid::regclass::text FROM module_analytics_events ORDER BY id",
        )
    )
    assert placed == {
        1: "module_analytics_events_y2025m03",
        2: "module_analytics_events_y2026m12",
        3: "module_analytics_events_y2024m01",
        4: "module_analytics_events_default",
    }
    assert {r[0] for r in _sql(pg_url, "SELECT event_uuid FROM event_ids")} == {
        "aaaaaaaa-0000-0000-0000-000000000001",
        "aaaaaaaa-0000-0000-0000-000000000002",
    }
    # ids go on from where they were
    _sql(pg_url, "INSERT INTO module_analytics_events (module_id, student_id, event_type) "
                 "VALUES (1, 's1', 'click')")  # fmt: skip
    assert _sql(pg_url, "SELECT max(id) FROM module_analytics_events") == [(5,)]
    assert check(engine).differences == []  # the schema is what the models say, partitioned
    names = [p.name for p in list_partitions(engine)]
    assert "module_analytics_events_default" in names and len(names) > 4
    migrate(engine, to="0012_sync_scale", allow_downgrade=True)
    assert [r[:4] for r in _sql(pg_url, "SELECT id, event_type, timestamp, event_uuid "
                                        "FROM module_analytics_events ORDER BY id")][:4] == [
        r[:4] for r in before
    ]  # fmt: skip
    engine.dispose()


def test_months_are_made_ahead_and_stranded_rows_move_in(migrated_pg_url: str) -> None:
    engine = _engine(migrated_pg_url)
    _sql(migrated_pg_url, ROWS.split("INSERT INTO module_analytics_events")[0])
    # A row of a month nobody made partitions for lands in DEFAULT...
    _sql(
        migrated_pg_url,
        "INSERT INTO module_analytics_events (module_id, student_id, event_type, received_at) "
        "VALUES (1, 's1', 'click', '2031-05-06 07:08')",
    )
    assert _sql(
        migrated_pg_url, "SELECT tableoid::regclass::text FROM module_analytics_events"
    ) == [("module_analytics_events_default",)]
    # ... and moves into its month when that month is made.
    with engine.begin() as conn:
        made = ensure_partitions(conn, ahead=1, now=datetime(2031, 5, 20))
    assert made == ["module_analytics_events_y2031m05", "module_analytics_events_y2031m06"]
    assert _sql(
        migrated_pg_url, "SELECT tableoid::regclass::text FROM module_analytics_events"
    ) == [("module_analytics_events_y2031m05",)]
    with engine.begin() as conn:
        assert ensure_partitions(conn, ahead=1, now=datetime(2031, 5, 20)) == []
    out = run_cli("server_api.cli", "partitions", "--database-url", migrated_pg_url)
    assert out.returncode == 0, out.stderr
    assert "module_analytics_events_y2031m05" in out.stdout
    bad = run_cli(
        "server_api.cli", "partitions", "--ahead", "99", "--database-url", migrated_pg_url
    )
    assert bad.returncode != 0 and bad.stderr.count("\n") == 1 and "--ahead" in bad.stderr
    engine.dispose()


def test_sqlite_keeps_one_table(sqlite_url: str) -> None:
    engine = _engine(sqlite_url)
    migrate(engine)
    assert list_partitions(engine) == []
    with engine.begin() as conn:
        assert ensure_partitions(conn) == []
        assert conn.execute(text("SELECT count(*) FROM module_analytics_events")).scalar() == 0
    assert check(engine).ok
    engine.dispose()
