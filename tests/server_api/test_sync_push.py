"""Push: idempotent by uuid, per-item results, derived rows in the same transaction, clocks."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from server_api.models import ChecklistState, ModuleAnalyticsEvent, ModuleFeedback, ModuleProgress
from server_api.timeutil import utcnow
from sync.rules.protocol import EVENT_ROW_FIELDS
from tests.factories import PASSWORD, make_account, make_assignment, make_module, make_university

pytestmark = pytest.mark.postgres

DEVICE = "device-aaaaaaaa"


@pytest.fixture
def world(client: Any, db: Any) -> dict[str, Any]:
    uni = make_university(db)
    student = make_account(db, "student", university_id=uni.id)
    other = make_account(db, "student", university_id=uni.id)
    faculty = make_account(db, "faculty", university_id=uni.id)
    mod = make_module(db, university_id=uni.id, slug="lab-safety-101", sections=3)
    unassigned = make_module(db, university_id=uni.id, slug="not-mine", sections=1)
    make_assignment(db, mod, student_id=student.student_id)
    make_assignment(db, unassigned, student_id=other.student_id)
    tokens = {}
    for name, acc in (("student", student), ("other", other), ("faculty", faculty)):
        resp = client.post(
            "/v1/auth/login", json={"email": acc.email, "password": PASSWORD, "device_id": DEVICE}
        )
        tokens[name] = {"Authorization": f"Bearer {resp.json()['token']}"}
    return {"student": student, "other": other, "module": mod, "h": tokens}


def event(
    student_id: str,
    event_type: str = "section_view",
    *,
    seq: int,
    at: datetime,
    module: str = "lab-safety-101",
    section: int | None = 1,
    data: Any = None,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "uuid": uuid.uuid4().hex,
        "student_id": student_id,
        "module_id": module,
        "event_type": event_type,
        "event_data": data,
        "section_number": section,
        "session_id": "sess-1",
        "device_type": "desktop",
        "device_id": DEVICE,
        "device_seq": seq,
        "client_timestamp": at.isoformat(),
        "time_elapsed_seconds": 0,
        **extra,
    }


def push(
    client: Any,
    headers: dict[str, str],
    events: list[dict[str, Any]],
    device_time: datetime | None = None,
    version: int = 1,
    answer: str | None = None,
    **extra: Any,
) -> Any:
    body = {
        "protocol_version": version,
        "device_id": DEVICE,
        "device_time": (device_time or utcnow()).isoformat(),
        **({"events": events} if events or "rows" not in extra else {}),
        **({} if answer is None else {"answer": answer}),
        **extra,
    }
    # ASCII-escaped JSON, so that even unpaired surrogates travel as they would from a device
    return client.post(
        "/v1/sync/push",
        headers={**headers, "Content-Type": "application/json"},
        content=json.dumps(body).encode(),
    )


def test_push_is_idempotent_and_updates_progress(
    client: Any, db: Any, world: dict[str, Any]
) -> None:
    sid = world["student"].student_id
    t0 = utcnow() - timedelta(minutes=5)
    events = [event(sid, "module_start", seq=1, at=t0)]
    for n in (1, 2, 3):
        events.append(
            event(sid, "section_view", seq=2 * n, at=t0 + timedelta(seconds=10 * n), section=n)
        )
        events.append(
            event(
                sid,
                "section_complete",
                seq=2 * n + 1,
                at=t0 + timedelta(seconds=10 * n + 5),
                section=n,
            )
        )
    first = push(client, world["h"]["student"], events)
    assert first.status_code == 200, first.text
    assert first.json()["accepted"] == 7
    again = push(client, world["h"]["student"], events)
    body = again.json()
    assert body["accepted"] == 0 and body["duplicates"] == 7
    assert [r["server_timestamp"] for r in body["results"]] == [
        r["server_timestamp"] for r in first.json()["results"]
    ]
    assert db.scalar(select(func.count()).select_from(ModuleAnalyticsEvent)) == 7
    progress = db.scalars(select(ModuleProgress)).one()
    assert progress.status == "completed" and progress.progress_percent == 100
    assert progress.student_id == sid


def test_one_bad_item_does_not_sink_the_batch(client: Any, db: Any, world: dict[str, Any]) -> None:
    sid, other = world["student"].student_id, world["other"].student_id
    now = utcnow()
    good = event(sid, seq=1, at=now)
    batch = [
        good,
        {"uuid": "abcdef12", "event_type": "click"},  # malformed
        event(sid, seq=2, at=now, module="no-such-module"),  # unknown module
        event(sid, seq=3, at=now, module="not-mine"),  # not assigned
        event(other, seq=4, at=now),  # someone else's
        event(sid, "checklist_item", seq=5, at=now, data={"item": 3}),  # bad event_data
        event(
            sid,
            "feedback",
            seq=6,
            at=now,
            data={"rating": 9, "difficulty_rating": 1, "comment": "", "is_anonymous": False},
        ),
        event(sid, "click", seq=7, at=now, session_id="nul\x00"),  # unstorable text
        event(sid, "click", seq=8, at=now, data={"k": "lone \ud800"}),  # unstorable JSON
    ]
    body = push(client, world["h"]["student"], batch).json()
    statuses = [(r["status"], r["reason"]) for r in body["results"]]
    assert statuses[0] == ("accepted", None)
    reasons = [r for s, r in statuses[1:]]
    assert all(s == "rejected" for s, _ in statuses[1:])
    assert "malformed event" in reasons[0]
    assert "unknown module 'no-such-module'" in reasons[1]
    assert "not assigned" in reasons[2]
    assert "not your record" in reasons[3]
    assert "malformed event_data" in reasons[4] and "malformed event_data" in reasons[5]
    assert "NUL" in reasons[6] and "surrogate" in reasons[7]
    assert db.scalar(select(func.count()).select_from(ModuleAnalyticsEvent)) == 1


def as_row(e: dict[str, Any]) -> list[Any]:
    return [e.get(f) for f in EVENT_ROW_FIELDS]


def push_rows(
    client: Any, headers: dict[str, str], rows: list[Any], events: list[Any] | None = None
) -> Any:
    """A push of rows (push.rows.v1) asking for the exceptions only (``events`` too: wrong)."""
    return push(client, headers, events or [], answer="exceptions", rows=rows)


def test_rows_are_stored_like_events_and_bad_rows_rejected_alone(
    client: Any, db: Any, world: dict[str, Any]
) -> None:
    """push.rows.v1: the same fields as arrays, the same rules item by item; a malformed
    row is answered by field name."""
    sid = world["student"].student_id
    now = utcnow() - timedelta(minutes=1)
    good = event(sid, "checklist_item", seq=1, at=now, data={"item": "a", "checked": True})
    aware = event(sid, "click", seq=2, at=now)
    aware["client_timestamp"] = (now + timedelta(hours=2)).isoformat() + "+02:00"
    bad_type = as_row(event(sid, seq=3, at=now))
    bad_type[10] = "yesterday"
    short = as_row(event(sid, seq=4, at=now))[:-1]
    nul = event(sid, "click", seq=5, at=now, session_id="nul\x00")
    lone = event(sid, "click", seq=6, at=now, data={"k": "lone \ud800"})
    data = event(sid, "checklist_item", seq=7, at=now, data={"item": 3})
    rows = [as_row(good), as_row(aware), bad_type, short, as_row(nul), as_row(lone), as_row(data)]
    body = push_rows(client, world["h"]["student"], rows).json()
    assert (body["accepted"], body["rejected"], body["listed"]) == (2, 5, "exceptions")
    reasons = {r["uuid"]: r["reason"] for r in body["results"] if r["status"] == "rejected"}
    assert "client_timestamp" in reasons[bad_type[0]]
    assert "malformed event" in reasons[short[0]]
    assert "NUL" in reasons[nul["uuid"]] and "surrogate" in reasons[lone["uuid"]]
    assert "malformed event_data" in reasons[data["uuid"]]
    stored = {e.event_uuid: e for e in db.scalars(select(ModuleAnalyticsEvent))}
    assert set(stored) == {good["uuid"], aware["uuid"]}
    assert stored[aware["uuid"]].client_timestamp == now  # the offset converted to UTC
    assert stored[good["uuid"]].event_data == {"item": "a", "checked": True}
    assert db.scalars(select(ChecklistState)).one().item_key == "a"


def test_a_batch_is_stored_exactly_with_one_change_sequence(
    client: Any, db: Any, world: dict[str, Any]
) -> None:
    """Every row of a batch carries the push's one change sequence (its transaction id on
    PostgreSQL); the largest device sequence a device may send is stored exactly."""
    sid = world["student"].student_id
    now = utcnow() - timedelta(minutes=1)
    odd = event(sid, "click", seq=2**62, at=now)
    plain = event(sid, "click", seq=1, at=now + timedelta(seconds=1))
    body = push_rows(client, world["h"]["student"], [as_row(plain), as_row(odd)]).json()
    assert body["accepted"] == 2
    rows = db.scalars(select(ModuleAnalyticsEvent)).all()
    assert {r.device_seq for r in rows} == {1, 2**62}
    assert len({r.change_seq for r in rows}) == 1 and rows[0].change_seq > 0


def test_a_push_carries_events_or_rows_not_both(client: Any, world: dict[str, Any]) -> None:
    sid = world["student"].student_id
    one = event(sid, seq=1, at=utcnow())
    resp = push_rows(client, world["h"]["student"], [as_row(one)], events=[one])
    assert resp.status_code == 422 and "not both" in resp.text


def test_checklist_and_feedback_are_last_writer_wins(
    client: Any, db: Any, world: dict[str, Any]
) -> None:
    sid = world["student"].student_id
    t = utcnow() - timedelta(minutes=1)
    later = event(
        sid,
        "checklist_item",
        seq=3,
        at=t + timedelta(seconds=2),
        section=2,
        data={"item": "goggles", "checked": False},
    )
    earlier = event(
        sid,
        "checklist_item",
        seq=2,
        at=t + timedelta(seconds=1),
        section=2,
        data={"item": "goggles", "checked": True},
    )
    fb = event(
        sid,
        "feedback",
        seq=4,
        at=t + timedelta(seconds=3),
        section=None,
        data={"rating": 4, "difficulty_rating": 2, "comment": "Clear", "is_anonymous": True},
    )
    push(client, world["h"]["student"], [later])
    push(client, world["h"]["student"], [earlier, fb])  # arrives later, but is older
    state = db.scalars(select(ChecklistState)).one()
    assert (state.item_key, state.checked, state.event_uuid) == ("goggles", False, later["uuid"])
    feedback = db.scalars(select(ModuleFeedback)).one()
    assert (
        feedback.rating,
        feedback.difficulty_rating,
        feedback.comment,
        feedback.is_anonymous,
    ) == (4, 2, "Clear", True)


@pytest.mark.parametrize(
    ("skew", "flag"),
    [
        (timedelta(seconds=30), "ok"),
        (timedelta(hours=-1), "corrected"),
        (timedelta(days=365), "corrected"),
        (timedelta(days=-365), "corrected"),
    ],
)
def test_clock_skew_is_corrected(
    client: Any, db: Any, world: dict[str, Any], skew: timedelta, flag: str
) -> None:
    sid = world["student"].student_id
    true_time = utcnow() - timedelta(minutes=10)
    device_now = utcnow() + skew
    ev = event(sid, seq=1, at=true_time + skew)
    result = push(client, world["h"]["student"], [ev], device_time=device_now).json()
    stored = db.scalars(select(ModuleAnalyticsEvent)).one()
    assert stored.clock_flag == flag
    assert stored.client_timestamp == datetime.fromisoformat(ev["client_timestamp"])
    assert abs(stored.timestamp - true_time) < timedelta(minutes=2 if flag == "ok" else 0.1)
    assert stored.received_at is not None and stored.timestamp <= stored.received_at
    assert result["results"][0]["server_timestamp"] == stored.timestamp.isoformat()


def test_future_timestamps_are_clamped(client: Any, db: Any, world: dict[str, Any]) -> None:
    sid = world["student"].student_id
    push(client, world["h"]["student"], [event(sid, seq=1, at=utcnow() + timedelta(hours=5))])
    stored = db.scalars(select(ModuleAnalyticsEvent)).one()
    assert stored.clock_flag == "clamped" and stored.timestamp == stored.received_at


@pytest.mark.parametrize("skew", [timedelta(0), timedelta(hours=-1)])
def test_an_answer_of_exceptions_lists_only_what_needs_telling(
    client: Any, db: Any, world: dict[str, Any], skew: timedelta
) -> None:
    """``answer="exceptions"``: duplicates, rejections and events stored with another
    timestamp are listed; the other events were stored with the timestamp they were sent
    with. A device whose clock is off has every event listed (all were corrected)."""
    sid, h = world["student"].student_id, world["h"]["student"]
    t0 = utcnow() - timedelta(minutes=5) + skew
    old = event(sid, "module_start", seq=1, at=t0)
    assert push(client, h, [old], answer="exceptions").json()["accepted"] == 1
    plain = [event(sid, "click", seq=2 + n, at=t0 + timedelta(seconds=n)) for n in range(3)]
    future = event(sid, "click", seq=9, at=utcnow() + skew + timedelta(hours=5))
    bad = event(sid, "click", seq=10, at=t0, module="not-mine")
    batch = [plain[0], old, future, plain[1], bad, plain[2]]
    body = push(client, h, batch, device_time=utcnow() + skew, answer="exceptions").json()
    assert body["listed"] == "exceptions"
    assert (body["accepted"], body["duplicates"], body["rejected"]) == (4, 1, 1)
    listed = {r["uuid"]: r for r in body["results"]}
    stored = {
        e.event_uuid: e
        for e in db.scalars(
            select(ModuleAnalyticsEvent).where(ModuleAnalyticsEvent.student_id == sid)
        )
    }
    assert listed[old["uuid"]]["status"] == "duplicate"
    assert listed[bad["uuid"]]["status"] == "rejected"
    assert listed[future["uuid"]]["status"] == "accepted"
    for e in [*plain, future]:  # listed exactly when stored with another timestamp
        row = stored[e["uuid"]]
        moved = row.timestamp != datetime.fromisoformat(e["client_timestamp"])
        assert (e["uuid"] in listed) == moved
        if moved:
            assert listed[e["uuid"]]["server_timestamp"] == row.timestamp.isoformat()
    assert [r["uuid"] for r in body["results"]] == [
        e["uuid"] for e in batch if e["uuid"] in listed
    ]  # in request order
    assert len(listed) == (3 if skew == timedelta(0) else 6)
    every = push(client, h, batch).json()  # the default: every item, in request order
    assert every["listed"] == "all"
    assert [r["uuid"] for r in every["results"]] == [e["uuid"] for e in batch]


def test_faculty_preview_is_never_recorded(client: Any, world: dict[str, Any]) -> None:
    resp = push(client, world["h"]["faculty"], [event("x", seq=1, at=utcnow())])
    assert resp.status_code == 403


def test_old_and_future_protocols_are_refused_clearly(client: Any, world: dict[str, Any]) -> None:
    too_old = push(client, world["h"]["student"], [], version=0)
    assert too_old.status_code == 426
    assert "please update FRAMES LMS" in too_old.json()["error"]["message"]
    assert push(client, world["h"]["student"], [], version=99).status_code == 426


def test_hello_describes_the_protocol(client: Any) -> None:
    hello = client.get("/v1/sync/hello").json()
    assert hello["protocol_version"] >= hello["min_protocol_version"] >= 1
    assert {"push.v1", "push.exceptions.v1", "push.rows.v1"} <= set(hello["capabilities"])


def test_a_push_committed_while_another_folds_is_folded_in(
    client: Any, db: Any, world: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A push stores its batch, then folds it under the pair's lock. Another push of the same
    student and module, from their other device, that commits in between must still count.
    (A device's own pushes wait for each other earlier, on its identity lock.)"""
    from server_api.sync_api import push as service

    sid = world["student"].student_id
    t0 = utcnow() - timedelta(minutes=5)
    first = [
        event(sid, "module_start", seq=1, at=t0),
        event(sid, "section_complete", seq=2, at=t0 + timedelta(seconds=5), section=1),
    ]
    tablet = "tablet-0002"
    second = [
        event(
            sid,
            "section_complete",
            seq=1 + n,
            at=t0 + timedelta(seconds=10 + n),
            section=s,
            device_id=tablet,
        )
        for n, s in enumerate((2, 3))
    ]
    from server_api.sync_api.derived import update_derived as fold

    answers: list[Any] = []

    def let_another_push_commit_then_fold(*args: Any, **kwargs: Any) -> Any:
        if not answers:
            answers.append(None)
            answers.append(push(client, world["h"]["student"], second, device_id=tablet))
        return fold(*args, **kwargs)

    monkeypatch.setattr(service, "update_derived", let_another_push_commit_then_fold)
    resp = push(client, world["h"]["student"], first)
    assert resp.status_code == 200 and resp.json()["accepted"] == 2
    assert answers[1].status_code == 200 and answers[1].json()["accepted"] == 2
    db.expire_all()
    progress = db.scalars(select(ModuleProgress)).one()
    assert (progress.status, progress.progress_percent) == ("completed", 100)
    assert progress.started_at == t0


