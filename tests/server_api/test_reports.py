"""Reports on real PostgreSQL, figure by figure against direct SQL.

A generated university ("gen": 3 teams, 60 students, 10 published modules and a draft)
with mixed assignments (university, team and direct ones overriding each other; due dates
past, future and none), progress rows written by hand as a legacy application would (some
without a status), feedback (some anonymous, some blank comments), section events,
excusals, device tokens and a kiosk; and a second university ("far") that must never show.
Every figure of every report is recomputed here with SQL written independently of the
server's (DISTINCT ON over an OR join instead of ranked unions, percentile_cont instead of
Python), and compared; the CSV is compared with the JSON, paging with the whole.
"""

from __future__ import annotations

import csv
import io
import json
import random
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from server_api.auth.service import create_account, issue_token
from server_api.models import (
    Kiosk,
    ModuleAnalyticsEvent,
    ModuleFeedback,
    ModuleProgress,
    Student,
    Team,
    University,
)
from server_api.timeutil import utcnow
from sync.rules.protocol import REPORT_ROWS
from tests.factories import PASSWORD, make_account, make_assignment, make_module
from tests.factories.shared_api import (
    SharedApi,
    bearer,
    cheap_password_hashing,
    make_token,
    shared_api,
)

pytestmark = pytest.mark.postgres

KINDS = ("compliance", "learning", "feedback", "comments", "devices", "teams")
TYPES = ("required", "optional", "recommended")
EVENT_TYPES = (
    "section_view",
    "section_complete",
    "pause",
    "hint_used",
    "retry",
    "error_encountered",
)
ANON_NAME = "Anonymous Commenter"


