"""Memory and storage limits: event_data is capped (on the device and on the server, at
the same size), a pull page is bounded by bytes as well as by count, and each student has
a storage quota refused per item with a reason while the rest of the batch lands."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

import local_store
from local_store import LocalStore, StoreError
from server_api.app import create_app
from server_api.config import Settings
from server_api.models import ModuleAnalyticsEvent, StudentStorage
from sync.rules import protocol
from sync.rules.protocol import MAX_EVENT_DATA_BYTES, event_data_size
from tests.factories.shared_api import cheap_password_hashing
from tests.local_store._helpers import add_user
from tests.security._world import Probe, arrange, event, push_body


def data_of_size(size: int) -> dict[str, Any]:
    data = {"x": "a" * (size - event_data_size({"x": ""}))}
    assert event_data_size(data) == size
    return data


# --- event_data -----------------------------------------------------------------------------


def test_the_device_and_the_server_share_one_limit() -> None:
    assert local_store.MAX_EVENT_DATA_BYTES == protocol.MAX_EVENT_DATA_BYTES
    assert 16 * 1024 <= MAX_EVENT_DATA_BYTES <= 64 * 1024


@pytest.mark.parametrize("unit", ["a", "é", "😀", "\x01"])
def test_the_device_refuses_to_record_what_the_server_refuses(tmp_path: Path, unit: str) -> None:
    """The same boundary on both sides, in bytes of compact UTF-8 JSON whatever the text."""
    cost = len(json.dumps(unit, ensure_ascii=False).encode()) - 2  # bytes per unit in JSON
    most = (MAX_EVENT_DATA_BYTES - event_data_size({"x": ""})) // cost
    fits, over = {"x": unit * most}, {"x": unit * (most + 1)}
    assert event_data_size(fits) <= MAX_EVENT_DATA_BYTES < event_data_size(over)
    protocol.EventIn.model_validate(event("stu-1", "m-1", seq=1, data=fits))
    with pytest.raises(ValueError, match="over the limit"):
        protocol.EventIn.model_validate(event("stu-1", "m-1", seq=1, data=over))
    store = LocalStore.open(tmp_path / "store.sqlite3")
    try:
        add_user(store, "stu-1")

        def record(data: dict[str, Any]) -> Any:
            return store.record_event(
                owner="stu-1",
                module_id="m-1",
                event_type="heartbeat",
                event_data=data,
                session_id="s",
                device_type="desktop",
            )

        assert record(fits).event_data == fits
        with pytest.raises(StoreError, match="over the limit") as caught:
            record(over)
        assert "\n" not in str(caught.value)
        assert store.pending_count("stu-1") == 1
    finally:
        store.close()


@pytest.fixture
def probe(db: Session) -> Iterator[Probe]:
    with cheap_password_hashing():
        yield arrange(db)


def push(client: TestClient, probe: Probe, events: list[dict[str, Any]]) -> Any:
    resp = client.post(
        "/v1/sync/push",
        content=json.dumps(push_body(events)).encode(),
        headers={**probe.headers["student"], "content-type": "application/json"},
    )
    assert resp.status_code == 200, resp.text[:300]
    return resp.json()


@pytest.mark.postgres
def test_an_oversized_event_is_rejected_alone(client: TestClient, probe: Probe) -> None:
    at_limit = event(probe.student_id, probe.slug, seq=1, data=data_of_size(MAX_EVENT_DATA_BYTES))
    over = event(probe.student_id, probe.slug, seq=2, data=data_of_size(MAX_EVENT_DATA_BYTES + 1))
    huge = event(probe.student_id, probe.slug, seq=3, data=data_of_size(7 * 1024 * 1024))
    answer = push(client, probe, [at_limit, over, huge])
    assert answer["accepted"] == 1 and answer["rejected"] == 2
    reasons = {r["uuid"]: r["reason"] for r in answer["results"] if r["status"] == "rejected"}
    assert set(reasons) == {over["uuid"], huge["uuid"]}
    assert all("over the limit of 32,768" in r for r in reasons.values())


# --- pull pages -----------------------------------------------------------------------------


@pytest.mark.postgres
def test_a_pull_page_is_bounded_by_bytes(client: TestClient, probe: Probe) -> None:
    """150 events of 30 KB: the count allows them all in one page (limit 1000 x 25), the
    4 MB budget does not; every event still arrives exactly once."""
    big = data_of_size(30_000)
    sent = []
    for start in (1, 76):
        batch = [
            event(probe.student_id, probe.slug, seq=n, data=big) for n in range(start, start + 75)
        ]
        assert push(client, probe, batch)["accepted"] == 75
        sent += [e["uuid"] for e in batch]
    cursor, pages, received = None, [], []
    while True:
        body = {
            "protocol_version": 1,
            "device_id": "another-device",
            "limit": 1000,
            "cursor": cursor,
        }
        resp = client.post("/v1/sync/pull", json=body, headers=probe.headers["student"])
        assert resp.status_code == 200
        page = resp.json()
        if page["events"]:
            pages.append(len(resp.content))
        received += [e["uuid"] for e in page["events"]]
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    assert sorted(received) == sorted(sent)
    assert len(pages) >= 2
    assert max(pages) <= 4 * 1024 * 1024 + 64 * 1024


# --- quota ----------------------------------------------------------------------------------


@pytest.fixture
def quota_client(settings: Settings) -> Iterator[TestClient]:
    app = create_app(settings.model_copy(update={"quota_events": 5, "quota_event_bytes": 4000}))
    with TestClient(app) as client:
        yield client
    app.state.engine.dispose()


@pytest.mark.postgres
def test_the_quota_refuses_per_item_and_keeps_the_rest(
    quota_client: TestClient, probe: Probe, db: Session
) -> None:
    first = [event(probe.student_id, probe.slug, seq=n) for n in range(1, 4)]
    assert push(quota_client, probe, first)["accepted"] == 3
    second = [event(probe.student_id, probe.slug, seq=n) for n in range(4, 8)]
    answer = push(quota_client, probe, second)
    assert answer["accepted"] == 2 and answer["rejected"] == 2
    refused = [r for r in answer["results"] if r["status"] == "rejected"]
    assert [r["uuid"] for r in refused] == [e["uuid"] for e in second[2:]]
    assert all("storage quota reached" in r["reason"] for r in refused)
    # a retry of what is stored is a duplicate, never a refusal
    again = push(quota_client, probe, first)
    assert again["duplicates"] == 3 and again["rejected"] == 0
    stored = db.scalar(select(func.count()).select_from(ModuleAnalyticsEvent))
    assert stored == 5
    usage = db.get(StudentStorage, probe.student_id)
    assert usage is not None and usage.events == 5


@pytest.mark.postgres
def test_the_byte_quota_counts_event_data(quota_client: TestClient, probe: Probe) -> None:
    data = data_of_size(1500)
    events = [event(probe.student_id, probe.slug, seq=n, data=data) for n in range(1, 4)]
    answer = push(quota_client, probe, events)
    assert answer["accepted"] == 2 and answer["rejected"] == 1
    assert "4,000" in answer["results"][-1]["reason"] or "MB" in answer["results"][-1]["reason"]


@pytest.mark.postgres
def test_a_counter_left_high_by_deleted_events_is_recounted(
    quota_client: TestClient, probe: Probe, db: Session
) -> None:
    full = [event(probe.student_id, probe.slug, seq=n) for n in range(1, 6)]
    assert push(quota_client, probe, full)["accepted"] == 5
    db.execute(delete(ModuleAnalyticsEvent))  # as a deleted module takes its events along
    db.commit()
    more = [event(probe.student_id, probe.slug, seq=n) for n in range(6, 9)]
    assert push(quota_client, probe, more)["accepted"] == 3


def test_the_quota_on_the_embedded_sqlite_server(tmp_path: Path) -> None:
    from server_api.db import make_engine
    from server_api.migrate import migrate

    data = tmp_path / "server"
    data.mkdir()
    settings = Settings(
        database_url=f"sqlite:///{data / 'frames.sqlite3'}", data_dir=data, quota_events=2
    )
    engine = make_engine(settings.resolved_database_url())
    migrate(engine)
    with Session(engine, expire_on_commit=False) as db, cheap_password_hashing():
        probe = arrange(db)
    engine.dispose()
    app = create_app(settings)
    with TestClient(app) as client:
        events = [event(probe.student_id, probe.slug, seq=n) for n in range(1, 4)]
        answer = push(client, probe, events)
    app.state.engine.dispose()
    assert answer["accepted"] == 2 and answer["rejected"] == 1
