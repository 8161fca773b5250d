"""Migrations: empty databases, the production database adopted in place, drift, downgrade."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import create_engine, inspect, text

from server_api.config import parse_database_url
from server_api.db import make_engine
from server_api.errors import MigrationRefused
from server_api.migrate import BASELINE, check, head_revision, migrate
from server_api.models import SPEC_TABLES, Base

SPEC_SQL = Path(__file__).resolve().parents[2].parent / "shared" / "spec" / "phase1.sql"
if not SPEC_SQL.exists():  # the package keeps a copy for checkouts without ../shared
    SPEC_SQL = Path(__file__).resolve().parents[1] / "data" / "phase1.sql"


def _engine(url: str) -> Any:
    return make_engine(parse_database_url(url))


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def _pg_dump(url: str, *extra: str) -> str:
    out = subprocess.run(
        ["pg_dump", "--schema-only", "--no-owner", *extra, _libpq(url)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    # pg_dump 15.14+ writes a random \restrict key; it is not part of the schema.
    return re.sub(r"^\\(un)?restrict .*$", "", out, flags=re.M)


def _run_sql(url: str, sql: str) -> None:
    with psycopg.connect(_libpq(url), autocommit=True) as conn:
        conn.execute(sql)


# Rows in every Phase 1 table, and two tables of other applications (one referencing ours).
PRODUCTION_ROWS = """
INSERT INTO universities (id, name, location, contact_email, created_at)
  VALUES ('csu', 'Cal State', 'Pomona', 'x@csu.edu', '2024-01-02 03:04:05');
INSERT INTO faculty (id, name, email, university_id, department)
  VALUES ('f1', 'Dr. Ada', 'ada@csu.edu', 'csu', 'Aero');
INSERT INTO teams (name, university_id, subsystem) VALUES ('CubeSat', 'csu', 'ADCS');
INSERT INTO students (id, name, email, university_id, team_id, role)
  VALUES ('s1', 'Sam', 'sam@csu.edu', 'csu', 1, 'member');
INSERT INTO modules (module_id, title, category, created_by_id, university_id, status, tags,
                     prerequisites, published_at)
  VALUES ('lab-safety-101', 'Lab Safety', 'Safety', 'f1', 'csu', 'published',
          '["required","safety"]', '[]', '2024-02-01 10:00:00');
INSERT INTO module_sections (module_id, section_number, section_type, title, content)
  VALUES (1, 1, 'text', 'Intro', '# Hello');
INSERT INTO module_assignments (module_id, student_id, university_id, team_id, assigned_by_id,
                                assignment_type, due_date)
  VALUES (1, 's1', 'csu', 1, 'f1', 'required', '2024-03-01');
INSERT INTO module_progress (module_id, student_id, status, progress_percent, started_at,
                             total_time_seconds, pause_count)
  VALUES (1, 's1', 'in_progress', 50, '2024-02-02 09:00:00', 600, 2);
INSERT INTO module_analytics_events (module_id, student_id, event_type, event_data,
                                     section_number, session_id, device_type,
                                     time_elapsed_seconds)
  VALUES (1, 's1', 'section_view', '{"a": 1}', 1, 'sess-1', 'tablet', 12);
INSERT INTO module_feedback (module_id, student_id, rating, difficulty_rating, comment)
  VALUES (1, 's1', 5, 2, 'Great');
CREATE TABLE mission_logs (id SERIAL PRIMARY KEY, student_id VARCHAR REFERENCES students(id),
                           note TEXT, at TIMESTAMP DEFAULT NOW());