class World:
    def __init__(self, db: Session) -> None:
        rnd = random.Random(17)
        today = utcnow().date()
        for uid in ("gen", "far"):
            db.add(University(id=uid, name=uid.title()))
        db.flush()
        self.teams = [Team(name=f"Team {n}", university_id="gen", subsystem=n) for n in "ABC"]
        far_team = Team(name="Far team", university_id="far")
        db.add_all([*self.teams, far_team])
        db.flush()
        self.students: list[Student] = []
        for i in range(60):
            s = Student(
                id=f"gen-s{i:03d}",
                name=ANON_NAME if i == 7 else f"Student {i}",
                university_id="gen",
                team_id=self.teams[i % 3].id if i != 59 else None,  # one without a team
            )
            self.students.append(s)
        far_students = [
            Student(id=f"far-s{i}", name=f"Far {i}", university_id="far", team_id=far_team.id)
            for i in range(5)
        ]
        db.add_all([*self.students, *far_students])
        db.flush()
        self.modules = [
            make_module(db, university_id="gen", slug=f"gen-m{i:02d}", title=f"Gen {i}", sections=3)
            for i in range(10)
        ]
        draft = make_module(db, university_id="gen", slug="gen-draft", status="draft")
        far_modules = [
            make_module(db, university_id="far", slug=f"far-m{i}", title="Far") for i in range(2)
        ]

        def due() -> date | None:
            return rnd.choice(
                [
                    None,
                    today - timedelta(days=rnd.randint(1, 40)),
                    today + timedelta(days=rnd.randint(0, 40)),
                ]
            )

        for m in self.modules[:3]:  # university-wide, some overridden below
            make_assignment(
                db, m, university_id="gen", assignment_type=rnd.choice(TYPES), due_date=due()
            )
        for m in self.modules[1:7]:  # teams
            for team in rnd.sample(self.teams, rnd.randint(1, 2)):
                make_assignment(
                    db, m, team_id=team.id, assignment_type=rnd.choice(TYPES), due_date=due()
                )
        for m in [*self.modules[:2], *self.modules[6:]]:  # direct
            for s in rnd.sample(self.students, rnd.randint(5, 20)):
                make_assignment(
                    db, m, student_id=s.id, assignment_type=rnd.choice(TYPES), due_date=due()
                )
        make_assignment(db, draft, university_id="gen")
        for m in far_modules:
            make_assignment(db, m, university_id="far", due_date=today - timedelta(days=3))
        now = utcnow().replace(microsecond=0)
        statuses = [None, "not_started", "in_progress", "completed", "skipped"]
        for s in [*self.students, *far_students]:
            for m in [*self.modules, *far_modules]:
                if rnd.random() < 0.55:
                    status = rnd.choice(statuses)
                    legacy_done = status is None and rnd.random() < 0.3
                    db.add(
                        ModuleProgress(
                            module_id=m.id,
                            student_id=s.id,
                            status=status,
                            progress_percent=rnd.choice([None, 0, 20, 50, 100]),
                            current_section=rnd.choice([None, 1, 2, 3]),
                            started_at=rnd.choice([None, now - timedelta(days=rnd.randint(1, 30))]),
                            completed_at=(now - timedelta(hours=rnd.randint(1, 99)))
                            if status == "completed" or legacy_done
                            else None,
                            total_time_seconds=rnd.choice([None, rnd.randint(0, 5000)]),
                            pause_count=rnd.randint(0, 4),
                            hint_count=rnd.randint(0, 3),
                            retry_count=rnd.choice([None, rnd.randint(0, 3)]),
                            error_count=rnd.randint(0, 2),
                            mastery_score=rnd.choice([None, Decimal(rnd.randint(0, 100)) / 100]),
                        )
                    )
                if rnd.random() < 0.3:
                    db.add(
                        ModuleFeedback(
                            module_id=m.id,
                            student_id=s.id,
                            rating=rnd.choice([None, 1, 2, 3, 4, 5]),
                            difficulty_rating=rnd.choice([None, 1, 2, 3, 4, 5]),
                            comment=rnd.choice(
                                [None, "   ", f"comment by {s.id} on {m.module_id}"]
                            ),
                            is_anonymous=rnd.choice([None, False, True]),
                        )
                    )
                if rnd.random() < 0.2:
                    for _ in range(rnd.randint(1, 6)):
                        db.add(
                            ModuleAnalyticsEvent(
                                module_id=m.id,
                                student_id=s.id,
                                event_type=rnd.choice(EVENT_TYPES),
                                section_number=rnd.choice([None, 1, 2, 3]),
                                time_elapsed_seconds=rnd.choice([None, rnd.randint(1, 900)]),
                                pattern_detected=rnd.choice(
                                    [None, None, "rapid_guessing", "stuck"]
                                ),
                            )
                        )
        db.flush()
        # the anonymous commenter (named ANON_NAME) always comments anonymously
        db.execute(
            text(
                "UPDATE module_feedback SET is_anonymous = true, comment = 'secret words' "
                "WHERE student_id = 'gen-s007'"
            )
        )
        # Phase 3's detailed feedback on some rows, tags as another application wrote them
        db.execute(
            text(
                "UPDATE module_feedback SET engagement_rating = 1 + id % 5, "
                "clarity_rating = CASE WHEN id % 3 = 0 THEN NULL ELSE 1 + (id * 7) % 5 END, "
                'tags = CASE id % 5 WHEN 0 THEN \'["helpful", "fun"]\'::json '
                'WHEN 1 THEN \'["confusing", "confusing"]\'::json '
                'WHEN 2 THEN \'{"not": "a list"}\'::json ELSE NULL END'
            )
        )
        # devices: three students with device tokens, a kiosk
        for i in (1, 2, 3):
            account = create_account(
                db,
                email=f"dev{i}@gen.edu",
                password=PASSWORD,
                role="student",
                student_id=self.students[i].id,
                university_id="gen",
            )
            _token, row = issue_token(
                db, account, device_id=f"device-{i:04d}", device_name=f"Laptop {i}"
            )
            row.last_used_at = now - timedelta(days=i)
        db.add(
            Kiosk(
                name="Lab kiosk",
                university_id="gen",
                device_id="kiosk-dev-1",
                token_hash="0" * 64,
                last_sync_at=now,
                pending_events=4,
            )
        )
        db.add(
            Kiosk(
                name="Far kiosk", university_id="far", device_id="kiosk-dev-2", token_hash="1" * 64
            )
        )
        db.flush()
        faculty = make_account(db, "faculty", university_id="gen")
        far_faculty = make_account(db, "faculty", university_id="far")
        student = make_account(db, "student", university_id="gen", team_id=self.teams[0].id)
        self.faculty = bearer(make_token(db, faculty))
        self.far_faculty = bearer(make_token(db, far_faculty))
        self.student = bearer(make_token(db, student))
        self.admin = bearer(make_token(db, make_account(db, "admin")))
        db.commit()
        self.today = today


@pytest.fixture(scope="module")
def api(
    pg_template: str, tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config
) -> Iterator[SharedApi]:
    data_dir = Path(tmp_path_factory.mktemp("server"))
    with cheap_password_hashing(), shared_api(pg_template, data_dir, pytestconfig) as shared:
        yield shared


@pytest.fixture(scope="module")
def world(api: SharedApi) -> World:
    with cheap_password_hashing(), api.session() as db:
        w = World(db)
        excuse = [
            ("gen-s000", "gen-m00"),
            ("gen-s001", "gen-m01"),
            ("gen-s004", "gen-m03"),
            ("gen-s010", "gen-m05"),
            ("gen-s020", "gen-m08"),
            ("gen-s030", "gen-m02"),
        ]
        for sid, slug in excuse:
            resp = api.client.put(
                "/v1/assignments/excusals",
                headers=w.faculty,
                json={"student_id": sid, "module_id": slug, "reason": f"r-{sid}"},
            )
            assert resp.status_code == 201, resp.text
    return w


