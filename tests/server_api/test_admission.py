"""Many callers at once (real uvicorn, real PostgreSQL): no deadlock, overload answered with
503 + Retry-After, cheap endpoints always answered, and devices that honour Retry-After all
finish their sync exactly once."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from local_store import LocalStore
from server_api.config import parse_database_url
from server_api.db import make_engine
from server_api.models import ModuleAnalyticsEvent
from sync.client.cli import sign_in
from sync.client.engine import SyncEngine
from tests.factories import PASSWORD, make_account, make_assignment, make_module, make_university
from tests.helpers import free_port, running_server

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


@pytest.fixture
def crowd(migrated_pg_url: str) -> Iterator[dict[str, Any]]:
    """A university with 3 modules and 12 students, each with a device token."""
    engine = make_engine(parse_database_url(migrated_pg_url))
    with Session(engine, expire_on_commit=False) as db:
        uni = make_university(db)
        students = [make_account(db, "student", university_id=uni.id) for _ in range(12)]
        for i in range(3):
            module = make_module(db, university_id=uni.id, slug=f"mod-{i}", sections=3)
            make_assignment(db, module, university_id=uni.id)
    yield {"url": migrated_pg_url, "engine": engine, "students": students}
    engine.dispose()


def small_server(url: str, port: int, **env: str) -> Any:
    settings = {
        "FRAMES_DB_POOL_SIZE": "2",
        "FRAMES_DB_MAX_OVERFLOW": "0",
        "FRAMES_DB_POOL_TIMEOUT": "3",
        **env,
    }
    return running_server(
        ["serve", "--database-url", url, "--port", str(port), "--log-level", "error"],
        port=port,
        env=settings,
    )


def login(base: str, email: str) -> str:
    resp = httpx.post(f"{base}/v1/auth/login", json={"email": email, "password": PASSWORD})
    resp.raise_for_status()
    return str(resp.json()["token"])


def test_two_hundred_callers_on_a_pool_of_two_never_deadlock(crowd: dict[str, Any]) -> None:
    """Dependency-based routes take several thread trips each; without admission 200 of them
    on a pool of 2 starve each other until the pool times out (500s after 3 s)."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with small_server(crowd["url"], port, FRAMES_SYNC_QUEUE="400", FRAMES_SYNC_WAIT_SECONDS="60"):
        token = login(base, crowd["students"][0].email)
        local = threading.local()

        def call(_: int) -> int:
            if not hasattr(local, "client"):
                local.client = httpx.Client(base_url=base, timeout=60)
            resp = local.client.get("/v1/modules", headers={"Authorization": f"Bearer {token}"})
            return int(resp.status_code)

        with ThreadPoolExecutor(max_workers=200) as pool:
            statuses = Counter(pool.map(call, range(400)))
    assert statuses == {200: 400}


def test_overload_is_answered_with_503_and_retry_after(crowd: dict[str, Any]) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with small_server(crowd["url"], port, FRAMES_SYNC_QUEUE="0", FRAMES_SYNC_WAIT_SECONDS="0"):
        token = login(base, crowd["students"][0].email)
        busy: list[httpx.Response] = []
        others: Counter[int] = Counter()
        hello_times: list[float] = []
        stop = threading.Event()
        lock = threading.Lock()

        def pull(_: int) -> None:
            with httpx.Client(base_url=base, timeout=60) as client:
                resp = client.post(
                    "/v1/sync/pull",
                    json={"protocol_version": 1, "device_id": "dev-00000001"},
                    headers={"Authorization": f"Bearer {token}"},
                )
                with lock:
                    (
                        busy.append(resp)
                        if resp.status_code == 503
                        else others.update([resp.status_code])
                    )

        def hello() -> None:
            with httpx.Client(base_url=base, timeout=60) as client:
                while not stop.is_set():
                    t = time.perf_counter()
                    assert client.get("/v1/sync/hello").status_code == 200
                    assert client.get("/health").status_code == 200
                    hello_times.append(time.perf_counter() - t)

        prober = threading.Thread(target=hello)
        prober.start()
        with ThreadPoolExecutor(max_workers=60) as pool:
            list(pool.map(pull, range(120)))
        stop.set()
        prober.join(timeout=30)
    assert busy, "a pool of 2 with no queue must turn some of 60 callers away"
    assert set(others) == {200}
    first = busy[0]
    assert int(first.headers["retry-after"]) >= 1
    error = first.json()["error"]
    assert error["code"] == "busy" and "try again in" in error["message"]
    assert hello_times and all(t < 5 for t in hello_times)  # never queued behind the pool


def test_devices_that_honour_retry_after_all_finish(crowd: dict[str, Any], tmp_path: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with small_server(crowd["url"], port, FRAMES_SYNC_QUEUE="1", FRAMES_SYNC_WAIT_SECONDS="0.2"):
        stores: list[tuple[LocalStore, str]] = []
        for i, student in enumerate(crowd["students"]):
            store = LocalStore.open(tmp_path / f"d{i}" / "store.sqlite3")
            sign_in(store, server=base, email=student.email, password=PASSWORD, device_name="t")
            for n in range(150):
                store.record_event(
                    owner=student.student_id,
                    module_id=f"mod-{n % 3}",
                    event_type="click",
                    session_id="s",
                    device_type="desktop",
                )
            stores.append((store, student.student_id))
        engines = [SyncEngine(store, push_batch=20) for store, _ in stores]
        barrier = threading.Barrier(len(engines))

        def run(i: int) -> int:
            barrier.wait()
            engines[i].sync_user(stores[i][1])
            return engines[i].busy_answers

        with ThreadPoolExecutor(max_workers=len(engines)) as pool:
            waited = list(pool.map(run, range(len(engines))))
    assert sum(waited) > 0, "the small server should have turned some requests away"
    for store, owner in stores:
        assert store.pending_count(owner) == 0
    with Session(crowd["engine"]) as db:
        E = ModuleAnalyticsEvent
        total = db.scalar(select(func.count()).select_from(E))
        distinct = db.scalar(select(func.count(func.distinct(E.event_uuid))))
    assert total == distinct == 150 * len(stores)
    for engine in engines:
        engine.close()
    for store, _ in stores:
        store.close()
