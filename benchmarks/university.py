"""A whole university syncing at once, measured from outside (HTTP only).

    python benchmarks/university.py [--devices 1000] [--workers 2] [--history 100000]
                                    [--generators 2] [--pg-url URL] [--keep]

The server is the real one (``frames-server serve --workers N``, uvicorn) on a fresh
PostgreSQL database; the load comes from separate processes (``--generators``, asyncio +
httpx) that speak the sync protocol as devices do and report their own CPU time, so the
figures can be trusted on a machine the load shares with the server.

Arranged first (not timed): a university with 20 published modules x 10 sections assigned to
everyone, ``--devices`` students each holding a device token, and one student whose
``--history`` events (in one module) are pushed through the API beforehand.

Scenarios, each printed as it ends; the last line is JSON with every figure:

* ``university``: every device starts a full sync within one second of the others — hello,
  the initial pull (20 modules), a push of 50-200 events, a pull — honouring 503 answers
  (``Retry-After``, with jitter) as the app does. Devices finished, errors other than 503
  (then retried), p99 of ``hello``, p99 time to a finished sync, and the server's CPU (its
  processes) and PostgreSQL's per full sync. ``hello`` is timed by a prober process of its
  own: a new device's first request, on a new connection every 50 ms while the load runs
  (``hello_p99_ms``); inside a generator it also waits for that generator's own event
  loop, busy with hundreds of devices (``hello_in_generator_p99_ms``, printed apart).
* ``push_storm``: 200 of those devices push 100 events each at the same instant: push p99.
* ``history_push``: the student with the long history pushes 100 events into that module
  (20 times): median and p99.
* ``noop_pull``: a device that is up to date pulls after another student pushed: requests
  needed and time (median of 20).
* ``history_pull``: a new device of the student with the long history pulls it all: time.
* ``exactly_once``: by SQL at the end — stored events, distinct uuids, and the uuids the
  generators had accepted or answered as duplicates.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import multiprocessing as mp
import os
import random
import resource
import secrets
import statistics
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _common import free_port, percentile  # noqa: E402 - benchmarks/ is on sys.path

MODULES, SECTIONS = 20, 10
PROTOCOL = 1
HISTORY_SLUG = "module-00"


# --- arranging the database (the server's own code, not timed) ----------------------------


def arrange(url: str, devices: int) -> list[dict[str, str]]:
    """Migrate, then a university, modules, students, accounts and device tokens."""
    from argon2 import PasswordHasher
    from sqlalchemy import text

    from server_api.config import parse_database_url
    from server_api.db import make_engine
    from server_api.migrate import migrate

    engine = make_engine(parse_database_url(url))
    migrate(engine)
    password_hash = PasswordHasher().hash("benchmark-password")  # one hash: setup, not load
    now = datetime.now(UTC).replace(tzinfo=None)
    people: list[dict[str, str]] = []
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO universities (id, name) VALUES ('bench-u', 'Bench U')"))
        for i in range(MODULES):
            pk = conn.execute(
                text(
                    "INSERT INTO modules (module_id, title, category, university_id, status, "
                    "published_at, tags, prerequisites) VALUES (:slug, :title, 'Technical', "
                    "'bench-u', 'published', :now, '[\"lab\"]', '[]') RETURNING id"
                ),
                {"slug": f"module-{i:02d}", "title": f"Module {i}", "now": now},
            ).scalar_one()
            conn.execute(
                text(
                    "INSERT INTO module_sections (module_id, section_number, section_type, "
                    "title, content) VALUES (:m, :n, 'text', :t, :c)"
                ),
                [
                    {"m": pk, "n": n, "t": f"Part {n}", "c": f"# Part {n}\n\n" + "Text. " * 150}
                    for n in range(1, SECTIONS + 1)
                ],
            )
            conn.execute(
                text(
                    "INSERT INTO module_assignments (module_id, university_id, assignment_type) "
                    "VALUES (:m, 'bench-u', 'required')"
                ),
                {"m": pk},
            )
        students, accounts = [], []
        for i in range(devices + 1):  # the last one is the student with the long history
            sid = f"stu-{i:05d}"
            students.append({"id": sid, "name": f"Student {i}", "email": f"s{i}@bench.edu"})
            accounts.append(
                {"email": f"s{i}@bench.edu", "hash": password_hash, "sid": sid, "name": sid}
            )
        conn.execute(
            text(
                "INSERT INTO students (id, name, email, university_id) "
                "VALUES (:id, :name, :email, 'bench-u')"
            ),
            students,
        )
        conn.execute(
            text(
                "INSERT INTO accounts (email, password_hash, role, display_name, student_id, "
                "university_id) VALUES (:email, :hash, 'student', :name, :sid, 'bench-u')"
            ),
            accounts,
        )
        ids: dict[str, int] = dict(conn.execute(text("SELECT student_id, id FROM accounts")).all())
        tokens = []
        for s in students:
            token = "frm_" + secrets.token_urlsafe(32)
            device = uuid.uuid4().hex
            tokens.append(
                {
                    "h": hashlib.sha256(token.encode()).hexdigest(),
                    "a": ids[s["id"]],
                    "d": device,
                    "now": now,
                    "exp": now + timedelta(days=90),
                }
            )
            people.append({"student_id": s["id"], "token": token, "device_id": device})
        conn.execute(
            text(
                "INSERT INTO auth_tokens (token_hash, account_id, kind, device_id, device_name, "
                "created_at, last_used_at, expires_at) "
                "VALUES (:h, :a, 'device', :d, 'bench', :now, :now, :exp)"
            ),
            tokens,
        )
    engine.dispose()
    return people


# --- a device, over HTTP only -------------------------------------------------------------


class Device:
    """One device's state: its credential, identity, cursor and event counter."""

    def __init__(self, person: dict[str, str], seed: int) -> None:
        self.student_id = person["student_id"]
        self.token = person["token"]
        self.device_id = person["device_id"]
        self.cursor: str | None = None
        self.seq = 0
        self.rng = random.Random(seed)
        self.clock = datetime(2026, 11, 1, 9, 0) + timedelta(minutes=seed)

    def events(self, n: int, slug: str | None = None) -> list[list[Any]]:
        rows = []
        kinds = ["section_view", "heartbeat", "heartbeat", "click", "scroll", "section_complete"]
        for _ in range(n):
            self.seq += 1
            self.clock += timedelta(seconds=self.rng.randint(1, 12))
            rows.append(
                [
                    uuid.uuid4().hex,
                    self.student_id,
                    slug or f"module-{self.rng.randrange(MODULES):02d}",
                    self.rng.choice(kinds),
                    None,
                    self.rng.randint(1, SECTIONS),
                    f"sess-{self.seq // 200}",
                    "desktop",
                    self.device_id,
                    self.seq,
                    self.clock.isoformat(),
                    None,
                ]
            )
        return rows