@pytest.fixture
def db(api: SharedApi) -> Iterator[Session]:
    with api.isolated() as session:
        yield session


def pages(
    api: SharedApi, headers: Any, kind: str, query: str = "", size: int = 500
) -> dict[str, Any]:
    """Every row of a report, page after page; the first page's total and as_of."""
    rows: list[dict[str, Any]] = []
    after = ""
    first: dict[str, Any] | None = None
    for _ in range(10_000):
        resp = api.client.get(f"/v1/reports/{kind}?page_size={size}{query}{after}", headers=headers)
        assert resp.status_code == 200, resp.text
        page = resp.json()
        first = first or page
        assert page["total"] == first["total"] and len(page["rows"]) <= size
        rows.extend(page["rows"])
        if page["next"] is None:
            break
        assert len(page["rows"]) == size
        after = f"&after={page['next']}"
    assert first is not None
    assert first["total"] == len(rows)
    return {"rows": rows, "total": first["total"]}


# --- the direct computations ---------------------------------------------------------------

EXPECTED_COMPLIANCE = """
SELECT DISTINCT ON (s.id, m.id)
  s.university_id, s.team_id, t.name AS team_name, s.id AS student_id, s.name AS student_name,
  m.module_id, m.title AS module_title, a.assignment_type, a.student_id AS a_student,
  a.team_id AS a_team, a.assigned_at, a.due_date, p.status AS p_status,
  p.progress_percent, p.started_at, p.completed_at, x.reason AS excuse_reason, p.mastery_score
FROM students s
JOIN module_assignments a ON a.student_id = s.id
  OR (a.student_id IS NULL AND a.team_id = s.team_id)
  OR (a.student_id IS NULL AND a.team_id IS NULL AND a.university_id = s.university_id)
JOIN modules m ON m.id = a.module_id
LEFT JOIN teams t ON t.id = s.team_id
LEFT JOIN module_progress p ON p.student_id = s.id AND p.module_id = m.id
LEFT JOIN assignment_excusals x ON x.student_id = s.id AND x.module_id = m.id
WHERE s.university_id = :u AND m.status = 'published' AND m.university_id = :u
ORDER BY s.id, m.id,
  CASE WHEN a.student_id IS NOT NULL THEN 0 WHEN a.team_id IS NOT NULL THEN 1 ELSE 2 END, a.id
"""


def expected_compliance(db: Session, today: date) -> dict[tuple[str, str], dict[str, Any]]:
    last: dict[str, datetime] = {}
    for sid, when in db.execute(
        text(
            "SELECT a.student_id, k.last_used_at FROM auth_tokens k JOIN accounts a "
            "ON a.id = k.account_id WHERE k.kind = 'device' UNION ALL "
            "SELECT student_id, received_at FROM module_analytics_events"
        )
    ):
        if sid is not None and when is not None:
            last[sid] = max(last.get(sid, when), when)
    out = {}
    for r in db.execute(text(EXPECTED_COMPLIANCE), {"u": "gen"}).mappings():
        done = r["p_status"] == "completed" or r["completed_at"] is not None
        if done:
            status = "completed"
        elif r["excuse_reason"] is not None:
            status = "excused"
        elif r["p_status"] == "skipped":
            status = "skipped"
        elif (
            r["p_status"] == "in_progress"
            or (r["progress_percent"] or 0) > 0
            or r["started_at"] is not None
        ):
            status = "in_progress"
        else:
            status = "not_started"
        due = r["due_date"]
        overdue = (
            (today - due).days
            if (
                due is not None
                and due < today
                and status not in ("completed", "skipped", "excused")
            )
            else None
        )
        via = "student" if r["a_student"] else "team" if r["a_team"] else "university"
        out[(r["student_id"], r["module_id"])] = {
            "university_id": r["university_id"],
            "team_id": r["team_id"],
            "team_name": r["team_name"],
            "student_id": r["student_id"],
            "student_name": r["student_name"],
            "module_id": r["module_id"],
            "module_title": r["module_title"],
            "assignment_type": r["assignment_type"],
            "assigned_via": via,
            "assigned_at": r["assigned_at"].isoformat(),
            "due_date": None if due is None else due.isoformat(),
            "status": status,
            "progress_percent": r["progress_percent"] or 0,
            "started_at": r["started_at"] and r["started_at"].isoformat(),
            "completed_at": r["completed_at"] and r["completed_at"].isoformat(),
            "overdue_days": overdue,
            "excuse_reason": r["excuse_reason"],
            "mastery_score": None if r["mastery_score"] is None else float(r["mastery_score"]),
            "last_sync_at": last[r["student_id"]].isoformat() if r["student_id"] in last else None,
        }
    return out


