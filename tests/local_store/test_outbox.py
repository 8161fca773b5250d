"""The outbox: recording events, their durability, states, and export/import."""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from local_store import DURABLE_EVENT_TYPES, EventRecord, LocalStore, StoreError

from ._helpers import NOW, add_user, record, remote_event


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    with LocalStore.open(tmp_path / "local.sqlite3") as s:
        add_user(s)
        yield s


def test_record_event_returns_the_stored_record(store: LocalStore) -> None:
    e = store.record_event(
        owner="s1",
        module_id="lab-safety-101",
        event_type="checklist_item",
        section_number=3,
        event_data={"item": "goggles", "checked": True},
        session_id="sess-9",
        device_type="kiosk",
        time_elapsed_seconds=42,
        client_ts=NOW,
    )
    assert len(e.uuid) == 32 and uuid.UUID(e.uuid).version == 4
    assert (e.device_id, e.device_seq) == (store.device_id, 1)
    assert (e.origin, e.state, e.server_ts, e.reject_reason) == ("local", "pending", None, None)
    assert e.client_ts == NOW and e.timestamp == NOW
    assert store.get_event(e.uuid) == e
    assert store.get_event(str(uuid.UUID(e.uuid))) == e  # hyphenated form accepted


def test_client_ts_defaults_to_now_and_aware_times_become_naive_utc(store: LocalStore) -> None:
    before = datetime.now(UTC).replace(tzinfo=None)
    e = record(store)
    assert e.client_ts.tzinfo is None and before <= e.client_ts <= before + timedelta(seconds=5)
    aware = datetime(2025, 3, 1, 11, 0, tzinfo=timezone(timedelta(hours=2)))
    assert record(store, client_ts=aware).client_ts == NOW


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"event_type": ""}, "event_type"),
        ({"event_type": "x" * 101}, "event_type"),
        ({"event_type": None}, "event_type"),
        ({"event_data": {"when": datetime(2025, 1, 1)}}, "event_data is not JSON"),
        ({"event_data": {"x": float("nan")}}, "event_data is not JSON"),
        ({"section_number": "2"}, "section_number"),
        ({"section_number": True}, "section_number"),
        ({"device_type": "toaster"}, "device_type"),
        ({"owner": ""}, "owner"),
        ({"module_id": "m" * 101}, "module_id"),
        ({"time_elapsed_seconds": -1}, "time_elapsed_seconds"),
        ({"client_ts": "2025-01-01"}, "client_ts"),
    ],
)
def test_invalid_input_is_refused_in_one_line(
    store: LocalStore, overrides: dict[str, Any], message: str
) -> None:
    with pytest.raises(StoreError, match=message) as info:
        record(store, **overrides)
    assert "\n" not in str(info.value)
    assert store.pending_count() == 0


def test_event_type_of_100_characters_and_unknown_types_are_fine(store: LocalStore) -> None:
    assert record(store, event_type="x" * 100).event_type == "x" * 100
    assert record(store, event_type="buddy_message").device_seq == 2


def test_device_seq_is_monotonic_across_reopen(tmp_path: Path) -> None:
    path = tmp_path / "local.sqlite3"
    seqs = []
    for _ in range(3):
        with LocalStore.open(path) as s:
            seqs += [record(s).device_seq for _ in range(5)]
    assert seqs == list(range(1, 16))


def test_failed_insert_does_not_consume_a_seq(store: LocalStore) -> None:
    first = record(store)
    with pytest.raises(StoreError):
        record(store, event_type="x" * 101)
    assert record(store).device_seq == first.device_seq + 1


def test_seq_survives_forgetting_events(store: LocalStore) -> None:
    """device_seq comes from a counter, not from max(events): deleting events reuses nothing."""
    events = [record(store) for _ in range(3)]
    store.mark_synced((e.uuid, NOW) for e in events)
    store.forget_user("s1")
    add_user(store)
    assert record(store).device_seq == 4