INSERT INTO mission_logs (student_id, note) VALUES ('s1', 'first pass'), (NULL, 'ground');
CREATE TABLE telemetry_frames (seq BIGINT PRIMARY KEY, payload BYTEA);
INSERT INTO telemetry_frames VALUES (1, '\\xdeadbeef'), (2, NULL);
"""

OTHER_TABLES = ("mission_logs", "telemetry_frames")


def _rows(url: str, table: str, columns: list[str] | None = None) -> list[tuple[Any, ...]]:
    cols = ", ".join(f'"{c}"' for c in columns) if columns else "*"
    with psycopg.connect(_libpq(url)) as conn:
        return conn.execute(f"SELECT {cols} FROM {table} ORDER BY 1").fetchall()


def _phase1_columns(url: str) -> dict[str, list[str]]:
    engine = create_engine(_libpq(url).replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as conn:
        insp = inspect(conn)
        return {t: [c["name"] for c in insp.get_columns(t)] for t in SPEC_TABLES}


@pytest.mark.postgres
def test_baseline_revision_is_exactly_the_spec_ddl(pg_database_factory: Any) -> None:
    from_spec, from_alembic = pg_database_factory(), pg_database_factory()
    _run_sql(from_spec, SPEC_SQL.read_text())
    migrate(_engine(from_alembic), to=BASELINE)
    assert _pg_dump(from_alembic, "--exclude-table=alembic_version") == _pg_dump(from_spec)


@pytest.mark.postgres
def test_empty_postgres_migrates_to_head_and_checks_clean(pg_url: str) -> None:
    report = migrate(_engine(pg_url))
    assert report.before is None and report.after == head_revision() and not report.adopted
    result = check(_engine(pg_url))
    assert result.ok, result.lines()
    assert set(Base.metadata.tables) <= set(inspect(_engine(pg_url)).get_table_names())


def test_empty_sqlite_migrates_to_head_and_checks_clean(sqlite_url: str) -> None:
    migrate(_engine(sqlite_url))
    result = check(_engine(sqlite_url))
    assert result.ok, result.lines()
    # a second run is a no-op
    assert migrate(_engine(sqlite_url)).steps == []


@pytest.mark.postgres
def test_production_database_is_adopted_in_place(pg_url: str) -> None:
    _run_sql(pg_url, SPEC_SQL.read_text())
    _run_sql(pg_url, PRODUCTION_ROWS)
    phase1_cols = _phase1_columns(pg_url)
    before_rows = {t: _rows(pg_url, t) for t in SPEC_TABLES}
    before_other = {t: _rows(pg_url, t) for t in OTHER_TABLES}
    other_schema = _pg_dump(pg_url, *(f"--table={t}" for t in OTHER_TABLES))

    report = migrate(_engine(pg_url))

    assert report.adopted and report.after == head_revision()
    assert check(_engine(pg_url)).ok
    for table in SPEC_TABLES:
        assert _rows(pg_url, table, phase1_cols[table]) == before_rows[table], table
    assert {t: _rows(pg_url, t) for t in OTHER_TABLES} == before_other
    assert _pg_dump(pg_url, *(f"--table={t}" for t in OTHER_TABLES)) == other_schema
    # new columns arrive with the spec's defaults on existing rows
    assert _rows(pg_url, "modules", ["module_type", "difficulty_level"]) == [("text", 1)]
    assert _rows(pg_url, "module_progress", ["hint_count", "retry_count", "error_count"]) == [
        (0, 0, 0)
    ]
    assert _rows(pg_url, "module_assignments", ["auto_assigned"]) == [(False,)]


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("drift_sql", "named"),
    [
        ("ALTER TABLE modules DROP COLUMN category CASCADE", "column modules.category is missing"),
        (
            "ALTER TABLE module_feedback ALTER COLUMN comment TYPE VARCHAR(50)",
            "column module_feedback.comment has type VARCHAR(50), expected TEXT",
        ),
        (
            "ALTER TABLE module_progress ALTER COLUMN status DROP DEFAULT",
            "column module_progress.status has default none, expected 'not_started'",
        ),
        ("DROP INDEX idx_events_type", "index idx_events_type"),
        (
            "ALTER TABLE module_sections DROP CONSTRAINT module_sections_module_id_fkey",
            "module_sections lacks foreign key (module_id) -> modules(id) ON DELETE CASCADE",
        ),
    ],
)
def test_drifted_production_schema_is_refused_untouched(
    pg_url: str, drift_sql: str, named: str
) -> None:
    _run_sql(pg_url, SPEC_SQL.read_text())
    _run_sql(pg_url, PRODUCTION_ROWS)
    _run_sql(pg_url, drift_sql)
    before = _pg_dump(pg_url)
    with pytest.raises(MigrationRefused) as info:
        migrate(_engine(pg_url))
    assert named in str(info.value)
    assert "\n" not in str(info.value)
    assert _pg_dump(pg_url) == before


@pytest.mark.postgres
def test_some_but_not_all_frames_tables_is_refused(pg_url: str) -> None:
    _run_sql(pg_url, "CREATE TABLE universities (id VARCHAR PRIMARY KEY)")
    with pytest.raises(MigrationRefused, match="but not faculty"):
        migrate(_engine(pg_url))


@pytest.mark.postgres
def test_database_with_only_other_tables_gets_ours_beside_them(pg_url: str) -> None:
    _run_sql(
        pg_url,
        "CREATE TABLE telemetry_frames (seq BIGINT PRIMARY KEY);"
        "INSERT INTO telemetry_frames VALUES (7)",
    )
    migrate(_engine(pg_url))
    assert check(_engine(pg_url)).ok
    assert _rows(pg_url, "telemetry_frames") == [(7,)]


@pytest.mark.parametrize("backend", ["postgres", "sqlite"])
def test_downgrade_and_upgrade_again(backend: str, request: pytest.FixtureRequest) -> None:
    url = request.getfixturevalue("pg_url" if backend == "postgres" else "sqlite_url")
    engine = _engine(url)
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO universities (id, name) VALUES ('u', 'U')"))
        conn.execute(
            text("INSERT INTO modules (module_id, title, module_type) VALUES ('m', 'M', 'game')")
        )
    with pytest.raises(MigrationRefused, match="--allow-downgrade"):
        migrate(engine, to=BASELINE)
    migrate(engine, to=BASELINE, allow_downgrade=True)
    cols = {c["name"] for c in inspect(engine).get_columns("modules")}
    assert "module_type" not in cols and "adaptive_config" not in cols
    assert not check(engine).ok
    migrate(engine)
    assert check(engine).ok
    with engine.connect() as conn:
        row = conn.execute(text("SELECT module_id, title, module_type FROM modules")).one()
    assert tuple(row) == ("m", "M", "text")  # the Phase 1 data survived; new column defaulted


@pytest.mark.parametrize("backend", ["postgres", "sqlite"])
def test_check_reports_a_drifted_database(backend: str, request: pytest.FixtureRequest) -> None:
    url = request.getfixturevalue("pg_url" if backend == "postgres" else "sqlite_url")
    engine = _engine(url)
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(text("DROP INDEX idx_feedback_rating"))
        conn.execute(text("ALTER TABLE module_feedback DROP COLUMN clarity_rating"))
    report = check(engine)
    assert not report.ok and report.at_head
    joined = "\n".join(report.lines())
    assert "column module_feedback.clarity_rating is missing" in joined
    assert "index idx_feedback_rating" in joined
    assert joined.endswith("FAILED")


def test_unknown_target_revision_is_refused(sqlite_url: str) -> None:
    with pytest.raises(MigrationRefused, match="unknown revision"):
        migrate(_engine(sqlite_url), to="nope")