class Stats:
    def __init__(self) -> None:
        self.requests = 0
        self.busy = 0  # 503 answers, retried
        self.errors: list[str] = []
        self.accepted: set[str] = set()


async def call(
    client: Any, dev: Device, stats: Stats, method: str, path: str, body: Any = None
) -> Any:
    """One request as the app makes it: 503 is retried after Retry-After plus jitter."""
    import httpx

    headers = {"Authorization": f"Bearer {dev.token}"}
    for _ in range(200):
        stats.requests += 1
        try:
            resp = await client.request(method, path, json=body, headers=headers, timeout=120)
        except httpx.HTTPError as exc:
            stats.errors.append(f"{path}: {type(exc).__name__}")
            await asyncio.sleep(1 + dev.rng.random())
            continue
        if resp.status_code == 503:
            stats.busy += 1
            wait = float(resp.headers.get("retry-after", "1") or 1)
            await asyncio.sleep(wait * (0.5 + dev.rng.random()))
            continue
        if resp.status_code >= 400:
            stats.errors.append(f"{path}: {resp.status_code} {resp.text[:120]}")
            if resp.status_code >= 500:
                await asyncio.sleep(1 + dev.rng.random())
                continue
            return None
        return resp.json()
    return None


async def pull_all(client: Any, dev: Device, stats: Stats) -> int:
    """Pull until ``has_more`` is false; return the number of requests."""
    n = 0
    while True:
        page = await call(
            client,
            dev,
            stats,
            "POST",
            "/v1/sync/pull",
            {
                "protocol_version": PROTOCOL,
                "device_id": dev.device_id,
                "cursor": dev.cursor,
                "limit": 200,
                "capabilities": ["baseline.v1"],
            },
        )
        n += 1
        if page is None:
            raise RuntimeError("pull failed")
        dev.cursor = page["cursor"]
        if not page["has_more"]:
            return n