def test_compliance_is_every_figure_of_the_direct_computation(
    api: SharedApi, world: World, db: Session
) -> None:
    expected = expected_compliance(db, world.today)
    assert len(expected) > 300  # the generator made a real mix
    vias = {row["assigned_via"] for row in expected.values()}
    statuses = {row["status"] for row in expected.values()}
    assert vias == {"student", "team", "university"}
    assert statuses == {"not_started", "in_progress", "completed", "skipped", "excused"}
    assert any(row["overdue_days"] for row in expected.values())
    got = pages(api, world.faculty, "compliance", size=97)["rows"]
    keys = [(row["student_id"], row["module_id"]) for row in got]
    assert len(keys) == len(set(keys))
    assert dict(zip(keys, got, strict=True)) == expected
    assert keys == sorted(keys, key=lambda k: (k[0], k[1]))


@pytest.mark.parametrize(
    "query",
    [
        "&module=gen-m01",
        "&team_id={team}",
        "&assignment_type=optional",
        "&due_before={today}",
        "&due_after={today}",
        "&due_after={early}&due_before={late}",
        "&status=not_started",
        "&status=in_progress",
        "&status=completed",
        "&status=skipped",
        "&status=excused",
        "&status=overdue",
        "&module=gen-m00&status=overdue&team_id={team}",
    ],
)
def test_compliance_filters_match_the_direct_computation(
    api: SharedApi, world: World, db: Session, query: str
) -> None:
    today = world.today
    early, late = today - timedelta(days=10), today + timedelta(days=10)
    team = world.teams[1].id
    query = query.format(team=team, today=today, early=early, late=late)
    params = dict(p.split("=") for p in query.strip("&").split("&"))

    def keep(row: dict[str, Any]) -> bool:
        due = row["due_date"]
        checks: dict[str, Callable[[str], bool]] = {
            "module": lambda v: row["module_id"] == v,
            "team_id": lambda v: row["team_id"] == int(v),
            "assignment_type": lambda v: row["assignment_type"] == v,
            "due_before": lambda v: due is not None and due <= v,
            "due_after": lambda v: due is not None and due >= v,
            "status": lambda v: (
                row["overdue_days"] is not None if v == "overdue" else row["status"] == v
            ),
        }
        return all(checks[k](v) for k, v in params.items())

    expected = [r for r in expected_compliance(db, today).values() if keep(r)]
    got = pages(api, world.faculty, "compliance", query, size=50)
    assert sorted(got["rows"], key=lambda r: (r["student_id"], r["module_id"])) == sorted(
        expected, key=lambda r: (r["student_id"], r["module_id"])
    )
    assert expected or query == "&module=gen-m00&status=overdue&team_id=" + str(team)


EXPECTED_LEARNING_MODULES = """
WITH p AS (
  SELECT p.*, (p.status = 'completed' OR p.completed_at IS NOT NULL) AS done,
    (p.status IN ('completed', 'in_progress') OR p.completed_at IS NOT NULL
     OR COALESCE(p.progress_percent, 0) > 0 OR p.started_at IS NOT NULL) AS began
  FROM module_progress p JOIN students s ON s.id = p.student_id WHERE s.university_id = 'gen'
)
SELECT m.module_id,
  COUNT(*) FILTER (WHERE began) AS started, COUNT(*) FILTER (WHERE done) AS completed,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY total_time_seconds) FILTER (WHERE began) AS med,
  percentile_cont(0.25) WITHIN GROUP (ORDER BY total_time_seconds) FILTER (WHERE began) AS p25,
  percentile_cont(0.75) WITHIN GROUP (ORDER BY total_time_seconds) FILTER (WHERE began) AS p75,
  COALESCE(SUM(pause_count), 0) AS pauses, COALESCE(SUM(hint_count), 0) AS hints,
  COALESCE(SUM(retry_count), 0) AS retries, COALESCE(SUM(error_count), 0) AS errors,
  AVG(mastery_score) AS mastery,
  ARRAY[1, 2, 3, 4, 5] AS bins,
  array_agg(LEAST(5, GREATEST(1, width_bucket(mastery_score, 0, 1, 5))))
    FILTER (WHERE mastery_score IS NOT NULL) AS buckets
FROM modules m LEFT JOIN p ON p.module_id = m.id
WHERE m.university_id = 'gen' GROUP BY m.module_id
"""

