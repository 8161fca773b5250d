"""Sync under failure, with real processes: a real uvicorn on 127.0.0.1, real PostgreSQL.

Whatever dies — the client (SIGKILL inside push or pull), the server (mid-push, mid-pull),
the network (503s, 500s, connections dropped after the server committed) — the server ends
with every event exactly once, and client and server agree on progress.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic_core import to_json
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from local_store import LocalStore
from server_api.config import parse_database_url
from server_api.db import make_engine
from server_api.models import Module, ModuleAnalyticsEvent, ModuleProgress
from sync.client.cli import sign_in
from sync.client.engine import SyncEngine, SyncError
from tests.factories import PASSWORD, make_account, make_assignment, make_module, make_university
from tests.helpers import free_port, wait_http

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

FIELDS = (
    "status",
    "progress_percent",
    "current_section",
    "started_at",
    "completed_at",
    "last_accessed_at",
    "total_time_seconds",
    "pause_count",
)


class Server:
    """``frames-server serve`` in a child process that a test can kill and start again."""

    def __init__(self, url: str, port: int | None = None) -> None:
        self.url, self.port = url, port or free_port()
        self.proc: subprocess.Popen[str] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "server_api.cli",
                "serve",
                "--database-url",
                self.url,
                "--port",
                str(self.port),
                "--log-level",
                "warning",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        wait_http(f"{self.base}/health", timeout=60, proc=self.proc)

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)


@pytest.fixture
def world(migrated_pg_url: str) -> Iterator[dict[str, Any]]:
    engine = make_engine(parse_database_url(migrated_pg_url))
    with Session(engine, expire_on_commit=False) as db:
        uni = make_university(db)
        student = make_account(db, "student", university_id=uni.id)
        for i in range(30):
            m = make_module(db, university_id=uni.id, slug=f"mod-{i:02d}", sections=5)
            make_assignment(db, m, student_id=student.student_id)
    server = Server(migrated_pg_url)
    server.start()
    try:
        yield {"engine": engine, "student": student, "server": server, "url": migrated_pg_url}
    finally:
        server.kill()
        engine.dispose()


def new_device(tmp_path: Path, name: str, server: str, student: Any) -> LocalStore:
    store = LocalStore.open(tmp_path / name / "store.sqlite3")
    sign_in(store, server=server, email=student.email, password=PASSWORD, device_name=name)
    return store


def record(store: LocalStore, owner: str, n: int, seed: int) -> None:
    rng = random.Random(seed)
    t = datetime(2026, 11, 10, 9, 0) + timedelta(hours=seed)
    for i in range(n):
        slug = f"mod-{(i // 40) % 30:02d}"
        kind = rng.choice(["section_view", "scroll", "click", "heartbeat", "section_complete"])
        t += timedelta(seconds=rng.randint(1, 12))
        store.record_event(
            owner=owner,
            module_id=slug,
            event_type=kind,
            section_number=rng.randint(1, 5),
            session_id=f"s{seed}",
            device_type="desktop",
            client_ts=t,
        )


def point_at(store: LocalStore, owner: str, url: str) -> None:
    """Send this user's sync to another address (a proxy); the pull cursor starts over."""
    user = store.get_user(owner)
    assert user is not None
    store.save_user(
        user_id=owner,
        role=user.role,
        display_name=user.display_name,
        server_url=url,
        token=user.token,
        email=user.email,
        university_id=user.university_id,
    )


def reset_cursor(store: LocalStore, owner: str) -> None:
    """Forget the pull cursor (a cursor belongs to one server address), so the next round
    pulls everything again, page by page."""
    user = store.get_user(owner)
    assert user is not None
    for url in ("http://cursor-reset.invalid", user.server_url):
        store.save_user(
            user_id=owner,
            role=user.role,
            display_name=user.display_name,
            server_url=url,
            token=user.token,
            email=user.email,
            university_id=user.university_id,
        )


def server_state(world: dict[str, Any]) -> tuple[int, int, dict[str, tuple[Any, ...]]]:
    with Session(world["engine"]) as db:
        E = ModuleAnalyticsEvent
        total = db.scalar(select(func.count()).select_from(E)) or 0
        distinct = db.scalar(select(func.count(func.distinct(E.event_uuid)))) or 0
        slugs = dict(db.execute(select(Module.id, Module.module_id)).all())
        progress = {
            p.module_id: tuple(getattr(p, f) for f in FIELDS)
            for p in db.scalars(select(ModuleProgress))
        }
        return total, distinct, {slugs[k]: v for k, v in progress.items()}


