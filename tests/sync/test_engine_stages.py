"""The engine's stages and statuses, saved apart: a failed round says where it failed, the
next one knows it and continues from what the failed one saved (the outbox, the cursor)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from sync.client.engine import OfflineError, RoundState, ServerError, Stage, Status, SyncEngine
from tests.factories import make_account, make_assignment, make_module, make_university
from tests.faults import FaultTransport
from tests.sync.test_engine import device

pytestmark = pytest.mark.postgres
PUSH, PULL, HELLO = "/v1/sync/push", "/v1/sync/pull", "/v1/sync/hello"


@pytest.fixture
def world(db: Any) -> dict[str, Any]:
    uni = make_university(db)
    student = make_account(db, "student", university_id=uni.id)
    module = make_module(db, university_id=uni.id, slug="mod-0", sections=4)
    make_assignment(db, module, student_id=student.student_id)
    return {"student": student}


def clicks(store: Any, owner: str, n: int) -> None:
    for _ in range(n):
        store.record_event(
            owner=owner,
            module_id="mod-0",
            event_type="click",
            session_id="s",
            device_type="desktop",
        )


def pushed_uuids(request: httpx.Request) -> list[str]:
    body = json.loads(request.read())
    if "rows" in body:
        return [row[0] for row in body["rows"]]
    return [e["uuid"] for e in body["events"]]


def test_a_completed_round_is_saved_as_done(
    client: Any, world: dict[str, Any], tmp_path: Path
) -> None:
    sid = world["student"].student_id
    store, engine = device(tmp_path, "laptop", client, world["student"])
    seen: list[tuple[Stage, Status]] = []
    engine = SyncEngine(store, http=client, on_stage=lambda _u, s, t: seen.append((s, t)))
    assert engine.round_state(sid) is None
    report = engine.sync_user(sid)
    assert report.resumed_from is None
    assert engine.round_state(sid) == RoundState(Stage.DONE, Status.COMPLETED)
    assert [s for s, _ in seen] == [Stage.HELLO, Stage.PUSH, Stage.PULL, Stage.DERIVE, Stage.DONE]
    assert [t for _, t in seen] == [Status.STARTED] * 4 + [Status.COMPLETED]
    assert engine.sync_user(sid).resumed_from is None


def test_a_round_refused_at_hello_fails_there(
    client: Any, world: dict[str, Any], tmp_path: Path
) -> None:
    sid = world["student"].student_id
    faults = FaultTransport(client)
    store, engine = device(tmp_path, "laptop", client, world["student"], faults=faults)
    seen: list[tuple[Stage, Status]] = []
    engine = SyncEngine(
        store, http=httpx.Client(transport=faults), on_stage=lambda _u, s, t: seen.append((s, t))
    )
    faults.refuse(HELLO)
    with pytest.raises(OfflineError):
        engine.sync_user(sid)
    assert engine.round_state(sid) == RoundState(Stage.HELLO, Status.ERRORED)
    assert seen == [(Stage.HELLO, Status.STARTED), (Stage.HELLO, Status.ERRORED)]
    assert engine.sync_user(sid).resumed_from == Stage.HELLO


@pytest.mark.parametrize("fault", ["refuse", "lose_answer"])
def test_a_push_cut_short_sends_only_what_was_not_answered(
    client: Any, db: Any, world: dict[str, Any], tmp_path: Path, fault: str
) -> None:
    """30 events in batches of 7; the third push fails. The answered batches left the outbox:
    the next round sends the rest (and at most the batch in flight again), no more."""
    sid = world["student"].student_id
    faults = FaultTransport(client)
    store, engine = device(tmp_path, "laptop", client, world["student"], faults=faults)
    engine.sync_user(sid)
    clicks(store, sid, 30)
    recorded = {e.uuid for e in store.pending_events(sid)}
    sent: list[list[str]] = []
    faults.watch(lambda r: sent.append(pushed_uuids(r)) if r.url.path == PUSH else None)
    getattr(faults, fault)(PUSH, nth=3)
    with pytest.raises(OfflineError):
        engine.sync_user(sid)
    assert engine.round_state(sid) == RoundState(Stage.PUSH, Status.ERRORED)
    left = {e.uuid for e in store.pending_events(sid)}
    assert len(left) == 16 and left < recorded  # two batches of 7 were answered
    first_round = len(sent)
    report = engine.sync_user(sid)
    assert report.resumed_from == Stage.PUSH
    again = {u for batch in sent[first_round:] for u in batch}
    assert again == left  # nothing answered is sent again
    assert report.pushed + report.duplicates == 16 and store.pending_count(sid) == 0
    assert engine.round_state(sid) == RoundState(Stage.DONE, Status.COMPLETED)


def test_a_pull_cut_short_continues_from_its_cursor(
    client: Any, world: dict[str, Any], tmp_path: Path
) -> None:
    sid = world["student"].student_id
    other, other_engine = device(tmp_path, "tablet", client, world["student"])
    clicks(other, sid, 200)
    other_engine.sync_user(sid)
    # How many pages a whole pull takes, on a third device.
    fresh, fresh_engine = device(tmp_path, "fresh", client, world["student"])
    fresh_engine.pull_limit = 1  # 25 events a page
    whole = fresh_engine.sync_user(sid).pages
    assert whole >= 8

    faults = FaultTransport(client)
    store, engine = device(tmp_path, "laptop", client, world["student"], faults=faults)
    engine.pull_limit = 1  # 25 events a page
    faults.fail(PULL, nth=4, status=500)
    with pytest.raises(ServerError):
        engine.sync_user(sid)
    assert engine.round_state(sid) == RoundState(Stage.PULL, Status.ERRORED)
    assert store.get_cursor(sid) is not None
    report = engine.sync_user(sid)
    assert report.resumed_from == Stage.PULL
    assert report.pages == whole - 3  # the three pages applied are not fetched again
    assert len(store.events_for(sid, "mod-0")) == len(fresh.events_for(sid, "mod-0")) == 200
