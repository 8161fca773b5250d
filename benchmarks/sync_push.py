"""End-to-end sync throughput, against a plain COPY of the same rows.

    python benchmarks/sync_push.py --events 100000 [--workers 1] [--pg-url URL]

1. Makes a fresh PostgreSQL database (dropped at the end), migrates it, and arranges a
   university, a student and 500 modules x 20 sections assigned to the student.
2. Starts the real server (``frames-server serve``, uvicorn) on 127.0.0.1.
3. Signs a fresh local store in and times the initial pull of the 500 modules.
4. Records N realistic events in the local store (a student working through modules:
   views, scrolls, clicks, heartbeats, pauses, completions, checklist ticks), timing each
   ``record_event`` call.
5. Pushes them all through the HTTP API (the real engine) and times it.
6. Times a sync round with nothing to send (median of 20).
7. In the same database, times a plain ``COPY`` of the same rows (fresh uuids) into
   ``module_analytics_events``, which has the same indexes and constraints.

The last line is JSON with every figure.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import psycopg  # noqa: E402
from _common import free_port, percentile  # noqa: E402 - benchmarks/ is on sys.path
from sqlalchemy.orm import Session  # noqa: E402

from local_store import LocalStore  # noqa: E402
from server_api.auth.service import create_account  # noqa: E402
from server_api.config import parse_database_url  # noqa: E402
from server_api.db import make_engine  # noqa: E402
from server_api.migrate import migrate  # noqa: E402
from server_api.models import Module, ModuleAssignment, ModuleSection, University  # noqa: E402
from sync.client.cli import sign_in  # noqa: E402
from sync.client.engine import SyncEngine  # noqa: E402

PASSWORD = "benchmark-password"
MODULES, SECTIONS = 500, 20


def arrange(url: str) -> str:
    engine = make_engine(parse_database_url(url))
    migrate(engine)
    with Session(engine) as session, session.begin():
        session.add(University(id="bench-u", name="Benchmark University"))
        session.flush()
        account = create_account(
            session,
            email="student@bench.edu",
            password=PASSWORD,
            role="student",
            university_id="bench-u",
            display_name="Bench",
        )
        student_id = account.student_id
        modules = [
            Module(
                module_id=f"module-{i:03d}",
                title=f"Module {i}",
                category="Technical",
                university_id="bench-u",
                status="published",
                published_at=datetime(2026, 1, 1),
                tags=["lab"],
            )
            for i in range(MODULES)
        ]
        session.add_all(modules)
        session.flush()
        session.add_all(
            ModuleSection(
                module_id=m.id,
                section_number=n,
                section_type="text",
                title=f"Part {n}",
                content=f"# Part {n}\n\n" + "Lorem text. " * 40,
            )
            for m in modules
            for n in range(1, SECTIONS + 1)
        )
        session.add(ModuleAssignment(module_id=modules[0].id, university_id="bench-u"))
        session.add_all(
            ModuleAssignment(module_id=m.id, student_id=student_id) for m in modules[1:]
        )
    engine.dispose()
    assert student_id is not None
    return student_id


def record_events(store: LocalStore, owner: str, n: int, rng: random.Random) -> list[float]:
    """A student working through modules in order, ~200 events per module."""
    timings: list[float] = []
    t = datetime(2026, 11, 2, 8, 0, 0)
    module = 0
    section = 1
    session = uuid.uuid4().hex

    def rec(event_type: str, section_number: int | None, data: object = None) -> None:
        nonlocal t
        if len(timings) >= n:
            return
        t += timedelta(seconds=rng.uniform(0.5, 6))
        start = time.perf_counter()
        store.record_event(
            owner=owner,
            module_id=f"module-{module:03d}",
            event_type=event_type,
            section_number=section_number,
            event_data=data,
            session_id=session,
            device_type="desktop",
            client_ts=t,
            time_elapsed_seconds=0,
        )
        timings.append((time.perf_counter() - start) * 1000)

    rec("module_start", 1)
    while len(timings) < n:
        rec("section_view", section)
        for _ in range(rng.randint(4, 10)):
            kind = rng.choices(("scroll", "click", "heartbeat", "input"), (5, 2, 3, 1))[0]
            rec(kind, section, {"y": rng.randint(0, 4000)} if kind == "scroll" else None)
        if rng.random() < 0.05:
            rec("pause", section)
            t += timedelta(minutes=rng.randint(1, 20))
            rec("resume", section)
        if section % 5 == 0:
            rec("checklist_item", section, {"item": f"item-{rng.randint(1, 3)}", "checked": True})
        rec("section_complete", section)
        section += 1
        if section > SECTIONS:
            rec("module_complete", None)
            module = (module + 1) % MODULES
            section = 1
            session = uuid.uuid4().hex
            rec("module_start", 1)
    return timings


def copy_rows(url: str, student_id: str, n: int) -> float:
    """Seconds for a plain COPY of n comparable rows into module_analytics_events."""
    with psycopg.connect(url.replace("postgresql+psycopg", "postgresql")) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM modules ORDER BY id").fetchall()]
        rows = conn.execute(
            "SELECT module_id, event_type, event_data::text, section_number, session_id, "
            "device_type, timestamp, time_elapsed_seconds, device_id, device_seq, "
            "client_timestamp, received_at, clock_flag, change_seq FROM module_analytics_events "
            "LIMIT %s",
            (n,),
        ).fetchall()
        buf = io.StringIO()
        for r in rows:
            values = [
                str(r[0] if r[0] in ids else ids[0]),
                student_id,
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                r[7],
                uuid.uuid4().hex,
                r[8],
                r[9],
                r[10],
                r[11],
                r[12],
                r[13],
            ]
            buf.write("\t".join("\\N" if v is None else str(v) for v in values) + "\n")
        data = buf.getvalue()
        start = time.perf_counter()
        with (
            conn.cursor() as cur,
            cur.copy(
                "COPY module_analytics_events (module_id, student_id, event_type, event_data, "
                "section_number, session_id, device_type, timestamp, time_elapsed_seconds, "
                "event_uuid, device_id, device_seq, client_timestamp, received_at, clock_flag, "
                "change_seq) FROM STDIN"
            ) as copy,
        ):
            copy.write(data)
        conn.commit()
        return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--batch", type=int, default=2000)
    parser.add_argument(
        "--pg-url",
        default=os.environ.get(
            "FRAMES_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
        ),
    )
    args = parser.parse_args()
    admin = args.pg_url.replace("postgresql+psycopg", "postgresql")
    name = f"frames_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = admin.rsplit("/", 1)[0] + f"/{name}"
    server = None
    try:
        student_id = arrange(url)
        port = free_port()
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "server_api.cli",
                "serve",
                "--database-url",
                url,
                "--port",
                str(port),
                "--workers",
                str(args.workers),
                "--log-level",
                "warning",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                httpx.get(f"{base}/health", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        with tempfile.TemporaryDirectory() as tmp, httpx.Client(timeout=120) as http:
            store = LocalStore.open(Path(tmp) / "store.sqlite3")
            sign_in(
                store,
                server=base,
                email="student@bench.edu",
                password=PASSWORD,
                device_name="bench",
                http=http,
            )
            engine = SyncEngine(store, http=http, push_batch=args.batch, pull_limit=250)
            start = time.perf_counter()
            engine.sync_user(student_id)
            initial_pull = time.perf_counter() - start
            timings = record_events(store, student_id, args.events, random.Random(1))
            start = time.perf_counter()
            report = engine.sync_user(student_id)
            push_s = time.perf_counter() - start
            assert report.pushed == args.events, report
            noop = []
            for _ in range(20):
                start = time.perf_counter()
                engine.sync_user(student_id)
                noop.append((time.perf_counter() - start) * 1000)
            store.close()
        copy_s = copy_rows(url, student_id, args.events)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=20)
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    eps = args.events / push_s
    copy_eps = args.events / copy_s
    result = {
        "events": args.events,
        "push_s": round(push_s, 3),
        "events_per_s": round(eps),
        "copy_events_per_s": round(copy_eps),
        "ratio_to_copy": round(eps / copy_eps, 3),
        "noop_sync_ms": round(statistics.median(noop), 2),
        "record_event_p50_ms": round(percentile(timings, 50), 4),
        "record_event_p99_ms": round(percentile(timings, 99), 4),
        "initial_pull_s": round(initial_pull, 3),
        "initial_pull_modules": MODULES,
        "sections_per_module": SECTIONS,
        "server_workers": args.workers,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
