"""Phase 2 sections end to end (real PostgreSQL, real uvicorn, a real device store): the demo's
code exercises and guided problems reach the device with their configs and criteria; the
device and the server fold the same events into the same progress row; a ``section_complete``
sent for a section whose criteria are not met completes nothing on either side.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from local_store import LocalStore
from server_api.config import parse_database_url
from server_api.db import make_engine
from server_api.demo import DEMO_PASSWORD, load_demo
from server_api.media.storage import MediaStorage
from sync.client.cli import sign_in
from sync.client.engine import SyncEngine
from sync.client.local_progress import refresh_progress_of
from tests.sync.test_adopted_history import device_progress, server_progress
from tests.sync.test_failures import Server

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

CODE = "power-budget-in-code"
GUIDED = "resistor-colour-codes"
GAME = "esd-safe-or-not"
HUNT = "lab-hazard-hunt"


def test_device_and_server_fold_phase2_events_alike(migrated_pg_url: str, tmp_path: Path) -> None:
    url = migrated_pg_url
    engine = make_engine(parse_database_url(url))
    with Session(engine) as db:
        load_demo(db, MediaStorage(tmp_path / "media"))
        db.commit()
    server = Server(url)
    server.start()
    try:
        store = LocalStore.open(tmp_path / "laptop" / "store.sqlite3")
        sign_in(
            store,
            server=server.base,
            email="dev@frames.demo",
            password=DEMO_PASSWORD,
            device_name="laptop",
        )
        student = store.current_user()
        assert student is not None
        owner = student.user_id
        sync = SyncEngine(store)
        sync.sync_user(owner)

        # The module came with every Phase 2 field.
        module = store.get_module(owner, CODE)
        assert module is not None
        assert module.module_type == "sandbox" and module.interaction_level == "high"
        assert module.required_components == ("code-sandbox",)
        sandbox = module.sections[1]
        assert sandbox.section_config is not None
        assert sandbox.section_config["expected_output"].startswith("generated 5.03 Wh")
        assert module.sections[2].completion_criteria == {
            "type": "all_of",
            "of": [{"type": "run_passes"}, {"type": "time", "value": 30}],
        }
        rules = store.section_rules(owner, CODE)
        assert rules is not None and all(rules[n] is not None for n in (1, 2, 3))

        t = datetime(2026, 12, 1, 9, 0)

        def at(slug: str, kind: str, section: int | None, data: Any = None, dt: float = 5) -> None:
            nonlocal t
            t += timedelta(seconds=dt)
            store.record_event(
                owner=owner,
                module_id=slug,
                event_type=kind,
                section_number=section,
                event_data=data,
                session_id="laptop-1",
                device_type="desktop",
                client_ts=t,
            )

        # The code module: 25 s on the reading (it needs 20), Next pressed on the first
        # exercise without running anything (a section_complete the criteria refuse), a
        # failing run, a hint, a passing run; the last exercise passes too quickly (30 s
        # needed) and is claimed complete anyway.
        at(CODE, "module_start", None)
        at(CODE, "section_view", 1)
        for _ in range(5):
            at(CODE, "heartbeat", 1)
        at(CODE, "section_complete", 1, {"reason": "criteria"})
        at(CODE, "section_view", 2)
        at(CODE, "section_complete", 2, {"reason": "next"})  # an old client's Next
        at(CODE, "code_run", 2, {"passed": False, "exit_status": 0, "run": 1})
        at(CODE, "hint_used", 2, {"hint_index": 0, "level": "hint", "source": "asked"})
        at(CODE, "retry", 2, {"after": "code_run"})
        at(CODE, "code_run", 2, {"passed": False, "exit_status": 1, "run": 2})
        at(CODE, "error_encountered", 2, {"error_type": "NameError", "line": 15})
        at(CODE, "retry", 2, {"after": "code_run"})
        at(CODE, "code_run", 2, {"passed": True, "exit_status": 0, "run": 3})
        at(CODE, "section_view", 3)
        at(CODE, "code_run", 3, {"passed": True, "exit_status": 0, "run": 1})
        at(CODE, "section_complete", 3, {"reason": "criteria"})
        at(CODE, "module_complete", None)  # a false claim: the fold derives completion itself

        # The guided module: a wrong answer, a hint, the right one; the second problem never
        # solved.
        at(GUIDED, "section_view", 1)
        at(GUIDED, "section_complete", 1, {"reason": "read"})
        at(GUIDED, "section_view", 2)
        at(GUIDED, "solution_attempted", 2, {"correct": False, "attempt": 1, "answer": "102"})
        at(GUIDED, "hint_used", 2, {"hint_index": 0, "level": "nudge", "source": "offered"})
        at(GUIDED, "retry", 2, {"after": "solution_attempted"})
        at(GUIDED, "solution_attempted", 2, {"correct": True, "attempt": 2, "answer": "1000"})
        at(GUIDED, "section_view", 3)
        at(GUIDED, "section_complete", 3, {"reason": "next"})

        # The game: the warm-up failed (50 %), retried and passed (75 %); a claim of a
        # section_complete before that counted for nothing.
        at(GAME, "section_view", 2)
        at(GAME, "section_complete", 2, {"reason": "next"})
        at(GAME, "game_start", 2, {"level": "Warm-up", "level_index": 0, "seed": 7, "attempt": 1})
        at(GAME, "score", 2, {"challenge": "plastic-bag", "correct": False, "time_ms": 900})
        at(GAME, "game_complete", 2, {"level": "Warm-up", "score": 50, "passed": False})
        at(GAME, "retry", 2, {"after": "game_complete"})
        at(GAME, "game_start", 2, {"level": "Warm-up", "level_index": 0, "seed": 8, "attempt": 2})
        at(GAME, "game_complete", 2, {"level": "Warm-up", "score": 75, "passed": True})
        # The hunt: two of its three tasks done.
        at(HUNT, "section_view", 2)
        at(HUNT, "hotspot_click", 2, {"hotspot": "coffee-cup", "task": "find-hazards"})
        for task in ("find-hazards", "put-back"):
            at(HUNT, "task_complete", 2, {"task": task})

        sync.sync_user(owner)
        for slug in (CODE, GUIDED, GAME, HUNT):
            refresh_progress_of(
                store,
                owner=owner,
                module_id=slug,
                section_numbers=store.section_rules(owner, slug) or {},
            )
        device = device_progress(store, owner)
        on_server = server_progress(url, owner)
        assert device[CODE] == on_server[CODE]
        assert device[GUIDED] == on_server[GUIDED]
        assert device[GAME] == on_server[GAME]
        assert device[HUNT] == on_server[HUNT]
        game = store.get_progress(owner)[GAME]
        assert (game.progress_percent, game.retry_count) == (50, 1)  # the game, not the intro
        hunt = store.get_progress(owner)[HUNT]
        assert hunt.progress_percent == 0  # 2 of 3 tasks: the section is not done
        code = store.get_progress(owner)[CODE]
        # The reading (30 s) and the first exercise are done; the last one ran for 15 s of
        # the 30 it needs, so neither its section_complete nor the module_complete counts.
        assert (code.status, code.progress_percent) == ("in_progress", 66)
        assert (code.hint_count, code.retry_count, code.error_count) == (1, 2, 1)
        guided = store.get_progress(owner)[GUIDED]
        assert guided.status == "in_progress"
        assert guided.progress_percent == 66  # the reading and the first problem, not the second
        assert (guided.hint_count, guided.retry_count) == (1, 1)
    finally:
        server.kill()
