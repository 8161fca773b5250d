"""Alt text, captions and the transcript end to end (real PostgreSQL, real uvicorn, a real
device store): imported from the demo folder, pulled by a student's device, kept there."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from local_store import LocalStore
from server_api.config import parse_database_url
from server_api.db import make_engine
from server_api.demo import DEMO_PASSWORD, load_demo
from server_api.media.storage import MediaStorage
from sync.client.cli import sign_in
from sync.client.engine import SyncEngine
from sync.rules.media_text import image_alt, video_text
from tests.sync.test_failures import Server

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

DEMO = Path(__file__).resolve().parents[2] / "server_api" / "demo_content"


def test_alt_text_and_captions_reach_the_device(migrated_pg_url: str, tmp_path: Path) -> None:
    engine = make_engine(parse_database_url(migrated_pg_url))
    with Session(engine) as db:
        load_demo(db, MediaStorage(tmp_path / "media"))
        db.commit()
    server = Server(migrated_pg_url)
    server.start()
    try:
        store = LocalStore.open(tmp_path / "laptop" / "store.sqlite3")
        sign_in(
            store,
            server=server.base,
            email="ana@frames.demo",
            password=DEMO_PASSWORD,
            device_name="laptop",
        )
        student = store.current_user()
        assert student is not None
        SyncEngine(store).sync_user(student.user_id)
        module = store.get_module(student.user_id, "lab-safety-101")
        assert module is not None
        image, video = module.sections[1], module.sections[2]
        alt, shown = image_alt(image.section_config)
        assert alt is not None and alt.startswith("Four cards: safety goggles") and not shown
        words = video_text(video.section_config)
        assert [t.lang for t in words.captions] == ["ar", "en", "es"]
        english = (DEMO / "lab-safety-101" / "media" / "ppe-check.en.vtt").read_text("utf-8")
        assert words.captions[1].vtt == english
        assert len(words.captions[1].cues()) == 5
        assert words.transcript is not None and "Goggles on" in words.transcript
        store.close()
    finally:
        server.kill()