async def push(client: Any, dev: Device, stats: Stats, rows: list[list[Any]]) -> None:
    answer = await call(
        client,
        dev,
        stats,
        "POST",
        "/v1/sync/push",
        {
            "protocol_version": PROTOCOL,
            "device_id": dev.device_id,
            "device_time": datetime.now(UTC).replace(tzinfo=None).isoformat(),
            "answer": "exceptions",
            "rows": rows,
        },
    )
    if answer is None:
        raise RuntimeError("push failed")
    listed = {r["uuid"]: r["status"] for r in answer["results"]}
    for row in rows:
        if listed.get(row[0], "accepted") in ("accepted", "duplicate"):
            stats.accepted.add(row[0])


async def full_sync(
    client: Any, dev: Device, stats: Stats, start_at: float, out: dict[str, Any]
) -> None:
    await asyncio.sleep(max(0.0, start_at - time.time()))
    began = time.perf_counter()
    try:
        t = time.perf_counter()
        hello = await call(client, dev, stats, "GET", "/v1/sync/hello")
        out["hello"].append(time.perf_counter() - t)
        if hello is None:
            raise RuntimeError("hello failed")
        await pull_all(client, dev, stats)
        await push(client, dev, stats, dev.events(dev.rng.randint(50, 200)))
        await pull_all(client, dev, stats)
    except Exception as exc:  # noqa: BLE001 - a device that failed is counted, not fatal
        stats.errors.append(f"sync: {exc}")
        return
    out["sync"].append(time.perf_counter() - began)
    out["finished"] += 1


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def generator(
    base: str,
    people: list[dict[str, str]],
    seeds: list[int],
    start_at: float,
    deadline: float,
    queue: Any,
) -> None:
    """A load generator process: full syncs of its devices, all started around ``start_at``."""
    import httpx

    async def main() -> dict[str, Any]:
        stats = Stats()
        out: dict[str, Any] = {"hello": [], "sync": [], "finished": 0}
        limits = httpx.Limits(max_connections=len(people), max_keepalive_connections=len(people))
        async with httpx.AsyncClient(base_url=base, limits=limits) as client:
            devices = [Device(p, s) for p, s in zip(people, seeds, strict=True)]
            jitter = random.Random(seeds[0])
            tasks = [
                asyncio.ensure_future(full_sync(client, d, stats, start_at + jitter.random(), out))
                for d in devices
            ]
            _done, late = await asyncio.wait(tasks, timeout=deadline)
            for task in late:  # devices still syncing at the deadline count as unfinished
                task.cancel()
            out["unfinished_at_deadline"] = len(late)
            # the devices' state for the next scenario
            out["devices"] = [
                {
                    "device_id": d.device_id,
                    "cursor": d.cursor,
                    "seq": d.seq,
                    "clock": d.clock.isoformat(),
                }
                for d in devices
            ]
        out.update(
            requests=stats.requests,
            busy=stats.busy,
            errors=stats.errors,
            accepted=sorted(stats.accepted),
        )
        return out

    cpu = _cpu()
    result = asyncio.run(main())
    result["cpu_s"] = _cpu() - cpu
    queue.put(result)


def storm(
    base: str, people: list[dict[str, str]], states: list[dict[str, Any]], queue: Any
) -> None:
    """200 devices push 100 events each at the same instant."""
    import httpx

    async def main() -> dict[str, Any]:
        stats = Stats()
        times: list[float] = []
        devices = []
        for i, (p, s) in enumerate(zip(people, states, strict=True)):
            d = Device(p, 10_000 + i)
            d.cursor, d.seq, d.clock = s["cursor"], s["seq"], datetime.fromisoformat(s["clock"])
            devices.append(d)
        limits = httpx.Limits(max_connections=len(devices), max_keepalive_connections=len(devices))
        async with httpx.AsyncClient(base_url=base, limits=limits) as client:
            batches = [d.events(100) for d in devices]
            await asyncio.gather(
                *(call(client, d, stats, "GET", "/v1/sync/hello") for d in devices)
            )
            start = time.time() + 0.5

            async def one(d: Device, rows: list[list[Any]]) -> None:
                await asyncio.sleep(max(0.0, start - time.time()))
                t = time.perf_counter()
                await push(client, d, stats, rows)
                times.append(time.perf_counter() - t)

            pushes = [
                asyncio.ensure_future(one(d, b)) for d, b in zip(devices, batches, strict=True)
            ]
            _done, late = await asyncio.wait(pushes, timeout=300)
            for task in late:  # pushes still waiting after five minutes count as failed
                task.cancel()
                stats.errors.append("push: unanswered after 300 s")
        return {
            "push_p50_ms": statistics.median(times) * 1000 if times else float("nan"),
            "push_p99_ms": percentile(times, 99) * 1000,
            "pushes": len(times),
            "busy": stats.busy,
            "errors": stats.errors,
            "accepted": sorted(stats.accepted),
        }

    cpu = _cpu()
    result = asyncio.run(main())
    result["cpu_s"] = _cpu() - cpu
    queue.put(result)