def _statements(store: LocalStore) -> list[str]:
    seen: list[str] = []
    store._conn().set_trace_callback(seen.append)
    return seen


@pytest.mark.parametrize("event_type", sorted(DURABLE_EVENT_TYPES))
def test_durable_types_commit_with_synchronous_full(store: LocalStore, event_type: str) -> None:
    seen = _statements(store)
    record(store, event_type=event_type)
    sync = [s for s in seen if "synchronous" in s]
    assert sync == ["PRAGMA synchronous = FULL", "PRAGMA synchronous = NORMAL"]
    assert seen.index("PRAGMA synchronous = FULL") < seen.index("BEGIN IMMEDIATE")
    assert seen.index("COMMIT") < seen.index("PRAGMA synchronous = NORMAL")
    assert store._conn().execute("PRAGMA synchronous").fetchone()[0] == 1


def test_durable_flag_and_cheap_events(store: LocalStore) -> None:
    seen = _statements(store)
    record(store, event_type="click")
    record(store, event_type="scroll")
    assert not [s for s in seen if "synchronous" in s]
    record(store, event_type="click", durable=True)
    assert "PRAGMA synchronous = FULL" in seen


def test_durable_commit_resets_synchronous_even_when_it_fails(
    store: LocalStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = store._conn()
    conn.execute(
        "CREATE TEMP TRIGGER boom BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'boom'); END"
    )
    with pytest.raises(StoreError, match="boom"):
        record(store, event_type="section_complete")
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1
    assert not conn.in_transaction
    conn.execute("DROP TRIGGER temp.boom")
    assert record(store).device_seq == 1


def test_pending_events_order_limit_and_owner(store: LocalStore) -> None:
    add_user(store, "s2")
    mine = [record(store, "s1") for _ in range(5)]
    theirs = [record(store, "s2") for _ in range(3)]
    assert [e.device_seq for e in store.pending_events()] == list(range(1, 9))
    assert store.pending_events(limit=2) == mine[:2]
    assert store.pending_events("s1") == mine
    assert store.pending_events("s2") == theirs
    assert (store.pending_count(), store.pending_count("s1"), store.pending_count("nobody")) == (
        8,
        5,
        0,
    )
    with pytest.raises(StoreError, match="limit"):
        store.pending_events(limit=0)


def test_pending_json_is_pending_events_as_json_objects(store: LocalStore) -> None:
    add_user(store, "s2")
    record(store, "s2")
    mine = [
        record(store, event_data={"item": "goggles", "note": 'é "q" \\ \n', "n": [1, 2.5]}),
        record(store, event_type="section_complete", section_number=2, time_elapsed_seconds=7),
        record(store, session_id=None, device_type="kiosk", client_ts=NOW),
        record(store),
    ]
    store.mark_synced([(mine[3].uuid, NOW)])
    store.mark_sent([mine[1].uuid])  # sent without an answer: still to send
    store.mark_rejected(mine[2].uuid, "no")
    expected = store.pending_events("s1", limit=10)
    assert [e.uuid for e in expected] == [mine[0].uuid, mine[1].uuid]
    rows = store.pending_json("s1", limit=10, keys={"owner": "student_id"})
    assert [(u, m, q) for u, m, q, _ in rows] == [
        (e.uuid, e.module_id, e.device_seq) for e in expected
    ]
    for (_, _, _, text), e in zip(rows, expected, strict=True):
        fields = {
            k: v
            for k, v in dataclasses.asdict(e).items()
            if k not in ("origin", "state", "reject_reason", "server_ts")
        }
        fields["student_id"] = fields.pop("owner")
        fields["client_ts"] = e.client_ts.isoformat(timespec="microseconds")
        assert json.loads(text) == fields
    assert [r[0] for r in store.pending_json("s1", limit=1)] == [mine[0].uuid]
    assert "owner" in json.loads(store.pending_json("s2", limit=1)[0][3])
    with pytest.raises(StoreError, match="limit"):
        store.pending_json("s1", limit=0)


def test_pending_rows_are_pending_events_as_json_arrays(store: LocalStore) -> None:
    mine = [
        record(store, event_data={"item": "goggles", "note": 'é "q" \\ \n', "n": [1, 2.5]}),
        record(store, event_type="section_complete", section_number=2, time_elapsed_seconds=7),
        record(store, session_id=None, device_type="kiosk", client_ts=NOW),
    ]
    store.mark_synced([(mine[1].uuid, None)])
    columns = ("client_ts", "uuid", "owner", "event_data", "device_seq", "session_id")
    rows = store.pending_rows("s1", limit=10, columns=columns)
    expected = store.pending_events("s1", limit=10)
    assert [(u, m, q) for u, m, q, _ in rows] == [
        (e.uuid, e.module_id, e.device_seq) for e in expected
    ]
    assert len(rows) == 2
    for (_, _, _, text), e in zip(rows, expected, strict=True):
        ts = e.client_ts.isoformat(timespec="microseconds")
        values = [ts, e.uuid, e.owner, e.event_data, e.device_seq, e.session_id]
        assert json.loads(text) == values
    first = store.pending_rows("s1", limit=1, columns=["uuid"])
    assert len(first) == 1
    after = (first[0][2], first[0][0])  # read on from the last key read
    rest = store.pending_rows("s1", limit=10, columns=["uuid"], after=after)
    assert [r[0] for r in first + rest] == [e.uuid for e in expected]
    assert [r[0] for r in store.pending_json("s1", limit=10, after=after)] == [rest[0][0]]
    for bad in ([], ["state"], ["uuid; DROP TABLE events"]):
        with pytest.raises(StoreError, match="columns"):
            store.pending_rows("s1", limit=1, columns=bad)


def test_reading_a_batch_to_send_sorts_nothing(store: LocalStore) -> None:
    """The outbox is keyed in send order (schema 5): no temporary sort per batch."""
    for _ in range(3):
        record(store)
    from local_store import _store

    conn = store._conn()
    keys = ["k"] * len(_store._RECORDED_COLUMNS)
    for sql, params in (
        (_store._PENDING_ROWS.format("e.uuid"), ("s1", 0, "", 5)),
        (_store._PENDING_JSON, (*keys, "s1", 0, "", 5)),
    ):
        plan = " ".join(str(r[-1]) for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))
        assert "USING PRIMARY KEY" in plan and "TEMP B-TREE" not in plan, plan


