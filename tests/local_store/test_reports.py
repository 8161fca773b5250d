"""Report snapshots in the local store: replaced whole, read lazily, filtered in SQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from local_store import LocalStore, ReportFilter, StoreError

AS_OF = datetime(2026, 3, 1, 12, 0)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    with LocalStore.open(tmp_path / "local.sqlite3") as s:
        s.save_user(
            user_id="fac", role="faculty", display_name="Fac", server_url="http://x", token="t"
        )
        yield s


def _rows() -> list[dict[str, object]]:
    return [
        {"student_name": "Ana", "team_name": "ADCS", "status": "completed", "overdue_days": None},
        {"student_name": "Ben", "team_name": "ADCS", "status": "not_started", "overdue_days": 3},
        {"student_name": "Chloe", "team_name": "Power", "status": "in_progress", "overdue_days": 1},
        {"student_name": "Dev", "team_name": None, "status": "not_started", "overdue_days": None},
    ]


def test_save_and_read_a_snapshot(store: LocalStore) -> None:
    meta = store.save_report(
        "fac", "compliance", as_of=AS_OF, rows=_rows(), facets={"teams": ["ADCS"]}, batch=3
    )
    assert meta.row_count == 4
    kept = store.report_meta("fac")["compliance"]
    assert kept.as_of == AS_OF and kept.row_count == 4 and kept.facets == {"teams": ["ADCS"]}
    assert [r["student_name"] for r in store.report_rows("fac", "compliance", [3, 0])] == [
        "Dev",
        "Ana",
    ]
    assert store.report_meta("other") == {}
    assert store.report_count("fac", "compliance") == 4 and store.report_count("fac", "x") == 0


def test_filters_sort_and_text(store: LocalStore) -> None:
    store.save_report("fac", "compliance", as_of=AS_OF, rows=_rows())

    def names(where: ReportFilter) -> list[object]:
        numbers = store.report_ordinals("fac", "compliance", where)
        return [r["student_name"] for r in store.report_rows("fac", "compliance", numbers)]

    assert names(ReportFilter(equals=(("team_name", "ADCS"),))) == ["Ana", "Ben"]
    assert names(ReportFilter(equals=(("team_name", None),))) == ["Dev"]
    assert names(ReportFilter(present=("overdue_days",))) == ["Ben", "Chloe"]
    assert names(ReportFilter(text="CHL", text_fields=("student_name", "team_name"))) == ["Chloe"]
    assert names(ReportFilter(text="adcs ben", text_fields=("student_name", "team_name"))) == [
        "Ben"
    ]
    # Nulls last in both directions, then the server's order.
    assert names(ReportFilter(order=(("team_name", True),))) == ["Chloe", "Ana", "Ben", "Dev"]
    assert names(ReportFilter(order=(("overdue_days", False),))) == ["Chloe", "Ben", "Ana", "Dev"]


def test_a_failed_fetch_leaves_the_old_snapshot(store: LocalStore) -> None:
    store.save_report("fac", "compliance", as_of=AS_OF, rows=_rows())
    generation = store.begin_report("fac", "compliance")
    store.add_report_rows(
        "fac", "compliance", generation=generation, start=0, rows=[{"student_name": "Zed"}]
    )
    # ... and the fetch dies here: nothing committed.
    assert store.report_meta("fac")["compliance"].row_count == 4
    everything = store.report_ordinals("fac", "compliance", ReportFilter())
    assert everything == [0, 1, 2, 3]
    # The next fetch drops the half-written rows and replaces the snapshot whole.
    meta = store.save_report("fac", "compliance", as_of=AS_OF, rows=[{"student_name": "Zoe"}])
    assert meta.row_count == 1
    assert store.report_rows("fac", "compliance", [0]) == [{"student_name": "Zoe"}]
    left = store._conn().execute("SELECT count(*) FROM report_rows").fetchone()[0]
    assert left == 1


def test_limits_and_bad_names(store: LocalStore) -> None:
    store.save_report("fac", "compliance", as_of=AS_OF, rows=_rows())
    with pytest.raises(StoreError, match="not a report field"):
        store.report_ordinals("fac", "compliance", ReportFilter(equals=(("x') --", 1),)))
    with pytest.raises(StoreError, match="not a report kind"):
        store.report_rows("fac", "Robert'); DROP", [0])
    with pytest.raises(StoreError, match="at most 2000"):
        store.report_rows("fac", "compliance", list(range(2001)))
    with pytest.raises(StoreError, match="bytes"):
        store.save_report("fac", "comments", as_of=AS_OF, rows=[{"comment": "x" * 70_000}])
    assert "comments" not in store.report_meta("fac")


def test_scattered_reads_and_forgetting_the_user(store: LocalStore) -> None:
    rows = [{"n": i} for i in range(3000)]
    store.save_report("fac", "devices", as_of=AS_OF, rows=rows)
    picked = [2999, 5, 1500]
    assert [r["n"] for r in store.report_rows("fac", "devices", picked)] == picked
    store.forget_user("fac")
    assert store.report_meta("fac") == {}
    assert store._conn().execute("SELECT count(*) FROM report_rows").fetchone()[0] == 0