# --- process CPU (the server's tree, PostgreSQL's backends) -------------------------------

_TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> tuple[int, float] | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / _TICK


def tree_cpu(root: int) -> float:
    """CPU seconds of a process and all its descendants alive now (/proc)."""
    parents: dict[int, int] = {}
    cpu: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            found = _stat(int(entry.name))
            if found is not None:
                parents[int(entry.name)], cpu[int(entry.name)] = found
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        total += cpu.get(pid, 0.0)
        todo += [child for child, parent in parents.items() if parent == pid]
    return total


def postgres_cpu() -> float:
    total = 0.0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if Path(f"/proc/{entry.name}/comm").read_text().strip() != "postgres":
                    continue
            except OSError:
                continue
            found = _stat(int(entry.name))
            if found is not None:
                total += found[1]
    return total


# --- the run ------------------------------------------------------------------------------


def run_generators(
    base: str, people: list[dict[str, str]], generators: int, target: Any, *extra: Any
) -> list[dict[str, Any]]:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    procs = []
    for g in range(generators):
        part = people[g::generators]
        args = (base, part, *(x[g::generators] if isinstance(x, list) else x for x in extra))
        procs.append(ctx.Process(target=target, args=(*args, queue)))
    for p in procs:
        p.start()
    results = [queue.get(timeout=1800) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    return results


def sync_client(base: str, dev: Device) -> Any:
    import httpx

    return httpx.Client(
        base_url=base, headers={"Authorization": f"Bearer {dev.token}"}, timeout=300
    )


def pull_pages(client: Any, dev: Device, stats: Stats) -> int:
    n = 0
    while True:
        resp = client.post(
            "/v1/sync/pull",
            json={
                "protocol_version": PROTOCOL,
                "device_id": dev.device_id,
                "cursor": dev.cursor,
                "limit": 200,
                "capabilities": ["baseline.v1"],
            },
        )
        n += 1
        stats.requests += 1
        resp.raise_for_status()
        page = resp.json()
        dev.cursor = page["cursor"]
        if not page["has_more"]:
            return n


def push_sync(client: Any, dev: Device, rows: list[list[Any]]) -> float:
    t = time.perf_counter()
    resp = client.post(
        "/v1/sync/push",
        json={
            "protocol_version": PROTOCOL,
            "device_id": dev.device_id,
            "device_time": datetime.now(UTC).replace(tzinfo=None).isoformat(),
            "answer": "exceptions",
            "rows": rows,
        },
    )
    resp.raise_for_status()
    return time.perf_counter() - t


def prober(port: int, start_at: float, stop: Any, queue: Any) -> None:
    """``GET /v1/sync/hello`` on a new connection every 50 ms from ``start_at`` until
    ``stop`` is set, as a device starting up sees it: the times in seconds."""
    import socket

    times: list[float] = []
    time.sleep(max(0.0, start_at - time.time()))
    request = b"GET /v1/sync/hello HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n"
    while not stop.is_set() and len(times) < 100_000:
        t = time.perf_counter()
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=120) as sock:
                sock.sendall(request)
                answer = b""
                while chunk := sock.recv(65536):
                    answer += chunk
            if answer.startswith(b"HTTP/1.1 200"):
                times.append(time.perf_counter() - t)
        except OSError:
            pass
        time.sleep(0.05)
    queue.put(times)