EXPECTED_LEARNING_SECTIONS = """
WITH e AS (
  SELECT e.* FROM module_analytics_events e JOIN students s ON s.id = e.student_id
  WHERE s.university_id = 'gen' AND e.section_number IS NOT NULL
), per_student AS (
  SELECT module_id, section_number, student_id, MAX(time_elapsed_seconds) AS t
  FROM e GROUP BY 1, 2, 3
)
SELECT m.module_id, e.section_number,
  COUNT(DISTINCT e.student_id) AS started,
  COUNT(DISTINCT e.student_id) FILTER (WHERE e.event_type = 'section_complete') AS completed,
  COUNT(*) FILTER (WHERE e.event_type = 'pause') AS pauses,
  COUNT(*) FILTER (WHERE e.event_type = 'hint_used') AS hints,
  COUNT(*) FILTER (WHERE e.event_type = 'retry') AS retries,
  COUNT(*) FILTER (WHERE e.event_type = 'error_encountered') AS errors,
  (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY t) FROM per_student ps
   WHERE ps.module_id = m.id AND ps.section_number = e.section_number) AS med
FROM e JOIN modules m ON m.id = e.module_id GROUP BY m.id, m.module_id, e.section_number
"""


def test_learning_is_every_figure_of_the_direct_computation(
    api: SharedApi, world: World, db: Session
) -> None:
    got = pages(api, world.faculty, "learning", size=7)["rows"]
    # faculty see their university's drafts too (as everywhere else)
    assert [r["module_id"] for r in got if r["section_number"] is None] == sorted(
        ["gen-draft", *(f"gen-m{i:02d}" for i in range(10))]
    )
    by_key = {(r["module_id"], r["section_number"]): r for r in got}
    assert len(by_key) == len(got)

    def close(a: Any, b: Any) -> bool:
        return (a is None and b is None) or (
            a is not None and b is not None and abs(float(a) - float(b)) < 1e-9
        )

    for r in db.execute(text(EXPECTED_LEARNING_MODULES)).mappings():
        row = by_key[(r["module_id"], None)]
        assert row["students_started"] == r["started"]
        assert row["students_completed"] == r["completed"]
        assert row["students_stopped_here"] == r["started"] - r["completed"]
        for field, col in (
            ("time_median_seconds", "med"),
            ("time_p25_seconds", "p25"),
            ("time_p75_seconds", "p75"),
            ("mastery_mean", "mastery"),
        ):
            assert close(row[field], r[col]), (r["module_id"], field, row[field], r[col])
        buckets = r["buckets"] or []
        assert row["mastery_counts"] == [buckets.count(b) for b in r["bins"]]
        assert (row["pauses"], row["hints"], row["retries"], row["errors"]) == (
            r["pauses"],
            r["hints"],
            r["retries"],
            r["errors"],
        )
    stopped: dict[str, int] = dict(
        db.execute(
            text(
                "SELECT m.module_id || ':' || p.current_section, COUNT(*) FROM module_progress p "
                "JOIN modules m ON m.id = p.module_id JOIN students s ON s.id = p.student_id "
                "WHERE s.university_id = 'gen' AND p.current_section IS NOT NULL "
                "AND NOT (p.status = 'completed' OR p.completed_at IS NOT NULL) "
                "AND (p.status = 'in_progress' OR COALESCE(p.progress_percent, 0) > 0 "
                "OR p.started_at IS NOT NULL) GROUP BY 1"
            )
        ).all()
    )
    sections = {
        (r["module_id"], r["section_number"]): r
        for r in db.execute(text(EXPECTED_LEARNING_SECTIONS)).mappings()
    }
    for (slug, number), row in by_key.items():
        if number is None:
            continue
        found = sections.get((slug, number))
        assert row["students_stopped_here"] == stopped.get(f"{slug}:{number}", 0)
        if found is None:
            assert row["students_started"] == 0 and row["pauses"] == 0
            continue
        r = found
        assert (row["students_started"], row["students_completed"]) == (
            r["started"],
            r["completed"],
        )
        assert (row["pauses"], row["hints"], row["retries"], row["errors"]) == (
            r["pauses"],
            r["hints"],
            r["retries"],
            r["errors"],
        )
        assert close(row["time_median_seconds"], r["med"])
    signals = {
        (s, p): n
        for s, p, n in db.execute(
            text(
                "SELECT m.module_id, e.pattern_detected, COUNT(*) FROM module_analytics_events e "
                "JOIN modules m ON m.id = e.module_id JOIN students s ON s.id = e.student_id "
                "WHERE s.university_id = 'gen' AND m.university_id = 'gen' "
                "AND e.pattern_detected IS NOT NULL GROUP BY 1, 2"
            )
        )
    }
    assert signals
    for (slug, pattern), n in signals.items():
        assert by_key[(slug, None)]["signals"][pattern] == n


