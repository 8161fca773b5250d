"""How fast the server answers the compliance report (issue 17), on PostgreSQL.

Arranges a university in a fresh database with plain SQL (generate_series): ``--students``
students in 20 teams, ``--modules`` published modules of three sections, assignments of
every kind (university-wide, team and direct ones overriding them, due dates past and
future), progress rows for about 60 % of the assigned pairs, feedback, excusals, and
``--events`` analytics events (default 1,000,000; ``--events 10000000`` for the issue's
figure). Then serves it with the real server (``frames-server serve``, uvicorn) and, as a
faculty member over HTTP:

* ``first_page``: the first page of the compliance report (with its total counted),
* ``next_page``: following pages (keyset ``after``), spread over the whole report,
* ``csv``: the whole report as streamed CSV, once.

Times are measured by the client on the same machine (so they include the loopback trip).
The last line is JSON: ``{"students": ..., "modules": ..., "events": ..., "rows": ...,
"first_page_p50_ms": ..., "first_page_p95_ms": ..., "page_p50_ms": ..., "page_p95_ms": ...,
"csv_s": ..., "csv_mb": ...}``. Target: page p95 < 300 ms. The database is dropped at the
end unless ``--keep``.

    python benchmarks/reports.py [--students 5000] [--modules 50] [--events 1000000] [--keep]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _common import free_port, percentile  # noqa: E402 - benchmarks/ is on sys.path

ARRANGE = """
INSERT INTO universities (id, name) VALUES ('bench', 'Bench University');
INSERT INTO teams (name, university_id, subsystem)
  SELECT 'Team ' || t, 'bench', 'S' || t FROM generate_series(1, 20) t;
INSERT INTO students (id, name, email, university_id, team_id, role, student_number)
  SELECT 'bs-' || lpad(s::text, 6, '0'), 'Student ' || s, 's' || s || '@bench.edu', 'bench',
    (SELECT min(id) FROM teams) + (s % 20), 'student', 'N' || s
  FROM generate_series(1, {students}) s;
INSERT INTO modules (module_id, title, university_id, status, published_at)
  SELECT 'bench-m' || lpad(m::text, 3, '0'), 'Module ' || m, 'bench', 'published', now()
  FROM generate_series(1, {modules}) m;
INSERT INTO module_sections (module_id, section_number, section_type, title, content)
  SELECT m.id, n, 'text', 'Part ' || n, 'Text' FROM modules m, generate_series(1, 3) n;
-- every fifth module to the whole university
INSERT INTO module_assignments (module_id, university_id, assignment_type, due_date, assigned_at)
  SELECT id, 'bench', 'required', current_date + ((id % 60) - 30), now()
  FROM modules WHERE id % 5 = 0;
-- modules to some teams (also overriding university-wide ones)
INSERT INTO module_assignments (module_id, team_id, university_id, assignment_type, due_date,
                                assigned_at)
  SELECT m.id, t.id, 'bench', CASE WHEN (m.id + t.id) % 3 = 0 THEN 'optional' ELSE 'required' END,
    current_date + (((m.id * 7 + t.id) % 50) - 25), now()
  FROM modules m JOIN teams t ON (m.id + t.id) % 4 = 0 WHERE m.id % 5 IN (0, 1, 2);
-- direct assignments: a fifth of the students for the other modules
INSERT INTO module_assignments (module_id, student_id, university_id, assignment_type, due_date,
                                assigned_at)
  SELECT m.id, s.id, 'bench', 'required', current_date + ((hashtext(s.id) + m.id) % 40 - 20),
    now()
  FROM modules m JOIN students s ON (hashtext(s.id) + m.id) % 5 = 0 WHERE m.id % 5 IN (3, 4);
INSERT INTO module_progress (module_id, student_id, status, progress_percent, current_section,
  started_at, completed_at, total_time_seconds, pause_count, hint_count, mastery_score)
  SELECT m.id, s.id, (ARRAY['in_progress', 'completed', 'not_started', 'skipped'])[1 + r % 4],
    (r % 5) * 25, 1 + r % 3, now() - interval '10 days',
    CASE WHEN r % 4 = 1 THEN now() - interval '2 days' END, r % 3600, r % 4, r % 3,
    (r % 100) / 100.0
  FROM modules m CROSS JOIN students s
  CROSS JOIN LATERAL (SELECT abs(hashtext(s.id || m.id)) AS r) h
  WHERE h.r % 10 < 6;
INSERT INTO module_feedback (module_id, student_id, rating, difficulty_rating, comment,
                             is_anonymous)
  SELECT module_id, student_id, 1 + id % 5, 1 + id % 4,
    CASE WHEN id % 7 = 0 THEN 'comment ' || id END, id % 3 = 0
  FROM module_progress WHERE id % 6 = 0;
INSERT INTO assignment_excusals (student_id, module_id, reason, excused_at)
  SELECT student_id, module_id, 'bench', now() FROM module_progress WHERE id % 97 = 0;
