"""Beyond one process: two API hosts behind pgbouncer (transaction pooling) in front of one
PostgreSQL, devices of several students syncing through both at once, in any order.

Every event ends up stored exactly once, every device converges to the server's progress,
and nothing relies on a server session (no prepared statements, no session settings, no
session-level locks).
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from local_store import LocalStore
from server_api.config import parse_database_url
from server_api.db import make_engine
from server_api.models import Module, ModuleAnalyticsEvent, ModuleProgress
from sync.client.cli import sign_in
from sync.client.engine import SyncEngine
from tests.conftest import IN_CI
from tests.factories import PASSWORD, make_account, make_assignment, make_module, make_university
from tests.helpers import free_port, running_server

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

PGBOUNCER = shutil.which("pgbouncer") or "/usr/sbin/pgbouncer"


@pytest.fixture
def pgbouncer(migrated_pg_url: str) -> Iterator[str]:
    """pgbouncer in transaction mode on 127.0.0.1 in front of the test database."""
    if not os.path.exists(PGBOUNCER):
        if IN_CI:
            pytest.fail("pgbouncer is required under CI=true (.ci/run installs it)")
        pytest.skip("pgbouncer is not installed")
    url = make_url(migrated_pg_url)
    with psycopg.connect(migrated_pg_url.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute(f"ALTER DATABASE \"{url.database}\" SET timezone TO 'UTC'")
    port = free_port()
    # Not under tmp_path: pgbouncer runs as postgres, who may not enter pytest's root-only
    # folders.
    folder = Path(tempfile.mkdtemp(prefix="frames-pgbouncer-"))
    (folder / "users.txt").write_text(f'"{url.username}" ""\n')
    (folder / "pgbouncer.ini").write_text(
        "[databases]\n"
        f"* = host={url.host} port={url.port or 5432}\n"
        "[pgbouncer]\n"
        f"listen_addr = 127.0.0.1\nlisten_port = {port}\n"
        f"auth_type = trust\nauth_file = {folder / 'users.txt'}\n"
        "pool_mode = transaction\ndefault_pool_size = 8\nmax_client_conn = 500\n"
        "ignore_startup_parameters = extra_float_digits\n"
        f"unix_socket_dir =\nlogfile = {folder / 'log'}\npidfile = {folder / 'pid'}\n"
    )
    user: list[str] = []
    if os.geteuid() == 0:  # pgbouncer will not run as root
        user = ["-u", "postgres"]
        for path in (folder, *folder.iterdir()):
            shutil.chown(path, "postgres")
    proc = subprocess.Popen([PGBOUNCER, *user, str(folder / "pgbouncer.ini")])
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with psycopg.connect(
                    host="127.0.0.1", port=port, user=url.username, dbname=url.database,
                    prepare_threshold=None, connect_timeout=2,
                ):  # fmt: skip
                    break
            except psycopg.OperationalError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    log = (folder / "log").read_text() if (folder / "log").exists() else ""
                    raise RuntimeError(f"pgbouncer did not start: {log[-500:]}") from None
                time.sleep(0.1)
        yield url.set(host="127.0.0.1", port=port).render_as_string(hide_password=False)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


def test_two_hosts_behind_pgbouncer_sync_exactly_once(
    migrated_pg_url: str, pgbouncer: str, tmp_path: Path
) -> None:
    engine = make_engine(parse_database_url(migrated_pg_url))
    with Session(engine, expire_on_commit=False) as db:
        uni = make_university(db)
        students = [make_account(db, "student", university_id=uni.id) for _ in range(4)]
        for i in range(3):
            module = make_module(db, university_id=uni.id, slug=f"mod-{i}", sections=4)
            make_assignment(db, module, university_id=uni.id)
    hosts = [free_port(), free_port()]
    env = {
        "FRAMES_DB_PGBOUNCER": "1",
        "FRAMES_DB_POOL_SIZE": "4",
        "FRAMES_DATA_DIR": str(tmp_path / "shared"),
    }
    args = ["serve", "--database-url", pgbouncer, "--log-level", "warning", "--workers", "2"]
    with (
        running_server([*args, "--port", str(hosts[0])], port=hosts[0], env=env),
        running_server([*args, "--port", str(hosts[1])], port=hosts[1], env=env),
    ):
        bases = [f"http://127.0.0.1:{p}" for p in hosts]
        devices: list[tuple[LocalStore, str, SyncEngine]] = []
        for i, student in enumerate(students):
            for d in range(2):  # two devices per student: they must see each other's events
                store = LocalStore.open(tmp_path / f"s{i}d{d}" / "store.sqlite3")
                sign_in(
                    store, server=bases[d], email=student.email, password=PASSWORD,
                    device_name=f"device {d}",
                )  # fmt: skip
                devices.append((store, student.student_id, SyncEngine(store, push_batch=40)))
        recorded = [0] * len(devices)
        errors: list[BaseException] = []

        def work(index: int, rounds: int) -> None:
            store, owner, sync = devices[index]
            rng = random.Random(index)
            t = datetime(2026, 11, 20, 9) + timedelta(hours=index)
            try:
                for _ in range(rounds):
                    for _n in range(rng.randint(20, 90)):
                        recorded[index] += 1
                        t += timedelta(seconds=rng.randint(1, 9))
                        store.record_event(
                            owner=owner,
                            module_id=f"mod-{rng.randrange(3)}",
                            event_type=rng.choice(["section_view", "heartbeat", "click"]),
                            section_number=rng.randint(1, 4),
                            session_id=f"s{index}",
                            device_type="desktop",
                            client_ts=t,
                        )
                    user = store.get_user(owner)
                    assert user is not None
                    # every round through either host: no state lives in a process
                    store.save_user(
                        user_id=owner, role=user.role, display_name=user.display_name,
                        server_url=rng.choice(bases), token=user.token, email=user.email,
                        university_id=user.university_id,
                    )  # fmt: skip
                    sync.sync_user(owner)
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(i, 4)) for i in range(len(devices))]
        for th in threads:
            th.start()
        for th in threads:
            th.join(timeout=300)
        assert not errors, errors
        for _store, owner, sync in devices:  # a last round each, so everyone has everything
            sync.sync_user(owner)
        for store, owner, sync in devices:
            sync.sync_user(owner)
            assert store.pending_count(owner) == 0
    with Session(engine) as db:
        E = ModuleAnalyticsEvent
        stored = db.scalar(select(func.count()).select_from(E))
        distinct = db.scalar(select(func.count(func.distinct(E.event_uuid))))
        assert stored == distinct == sum(recorded)
        slugs = dict(db.execute(select(Module.id, Module.module_id)).all())
        server = {
            (p.student_id, slugs[p.module_id]): (p.status, p.progress_percent, p.total_time_seconds)
            for p in db.scalars(select(ModuleProgress))
        }
    for store, owner, sync in devices:
        mine = {
            (owner, slug): (row.status, row.progress_percent, row.total_time_seconds)
            for slug, row in store.get_progress(owner).items()
            if row.status != "not_started"
        }
        assert mine == {k: v for k, v in server.items() if k[0] == owner}
        sync.close()
        store.close()
    engine.dispose()