def test_feedback_and_comments_match_the_direct_computation(
    api: SharedApi, world: World, db: Session
) -> None:
    got = {r["module_id"]: r for r in pages(api, world.faculty, "feedback", size=3)["rows"]}
    expected = (
        db.execute(
            text(
                "SELECT m.module_id, COUNT(*) AS n, AVG(f.rating) AS rating, "
                "AVG(f.difficulty_rating) AS d, "
                + ", ".join(f"COUNT(*) FILTER (WHERE f.rating = {v}) AS r{v}" for v in range(1, 6))
                + ", "
                + ", ".join(
                    f"COUNT(*) FILTER (WHERE f.difficulty_rating = {v}) AS d{v}"
                    for v in range(1, 6)
                )
                + ", COUNT(*) FILTER (WHERE btrim(coalesce(f.comment, '')) <> '') AS comments, "
                "AVG(f.engagement_rating) AS e, AVG(f.clarity_rating) AS c, "
                "COUNT(*) FILTER (WHERE f.id % 5 = 0 AND f.tags IS NOT NULL) AS helpful, "
                "COUNT(*) FILTER (WHERE f.id % 5 = 0 AND f.tags IS NOT NULL) AS fun, "
                "COUNT(*) FILTER (WHERE f.id % 5 = 1 AND f.tags IS NOT NULL) AS conf "
                "FROM module_feedback f JOIN modules m ON m.id = f.module_id "
                "JOIN students s ON s.id = f.student_id WHERE s.university_id = 'gen' "
                "AND m.university_id = 'gen' GROUP BY 1"
            )
        )
        .mappings()
        .all()
    )
    assert set(got) == {r["module_id"] for r in expected}
    for r in expected:
        row = got[r["module_id"]]
        assert row["responses"] == r["n"]
        assert row["rating_counts"] == [r[f"r{v}"] for v in range(1, 6)]
        assert row["difficulty_counts"] == [r[f"d{v}"] for v in range(1, 6)]
        assert row["comments"] == r["comments"]
        assert abs(row["rating_mean"] - float(r["rating"])) < 1e-9
        assert abs(row["difficulty_mean"] - float(r["d"])) < 1e-9
        assert abs(row["engagement_mean"] - float(r["e"])) < 1e-9
        assert (row["clarity_mean"] is None) == (r["c"] is None)
        if r["c"] is not None:
            assert abs(row["clarity_mean"] - float(r["c"])) < 1e-9
        assert row["tag_counts"] == {
            t: n
            for t, n in (("helpful", r["helpful"]), ("fun", r["fun"]), ("confusing", r["conf"]))
            if n
        }
    comments = pages(api, world.faculty, "comments", size=11)["rows"]
    expected_comments = db.execute(
        text(
            "SELECT m.module_id, f.comment, coalesce(f.is_anonymous, false) AS anon, s.id, s.name, "
            "t.name AS team FROM module_feedback f JOIN modules m ON m.id = f.module_id "
            "JOIN students s ON s.id = f.student_id LEFT JOIN teams t ON t.id = s.team_id "
            "WHERE s.university_id = 'gen' AND m.university_id = 'gen' "
            "AND btrim(coalesce(f.comment, '')) <> '' "
            "ORDER BY m.module_id, f.id"
        )
    ).all()
    assert [(c["module_id"], c["comment"], c["anonymous"]) for c in comments] == [
        (slug, comment, anon) for slug, comment, anon, *_ in expected_comments
    ]
    for c, (_slug, _comment, anon, sid, name, team) in zip(
        comments, expected_comments, strict=True
    ):
        assert (c["student_id"], c["student_name"], c["team_name"]) == (
            (None, None, None) if anon else (sid, name, team)
        )
    assert any(c["anonymous"] for c in comments) and not all(c["anonymous"] for c in comments)


def test_anonymous_feedback_carries_no_identity_in_json_or_csv(
    api: SharedApi, world: World
) -> None:
    for kind in ("feedback", "comments"):
        for query in ("", "?format=csv"):
            resp = api.client.get(f"/v1/reports/{kind}{query}", headers=world.faculty)
            assert resp.status_code == 200
            assert "secret words" in resp.text or kind == "feedback"
            assert "gen-s007" not in resp.text and ANON_NAME not in resp.text


def test_devices_report(api: SharedApi, world: World, db: Session) -> None:
    rows = pages(api, world.faculty, "devices", size=4)["rows"]
    kiosks = [r for r in rows if r["kind"] == "kiosk"]
    assert [(k["name"], k["device_id"], k["events_waiting"]) for k in kiosks] == [
        ("Lab kiosk", "kiosk-dev-1", 4)
    ]
    students = {r["student_id"]: r for r in rows if r["kind"] == "student"}
    gen_ids = set(db.execute(text("SELECT id FROM students WHERE university_id = 'gen'")).scalars())
    assert set(students) == gen_ids
    assert students["gen-s002"]["device_id"] == "device-0002"
    assert students["gen-s002"]["name"] == "Laptop 2"
    compliance = expected_compliance(db, world.today)
    for (sid, _slug), row in compliance.items():
        assert students[sid]["last_sync_at"] == row["last_sync_at"]


