"""What staff see of a kiosk's unsent work (``frames-server kiosks list``) is right after a
sync: the kiosk reports its pending count with the roster call, before it pushes, and its
last push of the round carries what it still holds once that push is answered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from server_api.models import Kiosk
from sync.client.engine import SyncEngine
from tests.factories import make_account, make_assignment, make_module, make_university
from tests.sync.test_kiosk import _code, _kiosk, _record, _sync_all

pytestmark = pytest.mark.postgres


@pytest.fixture
def world(db: Any) -> dict[str, Any]:
    uni = make_university(db)
    ana = make_account(db, "student", university_id=uni.id)
    ben = make_account(db, "student", university_id=uni.id)
    make_assignment(
        db, make_module(db, university_id=uni.id, slug="lab-safety"), university_id=uni.id
    )
    db.commit()
    return {"uni": uni, "ana": ana.student_id, "ben": ben.student_id}


def _pending_on_server(db: Any) -> int | None:
    db.expire_all()
    pending: int | None = db.scalars(select(Kiosk.pending_events)).one()
    return pending


@pytest.mark.parametrize("batch", [3, 1000])
def test_the_server_knows_the_kiosk_holds_nothing_after_a_sync(
    tmp_path: Path, client: Any, db: Any, world: dict[str, Any], batch: int
) -> None:
    store = _kiosk(tmp_path, client, _code(db, world))
    engine = SyncEngine(store, http=client, push_batch=batch)
    _sync_all(engine, store)
    _record(store, world["ana"], "lab-safety", 4)
    _record(store, world["ben"], "lab-safety", 3)
    assert store.pending_count() == 7

    _sync_all(engine, store)

    assert store.pending_count() == 0
    assert _pending_on_server(db) == 0