def client_state(store: LocalStore, owner: str) -> dict[str, tuple[Any, ...]]:
    return {
        slug: tuple(getattr(row, f) for f in FIELDS)
        for slug, row in store.get_progress(owner).items()
        if row.status != "not_started"
    }


def assert_converged(world: dict[str, Any], stores: list[LocalStore], expected_events: int) -> None:
    owner = world["student"].student_id
    total, distinct, progress = server_state(world)
    assert total == distinct == expected_events
    for store in stores:
        assert store.pending_count(owner) == 0
        assert store.rejected_events(owner) == []
        assert client_state(store, owner) == progress


def sync_until_done(engine: SyncEngine, owner: str, attempts: int = 40) -> None:
    for _ in range(attempts):
        try:
            engine.sync_user(owner)
            return
        except SyncError:
            time.sleep(0.05)
    raise AssertionError(f"sync did not succeed in {attempts} attempts")


def test_client_killed_inside_push_and_pull(world: dict[str, Any], tmp_path: Path) -> None:
    owner = world["student"].student_id
    data = tmp_path / "client"
    store = new_device(data.parent, "client", world["server"].base, world["student"])
    record(store, owner, 2500, seed=1)
    store.close()
    # Another device's events give the killed client's pull plenty of pages to die in.
    other = new_device(tmp_path, "other", world["server"].base, world["student"])
    record(other, owner, 2000, seed=9)
    SyncEngine(other, push_batch=1000).sync_user(owner)
    cmd = [
        sys.executable,
        "-m",
        "sync.client.cli",
        "sync",
        "--data-dir",
        str(data),
        "--push-batch",
        "50",
        "--pull-limit",
        "1",
    ]
    killed_in: set[str] = set()
    rng = random.Random(3)
    for attempt in range(40):
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 2.5))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
            with LocalStore.open(data / "store.sqlite3") as peek:
                stage = str(peek.get_setting(f"sync.stage.{owner}"))
                killed_in.add(stage)
                if stage in ("push", "pull"):  # a killed round cannot say it failed
                    assert peek.get_setting(f"sync.status.{owner}") == "started"
                if peek.pending_count(owner) == 0:
                    reset_cursor(peek, owner)  # all pushed: let the next run die in its pull
        if {"push", "pull"} <= killed_in and attempt >= 6:
            break
    assert {"push", "pull"} <= killed_in, killed_in
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    SyncEngine(other).sync_user(owner)
    with LocalStore.open(data / "store.sqlite3") as store:
        assert_converged(world, [store, other], 4500)


@pytest.mark.parametrize("phase", ["push", "pull"])
def test_server_killed_mid_sync(world: dict[str, Any], tmp_path: Path, phase: str) -> None:
    owner, server = world["student"].student_id, world["server"]
    store = new_device(tmp_path, "laptop", server.base, world["student"])
    stores = [store]
    if phase == "push":
        record(store, owner, 3000, seed=2)
    else:  # another device's 3000 events make this device's pull long (25 events a page)
        other = new_device(tmp_path, "tablet", server.base, world["student"])
        record(other, owner, 3000, seed=2)
        SyncEngine(other, push_batch=1000).sync_user(owner)
        stores.append(other)
    engine = SyncEngine(store, push_batch=100, pull_limit=1)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            engine.sync_user(owner)
        except SyncError as exc:
            errors.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    deadline = time.monotonic() + 60
    while str(store.get_setting(f"sync.stage.{owner}")) != phase and time.monotonic() < deadline:
        time.sleep(0.005)
    if phase == "push":
        # Mid-push: once the first batches are answered (30 batches of 100 take far less
        # than a fixed pause, now that several are in flight).
        while store.pending_count(owner) > 2800 and time.monotonic() < deadline:
            time.sleep(0.002)
    else:
        time.sleep(0.1)
    server.kill()
    worker.join(timeout=60)
    assert errors, "the round should have failed when the server died"
    # The round failed where it was: its stage is kept and its status says so.
    assert str(store.get_setting(f"sync.status.{owner}")) == "errored"
    assert str(store.get_setting(f"sync.stage.{owner}")) == phase
    server.start()
    sync_until_done(engine, owner)
    for s in stores[1:]:
        sync_until_done(SyncEngine(s), owner)
    assert_converged(world, stores, 3000)
    assert len(store.list_modules(owner)) == 30