def test_teams_report(api: SharedApi, world: World, db: Session) -> None:
    """Every team of the university with its head count, whether or not anything is
    assigned to it (what the assignment dialog offers)."""
    rows = pages(api, world.faculty, "teams", size=2)["rows"]
    expected = db.execute(
        text(
            "SELECT t.id, t.name, t.subsystem, count(s.id) FROM teams t "
            "LEFT JOIN students s ON s.team_id = t.id WHERE t.university_id = 'gen' "
            "GROUP BY t.id ORDER BY t.id"
        )
    ).all()
    assert [(r["team_id"], r["team_name"], r["subsystem"], r["students"]) for r in rows] == [
        tuple(e) for e in expected
    ]
    assert len(rows) == 3 and all(r["university_id"] == "gen" for r in rows)


@pytest.mark.parametrize("kind", KINDS)
def test_csv_is_the_json(api: SharedApi, world: World, kind: str) -> None:
    rows = pages(api, world.faculty, kind, size=5000)["rows"]
    for how in ({"params": {"format": "csv"}}, {"headers": {"Accept": "text/csv"}}):
        headers = {**world.faculty, **how.get("headers", {})}
        resp = api.client.get(f"/v1/reports/{kind}", params=how.get("params"), headers=headers)
        assert resp.status_code == 200
        assert resp.headers["content-type"].startswith("text/csv")
        table = list(csv.reader(io.StringIO(resp.text)))
        assert table[0] == list(REPORT_ROWS[kind].model_fields)
        assert len(table) - 1 == len(rows)

        def cell(v: Any) -> str:
            if v is None:
                return ""
            return v if isinstance(v, str) else json.dumps(v, separators=(",", ":"))

        for line, row in zip(table[1:], rows, strict=True):
            assert line == [cell(row[name]) for name in table[0]]


@pytest.mark.parametrize("kind", KINDS)
def test_scope_other_university_sees_nothing_of_it(api: SharedApi, world: World, kind: str) -> None:
    far = pages(api, world.far_faculty, kind)["rows"]
    assert "gen-" not in json.dumps(far) and "Lab kiosk" not in json.dumps(far)
    resp = api.client.get(f"/v1/reports/{kind}?format=csv", headers=world.far_faculty)
    assert "gen-" not in resp.text
    mine = pages(api, world.faculty, kind)["rows"]
    assert "far-" not in json.dumps(mine) and "Far kiosk" not in json.dumps(mine)
    resp = api.client.get(f"/v1/reports/{kind}?university_id=gen", headers=world.far_faculty)
    assert resp.status_code == 404
    assert api.client.get(f"/v1/reports/{kind}", headers=world.student).status_code == 403
    everything = pages(api, world.admin, kind)
    only_gen = pages(api, world.admin, kind, "&university_id=gen")
    if kind != "learning" and kind != "feedback" and kind != "comments":
        assert only_gen["rows"] == mine
    assert everything["total"] >= only_gen["total"]


@pytest.mark.parametrize("size", [1, 13, 500, 5000])
def test_paging_covers_every_row_exactly_once(api: SharedApi, world: World, size: int) -> None:
    whole = pages(api, world.faculty, "compliance", size=5000)["rows"]
    paged = pages(api, world.faculty, "compliance", size=size)["rows"]
    assert paged == whole
    if size <= 13:
        for kind in ("learning", "comments", "devices"):
            assert (
                pages(api, world.faculty, kind, size=size)["rows"]
                == pages(api, world.faculty, kind, size=5000)["rows"]
            )


@pytest.mark.parametrize(
    ("query", "status", "says"),
    [
        ("compliance?page_size=0", 422, "page_size"),
        ("compliance?page_size=5001", 422, "page_size"),
        ("compliance?page_size=ten", 422, "page_size"),
        ("compliance?after=not-a-key", 400, "after"),
        ("compliance?after=" + "A" * 3000, 422, "after"),
        ("compliance?after=W1siYSJdLDFd", 400, "after"),  # a feedback key
        ("devices?after=W1sia2lvc2siLCJ4Il0sMV0", 400, "after"),  # ["kiosk","x"]
        # keys whose integers pass 64 bits: a section number, a team id, a total
        ("learning?after=W1siZ2VuLW0wMCIsMTg0NDY3NDQwNzM3MDk1NTE2MTZdLDFd", 400, "after"),
        ("teams?after=W1sxMTgwNTkxNjIwNzE3NDExMzAzNDI0XSwzXQ", 400, "after"),
        ("teams?after=W1sxXSwxODQ0Njc0NDA3MzcwOTU1MTYxNl0", 400, "after"),
        ("compliance?status=lost", 422, "status"),
        ("compliance?due_before=2024-13-01", 422, "due_before"),
        ("compliance?due_after=2030-01-02&due_before=2030-01-01", 400, "due_after"),
        ("devices?module=gen-m01", 400, "module"),
        ("feedback?status=completed", 400, "status"),
        ("compliance?module=no-such", 404, "no module"),
        ("compliance?module=far-m0", 404, "no module"),
        ("compliance?team_id=999999", 404, "no team"),
        ("compliance?university_id=far", 404, "no university"),
        ("everything", 422, "kind"),
        ("compliance?format=xml", 422, "format"),
        ("compliance?format=csv&after=W1siYSIsImIiXSwxXQ", 400, "after"),
    ],
)
def test_bad_parameters_are_one_line_4xx(
    api: SharedApi, world: World, query: str, status: int, says: str
) -> None:
    resp = api.client.get(f"/v1/reports/{query}", headers=world.faculty)
    assert resp.status_code == status, resp.text
    message = resp.json()["error"]["message"]
    assert says in message and "\n" not in message


