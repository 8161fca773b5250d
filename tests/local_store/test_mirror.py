"""The per-user mirror: apply_changes (one transaction), module list and module reads."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from local_store import (
    AssignmentRecord,
    LocalStore,
    ModuleRecord,
    SectionRecord,
    StoreError,
)

from ._helpers import NOW, add_user, assignment, make_module, record, remote_event


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    with LocalStore.open(tmp_path / "local.sqlite3") as s:
        add_user(s, "s1")
        add_user(s, "s2")
        yield s


def test_section_numbers_are_the_mirrored_modules_sections(store: LocalStore) -> None:
    store.apply_changes(
        "s1",
        modules=[make_module(sections=4), make_module("empty", sections=0)],
        cursor="page-1",
        synced_at=NOW,
    )
    module = store.get_module("s1", "lab-safety-101")
    assert module is not None
    expected = [s.section_number for s in module.sections]
    assert store.section_numbers("s1", "lab-safety-101") == expected and len(expected) == 4
    assert store.section_numbers("s1", "empty") == []
    assert store.section_numbers("s1", "missing") is None
    assert store.section_numbers("s2", "lab-safety-101") is None  # another user's mirror


def test_apply_changes_upserts_and_reads_back(store: LocalStore) -> None:
    module = make_module(sections=4, prerequisites=("orientation",), difficulty_level=3)
    due = date(2025, 4, 1)
    result = store.apply_changes(
        "s1",
        modules=[module, make_module("orientation")],
        assignments=[assignment(due_date=due, assigned_at=NOW, assignment_type="required")],
        cursor="page-1",
        synced_at=NOW,
    )
    assert result.changed_modules == {"lab-safety-101", "orientation"}
    assert result.events_added == 0
    assert store.get_module("s1", "lab-safety-101") == module
    assert store.get_module("s1", "missing") is None
    items = store.list_modules("s1")
    assert [i.module_id for i in items] == ["lab-safety-101", "orientation"]
    first = items[0]
    assert (first.section_count, first.assignment_type, first.due_date, first.assigned_at) == (
        4,
        "required",
        due,
        NOW,
    )
    assert first.prerequisites == ("orientation",) and first.tags == ("safety", "lab")
    assert (first.difficulty_level, first.updated_at, first.revision) == (3, NOW, 1)
    assert items[1].assignment_type is None and items[1].due_date is None
    assert store.get_assignment("s1", "lab-safety-101") == AssignmentRecord(
        "lab-safety-101", "required", due, NOW
    )
    assert store.get_cursor("s1") == "page-1"
    user = store.get_user("s1")
    assert user is not None and user.last_sync_at == NOW


def test_lists_are_accepted_for_tuple_fields(store: LocalStore) -> None:
    module = make_module(tags=["a", "b"], sections=0)
    assert module.tags == ("a", "b")
    store.apply_changes("s1", modules=[module], cursor="c", synced_at=NOW)
    stored = store.get_module("s1", module.module_id)
    assert stored is not None and stored.tags == ("a", "b")


def test_sections_replaced_only_when_revision_changes(store: LocalStore) -> None:
    store.apply_changes(
        "s1", modules=[make_module(revision=1, sections=3)], cursor="1", synced_at=NOW
    )
    # same revision: metadata updates, sections are kept as they are
    store.apply_changes(
        "s1",
        modules=[make_module(revision=1, sections=1, title="Renamed")],
        cursor="2",
        synced_at=NOW,
    )
    module = store.get_module("s1", "lab-safety-101")
    assert module is not None and module.title == "Renamed" and len(module.sections) == 3
    # new revision: sections replaced wholesale (fewer sections: the old ones are gone)
    store.apply_changes(
        "s1", modules=[make_module(revision=2, sections=2)], cursor="3", synced_at=NOW
    )
    module = store.get_module("s1", "lab-safety-101")
    assert module is not None and module.revision == 2
    assert [(s.section_number, s.content) for s in module.sections] == [
        (1, "Content 1 of revision 2"),
        (2, "Content 2 of revision 2"),
    ]
    assert module.sections[1].section_config == {"items": ["goggles", "gloves"]}


def test_section_fields_round_trip(store: LocalStore) -> None:
    section = SectionRecord(
        section_number=1,
        section_type="video",
        content="Watch this",
        title="Video",
        media_url="https://cdn/x.mp4",
        duration_seconds=90,
        section_config={"autoplay": False},
        completion_criteria={"type": "time", "value": 60},
        media_sha256="AB" * 32,
        media_size=1234,
    )
    module = ModuleRecord(module_id="v", title="V", sections=(section,))
    store.apply_changes("s1", modules=[module], cursor="c", synced_at=NOW)
    stored = store.get_module("s1", "v")
    assert stored is not None
    assert stored.sections == (dataclasses.replace(section, media_sha256="ab" * 32),)


def test_tombstones_delete_rows(store: LocalStore) -> None:
    store.apply_changes(
        "s1",
        modules=[make_module("a"), make_module("b")],
        assignments=[assignment("a"), assignment("b")],
        cursor="1",
        synced_at=NOW,
    )
    result = store.apply_changes(
        "s1", removed_modules=["a"], removed_assignments=["b"], cursor="2", synced_at=NOW
    )
    assert result.changed_modules == {"a", "b"}
    assert [(i.module_id, i.assignment_type) for i in store.list_modules("s1")] == [("b", None)]
    assert store.get_module("s1", "a") is None
    assert store.get_assignment("s1", "a") is not None  # only the assignment tombstone removes it
    conn = store._conn()
    assert conn.execute("SELECT count(*) FROM sections WHERE module_id = 'a'").fetchone()[0] == 0


def test_remote_events_are_deduplicated_by_uuid(store: LocalStore) -> None:
    e1 = remote_event()
    e2 = remote_event(module_id="orientation", device_seq=8)
    result = store.apply_changes("s1", events=[e1, e2, e1], cursor="1", synced_at=NOW)
    assert result.events_added == 2 and result.changed_modules == {"lab-safety-101", "orientation"}
    # the same page again (a retried pull), and the uuid in hyphenated form
    hyphenated = remote_event(
        uuid=f"{e1.uuid[:8]}-{e1.uuid[8:12]}-{e1.uuid[12:16]}-{e1.uuid[16:20]}-{e1.uuid[20:]}"
    )
    again = store.apply_changes("s1", events=[e1, e2, hyphenated], cursor="2", synced_at=NOW)
    assert again.events_added == 0
    events = store.events_for("s1", "lab-safety-101")
    assert [e.uuid for e in events] == [e1.uuid]
    assert events[0] == e1  # stored as synced, remote


def test_remote_event_from_another_client_may_have_any_device_type(store: LocalStore) -> None:
    events = [remote_event(device_type=None, device_seq=1), remote_event(device_type="web")]
    store.apply_changes("s1", events=events, cursor="1", synced_at=NOW)
    assert [e.device_type for e in store.events_for("s1", "lab-safety-101")] == [None, "web"]
    with pytest.raises(StoreError, match="device_type"):
        record(store, device_type="web")  # but events recorded here use the known kinds


def test_own_event_echoed_back_marks_it_synced(store: LocalStore) -> None:
    mine = record(store)
    store.mark_sent([mine.uuid])  # uploaded, but the acknowledgement was lost
    echo = remote_event(
        uuid=mine.uuid,
        module_id=mine.module_id,
        event_type=mine.event_type,
        device_id=mine.device_id,
        device_seq=mine.device_seq,
        client_ts=mine.client_ts,
        server_ts=NOW,
    )
    result = store.apply_changes("s1", events=[echo], cursor="1", synced_at=NOW)
    assert result.events_added == 0
    stored = store.get_event(mine.uuid)
    assert stored is not None
    assert (stored.state, stored.origin, stored.server_ts) == ("synced", "local", NOW)
    assert store.pending_count() == 0


def test_apply_changes_is_atomic(store: LocalStore, monkeypatch: pytest.MonkeyPatch) -> None:
    store.apply_changes("s1", modules=[make_module("old")], cursor="page-1", synced_at=NOW)

    def fail(*args: object) -> None:
        raise RuntimeError("crash while inserting events")

    monkeypatch.setattr(LocalStore, "_insert_remote_events", fail)
    with pytest.raises(RuntimeError, match="crash"):
        store.apply_changes(
            "s1",
            modules=[make_module("new"), make_module("old", revision=2, title="Changed")],
            assignments=[assignment("new")],
            removed_modules=["old"],
            events=[remote_event()],
            cursor="page-2",
            synced_at=NOW + timedelta(hours=1),
        )
    monkeypatch.undo()
    assert store.get_cursor("s1") == "page-1"
    assert [i.module_id for i in store.list_modules("s1")] == ["old"]
    old = store.get_module("s1", "old")
    assert old is not None and old.title == "Module old" and old.revision == 1
    assert store.get_assignment("s1", "new") is None
    user = store.get_user("s1")
    assert user is not None and user.last_sync_at == NOW
    assert not store._conn().in_transaction


def test_apply_changes_rolls_back_on_a_database_error(store: LocalStore) -> None:
    conn = store._conn()
    conn.execute(
        "CREATE TEMP TRIGGER no_events BEFORE INSERT ON events "
        "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    with pytest.raises(StoreError, match="disk full"):
        store.apply_changes(
            "s1", modules=[make_module()], events=[remote_event()], cursor="x", synced_at=NOW
        )
    assert store.get_cursor("s1") is None and store.list_modules("s1") == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"assignments": [AssignmentRecord("m", "")]}, "type must be a non-empty string"),
        ({"removed_modules": [""]}, "module_id"),
        ({"events": [remote_event(owner="s2")]}, "belongs to"),
        ({"modules": [make_module(sections=0, title=None)]}, "title"),
        ({"modules": ["not a module"]}, "ModuleRecord"),
    ],
)
def test_apply_changes_validates_before_writing(
    store: LocalStore, kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(StoreError, match=message):
        store.apply_changes("s1", cursor="c", synced_at=NOW, **kwargs)  # type: ignore[arg-type]
    assert store.get_cursor("s1") is None


def test_duplicate_section_numbers_are_refused(store: LocalStore) -> None:
    bad = ModuleRecord(
        module_id="x",
        title="X",
        sections=(SectionRecord(1, "text", "a"), SectionRecord(1, "text", "b")),
    )
    with pytest.raises(StoreError, match="twice"):
        store.apply_changes("s1", modules=[bad], cursor="c", synced_at=NOW)


def test_unknown_owner_is_refused(store: LocalStore) -> None:
    with pytest.raises(StoreError, match="unknown user"):
        store.apply_changes("nobody", modules=[make_module()], cursor="c", synced_at=NOW)


def test_two_owners_are_isolated(store: LocalStore) -> None:
    store.apply_changes(
        "s1",
        modules=[make_module(revision=1, title="for s1")],
        assignments=[assignment(assignment_type="required")],
        events=[remote_event("s1")],
        cursor="s1-cursor",
        synced_at=NOW,
    )
    store.apply_changes(
        "s2",
        modules=[make_module(revision=2, sections=1, title="for s2")],
        assignments=[assignment(assignment_type="optional")],
        cursor="s2-cursor",
        synced_at=NOW,
    )
    record(store, "s1")
    record(store, "s2", event_type="scroll")
    store.put_progress("s1", "lab-safety-101", {"progress_percent": 50})
    a, b = store.get_module("s1", "lab-safety-101"), store.get_module("s2", "lab-safety-101")
    assert a is not None and b is not None
    assert (a.title, len(a.sections), b.title, len(b.sections)) == ("for s1", 3, "for s2", 1)
    assert store.list_modules("s1")[0].assignment_type == "required"
    assert store.list_modules("s2")[0].assignment_type == "optional"
    assert store.get_cursor("s1") == "s1-cursor" and store.get_cursor("s2") == "s2-cursor"
    assert {e.event_type for e in store.events_for("s1", "lab-safety-101")} == {
        "click",
        "section_complete",
    }
    assert [e.event_type for e in store.events_for("s2", "lab-safety-101")] == ["scroll"]
    assert [e.owner for e in store.pending_events("s2")] == ["s2"]
    assert store.get_progress("s2") == {}
    # removing the module for s2 leaves s1's copy alone
    store.apply_changes("s2", removed_modules=["lab-safety-101"], cursor="x", synced_at=NOW)
    assert store.get_module("s1", "lab-safety-101") == a
    assert store.list_modules("s2") == []


def test_list_modules_of_200_modules_is_fast(store: LocalStore) -> None:
    modules = [make_module(f"mod-{i:03d}", sections=10) for i in range(200)]
    store.apply_changes(
        "s1",
        modules=modules,
        assignments=[assignment(f"mod-{i:03d}") for i in range(0, 200, 2)],
        cursor="c",
        synced_at=NOW,
    )
    store.list_modules("s1")
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        items = store.list_modules("s1")
        best = min(best, time.perf_counter() - started)
    assert len(items) == 200 and all(i.section_count == 10 for i in items)
    assert best < 0.05  # a few ms on a laptop; generous for loaded CI machines


def test_phase2_module_fields_round_trip(store: LocalStore) -> None:
    module = make_module(
        "power-budget-in-code",
        module_type="sandbox",
        interaction_level="high",
        required_components=("code-sandbox", "study-buddy"),
        adaptive_config={"start_level": 2, "raise_after": [3, {"correct": True}]},
    )
    store.apply_changes("s1", modules=[module], cursor="c", synced_at=NOW)
    got = store.get_module("s1", "power-budget-in-code")
    assert got is not None
    assert (got.interaction_level, got.required_components, got.adaptive_config) == (
        "high",
        ("code-sandbox", "study-buddy"),
        {"start_level": 2, "raise_after": [3, {"correct": True}]},
    )
    [listed] = store.list_modules("s1")
    assert listed.required_components == ("code-sandbox", "study-buddy")
    assert listed.interaction_level == "high" and listed.module_type == "sandbox"
    with pytest.raises(StoreError, match="required_components must hold strings only"):
        store.apply_changes(
            "s1",
            modules=[make_module("bad", required_components=(1,))],
            cursor="c2",
            synced_at=NOW,
        )