def test_states_sent_synced_rejected_retry(store: LocalStore) -> None:
    a, b, c, d = (record(store) for _ in range(4))
    assert store.mark_sent([a.uuid, b.uuid, c.uuid]) == 3
    assert store.mark_sent([a.uuid]) == 0  # only pending events become sent
    # sent but unanswered events are still to be (re)sent
    assert [e.uuid for e in store.pending_events()] == [a.uuid, b.uuid, c.uuid, d.uuid]
    assert store.pending_count() == 4

    server_ts = NOW + timedelta(seconds=3)
    assert store.mark_synced([(a.uuid, server_ts), (uuid.uuid4().hex, NOW)]) == 1
    synced = store.get_event(a.uuid)
    assert synced is not None and (synced.state, synced.server_ts) == ("synced", server_ts)
    assert synced.timestamp == server_ts

    store.mark_rejected(b.uuid, "module no longer assigned")
    [rejected] = store.rejected_events()
    assert (rejected.uuid, rejected.state, rejected.reject_reason) == (
        b.uuid,
        "rejected",
        "module no longer assigned",
    )
    assert store.rejected_events("s2") == []
    assert store.pending_count() == 2
    with pytest.raises(StoreError, match="already synced"):
        store.mark_rejected(a.uuid, "no")
    with pytest.raises(StoreError, match="unknown event"):
        store.mark_rejected(uuid.uuid4().hex, "no")
    with pytest.raises(StoreError, match="not rejected"):
        store.retry_rejected(c.uuid)

    store.retry_rejected(b.uuid)
    again = store.get_event(b.uuid)
    assert again is not None and (again.state, again.reject_reason) == ("pending", None)
    assert store.rejected_events() == []

    # everything but state / reject_reason / server_ts is exactly as recorded
    for original in (a, b, c, d):
        now = store.get_event(original.uuid)
        assert now is not None
        assert (
            dataclasses.replace(now, state="pending", reject_reason=None, server_ts=None)
            == original
        )


