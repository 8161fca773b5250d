"""The background sync service: when it syncs, how it backs off, what listeners hear."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from local_store import LocalStore
from sync.client.engine import AuthError, ClientTooOldError, OfflineError, RoundReport
from sync.client.service import Connectivity, SyncService, SyncStatus, backoff_delay


class FakeEngine:
    """Stands in for the HTTP side only; the store and the service are real."""

    def __init__(self, outcomes: list[BaseException | None]) -> None:
        self.outcomes = outcomes
        self.calls: list[str] = []
        self.called = threading.Event()

    def sync_kiosk(self) -> None:
        return None  # not a kiosk: the roster stage is tested in tests/sync/test_kiosk.py

    def sync_user(self, user_id: str) -> RoundReport:
        self.calls.append(user_id)
        self.called.set()
        outcome = self.outcomes.pop(0) if self.outcomes else None
        if outcome is not None:
            raise outcome
        return RoundReport(user_id=user_id)


@pytest.fixture
def store(tmp_path: Path) -> Any:
    with LocalStore.open(tmp_path / "store.sqlite3") as s:
        s.save_user(
            user_id="stu-1",
            role="student",
            display_name="Sam",
            server_url="http://127.0.0.1:9",
            token="frm_x",
        )
        s.record_event(
            owner="stu-1",
            module_id="lab-safety-101",
            event_type="click",
            session_id="s",
            device_type="desktop",
        )
        yield s


def test_backoff_grows_exponentially_with_jitter_and_a_cap() -> None:
    delays = [backoff_delay(n, base=5, cap=300, rnd=0.5) for n in range(1, 10)]
    assert delays[:4] == [5, 10, 20, 40]
    assert max(delays) == 300
    assert backoff_delay(3, base=5, cap=300, rnd=0.0) == 10  # x0.5
    assert backoff_delay(3, base=5, cap=300, rnd=0.999) == pytest.approx(29.98)  # x1.5


def test_failures_back_off_then_success_resets(store: Any) -> None:
    engine = FakeEngine([OfflineError("no network"), OfflineError("no network"), None])
    service = SyncService(store, engine, interval=60, base_backoff=5, rng=lambda: 0.5)  # type: ignore[arg-type]
    heard: list[SyncStatus] = []
    service.add_listener(heard.append)
    assert service.run_once() == 5
    assert service.status.connectivity == Connectivity.OFFLINE
    assert service.status.error == "no network"
    assert service.status.pending == 1
    assert service.run_once() == 10
    assert service.run_once() == 60  # the network came back
    status = service.status
    assert status.connectivity == Connectivity.ONLINE and status.error is None
    assert status.last_success is not None
    assert any(s.syncing for s in heard) and not heard[-1].syncing


def test_revoked_sign_in_asks_to_sign_in_again_without_hammering(store: Any) -> None:
    service = SyncService(
        store,
        FakeEngine([AuthError("this session was revoked")]),  # type: ignore[arg-type]
        interval=60,
        base_backoff=5,
        rng=lambda: 0.5,
    )
    assert service.run_once() == 60
    assert service.status.needs_sign_in
    assert "revoked" in (service.status.error or "")


def test_too_old_client_stops_trying(store: Any) -> None:
    service = SyncService(
        store,
        FakeEngine([ClientTooOldError("please update")]),  # type: ignore[arg-type]
        interval=60,
    )
    assert service.run_once() == float("inf")
    assert service.status.error == "please update"


def test_request_sync_wakes_the_worker_at_once(store: Any) -> None:
    engine = FakeEngine([])
    service = SyncService(store, engine, interval=3600)  # type: ignore[arg-type]
    service.start()
    try:
        assert engine.called.wait(10)  # a round at start
        engine.called.clear()
        service.request_sync()  # long before the hour is up
        assert engine.called.wait(10)
    finally:
        service.stop()
    assert engine.calls == ["stu-1", "stu-1"]


def test_a_broken_listener_does_not_stop_sync(store: Any) -> None:
    service = SyncService(store, FakeEngine([]), interval=60)  # type: ignore[arg-type]

    def broken(_: SyncStatus) -> None:
        raise RuntimeError("listener bug")

    service.add_listener(broken)
    assert service.run_once() == 60
    assert service.status.connectivity == Connectivity.ONLINE


def test_the_desktop_moves_an_old_token_to_the_keyring_in_its_first_sync_round(
    tmp_path: Path, os_keyring: Any
) -> None:
    """The app opens its store without touching the keyring (the first screen does not wait
    for it); the sync worker's first round moves a token an older app left in the file."""
    import keyring
    from keyring.backends import fail

    path = tmp_path / "store.sqlite3"
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    with LocalStore.open(path) as old_app:
        old_app.save_user(
            user_id="stu-1",
            role="student",
            display_name="Sam",
            server_url="http://127.0.0.1:9",
            token="frm_left-in-the-file",
        )
    keyring.set_keyring(os_keyring)
    with LocalStore.open(path, secure_tokens=False) as store:
        assert os_keyring.entries() == {}
        SyncService(store, FakeEngine([None]), interval=60).run_once()  # type: ignore[arg-type]
        assert list(os_keyring.entries().values()) == ["frm_left-in-the-file"]
        user = store.get_user("stu-1")
        assert user is not None and user.token == "frm_left-in-the-file"
    on_disk = b"".join(p.read_bytes() for p in tmp_path.glob("store.sqlite3*"))
    assert b"frm_left-in-the-file" not in on_disk