def university(
    args: argparse.Namespace,
    base: str,
    server_pid: int,
    people: list[dict[str, str]],
    figures: dict[str, Any],
) -> tuple[list[dict[str, Any]], set[str]]:
    """Every device starts a full sync within a second of the others."""
    server_cpu, pg_cpu = tree_cpu(server_pid), postgres_cpu()
    t = time.perf_counter()
    start_at = time.time() + 3
    seeds = list(range(len(people)))
    ctx = mp.get_context("spawn")
    stop, probe_queue = ctx.Event(), ctx.Queue()
    probe = ctx.Process(
        target=prober, args=(int(base.rsplit(":", 1)[1]), start_at, stop, probe_queue)
    )
    probe.start()
    results = run_generators(
        base, people, args.generators, generator, seeds, start_at, args.deadline
    )
    wall = time.perf_counter() - t - 3
    stop.set()
    probed: list[float] = probe_queue.get(timeout=300)
    probe.join(timeout=60)
    server_cpu, pg_cpu = tree_cpu(server_pid) - server_cpu, postgres_cpu() - pg_cpu
    hellos = [x for r in results for x in r["hello"]]
    syncs = [x for r in results for x in r["sync"]]
    finished = sum(r["finished"] for r in results)
    errors = [e for r in results for e in r["errors"]]
    accepted = {u for r in results for u in r["accepted"]}
    figures["university"] = {
        "devices_finished": finished,
        "unfinished_at_deadline": sum(r["unfinished_at_deadline"] for r in results),
        "errors_not_503": len(errors),
        "error_examples": sorted(set(errors))[:5],
        "answers_503": sum(r["busy"] for r in results),
        "requests": sum(r["requests"] for r in results),
        "hello_p99_ms": round(percentile(probed, 99) * 1000, 1),
        "hello_p50_ms": round(percentile(probed, 50) * 1000, 1),
        "hello_probes": len(probed),
        "hello_in_generator_p99_ms": round(percentile(hellos, 99) * 1000, 1),
        "sync_p50_s": round(percentile(syncs, 50), 2),
        "sync_p99_s": round(percentile(syncs, 99), 2),
        "wall_s": round(wall, 1),
        "server_cpu_ms_per_sync": round(server_cpu * 1000 / max(1, finished), 1),
        "postgres_cpu_ms_per_sync": round(pg_cpu * 1000 / max(1, finished), 1),
        "generator_cpu_s": round(sum(r["cpu_s"] for r in results), 1),
    }
    print(json.dumps({"university": figures["university"]}), flush=True)
    # by device id: the generators' results arrive in the order they finished
    by_device = {s["device_id"]: s for r in results for s in r["devices"]}
    return [by_device[p["device_id"]] for p in people], accepted


