"""A copied kiosk (a cloned tablet image, a restored backup): its credential is bound to
the device id it gives up, so the copy that is told keeps its students' work, takes an id of
its own and asks to be enrolled again; once it is, both kiosks hold every event."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from local_store import LocalStore
from server_api.kiosks.service import set_pin
from sync.client.engine import IdentityConflictError, SyncEngine
from tests.factories import make_account, make_assignment, make_module, make_university
from tests.sync.test_kiosk import NOW, PINS, SERVER, _code, _kiosk, _record, _sign_in, _sync_all

pytestmark = pytest.mark.postgres


@pytest.fixture
def world(db: Any) -> dict[str, Any]:
    uni = make_university(db)
    ana = make_account(db, "student", university_id=uni.id)
    make_assignment(
        db, make_module(db, university_id=uni.id, slug="lab-safety"), university_id=uni.id
    )
    set_pin(db, ana.student_id, PINS[0])
    db.commit()
    return {"uni": uni, "ana": ana.student_id}


def test_a_copied_kiosk_is_enrolled_again_and_both_converge(
    tmp_path: Path,
    client: Any,
    db: Any,
    world: dict[str, Any],
) -> None:
    from sync.client import kiosk as kiosk_ops

    ana = world["ana"]
    original = _kiosk(tmp_path, client, _code(db, world))
    engine = SyncEngine(original, http=client)
    _sync_all(engine, original)
    _sign_in(original, ana, PINS[0])  # the sitting's proof is copied with the store
    _record(original, ana, "lab-safety", 3)
    _sync_all(engine, original)
    original.close()
    shutil.copytree(tmp_path / "k", tmp_path / "copy")
    original = LocalStore.open(tmp_path / "k" / "store.sqlite3")
    copy = LocalStore.open(tmp_path / "copy" / "store.sqlite3")
    engine, copy_engine = SyncEngine(original, http=client), SyncEngine(copy, http=client)
    first = _record(original, ana, "lab-safety", 2)
    _sync_all(engine, original)
    mine = _record(copy, ana, "lab-safety", 2)
    old_id = copy.device_id

    with pytest.raises(IdentityConflictError, match="enrol it again"):
        _sync_all(copy_engine, copy)

    assert copy.device_id != old_id
    assert [(e.uuid, e.device_id) for e in copy.pending_events(ana)] == [
        (u, copy.device_id) for u in mine
    ]
    kiosk_ops.enrol(
        copy, server=SERVER, name="Tablet 2", exit_pin="258013", code=_code(db, world), now=NOW,
        http=client,
    )  # fmt: skip
    _sync_all(copy_engine, copy)
    _sync_all(engine, original)
    for store in (original, copy):
        held = {e.uuid for e in store.events_for(ana, "lab-safety")}
        assert set(first) | set(mine) <= held and store.pending_count() == 0
    assert {e.uuid for e in original.events_for(ana, "lab-safety")} == {
        e.uuid for e in copy.events_for(ana, "lab-safety")
    }