def test_excusal_bumps_sync_scopes_and_shows_in_the_report(
    api: SharedApi, world: World, db: Session
) -> None:
    # one outer transaction here (one change sequence): forget the scopes, see them marked
    db.execute(
        text("DELETE FROM sync_scopes WHERE scope IN ('student:gen-s005', 'university:gen')")
    )
    body = {"student_id": "gen-s005", "module_id": "gen-m09", "reason": "broken wrist"}
    resp = api.client.put("/v1/assignments/excusals", json=body, headers=world.faculty)
    assert resp.status_code == 201, resp.text
    seq = db.execute(
        text("SELECT change_seq FROM assignment_excusals WHERE student_id = 'gen-s005'")
    ).scalar_one()
    marked: dict[str, int] = dict(db.execute(text("SELECT scope, last_seq FROM sync_scopes")).all())
    assert seq > 0
    assert marked["student:gen-s005"] == seq and marked["university:gen"] == seq
    body["reason"] = "still broken"
    assert (
        api.client.put("/v1/assignments/excusals", json=body, headers=world.faculty).status_code
        == 200
    )
    reason = db.execute(
        text(
            "SELECT reason FROM assignment_excusals x JOIN modules m ON m.id = x.module_id "
            "WHERE x.student_id = 'gen-s005' AND m.module_id = 'gen-m09'"
        )
    ).scalar_one()
    assert reason == "still broken"
    rows = pages(api, world.faculty, "compliance", "&module=gen-m09")["rows"]
    mine = [r for r in rows if r["student_id"] == "gen-s005"]
    if mine and mine[0]["status"] != "completed":
        assert mine[0]["status"] == "excused" and mine[0]["excuse_reason"] == "still broken"
    url = "/v1/assignments/excusals?student_id=gen-s005&module=gen-m09"
    assert api.client.delete(url, headers=world.faculty).status_code == 204
    assert api.client.delete(url, headers=world.faculty).status_code == 404
    for bad in (
        {**body, "reason": ""},
        {**body, "reason": "x" * 501},
        {**body, "module_id": "BAD"},
        {"student_id": "gen-s005"},
    ):
        resp = api.client.put("/v1/assignments/excusals", json=bad, headers=world.faculty)
        assert resp.status_code == 422, resp.text
    resp = api.client.put(
        "/v1/assignments/excusals", headers=world.far_faculty, json={**body, "reason": "x"}
    )
    assert resp.status_code == 404


def test_patch_assignment_changes_type_and_due_date(
    api: SharedApi, world: World, db: Session
) -> None:
    aid = db.execute(
        text(
            "SELECT a.id FROM module_assignments a JOIN modules m ON m.id = a.module_id "
            "WHERE m.module_id = 'gen-m00' AND a.student_id IS NULL AND a.team_id IS NULL"
        )
    ).scalar_one()
    url = f"/v1/assignments/{aid}"
    resp = api.client.patch(
        url, json={"assignment_type": "optional", "due_date": "2031-05-01"}, headers=world.faculty
    )
    assert resp.status_code == 200, resp.text
    assert (resp.json()["assignment_type"], resp.json()["due_date"]) == ("optional", "2031-05-01")
    resp = api.client.patch(url, json={"clear_due_date": True}, headers=world.faculty)
    assert resp.json()["due_date"] is None and resp.json()["assignment_type"] == "optional"
    for bad, status in (
        ({}, 400),
        ({"due_date": "2031-01-01", "clear_due_date": True}, 400),
        ({"assignment_type": "mandatory"}, 422),
        ({"due_date": "soon"}, 422),
    ):
        resp = api.client.patch(url, json=bad, headers=world.faculty)
        assert resp.status_code == status, resp.text
    assert (
        api.client.patch(url, json={"clear_due_date": True}, headers=world.far_faculty).status_code
        == 404
    )
    assert (
        api.client.patch(
            "/v1/assignments/99999999", json={"clear_due_date": True}, headers=world.faculty
        ).status_code
        == 404
    )