"""

EVENTS = """
INSERT INTO module_analytics_events (module_id, student_id, event_type, section_number,
  time_elapsed_seconds, timestamp, received_at, change_seq)
  SELECT (SELECT min(id) FROM modules) + (g % {modules}),
    'bs-' || lpad((1 + (g / {modules}) % {students})::text, 6, '0'),
    (ARRAY['section_view', 'section_complete', 'pause', 'hint_used'])[1 + g % 4],
    1 + g % 3, g % 600, now() - (g % 1000) * interval '1 minute',
    now() - (g % 1000) * interval '1 minute', g
  FROM generate_series({lo}, {hi}) g;
"""


def _fill(sql: str, numbers: dict[str, int]) -> Any:
    """The SQL with its {name} placeholders replaced by these integers."""
    for key, value in numbers.items():
        sql = sql.replace("{" + key + "}", str(int(value)))
    return sql


def arrange(url: str, students: int, modules: int, events: int) -> str:
    """Build the university; returns a faculty member's session token."""
    import psycopg
    from sqlalchemy.orm import Session

    from server_api.auth.service import create_account, issue_token
    from server_api.config import parse_database_url
    from server_api.db import make_engine
    from server_api.migrate import migrate

    engine = make_engine(parse_database_url(url))
    migrate(engine)
    conninfo = url.replace("postgresql+psycopg://", "postgresql://")
    params = {"students": students, "modules": modules}
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(_fill(ARRANGE, params))
        step = 1_000_000
        for lo in range(0, events, step):
            hi = min(events, lo + step) - 1
            conn.execute(_fill(EVENTS, {**params, "lo": lo, "hi": hi}))
        conn.execute("VACUUM ANALYZE")
    with Session(engine) as session:
        account = create_account(
            session,
            email="faculty@bench.edu",
            password="bench-password-1",
            role="faculty",
            university_id="bench",
        )
        token, _row = issue_token(session, account, device_id=None, device_name=None)
        session.commit()
    engine.dispose()
    return token


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=5000)
    parser.add_argument("--modules", type=int, default=50)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--pages", type=int, default=40, help="pages timed (each kind)")
    parser.add_argument("--page-size", type=int, default=500)
    parser.add_argument("--pg-url", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--server-log", default=os.devnull)
    args = parser.parse_args()

    import httpx
    import psycopg

    name = f"rbench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(args.pg_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = args.pg_url.rsplit("/", 1)[0] + f"/{name}"
    server = None
    try:
        t = time.perf_counter()
        token = arrange(url, args.students, args.modules, args.events)
        print(f"arranged in {time.perf_counter() - t:.1f} s", flush=True)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        log = open(args.server_log, "w")  # noqa: SIM115 - open while the server runs
        server = subprocess.Popen(
            [
                sys.executable, "-m", "server_api.cli", "serve", "--database-url", url,
                "--port", str(port), "--log-level", "error",
            ],
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        for _ in range(600):
            try:
                httpx.get(f"{base}/health", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        headers = {"Authorization": f"Bearer {token}"}
        path = f"{base}/v1/reports/compliance?page_size={args.page_size}"
        with httpx.Client(headers=headers, timeout=120) as client:
            client.get(path).raise_for_status()  # warm
            first: list[float] = []
            for _ in range(args.pages):
                t = time.perf_counter()
                resp = client.get(path)
                first.append(time.perf_counter() - t)
                resp.raise_for_status()
            total = resp.json()["total"]
            # keys spread over the report: walk it once, keep every page's key
            keys: list[str] = []
            page = resp.json()
            while page["next"] is not None:
                keys.append(page["next"])
                page = client.get(f"{path}&after={page['next']}").json()
            step = max(1, len(keys) // args.pages)
            later: list[float] = []
            for key in keys[::step][: args.pages]:
                t = time.perf_counter()
                client.get(f"{path}&after={key}").raise_for_status()
                later.append(time.perf_counter() - t)
            t = time.perf_counter()
            size = 0
            with client.stream("GET", f"{base}/v1/reports/compliance?format=csv") as stream:
                stream.raise_for_status()
                for chunk in stream.iter_bytes():
                    size += len(chunk)
            csv_s = time.perf_counter() - t
        figures: dict[str, Any] = {
            "students": args.students,
            "modules": args.modules,
            "events": args.events,
            "rows": total,
            "page_size": args.page_size,
            "first_page_p50_ms": round(statistics.median(first) * 1000, 1),
            "first_page_p95_ms": round(percentile(first, 95) * 1000, 1),
            "page_p50_ms": round(statistics.median(later) * 1000, 1) if later else None,
            "page_p95_ms": round(percentile(later, 95) * 1000, 1) if later else None,
            "csv_s": round(csv_s, 2),
            "csv_mb": round(size / 1e6, 1),
            "target_page_p95_ms": 300,
        }
        print(json.dumps(figures), flush=True)
    finally:
        if server is not None:
            server.terminate()
            server.wait(30)
        if not args.keep:
            with psycopg.connect(args.pg_url, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        else:
            print(f"kept database {url}", flush=True)


if __name__ == "__main__":
    main()
