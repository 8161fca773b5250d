"""Adopting a production database keeps its history (real PostgreSQL, real uvicorn, a real
device store): the progress, feedback and assignments another application wrote survive the
first sync and every one after it, and device and server agree row for row.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy.orm import Session

from desktop.ops.modules import build_rows
from local_store import LocalStore
from server_api.auth.service import create_account
from server_api.config import parse_database_url
from server_api.db import make_engine
from server_api.history import PROGRESS_FIELDS
from sync.client.cli import sign_in
from sync.client.engine import SyncEngine
from sync.client.local_progress import refresh_progress_of, stored_baseline
from sync.rules.derive import derive
from tests.factories import PASSWORD
from tests.helpers import run_cli
from tests.server_api.test_migrations import SPEC_SQL
from tests.sync.test_failures import Server

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

# A production database as the old web application left it: every progress status, rows
# with NULLs, legacy events with and without a progress row, feedback (one anonymous),
# assignments by student, team and university, with and without a type or due date.
PRODUCTION = """
INSERT INTO universities (id, name) VALUES ('csu', 'Cal State');
INSERT INTO faculty (id, name, email, university_id) VALUES ('f1', 'Dr. Ada', 'ada@csu.edu', 'csu');
INSERT INTO teams (name, university_id, subsystem) VALUES ('CubeSat', 'csu', 'ADCS');
INSERT INTO students (id, name, email, university_id, team_id)
  VALUES ('s1', 'Sam', 'sam@csu.edu', 'csu', 1), ('s2', 'Kim', 'kim@csu.edu', 'csu', 1);
INSERT INTO modules (module_id, title, university_id, status, prerequisites, published_at) VALUES
  ('lab-safety-101', 'Lab Safety', 'csu', 'published', '[]', '2024-01-01'),
  ('cubesat-intro', 'CubeSat intro', 'csu', 'published', '[]', '2024-01-01'),
  ('orientation', 'Orientation', 'csu', 'published', '[]', '2024-01-01'),
  ('esd-basics', 'ESD basics', 'csu', 'published', '[]', '2024-01-01'),
  ('soldering', 'Soldering', 'csu', 'published', '["lab-safety-101"]', '2024-01-01');
INSERT INTO module_sections (module_id, section_number, section_type, title, content)
  SELECT m.id, n, 'text', 'Part ' || n, '# Part ' || n
  FROM modules m, generate_series(1, 3) n WHERE m.module_id IN ('lab-safety-101', 'cubesat-intro');
INSERT INTO module_sections (module_id, section_number, section_type, title, content)
  SELECT m.id, n, 'text', 'Part ' || n, '# Part ' || n
  FROM modules m, generate_series(1, 2) n
  WHERE m.module_id IN ('orientation', 'esd-basics', 'soldering');
INSERT INTO module_assignments (module_id, student_id, university_id, team_id, assignment_type,
                                due_date) VALUES
  (1, 's1', NULL, NULL, 'required', '2024-06-01'),
  (2, NULL, NULL, 1, 'required', NULL),
  (3, NULL, 'csu', NULL, 'recommended', '2030-01-01'),
  (4, 's1', 'csu', 1, NULL, NULL),
  (5, 's1', NULL, NULL, 'mandatory', NULL),
  (1, 's2', NULL, NULL, 'required', '2024-06-01');
INSERT INTO module_progress (module_id, student_id, status, progress_percent, current_section,
    started_at, completed_at, last_accessed_at, total_time_seconds, pause_count) VALUES
  (1, 's1', 'completed', 100, 3, '2024-04-30 09:00', '2024-05-01 10:00', '2024-05-01 10:00',
   900, 1),
  (2, 's1', 'in_progress', 50, 2, '2024-05-02 09:00', NULL, '2024-05-02 09:30', 120, 2),
  (3, 's1', 'skipped', 0, 1, NULL, NULL, '2024-05-03 09:00', 0, 0),
  (4, 's1', 'not_started', 0, 1, NULL, NULL, '2024-05-03 09:00', 0, 0),
  (1, 's2', 'in_progress', NULL, NULL, '2024-05-04 09:00', NULL, NULL, NULL, NULL);
INSERT INTO module_analytics_events (module_id, student_id, event_type, section_number,
    session_id, timestamp) VALUES
  (2, 's1', 'section_view', 1, 'web-1', '2024-05-02 09:00'),
  (2, 's1', 'pause', 1, 'web-1', '2024-05-02 09:10'),
  (5, 's1', 'section_view', 1, 'web-2', '2024-05-05 09:00'),
  (5, 's1', 'section_complete', 1, 'web-2', '2024-05-05 09:05'),
  (1, 's2', 'section_view', 1, 'web-3', '2024-05-04 09:00');
