"""The module list rules as plain logic: groups, order, locks, due dates, search, filters."""

from __future__ import annotations

from datetime import timedelta

from desktop.ops.modules import (
    build_rows,
    categories,
    due_state,
    filter_rows,
    group_rows,
    load_rows,
    locked_reason,
    tags,
)
from local_store import LocalStore
from tests.desktop._builders import TODAY, item, progress, seed_student


def test_groups_required_optional_recommended_then_others() -> None:
    rows = build_rows(
        [
            item("c", assignment_type="recommended"),
            item("a", assignment_type="optional"),
            item("b", assignment_type="required"),
            item("d", assignment_type=None),
        ],
        {},
        role="student",
        today=TODAY,
    )
    groups = group_rows(rows, role="student")
    assert [(g.key, g.title, [r.module_id for r in g.rows]) for g in groups] == [
        ("required", "Required", ["b"]),
        ("optional", "Optional", ["a"]),
        ("recommended", "Recommended", ["c"]),
        ("other", "Other modules", ["d"]),
    ]


def test_empty_groups_are_left_out_and_order_is_due_date_then_title_completed_last() -> None:
    rows = build_rows(
        [
            item("zeta", title="Zeta"),
            item("alpha", title="Alpha"),
            item("soon", title="Soon", due_date=TODAY + timedelta(days=1)),
            item("later", title="Later", due_date=TODAY + timedelta(days=20)),
            item("done", title="Done", due_date=TODAY),
        ],
        {"done": progress("done")},
        role="student",
        today=TODAY,
    )
    (group,) = group_rows(rows, role="student")
    assert [r.module_id for r in group.rows] == ["soon", "later", "alpha", "zeta", "done"]


def test_staff_group_by_status_and_never_lock() -> None:
    rows = build_rows(
        [
            item("draft", status="draft", assignment_type=None, prerequisites=("pub",)),
            item("pub", assignment_type=None),
            item("old", status="archived", assignment_type=None),
        ],
        {},
        role="faculty",
        today=TODAY,
    )
    groups = group_rows(rows, role="faculty")
    assert [g.title for g in groups] == ["Drafts", "Published", "Archived"]
    assert all(r.locked_reason is None for r in rows)


def test_locked_until_prerequisites_on_this_device_are_completed() -> None:
    items = [
        item("safety", title="Lab Safety"),
        item("esd", title="ESD", prerequisites=("safety",)),
        item("both", title="Both", prerequisites=("safety", "esd")),
        item("elsewhere", prerequisites=("not-on-this-device",)),
    ]
    rows = {r.module_id: r for r in build_rows(items, {}, role="student", today=TODAY)}
    assert rows["esd"].locked_reason == "Complete “Lab Safety” first"
    assert rows["both"].locked_reason == "Complete “Lab Safety” and “ESD” first"
    assert not rows["safety"].locked
    # A prerequisite the student cannot see could never be completed here: it does not lock.
    assert not rows["elsewhere"].locked

    in_progress = {"safety": progress("safety", "in_progress", 50)}
    rows = {r.module_id: r for r in build_rows(items, in_progress, role="student", today=TODAY)}
    assert rows["esd"].locked
    done = {"safety": progress("safety")}
    rows = {r.module_id: r for r in build_rows(items, done, role="student", today=TODAY)}
    assert not rows["esd"].locked
    assert rows["both"].locked_reason == "Complete “ESD” first"


def test_locked_reason_lists_three_prerequisites() -> None:
    titles = {"a": "A", "b": "B", "c": "C"}
    reason = locked_reason(item("x", prerequisites=("a", "b", "c")), completed={}, titles=titles)
    assert reason == "Complete “A”, “B” and “C” first"


def test_due_states() -> None:
    assert due_state(None, completed=False, today=TODAY) == "none"
    assert due_state(TODAY - timedelta(days=1), completed=False, today=TODAY) == "overdue"
    assert due_state(TODAY - timedelta(days=1), completed=True, today=TODAY) == "ok"
    assert due_state(TODAY, completed=False, today=TODAY) == "soon"
    assert due_state(TODAY + timedelta(days=3), completed=False, today=TODAY) == "soon"
    assert due_state(TODAY + timedelta(days=4), completed=False, today=TODAY) == "ok"


