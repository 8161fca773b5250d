"""Builders shared by the ``local_store`` tests (plain functions; fixtures live per file)."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

from local_store import (
    AssignmentRecord,
    EventRecord,
    LocalStore,
    ModuleRecord,
    SectionRecord,
)

__all__ = [
    "NOW",
    "add_user",
    "assignment",
    "make_module",
    "raw_connect",
    "record",
    "remote_event",
]

NOW = datetime(2025, 3, 1, 9, 0, 0)


def add_user(store: LocalStore, user_id: str = "s1", **overrides: Any) -> None:
    fields: dict[str, Any] = {
        "user_id": user_id,
        "role": "student",
        "display_name": f"Student {user_id}",
        "server_url": "https://frames.example.edu",
        "token": f"token-{user_id}",
        "email": f"{user_id}@example.edu",
        "university_id": "uni-1",
    }
    fields.update(overrides)
    store.save_user(**fields)


def record(store: LocalStore, owner: str = "s1", **overrides: Any) -> EventRecord:
    fields: dict[str, Any] = {
        "owner": owner,
        "module_id": "lab-safety-101",
        "event_type": "click",
        "session_id": "sess-1",
        "device_type": "desktop",
    }
    fields.update(overrides)
    return store.record_event(**fields)


def make_module(
    slug: str = "lab-safety-101", *, revision: int = 1, sections: int = 3, **overrides: Any
) -> ModuleRecord:
    fields: dict[str, Any] = {
        "module_id": slug,
        "title": f"Module {slug}",
        "description": "Read before entering the lab.",
        "category": "Safety",
        "tags": ("safety", "lab"),
        "prerequisites": (),
        "status": "published",
        "revision": revision,
        "updated_at": NOW,
        "published_at": NOW,
        "university_id": "uni-1",
        "sections": tuple(
            SectionRecord(
                section_number=n,
                section_type="checklist" if n == sections else "text",
                title=f"Section {n} (rev {revision})",
                content=f"Content {n} of revision {revision}",
                section_config={"items": ["goggles", "gloves"]} if n == sections else None,
            )
            for n in range(1, sections + 1)
        ),
    }
    fields.update(overrides)
    return ModuleRecord(**fields)


def assignment(slug: str = "lab-safety-101", **overrides: Any) -> AssignmentRecord:
    return AssignmentRecord(module_id=slug, **overrides)


def remote_event(owner: str = "s1", **overrides: Any) -> EventRecord:
    fields: dict[str, Any] = {
        "uuid": uuid.uuid4().hex,
        "owner": owner,
        "module_id": "lab-safety-101",
        "event_type": "section_complete",
        "event_data": None,
        "section_number": 1,
        "session_id": "web-1",
        "device_type": "tablet",
        "device_id": "other-device",
        "device_seq": 7,
        "client_ts": NOW,
        "server_ts": NOW,
        "origin": "remote",
        "state": "synced",
    }
    fields.update(overrides)
    return EventRecord(**fields)


def raw_connect(path: Path) -> sqlite3.Connection:
    """A plain autocommit connection, to look at or damage a store behind its back."""
    return sqlite3.connect(path, isolation_level=None)