INSERT INTO module_feedback (module_id, student_id, rating, difficulty_rating, comment,
    created_at, is_anonymous) VALUES
  (1, 's1', 4, 2, 'Clear', '2024-05-01 11:00', false),
  (1, 's2', 2, 4, 'Too long', '2024-05-04 11:00', true);
"""

SLUGS = ("lab-safety-101", "cubesat-intro", "orientation", "esd-basics", "soldering")


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def rows(url: str, sql: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(_libpq(url)) as conn:
        return conn.execute(sql).fetchall()


def server_progress(url: str, student: str) -> dict[str, tuple[Any, ...]]:
    cols = ", ".join(f"p.{c}" for c in PROGRESS_FIELDS)
    found = rows(
        url,
        f"SELECT m.module_id, {cols} FROM module_progress p JOIN modules m ON m.id = p.module_id "
        f"WHERE p.student_id = '{student}'",
    )
    return {r[0]: tuple(r[1:]) for r in found}


def device_progress(store: LocalStore, owner: str) -> dict[str, tuple[Any, ...]]:
    return {
        slug: tuple(getattr(row, c) for c in PROGRESS_FIELDS)
        for slug, row in store.get_progress(owner).items()
    }


@pytest.fixture
def production(pg_url: str) -> dict[str, Any]:
    with psycopg.connect(_libpq(pg_url), autocommit=True) as conn:
        conn.execute(SPEC_SQL.read_text())
        conn.execute(PRODUCTION)
    return {"url": pg_url}


def test_first_sync_keeps_every_row_of_history(production: dict[str, Any], tmp_path: Path) -> None:
    url = production["url"]
    phase1 = (
        "SELECT id, module_id, student_id, status, progress_percent, current_section, "
        "started_at, completed_at, last_accessed_at, total_time_seconds, pause_count "
        "FROM module_progress ORDER BY id"
    )
    untouched_sql = "SELECT * FROM module_progress WHERE student_id = 's2' ORDER BY id"
    feedback_s2_sql = "SELECT * FROM module_feedback WHERE student_id = 's2' ORDER BY id"
    before_phase1 = rows(url, phase1)

    migrated = run_cli("server_api.cli", "migrate", "--database-url", url)
    assert migrated.returncode == 0, migrated.stderr
    assert (
        "history: 5 progress row(s) and 2 feedback row(s) found; 5 pair(s) given a progress "
        "baseline (1 completed, 2 in_progress, 1 not_started, 1 skipped), 2 a feedback baseline"
        in migrated.stdout
    )
    assert "6 assignment(s) and 5 event(s) written by another application" in migrated.stdout
    again = run_cli("server_api.cli", "migrate", "--database-url", url)
    assert "0 pair(s) given a progress baseline" in again.stdout  # nothing new to adopt
    assert rows(url, phase1) == before_phase1  # adopting changes no row
    before_untouched = rows(url, untouched_sql)
    before_feedback_s2 = rows(url, feedback_s2_sql)

    engine = make_engine(parse_database_url(url))
    with Session(engine) as db:
        create_account(db, email="sam@csu.edu", password=PASSWORD, role="student", student_id="s1")
        db.commit()
    server = Server(url)
    server.start()
    try:
        store = LocalStore.open(tmp_path / "laptop" / "store.sqlite3")
        sign_in(
            store, server=server.base, email="sam@csu.edu", password=PASSWORD, device_name="laptop"
        )
        sync = SyncEngine(store)
        sync.sync_user("s1")

        # The device shows the history before the student does anything.
        progress = store.get_progress("s1")
        assert progress["lab-safety-101"].status == "completed"
        assert progress["lab-safety-101"].completed_at == datetime(2024, 5, 1, 10)
        assert (progress["cubesat-intro"].status, progress["cubesat-intro"].progress_percent) == (
            "in_progress",
            50,
        )
        assert progress["orientation"].status == "skipped"
        assert progress["esd-basics"].status == "not_started"
        # legacy events without a progress row fold as before: 1 of 2 sections
        assert progress["soldering"].progress_percent == 50
        listed = build_rows(
            store.list_modules("s1"), progress, role="student", today=date(2026, 12, 3)
        )
        by_slug = {row.module_id: row for row in listed}
        assert by_slug["soldering"].locked_reason is None  # last year's Lab Safety counts
        assert by_slug["esd-basics"].item.assignment_type == "required"  # NULL type: required
        assert by_slug["soldering"].item.assignment_type == "mandatory"  # shown as it is
        assert by_slug["orientation"].item.due_date == date(2030, 1, 1)
        feedback = derive(
            [], section_numbers=[1, 2, 3], baseline=stored_baseline(store, "s1", "lab-safety-101")
        ).feedback
        assert feedback is not None and feedback.comment == "Clear"
        assert device_progress(store, "s1") == server_progress(url, "s1") | {
            "soldering": device_progress(store, "s1")["soldering"]  # no row yet: nobody pushed
        }

        # Offline work on top of the history, then a second sync.
        t = datetime(2026, 11, 20, 9, 0)
        for slug, kind, section in [
            ("lab-safety-101", "section_view", 1),
            ("lab-safety-101", "module_complete", None),
            ("cubesat-intro", "section_view", 3),
            ("cubesat-intro", "section_complete", 3),
            ("cubesat-intro", "pause", 3),
            ("orientation", "section_view", 1),
            ("soldering", "section_complete", 2),
        ]:
            t += timedelta(seconds=7)
            store.record_event(
                owner="s1",
                module_id=slug,
                event_type=kind,
                section_number=section,
                session_id="laptop-1",
                device_type="desktop",
                client_ts=t,
            )
        store.record_event(
            owner="s1",
            module_id="lab-safety-101",
            event_type="feedback",
            event_data={
                "rating": 5,
                "difficulty_rating": 1,
                "comment": "Even better",
                "is_anonymous": False,
            },
            session_id="laptop-1",
            device_type="desktop",
            client_ts=t,
        )
        sync.sync_user("s1")
        for slug in SLUGS:
            numbers = store.section_numbers("s1", slug)
            assert numbers is not None
            refresh_progress_of(store, owner="s1", module_id=slug, section_numbers=numbers)

        server_rows = server_progress(url, "s1")
        assert device_progress(store, "s1") == server_rows  # row for row
        safety = dict(zip(PROGRESS_FIELDS, server_rows["lab-safety-101"], strict=True))
        assert safety["status"] == "completed"
        assert safety["completed_at"] == datetime(2024, 5, 1, 10)  # not moved by re-completion
        assert safety["total_time_seconds"] >= 900 and safety["pause_count"] == 1
        assert safety["started_at"] == datetime(2024, 4, 30, 9)
        intro = dict(zip(PROGRESS_FIELDS, server_rows["cubesat-intro"], strict=True))
        assert (intro["status"], intro["progress_percent"], intro["current_section"]) == (
            "in_progress",
            50,  # one new section of three is 33 %: the legacy 50 % stays
            3,
        )
        assert (intro["total_time_seconds"], intro["pause_count"]) == (120 + 14, 3)
        assert server_rows["orientation"][0] == "in_progress"  # the student came back to it
        assert server_rows["soldering"][0] == "completed"  # legacy section 1 + new section 2
        assert server_rows["esd-basics"][0] == "not_started"  # nobody touched it
        assert rows(url, "SELECT comment FROM module_feedback WHERE student_id = 's1'") == [
            ("Even better",)
        ]
        assert rows(url, untouched_sql) == before_untouched  # byte for byte
        assert rows(url, feedback_s2_sql) == before_feedback_s2
        checked = run_cli("server_api.cli", "migrate", "--check", "--database-url", url)
        assert checked.returncode == 0, checked.stdout + checked.stderr
        assert "every stored progress row is the fold of its pair" in checked.stdout

        # The old application writes a row again later: it becomes history too.
        with psycopg.connect(_libpq(url), autocommit=True) as conn:
            conn.execute(
                "UPDATE module_progress SET status = 'in_progress', progress_percent = 30, "
                "total_time_seconds = 60, started_at = '2026-11-01 09:00' "
                "WHERE student_id = 's1' AND module_id = 4"
            )
        check_foreign = run_cli("server_api.cli", "migrate", "--check", "--database-url", url)
        assert check_foreign.returncode == 1 and "1 pair(s) whose stored progress differs" in (
            check_foreign.stdout
        )
        store.record_event(
            owner="s1",
            module_id="esd-basics",
            event_type="section_view",
            section_number=1,
            session_id="laptop-2",
            device_type="desktop",
            client_ts=t + timedelta(hours=1),
        )
        sync.sync_user("s1")
        sync.sync_user("s1")  # the baseline made by that push comes back with the next pull
        numbers = store.section_numbers("s1", "esd-basics")
        assert numbers is not None
        refresh_progress_of(store, owner="s1", module_id="esd-basics", section_numbers=numbers)
        esd = dict(zip(PROGRESS_FIELDS, server_progress(url, "s1")["esd-basics"], strict=True))
        assert (esd["status"], esd["progress_percent"], esd["total_time_seconds"]) == (
            "in_progress",
            30,
            60,
        )
        assert device_progress(store, "s1") == server_progress(url, "s1")
        assert rows(
            url, "SELECT source FROM progress_baselines WHERE student_id = 's1' AND module_id = 4"
        ) == [("foreign",)]
        sync.close()
        store.close()
    finally:
        server.kill()
        engine.dispose()