class FlakyProxy:
    """An HTTP proxy on 127.0.0.1 that fails on purpose: 503 before forwarding, 500 or a
    dropped connection AFTER the server has done the work (so the answer is lost)."""

    def __init__(self, target: str, seed: int) -> None:
        rng = random.Random(seed)
        lock = threading.Lock()
        self.stats = {"forwarded": 0, "503": 0, "lost": 0, "500": 0}
        stats = self.stats
        upstream = httpx.Client(base_url=target, timeout=60)

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with lock:
                    roll = rng.random()
                if roll < 0.2:
                    stats["503"] += 1
                    self.send_response(503)
                    self.end_headers()
                    return
                resp = upstream.request(
                    self.command,
                    self.path,
                    content=body,
                    headers={
                        k: v
                        for k, v in self.headers.items()
                        if k.lower() in ("authorization", "content-type")
                    },
                )
                stats["forwarded"] += 1
                if roll < 0.35:
                    stats["lost"] += 1
                    self.close_connection = True
                    self.connection.shutdown(2)  # the server committed; the client never knows
                    return
                if roll < 0.45:
                    stats["500"] += 1
                    self.send_response(500)
                    self.end_headers()
                    return
                self.send_response(resp.status_code)
                self.send_header("Content-Type", resp.headers.get("content-type", ""))
                self.send_header("Content-Length", str(len(resp.content)))
                self.end_headers()
                self.wfile.write(resp.content)

            do_GET = do_POST = _handle

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def test_flaky_network_and_two_devices_at_once(world: dict[str, Any], tmp_path: Path) -> None:
    owner = world["student"].student_id
    proxy = FlakyProxy(world["server"].base, seed=11)
    try:
        stores = [
            new_device(tmp_path, f"dev{i}", world["server"].base, world["student"])
            for i in range(2)
        ]
        for i, store in enumerate(stores):
            point_at(store, owner, proxy.base)
            record(store, owner, 800, seed=10 + i)
        engines = [SyncEngine(s, push_batch=60, pull_limit=3) for s in stores]
        threads = [threading.Thread(target=sync_until_done, args=(e, owner, 200)) for e in engines]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=240)
        for e in engines:  # a final round each, so both have the other's events
            sync_until_done(e, owner, 200)
        assert proxy.stats["lost"] > 0 and proxy.stats["503"] > 0 and proxy.stats["500"] > 0
        assert_converged(world, stores, 1600)
    finally:
        proxy.close()


def test_same_batch_through_two_server_processes_at_once(
    world: dict[str, Any], tmp_path: Path
) -> None:
    owner = world["student"].student_id
    second = Server(world["url"])
    second.start()
    try:
        store = new_device(tmp_path, "laptop", world["server"].base, world["student"])
        record(store, owner, 600, seed=5)
        events = store.pending_events(owner, limit=1000)
        from sync.client.engine import _event_wire

        body = {
            "protocol_version": 1,
            "device_id": store.device_id,
            "device_time": datetime.utcnow(),
            "events": [_event_wire(e) for e in events],
        }
        user = store.get_user(owner)
        assert user is not None
        headers = {"Authorization": f"Bearer {user.token}", "Content-Type": "application/json"}
        answers: list[dict[str, Any]] = []
        barrier = threading.Barrier(4)

        def send(base: str) -> None:
            barrier.wait(timeout=10)
            answers.append(
                httpx.post(
                    f"{base}/v1/sync/push", content=to_json(body), headers=headers, timeout=120
                ).json()
            )

        threads = [
            threading.Thread(target=send, args=(b,))
            for b in (world["server"].base, second.base) * 2
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=180)
        assert len(answers) == 4
        assert sum(a["accepted"] for a in answers) == 600
        assert all(a["accepted"] + a["duplicates"] == 600 for a in answers)
        total, distinct, _ = server_state(world)
        assert total == distinct == 600
    finally:
        second.kill()