@pytest.mark.parametrize("run", [True, False])
def test_a_batch_leaves_the_outbox_with_its_keys_only(store: LocalStore, run: bool) -> None:
    """``mark_batch_synced``: a batch that is a run of the outbox goes by one range delete;
    one with another event to send in its range (here a rejected one retried meanwhile)
    goes key by key; either way exactly the given events leave, and only those."""
    add_user(store, "s2")
    events = [record(store) for _ in range(6)]
    theirs = record(store, "s2")  # another kiosk student's, between them in device_seq
    events += [record(store) for _ in range(2)]
    middle = events[3]
    store.mark_rejected(middle.uuid, "bad")
    batch = [e for e in events if e is not middle]
    if not run:
        store.retry_rejected(middle.uuid)
    moved = NOW + timedelta(hours=1)
    keys = [(e.device_seq, e.uuid) for e in batch]
    assert store.mark_batch_synced("s1", keys, [(batch[0].uuid, moved)]) == len(batch)
    left = {e.uuid: e.state for e in store.pending_events(limit=50) + store.rejected_events()}
    assert left == {middle.uuid: "pending" if not run else "rejected", theirs.uuid: "pending"}
    first = store.get_event(batch[0].uuid)
    assert first is not None and (first.state, first.server_ts) == ("synced", moved)
    second = store.get_event(batch[1].uuid)
    assert second is not None and (second.state, second.server_ts) == ("synced", None)
    assert store.mark_batch_synced("s1", keys) == 0  # already gone: nothing happens
    assert store.mark_batch_synced("s1", []) == 0


def test_events_for_has_local_and_remote_events(store: LocalStore) -> None:
    add_user(store, "s2")
    local = record(store, client_ts=NOW + timedelta(seconds=5))
    record(store, module_id="other-module")
    record(store, "s2")
    remote = remote_event(client_ts=NOW, server_ts=NOW + timedelta(seconds=1))
    store.apply_changes("s1", events=[remote], cursor="c", synced_at=NOW)
    events = store.events_for("s1", "lab-safety-101")
    assert [e.uuid for e in events] == [remote.uuid, local.uuid]
    assert [e.origin for e in events] == ["remote", "local"]
    assert store.events_for("s2", "other-module") == []


def test_fold_events_are_events_for_as_fold_rows(store: LocalStore) -> None:
    add_user(store, "s2")
    check = record(store, event_type="checklist_item", section_number=1, event_data={"item": "a"})
    scroll = record(store, event_type="scroll", event_data={"y": 10}, client_ts=NOW)
    record(store, module_id="other-module")
    record(store, "s2")
    synced = record(store, client_ts=NOW - timedelta(hours=1))
    store.mark_synced([(synced.uuid, NOW + timedelta(seconds=3)), (scroll.uuid, None)])
    remote = remote_event(client_ts=NOW, server_ts=NOW + timedelta(seconds=1))
    store.apply_changes("s1", events=[remote], cursor="c", synced_at=NOW)
    rows = store.fold_events("s1", "lab-safety-101", data_for=["checklist_item"])
    events = store.events_for("s1", "lab-safety-101")
    assert [r.uuid for r in rows] == [e.uuid for e in events]
    assert [r.uuid for r in rows] == [scroll.uuid, remote.uuid, synced.uuid, check.uuid]
    for r, e in zip(rows, events, strict=True):
        wanted = e.event_data if e.event_type == "checklist_item" else None
        assert r == (
            e.uuid,
            e.event_type,
            e.timestamp,
            e.device_id,
            e.device_seq,
            e.session_id,
            e.section_number,
            wanted,
        )
    assert rows[-1].event_data == {"item": "a"} and rows[0].event_data is None
    assert store.fold_events("s2", "other-module") == []


