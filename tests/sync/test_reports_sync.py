"""A faculty device reads the reports after its normal round; a student's never does, and a
server without reports does not fail the round."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop.ops import reports as reports_ops
from local_store import LocalStore, ReportFilter
from sync.client import engine as engine_mod
from sync.client.cli import sign_in
from sync.client.engine import Stage, SyncEngine
from sync.rules.protocol import REPORT_KINDS
from sync.rules.reports import Facets, check_row
from tests.factories import (
    PASSWORD,
    make_account,
    make_assignment,
    make_module,
    make_team,
    make_university,
)

pytestmark = pytest.mark.postgres
SERVER = "http://testserver"


def _device(
    tmp_path: Path, client: Any, account: Any
) -> tuple[LocalStore, SyncEngine, list[Stage]]:
    store = LocalStore.open(tmp_path / account.email / "store.sqlite3")
    sign_in(
        store, server=SERVER, email=account.email, password=PASSWORD, device_name="d", http=client
    )
    stages: list[Stage] = []
    engine = SyncEngine(store, http=client, on_stage=lambda _u, s, _t: stages.append(s))
    return store, engine, stages


def test_students_never_read_reports(tmp_path: Path, db: Any, client: Any) -> None:
    uni = make_university(db)
    student = make_account(db, "student", university_id=uni.id)
    make_assignment(
        db, make_module(db, university_id=uni.id, slug="m1"), student_id=student.student_id
    )
    store, engine, stages = _device(tmp_path, client, student)
    with store:
        report = engine.sync_user(student.student_id)
        assert Stage.REPORTS not in stages and stages[-1] == Stage.DONE
        assert report.reports == {} and report.reports_error is None
        assert store.report_meta(student.student_id) == {}


def test_facets_and_rows_are_checked() -> None:
    row = {
        "module_id": "m1",
        "module_title": "One",
        "responses": 2,
        "rating_mean": 4.5,
        "rating_counts": [0, 0, 0, 1, 1],
        "difficulty_mean": None,
        "difficulty_counts": [0, 0, 0, 0, 0],
        "comments": 1,
    }
    assert check_row("feedback", row)["rating_counts"] == [0, 0, 0, 1, 1]
    with pytest.raises(ValueError, match="unknown report kind"):
        check_row("secrets", row)
    with pytest.raises(ValueError, match="responses"):
        check_row("feedback", {**row, "responses": "many"})
    facets = Facets("compliance")
    for team, student in (("B", "s2"), (None, "s1"), ("A", "s2")):
        facets.add(
            {
                "module_id": "m",
                "module_title": "M",
                "team_name": team,
                "student_id": student,
                "student_name": student.upper(),
                "status": "completed",
                "assignment_type": "required",
            }
        )
    found = facets.as_json()
    assert found["team_name"] == ["A", "B", None]
    assert found["student"] == [["s1", "S1"], ["s2", "S2"]]
    assert found["module"] == [["m", "M"]]


def _through(client: Any, fault: Callable[[httpx.Request], httpx.Response | None]) -> httpx.Client:
    """The real app, except where ``fault`` answers a request itself."""

    def handler(request: httpx.Request) -> httpx.Response:
        faulty = fault(request)
        if faulty is not None:
            return faulty
        answer = client.send(
            client.build_request(
                request.method, str(request.url), headers=request.headers, content=request.content
            )
        )
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    return httpx.Client(transport=httpx.MockTransport(handler))


def _older_server(client: Any) -> httpx.Client:
    """The real app, except that ``/v1/reports`` does not exist (a server before reports)."""

    def no_reports(request: httpx.Request) -> httpx.Response | None:
        if request.url.path.startswith("/v1/reports"):
            return httpx.Response(404, json={"error": {"code": "not_found", "message": "x"}})
        return None

    return _through(client, no_reports)


def test_a_server_without_reports_is_skipped(tmp_path: Path, db: Any, client: Any) -> None:
    uni = make_university(db)
    faculty = make_account(db, "faculty", university_id=uni.id)
    make_module(db, university_id=uni.id, slug="m1")
    store = LocalStore.open(tmp_path / "store.sqlite3")
    sign_in(
        store, server=SERVER, email=faculty.email, password=PASSWORD, device_name="d", http=client
    )
    stages: list[Stage] = []
    with store, _older_server(client) as http:
        engine = SyncEngine(store, http=http, on_stage=lambda _u, s, _t: stages.append(s))
        me = store.current_user()
        assert me is not None and me.role == "faculty"
        report = engine.sync_user(me.user_id)
        assert stages[-2:] == [Stage.REPORTS, Stage.DONE]
        assert report.reports == {}
        assert report.reports_error == "this server does not offer reports yet"
        assert store.report_meta(me.user_id) == {}
        # The modules came all the same.
        assert [m.module_id for m in store.list_modules(me.user_id)] == ["m1"]


def test_faculty_read_every_report_in_pages(
    tmp_path: Path, db: Any, client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_mod, "REPORT_PAGE_SIZE", 2)  # several pages per report
    uni = make_university(db)
    team = make_team(db, uni.id, name="ADCS")
    students = [
        make_account(db, "student", university_id=uni.id, team_id=team.id) for _ in range(3)
    ]
    module = make_module(db, university_id=uni.id, slug="m1", title="Safety")
    make_assignment(db, module, team_id=team.id, due_date=date(2020, 1, 1))
    faculty = make_account(db, "faculty", university_id=uni.id)
    store, engine, stages = _device(tmp_path, client, faculty)
    with store:
        me = store.current_user()
        assert me is not None
        report = engine.sync_user(me.user_id)
        assert report.reports_error is None
        assert report.reports["compliance"] == 3
        meta = store.report_meta(me.user_id)
        assert set(meta) == set(REPORT_KINDS)
        rows = store.report_rows(me.user_id, "compliance", [0, 1, 2])
        assert sorted(r["student_id"] for r in rows) == sorted(s.student_id for s in students)
        assert {r["team_name"] for r in rows} == {"ADCS"}
        assert all(r["overdue_days"] > 0 and r["assigned_via"] == "team" for r in rows)
        assert meta["compliance"].facets["module"] == [["m1", "Safety"]]
        # A second round whose compliance read fails half-way keeps the first snapshot.
        before = meta["compliance"]
        calls = 0

        def fail_second_page(request: httpx.Request) -> httpx.Response | None:
            nonlocal calls
            if request.url.path == "/v1/reports/compliance":
                calls += 1
                if calls == 2:
                    return httpx.Response(500, json={"error": {"code": "x", "message": "boom"}})
            return None

        with _through(client, fail_second_page) as http:
            again = SyncEngine(store, http=http).sync_user(me.user_id)
        assert calls == 2
        assert again.reports_error is not None and "boom" in again.reports_error
        assert store.report_meta(me.user_id)["compliance"] == before
        assert len(store.report_ordinals(me.user_id, "compliance", ReportFilter())) == 3
        # The app says why the reports are older than the last sync, until a round refreshes
        # them again.
        stale = reports_ops.reports_error(store, me.user_id)
        assert stale is not None and "boom" in stale
        SyncEngine(store, http=client).sync_user(me.user_id)
        assert reports_ops.reports_error(store, me.user_id) is None
