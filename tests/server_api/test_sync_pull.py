"""Pull: cursors, pages, removals, visibility changes, other devices' events, commit order."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from server_api.changes import next_seq
from server_api.models import Module, ModuleAssignment, ModuleSection, Tombstone
from server_api.modules.revision import mark_content_changed
from server_api.timeutil import utcnow
from tests.factories import (
    PASSWORD,
    make_account,
    make_assignment,
    make_module,
    make_team,
    make_university,
)
from tests.server_api.test_sync_push import event, push

pytestmark = pytest.mark.postgres


class Device:
    """A minimal device: keeps its cursor and what it has, the way the client engine does."""

    def __init__(self, client: Any, headers: dict[str, str], device_id: str) -> None:
        self.client, self.headers, self.device_id = client, headers, device_id
        self.cursor: str | None = None
        self.modules: dict[str, dict[str, Any]] = {}
        self.assignments: dict[str, dict[str, Any]] = {}
        self.events: dict[str, dict[str, Any]] = {}
        self.requests = 0

    def pull(self, limit: int = 200) -> None:
        for _ in range(100):
            self.requests += 1
            resp = self.client.post(
                "/v1/sync/pull",
                headers=self.headers,
                json={
                    "protocol_version": 1,
                    "device_id": self.device_id,
                    "cursor": self.cursor,
                    "limit": limit,
                },
            )
            assert resp.status_code == 200, resp.text
            page = resp.json()
            for m in page["modules"]:
                self.modules[m["module_id"]] = m
            for a in page["assignments"]:
                self.assignments[a["module_id"]] = a
            for slug in page["removed_modules"]:
                self.modules.pop(slug, None)
                self.assignments.pop(slug, None)
            for e in page["events"]:
                self.events[e["uuid"]] = e
            self.cursor = page["cursor"]
            if not page["has_more"]:
                return
        raise AssertionError("pull did not finish in 100 pages")


@pytest.fixture
def world(client: Any, db: Any) -> dict[str, Any]:
    uni, other_uni = make_university(db), make_university(db)
    team = make_team(db, uni.id)
    student = make_account(db, "student", university_id=uni.id, team_id=team.id)
    faculty = make_account(db, "faculty", university_id=uni.id)

    def device(account: Any, device_id: str) -> Device:
        token = client.post(
            "/v1/auth/login",
            json={"email": account.email, "password": PASSWORD, "device_id": device_id},
        ).json()["token"]
        return Device(client, {"Authorization": f"Bearer {token}"}, device_id)

    return {
        "uni": uni,
        "other_uni": other_uni,
        "team": team,
        "student": student,
        "faculty": faculty,
        "device": device,
    }


def test_initial_pull_then_no_change_is_one_small_request(db: Any, world: dict[str, Any]) -> None:
    uni, sid = world["uni"], world["student"].student_id
    direct = make_module(db, university_id=uni.id, slug="direct", sections=3)
    by_team = make_module(db, university_id=uni.id, slug="by-team")
    by_uni = make_module(db, university_id=uni.id, slug="by-uni")
    draft = make_module(db, university_id=uni.id, slug="draft-one", status="draft")
    foreign = make_module(db, university_id=world["other_uni"].id, slug="foreign")
    make_assignment(db, direct, student_id=sid, assignment_type="optional")
    make_assignment(db, by_team, team_id=world["team"].id)
    make_assignment(db, by_uni, university_id=uni.id, assignment_type="recommended")
    make_assignment(db, by_uni, team_id=world["team"].id)  # team beats university
    make_assignment(db, draft, student_id=sid)
    make_assignment(db, foreign, university_id=world["other_uni"].id)
    dev = world["device"](world["student"], "laptop-0001")
    first = dev.client.post(
        "/v1/sync/pull",
        headers=dev.headers,
        json={"protocol_version": 1, "device_id": dev.device_id, "cursor": None},
    ).json()
    assert first["removed_modules"] == []  # the assigned draft is not even named
    dev.pull()
    assert set(dev.modules) == {"direct", "by-team", "by-uni"}
    assert [s["section_number"] for s in dev.modules["direct"]["sections"]] == [1, 2, 3]
    assert {k: (a["assignment_type"], a["via"]) for k, a in dev.assignments.items()} == {
        "direct": ("optional", "student"),
        "by-team": ("required", "team"),
        "by-uni": ("required", "team"),
    }
    before, known = dev.requests, dict(dev.modules)
    dev.pull()  # the cursor may move on (others wrote elsewhere), nothing comes
    assert dev.requests == before + 1 and dev.modules == known


def test_pages_cover_everything(db: Any, world: dict[str, Any]) -> None:
    for i in range(7):
        m = make_module(db, university_id=world["uni"].id, slug=f"mod-{i}")
        make_assignment(db, m, university_id=world["uni"].id)
    dev = world["device"](world["student"], "laptop-0001")
    dev.pull(limit=2)
    assert len(dev.modules) == 7
    assert dev.requests >= 4


def test_visibility_changes_reach_the_device(db: Any, world: dict[str, Any]) -> None:
    uni, sid = world["uni"], world["student"].student_id
    old = make_module(db, university_id=uni.id, slug="published-long-ago")
    kept = make_module(db, university_id=uni.id, slug="kept")
    archived = make_module(db, university_id=uni.id, slug="to-archive")
    doomed = make_module(db, university_id=uni.id, slug="to-delete")
    a_kept = make_assignment(db, kept, student_id=sid)
    for m in (archived, doomed):
        make_assignment(db, m, student_id=sid)
    dev = world["device"](world["student"], "laptop-0001")
    phone = world["device"](world["student"], "phone-00001")
    dev.pull()
    phone.pull()
    assert set(dev.modules) == {"kept", "to-archive", "to-delete"}

    make_assignment(db, old, student_id=sid)  # assigned today
    mod = db.get(Module, kept.id)  # a faculty edit
    db.get(
        ModuleSection,
        db.scalar(
            select(ModuleSection.id).where(
                ModuleSection.module_id == kept.id, ModuleSection.section_number == 1
            )
        ),
    ).content = "New!"
    mark_content_changed(mod)
    db.get(Module, archived.id).status = "archived"  # archived
    db.add(Tombstone(entity="module", module_slug="to-delete", university_id=uni.id))
    db.execute(delete(Module).where(Module.id == doomed.id))  # deleted
    db.commit()
    for d in (dev, phone):
        d.pull()
        assert set(d.modules) == {"kept", "published-long-ago"}
        assert d.modules["kept"]["sections"][0]["content"] == "New!"
        assert d.modules["kept"]["revision"] == 2

    db.delete(db.get(ModuleAssignment, a_kept.id))  # unassigned
    db.add(Tombstone(entity="assignment", module_slug="kept", student_id=sid))
    db.commit()
    dev.pull()
    assert set(dev.modules) == {"published-long-ago"}


def test_faculty_pull_their_university_drafts_included(db: Any, world: dict[str, Any]) -> None:
    make_module(db, university_id=world["uni"].id, slug="a-draft", status="draft")
    make_module(db, university_id=world["other_uni"].id, slug="not-ours")
    dev = world["device"](world["faculty"], "office-00001")
    dev.pull()
    assert set(dev.modules) == {"a-draft"}
    assert dev.events == {}


def test_events_from_other_devices_arrive(client: Any, db: Any, world: dict[str, Any]) -> None:
    sid = world["student"].student_id
    m = make_module(db, university_id=world["uni"].id, slug="lab-safety-101")
    make_assignment(db, m, student_id=sid)
    laptop = world["device"](world["student"], "device-aaaaaaaa")
    phone = world["device"](world["student"], "phone-00001")
    pushed = event(sid, "section_view", seq=1, at=utcnow())
    assert push(client, laptop.headers, [pushed]).json()["accepted"] == 1
    laptop.pull()
    phone.pull()
    assert list(phone.events) == [pushed["uuid"]]
    assert laptop.events == {}  # its own events are not sent back


def test_a_slower_concurrent_transaction_is_never_skipped(
    app: Any, db: Any, world: dict[str, Any]
) -> None:
    """Writers do not wait for each other; a pull never steps over a writer that started
    earlier and commits later: its horizon stops below that writer until it ends."""
    uni, sid = world["uni"], world["student"].student_id
    first = make_module(db, university_id=uni.id, slug="first")
    second = make_module(db, university_id=uni.id, slug="second")
    direct = make_assignment(db, first, student_id=sid)
    make_assignment(db, second, student_id=sid)
    dev = world["device"](world["student"], "laptop-0001")
    dev.pull()

    slow = Session(app.state.engine)
    slow.get_one(ModuleAssignment, direct.id).assignment_type = "optional"
    slow.flush()  # takes its sequence number (a transaction id), and holds it
    slow_seq = slow.info["frames_change_seq"]
    done = threading.Event()

    def fast_writer() -> None:
        with Session(app.state.engine) as fast:
            mark_content_changed(fast.get_one(Module, second.id))
            fast.commit()  # another scope: nothing to wait for
            done.set()

    writer = threading.Thread(target=fast_writer)
    writer.start()
    writer.join(timeout=10)
    assert done.is_set(), "writers of different scopes must not queue behind each other"
    dev.pull()  # the fast change is newer than the slow one still running: not yet
    assert dev.modules["second"]["revision"] == 1
    assert dev.assignments["first"]["assignment_type"] == "required"
    slow.commit()
    slow.close()
    dev.pull()
    assert dev.modules["second"]["revision"] == 2
    assert dev.assignments["first"]["assignment_type"] == "optional"
    with Session(app.state.engine) as check:
        assert next_seq(check) > slow_seq
        check.rollback()


PHONE, TABLET = "phone-00002", "tablet-00003"


def test_a_push_by_someone_else_costs_an_up_to_date_device_one_request(
    client: Any, db: Any, world: dict[str, Any]
) -> None:
    uni, sid = world["uni"], world["student"].student_id
    module = make_module(db, university_id=uni.id, slug="shared")
    make_assignment(db, module, university_id=uni.id)
    other = make_account(db, "student", university_id=uni.id)
    dev = world["device"](world["student"], "laptop-0001")
    dev.pull()
    theirs = world["device"](other, PHONE)
    for n in range(3):
        event_for_other = event(
            other.student_id, "click", seq=n + 1, at=utcnow(), module="shared", device_id=PHONE
        )
        assert (
            push(client, theirs.headers, [event_for_other], device_id=PHONE).json()["accepted"] == 1
        )
        dev.requests = 0
        dev.pull()
        assert dev.requests == 1 and dev.events == {}
    mine = event(sid, "click", seq=1, at=utcnow(), module="shared", device_id=TABLET)
    tablet = world["device"](world["student"], TABLET)
    assert push(client, tablet.headers, [mine], device_id=TABLET).json()["accepted"] == 1
    dev.requests = 0
    dev.pull()  # news in its own scope: the round reads it (its modules and events: one page)
    assert list(dev.events) == [mine["uuid"]] and dev.requests == 1
