"""How fast the faculty app opens its Reports area from the local store.

    python benchmarks/reports_app.py [--students 5000] [--modules 50] [--runs 7]

Fills a fresh local store (in a temporary folder, removed afterwards) with a compliance
report of students x modules rows (250,000 by default) and smaller learning, feedback,
comments and devices reports, saved the way a sync saves them. Then, in a real Qt
application (offscreen unless a display is set), times opening the Reports area: making the
page, reading the snapshot's meta and the first rows, and painting it. Also times a filter
(one team) and a sort (by progress) over all rows, which run in SQL. Prints progress lines,
then one JSON line; the target for opening is < 200 ms (``ok``: the median of the runs;
the first and the slowest are printed too).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_MS = 200.0


def compliance_rows(students: int, modules: int, today: date) -> Any:
    rng = random.Random(17)
    teams = ["ADCS", "Power", "Structures", "Comms", "Payload", "Thermal"]
    for s in range(students):
        team = s % len(teams)
        for m in range(modules):
            status = rng.choice(["not_started", "in_progress", "completed", "completed"])
            due = today + timedelta(days=rng.randint(-30, 30))
            overdue = (today - due).days if status != "completed" and due < today else None
            yield {
                "university_id": "bench",
                "team_id": team + 1,
                "team_name": teams[team],
                "student_id": f"stu-{s:05d}",
                "student_name": f"Student {s:05d}",
                "module_id": f"module-{m:02d}",
                "module_title": f"Module {m:02d}",
                "assignment_type": "required" if m % 3 else "optional",
                "assigned_via": "team",
                "assigned_at": "2026-01-05T09:00:00",
                "due_date": due.isoformat(),
                "status": status,
                "progress_percent": 100 if status == "completed" else rng.randint(0, 90),
                "started_at": None,
                "completed_at": "2026-02-01T10:00:00" if status == "completed" else None,
                "overdue_days": overdue,
                "excuse_reason": None,
                "mastery_score": None,
                "last_sync_at": "2026-02-03T08:00:00",
            }


def fill(store: Any, owner: str, students: int, modules: int) -> float:
    from sync.rules.reports import Facets

    today = date.today()
    started = time.perf_counter()
    facets = Facets("compliance")

    def rows() -> Any:
        for row in compliance_rows(students, modules, today):
            facets.add(row)
            yield row

    as_of = datetime.now(UTC)
    generation = store.begin_report(owner, "compliance")
    start, chunk = 0, []
    for row in rows():
        chunk.append(row)
        if len(chunk) == 5000:
            start = store.add_report_rows(
                owner, "compliance", generation=generation, start=start, rows=chunk
            )
            chunk = []
    if chunk:
        store.add_report_rows(owner, "compliance", generation=generation, start=start, rows=chunk)
    store.commit_report(
        owner, "compliance", generation=generation, as_of=as_of, facets=facets.as_json()
    )
    devices = [
        {
            "kind": "student",
            "device_id": None,
            "name": None,
            "student_id": f"stu-{s:05d}",
            "student_name": f"Student {s:05d}",
            "team_name": "ADCS",
            "last_sync_at": None,
            "events_waiting": None,
        }
        for s in range(students)
    ]
    dev_facets = Facets("devices")
    for d in devices:
        dev_facets.add(d)
    store.save_report(owner, "devices", as_of=as_of, rows=devices, facets=dev_facets.as_json())
    feedback = [
        {
            "module_id": f"module-{m:02d}",
            "module_title": f"Module {m:02d}",
            "responses": 10,
            "rating_mean": 4.0,
            "rating_counts": [0, 0, 2, 6, 2],
            "difficulty_mean": 2.0,
            "difficulty_counts": [2, 6, 2, 0, 0],
            "comments": 0,
        }
        for m in range(modules)
    ]
    store.save_report(owner, "feedback", as_of=as_of, rows=feedback)
    store.save_report(owner, "comments", as_of=as_of, rows=[])
    store.save_report(owner, "learning", as_of=as_of, rows=[])
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=5000)
    parser.add_argument("--modules", type=int, default=50)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from desktop.context import AppContext, AppSignals
    from desktop.errors import ErrorReporter
    from desktop.tasks import TaskRunner
    from desktop.widgets.reports import ReportsPage
    from local_store import LocalStore

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="frames-reports-bench-") as tmp:
        store = LocalStore.open(Path(tmp) / "store.sqlite3")
        user = store.save_user(
            user_id="fac-bench",
            role="faculty",
            display_name="Bench Faculty",
            server_url="http://127.0.0.1:9",
            token="t",
            university_id="bench",
        )
        store.set_current_user(user.user_id)
        rows = args.students * args.modules
        print(f"filling the store with {rows:,} compliance rows…", file=sys.stderr)
        fill_s = fill(store, user.user_id, args.students, args.modules)
        size_mb = (Path(tmp) / "store.sqlite3").stat().st_size / 1e6
        print(f"filled in {fill_s:.1f} s ({size_mb:.0f} MB)", file=sys.stderr)
        tasks = TaskRunner()
        ctx = AppContext(
            store=store,
            data_dir=Path(tmp),
            tasks=tasks,
            signals=AppSignals(),
            errors=ErrorReporter(),
            user=store.get_user(user.user_id),
        )
        opens: list[float] = []
        page: Any = None
        for _ in range(args.runs):
            if page is not None:
                page.deleteLater()
                app.processEvents()
            started = time.perf_counter()
            page = ReportsPage(ctx)
            page.resize(1280, 800)
            page.refresh()
            page.show()
            page.compliance.viewport().repaint()
            app.processEvents()
            opens.append((time.perf_counter() - started) * 1000)
            assert page.compliance_model.rowCount() == rows
        started = time.perf_counter()
        page.team_filter.setCurrentIndex(page.team_filter.findData("Power"))
        filter_ms = (time.perf_counter() - started) * 1000
        shown_team = page.compliance_model.rowCount()
        page.team_filter.setCurrentIndex(0)
        started = time.perf_counter()
        page.compliance.sortByColumn(7, page.compliance.horizontalHeader().sortIndicatorOrder())
        sort_ms = (time.perf_counter() - started) * 1000
        page.close()
        tasks.shutdown(wait=True)
        store.close()
    result = {
        "benchmark": "reports_app",
        "compliance_rows": rows,
        "open_ms_first": round(opens[0], 1),
        "open_ms_median": round(statistics.median(opens), 1),
        "open_ms_max": round(max(opens), 1),
        "filter_team_ms": round(filter_ms, 1),
        "filter_team_rows": shown_team,
        "sort_progress_ms": round(sort_ms, 1),
        "target_open_ms": TARGET_MS,
        "ok": statistics.median(opens) < TARGET_MS,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