def test_export_outbox_writes_unsynced_events_atomically(store: LocalStore, tmp_path: Path) -> None:
    add_user(store, "s2")
    a, b, c = record(store, event_data={"k": [1, 2]}), record(store), record(store, "s2")
    store.mark_synced([(a.uuid, NOW)])
    store.mark_rejected(b.uuid, "nope")
    out = tmp_path / "export" / "outbox.jsonl"
    out.parent.mkdir()
    out.write_text("old content\n")
    assert store.export_outbox(out) == 2
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [line["uuid"] for line in lines] == [b.uuid, c.uuid]
    assert lines[0]["state"] == "rejected" and lines[0]["reject_reason"] == "nope"
    assert lines[1] == {
        "uuid": c.uuid,
        "owner": "s2",
        "module_id": "lab-safety-101",
        "event_type": "click",
        "event_data": None,
        "section_number": None,
        "session_id": "sess-1",
        "device_type": "desktop",
        "device_id": store.device_id,
        "device_seq": 3,
        "client_ts": c.client_ts.isoformat(timespec="microseconds"),
        "time_elapsed_seconds": None,
        "origin": "local",
        "state": "pending",
        "reject_reason": None,
        "server_ts": None,
    }
    assert store.export_outbox(out, owner="s2") == 1
    assert sorted(p.name for p in out.parent.iterdir()) == ["outbox.jsonl"]  # no temp file left
    with pytest.raises(StoreError, match="cannot export"):
        store.export_outbox(tmp_path / "missing-dir" / "x.jsonl")


def test_import_outbox_round_trip(tmp_path: Path) -> None:
    with LocalStore.open(tmp_path / "a.sqlite3") as a:
        events = [record(a, event_data={"i": i}) for i in range(5)]
        a.mark_rejected(events[0].uuid, "bad")
        a.mark_synced([(events[1].uuid, NOW)])
        assert a.export_outbox(tmp_path / "out.jsonl") == 4
    with LocalStore.open(tmp_path / "b.sqlite3") as b:
        assert b.import_outbox(tmp_path / "out.jsonl") == 4
        assert b.import_outbox(tmp_path / "out.jsonl") == 0  # deduplicated by uuid
        assert b.pending_events() == events[2:]
        assert [e.uuid for e in b.rejected_events()] == [events[0].uuid]
        (tmp_path / "bad.jsonl").write_text('{"uuid": "zz"}\n')
        with pytest.raises(StoreError, match=r"bad\.jsonl:1: .*lacks the field"):
            b.import_outbox(tmp_path / "bad.jsonl")
        (tmp_path / "bad.jsonl").write_text("{not json\n")
        with pytest.raises(StoreError, match="not JSON"):
            b.import_outbox(tmp_path / "bad.jsonl")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalStore]:
    with LocalStore.open(tmp_path_factory.mktemp("shared") / "s.sqlite3") as s:
        yield s


@settings(max_examples=40, deadline=None, database=None)
@given(data=json_values, section=st.none() | st.integers(-5, 10**6))
def test_event_data_round_trips(
    shared_store: LocalStore, data: object, section: int | None
) -> None:
    e = record(shared_store, event_data=data, section_number=section)
    stored = shared_store.get_event(e.uuid)
    assert stored == e and isinstance(stored, EventRecord)
    assert stored.event_data == data


def test_lone_surrogates_are_refused_cleanly(store: LocalStore) -> None:
    with pytest.raises(StoreError):
        record(store, event_data={"text": "\ud800"})
    with pytest.raises(StoreError):
        record(store, session_id="\udfff")
    assert record(store).device_seq == 1
