"""Alt text and captions reach the device in the section's ``section_config`` and are kept
offline with the module: stored, read back after the store is reopened, unchanged."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from local_store import LocalStore, SectionRecord
from sync.rules.media_text import image_alt, video_text

from ._helpers import NOW, add_user, make_module

VTT = (
    "WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nGoggles on.\n\n"
    "00:00:03.000 --> 00:00:04.000\nÉtape 2 — لا\n"
)


def test_alt_text_and_captions_are_kept_offline(tmp_path: Path) -> None:
    base = make_module(sections=2)
    image = SectionRecord(
        3,
        "image",
        "What to wear.",
        title="PPE",
        media_url="/v1/media/" + "a" * 64 + "/ppe.png",
        section_config={"alt": "Goggles, gloves and a coat.", "show_alt": True},
        media_sha256="a" * 64,
        media_size=1234,
    )
    video = SectionRecord(
        4,
        "video",
        "Watch.",
        media_url="/v1/media/" + "b" * 64 + "/clip.mp4",
        section_config={
            "captions": [{"lang": "en", "vtt": VTT}, {"lang": "ar", "vtt": VTT}],
            "transcript": "Goggles on.",
        },
        media_sha256="b" * 64,
        media_size=4321,
    )
    module = dataclasses.replace(base, sections=(*base.sections, image, video))
    path = tmp_path / "local.sqlite3"
    with LocalStore.open(path) as store:
        add_user(store, "s1")
        store.apply_changes("s1", modules=[module], cursor="page-1", synced_at=NOW)
    with LocalStore.open(path) as store:
        got = store.get_module("s1", module.module_id)
    assert got == module
    assert got is not None
    assert image_alt(got.sections[2].section_config) == ("Goggles, gloves and a coat.", True)
    words = video_text(got.sections[3].section_config)
    assert [t.lang for t in words.captions] == ["en", "ar"]
    assert words.captions[1].cues()[1].text == "Étape 2 — لا"
