"""Rate limits: failed sign-ins per account and per address with an exponential lockout,
enrolment codes, PIN changes and kiosk budgets; 429 with Retry-After and the error
envelope; one count shared by every worker (two apps on one database here)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from server_api import ratelimit
from server_api.app import create_app
from server_api.config import Settings
from server_api.models import RateLimit
from server_api.ratelimit import Rule, address_key
from server_api.timeutil import utcnow
from sync.rules import kiosk_keys
from tests.factories import PASSWORD
from tests.factories.shared_api import cheap_password_hashing
from tests.security._world import Probe, arrange, event, push_body

KEY = kiosk_keys.public_key(kiosk_keys.new_kiosk_key())


class Clock:
    """The rate limiter's clock, moved by hand."""

    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(ratelimit, "utcnow", clock)
    return clock


@pytest.fixture
def probe(db: Any) -> Iterator[Probe]:
    with cheap_password_hashing():
        yield arrange(db)


def login(client: TestClient, email: str, password: str) -> Any:
    return client.post("/v1/auth/login", json={"email": email, "password": password})


def assert_429(resp: Any, *, retry_after: int | None = None, says: str = "") -> None:
    assert resp.status_code == 429, resp.text
    error = resp.json()["error"]
    assert error["code"] == "too_many_requests" and says in error["message"]
    assert int(resp.headers["retry-after"]) >= 1
    if retry_after is not None:
        assert int(resp.headers["retry-after"]) == retry_after
    assert error["details"]["retry_after"] == int(resp.headers["retry-after"])


@pytest.mark.postgres
def test_wrong_passwords_lock_the_account_then_the_lockout_doubles(
    client: TestClient, probe: Probe, clock: Clock
) -> None:
    for _ in range(5):
        assert login(client, probe.student_email, "wrong password").status_code == 401
    # the sixth attempt is refused before the password is looked at, even the right one
    assert_429(login(client, probe.student_email, PASSWORD), retry_after=60, says="account")
    clock.advance(61)
    for _ in range(5):
        assert login(client, probe.student_email, "wrong password").status_code == 401
    assert_429(login(client, probe.student_email, PASSWORD), retry_after=120)
    clock.advance(121)
    assert login(client, probe.student_email, PASSWORD).status_code == 200
    # another account signs in meanwhile: the lockout is the account's
    assert login(client, probe.faculty_email, PASSWORD).status_code == 200


@pytest.mark.postgres
def test_the_lockout_stops_at_an_hour(client: TestClient, probe: Probe, clock: Clock) -> None:
    for _ in range(8):
        for _ in range(6):
            login(client, probe.student_email, "wrong password")
        resp = login(client, probe.student_email, PASSWORD)
        assert resp.status_code == 429
        clock.advance(int(resp.headers["retry-after"]) + 1)
    assert int(resp.headers["retry-after"]) == 3600


@pytest.mark.postgres
def test_a_successful_sign_in_forgets_the_failures(
    client: TestClient, probe: Probe, clock: Clock
) -> None:
    for _ in range(3):
        for _ in range(4):
            assert login(client, probe.student_email, "wrong password").status_code == 401
        assert login(client, probe.student_email, PASSWORD).status_code == 200


@pytest.mark.postgres
def test_failures_from_one_address_lock_that_address(
    client: TestClient, probe: Probe, clock: Clock
) -> None:
    for n in range(30):  # one try each at 30 accounts: no account is locked
        assert login(client, f"guess{n}@example.edu", "password123").status_code == 401
    assert_429(login(client, probe.student_email, PASSWORD), says="address")


@pytest.mark.postgres
def test_every_worker_shares_the_count(settings: Settings, probe: Probe, clock: Clock) -> None:
    """Two apps (as two worker processes would be) on one database: 3 + 2 failures lock."""
    apps = [create_app(settings), create_app(settings)]
    try:
        with TestClient(apps[0]) as one, TestClient(apps[1]) as two:
            for client in (one, two, one, two, one):
                assert login(client, probe.student_email, "nope nope").status_code == 401
            assert_429(login(two, probe.student_email, PASSWORD))
            assert_429(login(one, probe.student_email, PASSWORD))
    finally:
        for app in apps:
            app.state.engine.dispose()