def test_a_module_changed_while_a_push_folds_is_folded_with_its_new_sections(
    app: Any, client: Any, db: Any, world: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.orm import Session

    from server_api.models import Module, ModuleSection
    from server_api.modules.revision import mark_content_changed
    from server_api.sync_api import push as service

    sid, pk = world["student"].student_id, world["module"].id
    t0 = utcnow() - timedelta(minutes=5)
    batch = [
        event(sid, "section_complete", seq=n, at=t0 + timedelta(seconds=n), section=n)
        for n in (1, 2, 3)
    ]
    from server_api.sync_api.derived import update_derived as fold

    done: list[bool] = []

    def add_a_section_then_fold(*args: Any, **kwargs: Any) -> Any:
        if not done:
            done.append(True)
            with Session(app.state.engine) as other:
                module = other.get_one(Module, pk)
                other.add(
                    ModuleSection(module_id=pk, section_number=4, section_type="text", content="x")
                )
                mark_content_changed(module)
                other.commit()
        return fold(*args, **kwargs)

    monkeypatch.setattr(service, "update_derived", add_a_section_then_fold)
    resp = push(client, world["h"]["student"], batch)
    assert resp.status_code == 200 and resp.json()["accepted"] == 3
    db.expire_all()
    progress = db.scalars(select(ModuleProgress)).one()
    assert (progress.status, progress.progress_percent) == ("in_progress", 75)


def test_a_batch_partly_stored_already_is_answered_item_by_item(
    client: Any, db: Any, world: dict[str, Any]
) -> None:
    sid, other = world["student"].student_id, world["other"].student_id
    t0 = utcnow() - timedelta(minutes=5)
    # (another number of the device's counter: a device numbers its events, not its users')
    taken = event(other, "click", seq=9, at=t0, module="not-mine")
    assert push(client, world["h"]["other"], [taken]).json()["accepted"] == 1
    mine = event(sid, "module_start", seq=1, at=t0)
    assert push(client, world["h"]["student"], [mine]).json()["accepted"] == 1
    new = event(sid, "section_complete", seq=2, at=t0 + timedelta(seconds=5), section=1)
    clash = {**event(sid, "click", seq=3, at=t0 + timedelta(seconds=6)), "uuid": taken["uuid"]}
    body = push(client, world["h"]["student"], [mine, new, clash]).json()
    assert [r["status"] for r in body["results"]] == ["duplicate", "accepted", "rejected"]
    assert "already used" in body["results"][2]["reason"]
    assert (body["accepted"], body["duplicates"], body["rejected"]) == (1, 1, 1)
    db.expire_all()
    progress = db.scalars(select(ModuleProgress).where(ModuleProgress.student_id == sid)).one()
    assert progress.progress_percent == 33 and progress.last_accessed_at == t0 + timedelta(
        seconds=5
    )
