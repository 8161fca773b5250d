"""The Reports area, driven as faculty use it, against a real server (uvicorn, PostgreSQL):
reports fetched by a real sync open offline, filter, export CSV; assigning a module to a
team, excusing a student and publishing a module reach the server and come back by sync."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from sqlalchemy.orm import Session

from local_store import LocalStore, UserRecord
from server_api.config import parse_database_url
from server_api.db import make_engine
from server_api.models import AssignmentExcusal, Module, ModuleAssignment
from sync.client.cli import sign_in
from sync.client.engine import SyncEngine
from tests.desktop._reports_world import World, build_world
from tests.factories import make_team
from tests.sync.test_failures import Server

pytestmark = pytest.mark.postgres


@pytest.fixture
def world_db(migrated_pg_url: str) -> Iterator[tuple[World, Session]]:
    engine = make_engine(parse_database_url(migrated_pg_url))
    with Session(engine, expire_on_commit=False) as db:
        yield build_world(db), db
    engine.dispose()


@pytest.fixture
def server(migrated_pg_url: str, world_db: Any) -> Iterator[Server]:
    srv = Server(migrated_pg_url)
    srv.start()
    yield srv
    srv.kill()


def _synced_faculty(store: LocalStore, server: Server, world: World) -> UserRecord:
    user = sign_in(
        store,
        server=server.base,
        email=world.faculty_email,
        password=world.password,
        device_name="faculty laptop",
    )
    engine = SyncEngine(store)
    try:
        report = engine.sync_user(user.user_id)
    finally:
        engine.close()
    assert report.reports_error is None and report.reports["compliance"] > 0
    fresh = store.get_user(user.user_id)
    assert fresh is not None
    return fresh


def _open_reports(window: Any, user: UserRecord) -> Any:
    window.show()
    window._enter(user)
    assert window.reports_action.isVisible()
    window.show_reports()
    return window.reports


def test_reports_open_offline_filter_and_export(
    main_window: Any, app_ctx: Any, qtbot: Any, server: Server, world_db: Any, tmp_path: Path
) -> None:
    world, _db = world_db
    user = _synced_faculty(app_ctx.store, server, world)
    server.kill()  # on the plane: everything below reads the device's copy

    page = _open_reports(main_window, user)
    assert page.as_of.text().startswith("As of ")
    model = page.compliance_model
    total = app_ctx.store.report_meta(user.user_id)["compliance"].row_count
    # 12 students x lab safety, 4 ADCS x ESD, 4 Power x soldering, Grace's soldering
    assert total == model.rowCount() == 21
    assert page.totals.text().startswith("21 of 21")
    # Grouped by team: the team column is sorted.
    page.group_by_team.setChecked(True)
    teams = [model.row(i).get("team_name") for i in range(model.rowCount())]
    assert teams == sorted(teams)

    # Filter: team ADCS, then overdue only (lab safety was due 5 days ago).
    page.team_filter.setCurrentIndex(page.team_filter.findData("ADCS"))
    assert model.rowCount() == 8
    assert {model.row(i)["team_name"] for i in range(8)} == {"ADCS"}
    page.status_filter.setCurrentIndex(page.status_filter.findData("overdue"))
    overdue = model.rowCount()
    assert 0 < overdue < 8
    for i in range(overdue):
        row = model.row(i)
        assert row["module_id"] == "lab-safety" and row["overdue_days"] == 5
        cell = model.index(i, 0)
        assert model.data(cell, Qt.ItemDataRole.ForegroundRole) is not None  # red
    # Text search across names.
    page.status_filter.setCurrentIndex(0)
    page.search.setText("ana tor")
    page.apply_filters()
    assert [model.row(i)["student_name"] for i in range(model.rowCount())] == ["Ana Torres"] * 2

    # Export the visible table.
    target = tmp_path / "ana.csv"
    with qtbot.waitSignal(page.exported, timeout=10_000):
        page.export_csv(target)
    qtbot.waitUntil(lambda: target.exists() and "Saved" in page.result.text(), timeout=10_000)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0][:3] == ["Team", "Student", "Module"]
    assert sorted(line[2] for line in lines[1:]) == ["ESD handling", "Lab safety basics"]
    assert all(line[0] == "ADCS" and line[1] == "Ana Torres" for line in lines[1:])

    # Sorting by a header click re-reads the rows in that order.
    page.search.clear()
    page.team_filter.setCurrentIndex(0)
    page.group_by_team.setChecked(False)
    page.compliance.sortByColumn(7, Qt.SortOrder.DescendingOrder)  # progress
    progress = [model.row(i)["progress_percent"] for i in range(model.rowCount())]
    assert progress == sorted(progress, reverse=True) and len(progress) == 21

    # Per-module view and its charts.
    page.tabs.setCurrentIndex(1)
    page.module_pick.setCurrentIndex(page.module_pick.findData("lab-safety"))
    summary = page.summary
    assert summary is not None and summary.assigned == 12
    assert summary.completed == len(summary.completion and [1] * summary.completion[-1][1])
    assert [label for label, *_ in summary.section_times][0].startswith("1.")
    assert sum(summary.ratings) > 0
    png = tmp_path / "completion.png"
    assert page.save_chart(0, png) and png.stat().st_size > 1000

    # Student view.
    page.tabs.setCurrentIndex(2)
    page.student_pick.setCurrentIndex(page.student_pick.findData(world.students["Ana Torres"]))
    assert page.student is not None and len(page.student.modules) == 2
    assert "Ana Torres (ADCS)" in page.student_figures.text()

    # Feedback: an anonymous comment shows no identity.
    page.tabs.setCurrentIndex(3)
    cm = page.comment_model
    rows = [cm.row(i) for i in range(cm.rowCount())]
    assert any(r["anonymous"] for r in rows)
    for i, r in enumerate(rows):
        shown = cm.data(cm.index(i, 4), Qt.ItemDataRole.DisplayRole)
        if r["anonymous"]:
            assert shown == "Anonymous" and r["student_id"] is None and r["team_name"] is None
        else:
            assert shown == r["student_name"]


def test_assign_excuse_publish_against_the_server(
    main_window: Any, app_ctx: Any, qtbot: Any, server: Server, world_db: Any
) -> None:
    world, db = world_db
    avionics = make_team(db, world.university_id, "Avionics")  # nobody, nothing assigned yet
    db.commit()
    user = _synced_faculty(app_ctx.store, server, world)
    page = _open_reports(main_window, user)
    main_window._ensure_sync()

    # Assign ESD handling to the Power team, due on a date of our choosing.
    dialog = page.open_assign_dialog()
    offered = {dialog.team.itemData(i) for i in range(dialog.team.count())}
    assert {*world.teams.values(), avionics.id} <= offered  # every team, from the teams report
    dialog.set_module("esd-handling")
    qtbot.waitSignal(dialog.loaded, timeout=10_000)
    dialog.to_team.setChecked(True)
    dialog.team.setCurrentIndex(dialog.team.findData(world.teams["Power"]))
    dialog.kind.setCurrentIndex(dialog.kind.findData("optional"))
    with qtbot.waitSignal(dialog.done_text, timeout=15_000):
        qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
    assert "Assigned esd-handling to team Power" in dialog.message.text()
    db.expire_all()
    esd = db.scalars(select(Module).where(Module.module_id == "esd-handling")).one()
    made = db.scalars(
        select(ModuleAssignment).where(
            ModuleAssignment.module_id == esd.id, ModuleAssignment.team_id == world.teams["Power"]
        )
    ).one()
    assert made.assignment_type == "optional" and made.due_date == dialog.due_date()
    # The sync that follows brings the four Power students' new rows into the reports.
    qtbot.waitUntil(
        lambda: page.compliance_rows.store.report_meta(user.user_id)["compliance"].row_count == 25,
        timeout=30_000,
    )
    dialog.close()

    # Excuse Ben from lab safety, with a reason.
    ben = world.students["Ben Okafor"]
    page.excuse(ben, "lab-safety", "Took the department's safety course in March")
    qtbot.waitUntil(lambda: "Excused." in page.result.text(), timeout=15_000)
    db.expire_all()
    excusal = db.scalars(select(AssignmentExcusal).where(AssignmentExcusal.student_id == ben)).one()
    assert excusal.reason == "Took the department's safety course in March"

    def ben_excused() -> bool:
        page.refresh()
        model = page.compliance_model
        return any(
            model.row(i)["student_id"] == ben
            and model.row(i)["module_id"] == "lab-safety"
            and model.row(i)["status"] == "excused"
            for i in range(model.rowCount())
        )

    qtbot.waitUntil(ben_excused, timeout=30_000)

    # The excuse was a mistake: withdraw it.
    model = page.compliance_model
    ben_row = next(
        i
        for i in range(model.rowCount())
        if model.row(i)["student_id"] == ben and model.row(i)["module_id"] == "lab-safety"
    )
    page.compliance.selectRow(ben_row)
    assert page.excuse_button.text() == "Withdraw excuse…"
    page.withdraw_excuse(ben, "lab-safety")
    qtbot.waitUntil(lambda: "Excuse withdrawn." in page.result.text(), timeout=15_000)
    db.expire_all()
    assert (
        db.scalars(select(AssignmentExcusal).where(AssignmentExcusal.student_id == ben)).all() == []
    )
    qtbot.waitUntil(lambda: not ben_excused(), timeout=30_000)

    # Publish the draft.
    page.tabs.setCurrentIndex(1)
    page.module_pick.setCurrentIndex(page.module_pick.findData("cubesat-power-budget"))
    assert page.module_status.text() == "Status: draft"
    assert page.publish_buttons["publish"].isEnabled()
    qtbot.mouseClick(page.publish_buttons["publish"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Published" in page.result.text(), timeout=15_000)
    db.expire_all()
    draft = db.scalars(select(Module).where(Module.module_id == "cubesat-power-budget")).one()
    assert draft.status == "published"

    # Offline: a clear message, nothing changed.
    server.kill()
    page.module_action("archive")
    qtbot.waitUntil(lambda: "offline" in page.result.text(), timeout=15_000)
    assert "need the server" in page.result.text()