def test_progress_and_status_come_from_the_cache() -> None:
    rows = build_rows(
        [item("a"), item("b"), item("c")],
        {"a": progress("a", "in_progress", 40), "b": progress("b", "completed", 90)},
        role="student",
        today=TODAY,
    )
    got = {r.module_id: (r.status, r.progress_percent) for r in rows}
    assert got == {"a": ("in_progress", 40), "b": ("completed", 100), "c": ("not_started", 0)}


def test_search_matches_every_word_in_title_description_category_or_tags() -> None:
    rows = build_rows(
        [
            item("solder", title="Soldering Basics", category="Technical", tags=("hands-on",)),
            item("safety", title="Lab Safety 101", description="Goggles and gloves"),
        ],
        {},
        role="student",
        today=TODAY,
    )
    assert [r.module_id for r in filter_rows(rows, text="solder")] == ["solder"]
    assert [r.module_id for r in filter_rows(rows, text="GOGGLES lab")] == ["safety"]
    assert [r.module_id for r in filter_rows(rows, text="hands-on technical")] == ["solder"]
    assert filter_rows(rows, text="goggles technical") == []
    assert len(filter_rows(rows, text="   ")) == 2


def test_filter_by_category_and_tag_and_the_choices() -> None:
    rows = build_rows(
        [
            item("a", category="Safety", tags=("lab", "required")),
            item("b", category="Technical", tags=("esd",)),
            item("c", category=None, tags=()),
        ],
        {},
        role="student",
        today=TODAY,
    )
    assert categories(rows) == ["Safety", "Technical"]
    assert tags(rows) == ["esd", "lab", "required"]
    assert [r.module_id for r in filter_rows(rows, category="Technical")] == ["b"]
    assert [r.module_id for r in filter_rows(rows, tag="lab")] == ["a"]
    assert filter_rows(rows, category="Safety", tag="esd") == []


def test_load_rows_reads_the_store(tmp_path: object) -> None:
    from pathlib import Path

    with LocalStore.open(Path(str(tmp_path)) / "s.sqlite3") as store:
        user = seed_student(store)
        rows = load_rows(store, owner=user.user_id, role="student", today=TODAY)
        by_id = {r.module_id: r for r in rows}
        assert set(by_id) == {"lab-safety-101", "soldering", "welcome"}
        assert by_id["soldering"].locked_reason == "Complete “Lab Safety 101” first"
        assert by_id["welcome"].group == "recommended"


def test_latest_code_is_the_newest_save_from_any_device() -> None:
    from datetime import datetime

    from desktop.ops.session import latest_code
    from local_store import EventRecord

    def saved(device: str, seq: int, minute: int, text: str) -> EventRecord:
        return EventRecord(
            uuid=f"{device}{seq:031d}"[:32].replace("-", "0"),
            owner="s1",
            module_id="m",
            event_type="code_saved",
            event_data={"files": {"main.py": text}},
            section_number=1,
            session_id="s",
            device_type="desktop",
            device_id=device,
            device_seq=seq,
            client_ts=datetime(2026, 12, 1, 9, minute),
        )

    laptop = saved("aaaa", 7, 10, "laptop's")
    kiosk = saved("bbbb", 2, 12, "kiosk's")
    assert latest_code([kiosk, laptop]) == {"main.py": "kiosk's"}
    assert latest_code([laptop]) == {"main.py": "laptop's"}
    assert latest_code([]) is None


def test_what_a_module_needs_that_this_computer_lacks() -> None:
    from desktop.ops.components import Components

    here = Components(sandbox=False, sandbox_reason="no Landlock")
    assert here.missing_text(()) is None
    assert here.missing_text((), ("text", "guided_struggle")) is None  # the buddy is built in
    assert (
        here.missing_text((), ("sandbox",))
        == "Needs the code sandbox, which is not available on this computer"
    )
    assert here.missing_text(("three-js", "phaser"), ("hologram_tour",)) == (
        "Needs a 3D scene viewer, which this version of FRAMES does not have; and a newer "
        "version of FRAMES for its “hologram tour” sections"  # phaser: the game player
    )
    assert here.missing_text(("monaco-editor",)) == (
        "Needs the code sandbox, which is not available on this computer"
    )
    assert here.missing_text(("vr-headset",)) == (
        "Needs “vr-headset”, which this version of FRAMES does not know"
    )
    assert Components(sandbox=True, sandbox_reason="").missing_text(("code-sandbox",)) is None
