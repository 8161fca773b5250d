"""The Reports area's rules without widgets: cells, filters, CSV, chart series, the server
actions' one-line errors; and the charts without Qt Charts."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop.ops import reports as ops
from local_store import LocalStore, ReportMeta
from sync.client.manage import MAX_REASON, ManageError, Manager
from tests.helpers import free_port

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    with LocalStore.open(tmp_path / "s.sqlite3") as s:
        yield s


def _row(i: int, **fields: Any) -> dict[str, Any]:
    return {
        "team_name": "ADCS" if i % 2 else "Power",
        "student_id": f"s{i}",
        "student_name": f"Student {i}",
        "module_id": "m1",
        "module_title": "Safety",
        "assignment_type": "required",
        "assigned_via": "team",
        "due_date": "2026-03-01",
        "status": "completed" if i % 3 == 0 else "in_progress",
        "progress_percent": 100 if i % 3 == 0 else 40,
        "completed_at": f"2026-02-{10 + i % 5:02d}T10:00:00" if i % 3 == 0 else None,
        "overdue_days": None if i % 3 == 0 else 2,
        "excuse_reason": None,
        "last_sync_at": None,
        **fields,
    }


def test_cells_say_it_plainly() -> None:
    by_field = {c.field: c for c in ops.COLUMNS["compliance"]}
    row = _row(1)
    assert ops.cell_text(by_field["status"], row) == "In progress"
    assert ops.cell_text(by_field["assigned_via"], row) == "Team"
    assert ops.cell_text(by_field["progress_percent"], row) == "40%"
    assert ops.cell_text(by_field["overdue_days"], row) == "2 d"
    assert ops.cell_text(by_field["completed_at"], _row(3)) == "2026-02-13"
    assert ops.cell_text(by_field["due_date"], row) == "2026-03-01"  # the CSV's: ISO
    spoken = ops.CellFormats(date=lambda d: f"{d.month}/{d.day}/{d.year % 100}")
    assert ops.cell_text(by_field["due_date"], row, spoken) == "3/1/26"  # the table's
    author = next(c for c in ops.COLUMNS["comments"] if c.kind == "author")
    assert ops.cell_text(author, {"anonymous": True, "student_name": "Leaked"}) == "Anonymous"
    assert ops.cell_text(author, {"anonymous": False, "student_name": "Ana"}) == "Ana"
    assert ops.cell_text(ops.Column("m", "", "ratio"), {"m": 0.794}) == "79%"


def test_filters_become_a_store_query() -> None:
    where = ops.ComplianceFilters(
        module_id="m1", team_name="", status="overdue", text="ana", group_by_team=True
    ).to_filter((("progress_percent", True),))
    assert where.equals == (("module_id", "m1"), ("team_name", None))
    assert where.present == ("overdue_days",)
    assert where.order == (("team_name", False), ("progress_percent", True))
    assert "student_name" in where.text_fields
    assert ops.ComplianceFilters().to_filter().is_plain


def test_rows_read_in_blocks_and_exported(store: LocalStore, tmp_path: Path) -> None:
    rows = [_row(i) for i in range(450)]
    rows[7]["student_name"] = '=HYPERLINK("http://evil")'
    store.save_report("f", "compliance", as_of=datetime(2026, 3, 2), rows=rows)
    source = ops.ReportRows(store, "f", "compliance")
    assert source.count == 450 and source.row(449)["student_id"] == "s449"
    source.reload(ops.ComplianceFilters(team_name="ADCS").to_filter())
    assert source.count == 225 and all(r["team_name"] == "ADCS" for r in source)
    target = tmp_path / "out.csv"
    assert ops.write_csv(target, ops.COLUMNS["compliance"][:3], source) == 225
    with target.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0] == ["Team", "Student", "Module"] and len(lines) == 226
    assert ["ADCS", '\'=HYPERLINK("http://evil")', "Safety"] in lines
    # Past the limit: refused, and no half-written file is left behind.
    with pytest.raises(ValueError, match="more than 100 rows"):
        ops.write_csv(tmp_path / "big.csv", ops.COLUMNS["compliance"], source, limit=100)
    assert not (tmp_path / "big.csv").exists()


def test_module_and_student_summaries() -> None:
    compliance = [_row(i) for i in range(9)]
    learning: list[dict[str, Any]] = [
        {"section_number": None, "module_id": "m1"},
        {
            "section_number": 2,
            "section_title": "PPE",
            "time_p25_seconds": 60,
            "time_median_seconds": 120,
            "time_p75_seconds": 180,
            "pauses": 3,
            "hints": 1,
            "retries": 0,
            "errors": 2,
        },
        {
            "section_number": 1,
            "section_title": None,
            "pauses": 0,
            "hints": 0,
            "retries": 0,
            "errors": 0,
        },
    ]
    feedback = {
        "rating_counts": [0, 0, 1, 2, 0],
        "difficulty_counts": [1, 2, 0, 0, 0],
        "rating_mean": 3.67,
    }
    s = ops.module_summary(
        module_id="m1", compliance=compliance, learning=learning, feedback=feedback
    )
    assert (s.assigned, s.completed, s.overdue, s.due_date) == (9, 3, 6, date(2026, 3, 1))
    assert s.completion == [
        (date(2026, 2, 10), 1),
        (date(2026, 2, 11), 2),
        (date(2026, 2, 13), 3),
    ]
    assert s.section_times == [("Section 1", 0.0, 0.0, 0.0), ("2. PPE", 1.0, 2.0, 3.0)]
    assert s.struggle[1] == ("2. PPE", 3, 1, 0, 2)
    assert s.ratings == [0, 0, 1, 2, 0]
    one = ops.student_summary(
        student_id="s3",
        compliance=[
            _row(3, mastery_score=0.8),
            _row(3, module_id="m2", due_date=None, module_title="Later"),
        ],
        devices=[],
    )
    assert one.completed == 2 and one.mastery_mean == pytest.approx(0.8)
    assert [m["module_id"] for m in one.modules] == ["m1", "m2"]  # dated first


def test_as_of_text() -> None:
    now = datetime(2026, 3, 2, 12, 0)
    assert "sync while connected" in ops.as_of_text({}, now=now)
    meta = {
        "compliance": ReportMeta(
            "compliance", datetime(2026, 3, 2, 11, 0), datetime(2026, 3, 2, 11, 1), 3
        )
    }
    assert ops.as_of_text(meta, now=now) == "As of 2026-03-02 11:00 UTC (last sync 59 min ago)"


def test_server_actions_refuse_clearly_offline_and_before_sending() -> None:
    manager = Manager(f"http://127.0.0.1:{free_port()}", "token")  # nobody listens there
    with pytest.raises(ManageError, match="You are offline") as caught:
        manager.module_action("m1", "publish")
    assert caught.value.offline and "\n" not in str(caught.value)
    for reason in ("   ", "x" * (MAX_REASON + 1)):
        with pytest.raises(ManageError, match="reason of 1 to 500"):
            manager.excuse(student_id="s1", module_id="m1", reason=reason)
    with pytest.raises(ValueError, match="unknown module action"):
        manager.module_action("m1", "delete")  # type: ignore[arg-type]


def test_charts_degrade_to_a_message_without_qt_charts() -> None:
    script = (
        "import sys, os\n"
        "sys.modules['PySide6.QtCharts'] = None\n"  # what a missing system library amounts to
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop.widgets import report_charts as rc\n"
        "from desktop.ops.reports import module_summary\n"
        "box = rc.ChartBox('Completion over time')\n"
        "rc.module_charts(module_summary(module_id='m', compliance=[], learning=[], "
        "feedback=None), [box] * 4, today=__import__('datetime').date.today())\n"
        "print(rc.CHARTS_ERROR is not None, box.view is None, box.message.text())\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("True True Completion over time")
    assert "Charts are not available on this computer" in proc.stdout


def test_phase3_feedback_cells() -> None:
    columns = {c.field: c for c in ops.COLUMNS["feedback"]}
    row = {"engagement_mean": 3.5, "clarity_mean": None, "tag_counts": {"fun": 1, "too_easy": 3}}
    assert ops.cell_text(columns["engagement_mean"], row) == "3.50"
    assert ops.cell_text(columns["clarity_mean"], row) == ""
    assert ops.cell_text(columns["tag_counts"], row) == "too easy 3, fun 1"
    assert ops.cell_text(columns["tag_counts"], {"tag_counts": {}}) == ""


def test_mastery_distribution_cells() -> None:
    column = next(c for c in ops.COLUMNS["learning"] if c.field == "mastery_counts")
    assert ops.cell_text(column, {"mastery_counts": [0, 1, 0, 3, 2]}) == (
        "20–40 %: 1 · 60–80 %: 3 · 80–100 %: 2"
    )
    assert ops.cell_text(column, {"mastery_counts": [0, 0, 0, 0, 0]}) == ""  # a section row


def test_module_summary_carries_the_mastery_distribution() -> None:
    learning: list[dict[str, Any]] = [
        {"module_id": "m1", "section_number": None, "mastery_counts": [1, 0, 2, 0, 4]},
        {"module_id": "m1", "section_number": 1, "section_title": "A"},
    ]
    summary = ops.module_summary(module_id="m1", compliance=[], learning=learning, feedback=None)
    assert summary.mastery == [1, 0, 2, 0, 4]
    empty = ops.module_summary(module_id="m1", compliance=[], learning=[], feedback=None)
    assert empty.mastery == [0, 0, 0, 0, 0]