def push_storm(
    args: argparse.Namespace,
    base: str,
    server_pid: int,
    people: list[dict[str, str]],
    states: list[dict[str, Any]],
    figures: dict[str, Any],
) -> set[str]:
    """200 devices push 100 events each at the same instant."""
    n = min(200, len(people) - 2)  # the last two are the no-op pull scenario's devices
    server_cpu, pg_cpu = tree_cpu(server_pid), postgres_cpu()
    storm_results = run_generators(base, people[:n], args.generators, storm, states[:n])
    server_cpu, pg_cpu = tree_cpu(server_pid) - server_cpu, postgres_cpu() - pg_cpu
    figures["push_storm"] = {
        "devices": n,
        # what the machine's two cores spent: server and PostgreSQL per push, and in all
        "server_cpu_ms_per_push": round(server_cpu * 1000 / n, 1),
        "postgres_cpu_ms_per_push": round(pg_cpu * 1000 / n, 1),
        "generator_cpu_s": round(sum(r["cpu_s"] for r in storm_results), 1),
        "push_p50_ms": round(max(r["push_p50_ms"] for r in storm_results), 1),
        "push_p99_ms": round(max(r["push_p99_ms"] for r in storm_results), 1),
        "errors_not_503": sum(len(r["errors"]) for r in storm_results),
        "answers_503": sum(r["busy"] for r in storm_results),
    }
    print(json.dumps({"push_storm": figures["push_storm"]}), flush=True)
    return {u for r in storm_results for u in r["accepted"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--history", type=int, default=100_000)
    parser.add_argument("--generators", type=int, default=2)
    parser.add_argument("--pg-url", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument(
        "--deadline", type=float, default=600, help="seconds the university scenario may take"
    )
    parser.add_argument(
        "--skip",
        default="",
        help="scenarios to leave out, comma-separated (university, push_storm)",
    )
    parser.add_argument(
        "--server-log", default=os.devnull, help="where the server's output goes (default: away)"
    )
    args = parser.parse_args()
    args.skip = {x.strip() for x in args.skip.split(",") if x.strip()}

    import psycopg

    name = f"ubench_{uuid.uuid4().hex[:8]}"
    admin = args.pg_url
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = admin.rsplit("/", 1)[0] + f"/{name}"
    figures: dict[str, Any] = {"devices": args.devices, "workers": args.workers}
    server = None
    try:
        t = time.perf_counter()
        people = arrange(url, args.devices)
        historian, people = people[-1], people[:-1]
        print(f"arranged in {time.perf_counter() - t:.1f} s", flush=True)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        log = open(args.server_log, "w")  # noqa: SIM115 - open while the server runs
        server = subprocess.Popen(
            [
                sys.executable, "-m", "server_api.cli", "serve", "--database-url", url,
                "--port", str(port), "--workers", str(args.workers), "--log-level", "error",
            ],
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        import httpx

        for _ in range(600):
            try:
                httpx.get(f"{base}/health", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)

        # The long history, pushed through the API beforehand (not timed).
        hist = Device(historian, 99)
        hstats = Stats()
        with sync_client(base, hist) as client:
            pull_pages(client, hist, hstats)
            t = time.perf_counter()
            for _ in range(args.history // 2000):
                push_sync(client, hist, hist.events(2000, HISTORY_SLUG))
            print(
                f"history of {args.history} pushed in {time.perf_counter() - t:.1f} s", flush=True
            )

        states: list[dict[str, Any]] = [
            {"cursor": None, "seq": 0, "clock": "2026-11-01T09:00"}
        ] * len(people)
        accepted: set[str] = set()
        # 1. the university
        if "university" not in args.skip:
            states, accepted = university(args, base, server.pid, people, figures)
        # 2. 200 devices push at once
        if "push_storm" not in args.skip:
            accepted |= push_storm(args, base, server.pid, people, states, figures)

        # 3. a push into a module with a long history
        with sync_client(base, hist) as client:
            push_sync(client, hist, hist.events(100, HISTORY_SLUG))  # warm
            times = [push_sync(client, hist, hist.events(100, HISTORY_SLUG)) for _ in range(20)]
        figures["history_push"] = {
            "history_events": args.history,
            "push_100_p50_ms": round(statistics.median(times) * 1000, 1),
            "push_100_p99_ms": round(percentile(times, 99) * 1000, 1),
        }
        print(json.dumps({"history_push": figures["history_push"]}), flush=True)

        # 4. a no-op pull after another student pushed
        watcher, other = Device(people[-1], 5), Device(people[-2], 6)
        watcher.cursor = states[-1]["cursor"]
        other.seq, other.clock = states[-2]["seq"], datetime.fromisoformat(states[-2]["clock"])
        counts, noop_times = [], []
        with sync_client(base, watcher) as wc, sync_client(base, other) as oc:
            pull_pages(wc, watcher, Stats())
            for _ in range(20):
                push_sync(oc, other, other.events(100))
                s = Stats()
                t = time.perf_counter()
                counts.append(pull_pages(wc, watcher, s))
                noop_times.append(time.perf_counter() - t)
        figures["noop_pull"] = {
            "requests_max": max(counts),
            "p50_ms": round(statistics.median(noop_times) * 1000, 1),
            "p99_ms": round(percentile(noop_times, 99) * 1000, 1),
        }
        print(json.dumps({"noop_pull": figures["noop_pull"]}), flush=True)

        # 5. a new device pulls the long history
        fresh = Device({**historian, "device_id": uuid.uuid4().hex}, 7)
        with sync_client(base, fresh) as client:
            t = time.perf_counter()
            pages = pull_pages(client, fresh, Stats())
            figures["history_pull"] = {
                "events": args.history + 2100,
                "pages": pages,
                "seconds": round(time.perf_counter() - t, 2),
            }
        print(json.dumps({"history_pull": figures["history_pull"]}), flush=True)

        # 6. exactly once
        with psycopg.connect(url.replace("+psycopg", "")) as conn:
            stored, distinct = conn.execute(
                "SELECT count(*), count(DISTINCT event_uuid) FROM module_analytics_events"
            ).fetchone()  # type: ignore[misc]
            missing = conn.execute(
                "SELECT count(*) FROM unnest(%s::varchar[]) u(x) WHERE NOT EXISTS "
                "(SELECT 1 FROM module_analytics_events e WHERE e.event_uuid = u.x)",
                (sorted(accepted),),
            ).fetchone()[0]  # type: ignore[index]
        figures["exactly_once"] = {
            "stored": stored,
            "distinct_uuids": distinct,
            "load_events_accepted": len(accepted),
            "accepted_but_missing": missing,
            "ok": stored == distinct and missing == 0,
        }
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
        if not args.keep:
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