def test_the_embedded_sqlite_server_limits_too(tmp_path: Path, clock: Clock) -> None:
    """One file, one writer: a counter is written while the request's own transaction has
    written nothing yet (else it would wait for that transaction's lock, then fail)."""
    from sqlalchemy.orm import Session

    from server_api.db import make_engine
    from server_api.migrate import migrate
    from server_api.models import AuthToken

    data = tmp_path / "server"
    data.mkdir()
    settings = Settings(database_url=f"sqlite:///{data / 'frames.sqlite3'}", data_dir=data)
    engine = make_engine(settings.resolved_database_url())
    migrate(engine)
    with cheap_password_hashing(), Session(engine, expire_on_commit=False) as db:
        probe = arrange(db, "uni-s")
        # a token last used two hours ago: authenticating it writes (its sliding expiry)
        for token in db.scalars(select(AuthToken)):
            token.last_used_at = utcnow() - timedelta(hours=2)
        db.commit()
    engine.dispose()
    app = create_app(settings)
    with TestClient(app) as client:
        for _ in range(5):
            assert login(client, probe.faculty_email, "wrong password").status_code == 401
        assert_429(login(client, probe.faculty_email, PASSWORD))
        body = {"protocol_version": 1, "device_id": "new-kiosk-2", "name": "K", "public_key": KEY}
        for n in range(10):
            resp = client.post("/v1/kiosks/enrol", json={**body, "code": f"ABCD-EFGH-{n:04d}"})
            assert resp.status_code == 401, resp.text
        assert_429(client.post("/v1/kiosks/enrol", json={**body, "code": "ABCD-EFGH-JKMN"}))
        for n in range(10):
            resp = client.put(
                "/v1/me/pin",
                json={"pin": f"{200000 + n}", "password": PASSWORD},
                headers=probe.headers["student"],
            )
            assert resp.status_code == 204, resp.text
        again = {"pin": "246800", "password": PASSWORD}
        assert_429(client.put("/v1/me/pin", json=again, headers=probe.headers["student"]))
    app.state.engine.dispose()


@pytest.mark.postgres
def test_wrong_enrolment_codes_lock_the_address(client: TestClient, probe: Probe) -> None:
    def enrol(code: str) -> Any:
        body = {
            "protocol_version": 1,
            "device_id": "new-kiosk-1",
            "name": "K",
            "code": code,
            "public_key": KEY,
        }
        return client.post("/v1/kiosks/enrol", json=body)

    for n in range(10):
        assert enrol(f"ABCD-EFGH-{n:04d}").status_code == 401
    assert_429(enrol("ABCD-EFGH-JKMN"), says="enrolment codes")


@pytest.mark.postgres
@pytest.mark.parametrize("who", ["student", "faculty"])
def test_pin_changes_are_budgeted(client: TestClient, probe: Probe, who: str) -> None:
    path = "/v1/me/pin" if who == "student" else f"/v1/students/{probe.student_id}/pin"
    password = {"password": PASSWORD} if who == "student" else {}
    for n in range(10):
        body = {"pin": f"{100000 + n}", **password}
        resp = client.put(path, json=body, headers=probe.headers[who])
        assert resp.status_code == 204, resp.text
    again = {"pin": "432100", **password}
    assert_429(client.put(path, json=again, headers=probe.headers[who]), says="PIN")


@pytest.mark.postgres
def test_a_kiosk_has_a_roster_budget(client: TestClient, probe: Probe) -> None:
    body = {"protocol_version": 1, "device_id": probe.kiosk_device}
    for _ in range(60):
        resp = client.post("/v1/kiosk/roster", json=body, headers=probe.headers["kiosk"])
        assert resp.status_code == 200, resp.text
    resp = client.post("/v1/kiosk/roster", json=body, headers=probe.headers["kiosk"])
    assert_429(resp, retry_after=60, says="kiosk")


@pytest.mark.postgres
def test_a_kiosk_has_push_and_pull_budgets(
    client: TestClient, probe: Probe, monkeypatch: pytest.MonkeyPatch
) -> None:
    from server_api.sync_api import router

    minute = timedelta(minutes=1)
    monkeypatch.setattr(router, "KIOSK_PUSH", Rule("kiosk-push", 3, minute, minute, minute, "p"))
    monkeypatch.setattr(router, "KIOSK_PULL", Rule("kiosk-pull", 3, minute, minute, minute, "q"))
    push = push_body([], device_id=probe.kiosk_device)
    pull = {"protocol_version": 1, "device_id": probe.kiosk_device, "student_id": probe.student_id}
    for _ in range(3):
        assert (
            client.post("/v1/sync/push", json=push, headers=probe.headers["kiosk"]).status_code
            == 200
        )
        assert (
            client.post("/v1/sync/pull", json=pull, headers=probe.headers["kiosk"]).status_code
            == 200
        )
    assert_429(client.post("/v1/sync/push", json=push, headers=probe.headers["kiosk"]))
    assert_429(client.post("/v1/sync/pull", json=pull, headers=probe.headers["kiosk"]))


@pytest.mark.postgres
def test_a_students_device_syncs_without_touching_the_counters(
    client: TestClient, db: Any, probe: Probe
) -> None:
    """1,000 laptops syncing at once cost no rate-limit statement at all."""
    body = push_body([event(probe.student_id, probe.slug, seq=n) for n in range(1, 4)])
    pull = {"protocol_version": 1, "device_id": "probe-device-1"}
    for _ in range(3):
        assert (
            client.post("/v1/sync/push", json=body, headers=probe.headers["student"]).status_code
            == 200
        )
        assert (
            client.post("/v1/sync/pull", json=pull, headers=probe.headers["student"]).status_code
            == 200
        )
    assert db.scalar(select(func.count()).select_from(RateLimit)) == 0


def test_ipv6_clients_count_by_their_64() -> None:
    assert address_key("2001:db8:1:2:aaaa::1") == address_key("2001:db8:1:2:bbbb::2")
    assert address_key("2001:db8:1:3::1") != address_key("2001:db8:1:2::1")
    assert address_key("192.0.2.7") == "192.0.2.7"
    assert address_key(None) == "unknown"
