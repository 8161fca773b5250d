"""Plain builders for the desktop tests: list items, modules, a seeded local store."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from local_store import (
    AssignmentRecord,
    LocalStore,
    ModuleListItem,
    ModuleRecord,
    ProgressRow,
    SectionRecord,
    UserRecord,
)

__all__ = [
    "NOW",
    "TODAY",
    "item",
    "module",
    "progress",
    "seed_student",
    "write_module_folder",
]

TODAY = date(2025, 3, 10)
NOW = datetime(2025, 3, 10, 9, 0, 0)


def item(slug: str, **overrides: Any) -> ModuleListItem:
    fields: dict[str, Any] = {
        "module_id": slug,
        "title": slug.replace("-", " ").title(),
        "description": f"About {slug}",
        "category": "Safety",
        "tags": ("lab",),
        "prerequisites": (),
        "related_modules": (),
        "estimated_minutes": 10,
        "status": "published",
        "revision": 1,
        "updated_at": None,
        "published_at": None,
        "university_id": "uni-1",
        "module_type": "text",
        "difficulty_level": 1,
        "section_count": 3,
        "assignment_type": "required",
        "due_date": None,
        "assigned_at": None,
    }
    fields.update(overrides)
    return ModuleListItem(**fields)


def progress(slug: str, status: str = "completed", percent: int = 100) -> ProgressRow:
    return ProgressRow(module_id=slug, status=status, progress_percent=percent)


def module(slug: str, *, sections: int = 3, **overrides: Any) -> ModuleRecord:
    kinds = ["text", "checklist"]
    fields: dict[str, Any] = {
        "module_id": slug,
        "title": slug.replace("-", " ").title(),
        "description": f"About {slug}",
        "category": "Safety",
        "tags": ("lab",),
        "status": "published",
        "revision": 1,
        "university_id": "uni-1",
        "sections": tuple(
            SectionRecord(
                section_number=n,
                section_type=kinds[1] if n == sections and n > 1 else kinds[0],
                title=f"Part {n}",
                content=(
                    "- [ ] Goggles on\n- [ ] Gloves on\n"
                    if n == sections and n > 1
                    else f"# Part {n}\n\nSome text."
                ),
            )
            for n in range(1, sections + 1)
        ),
    }
    fields.update(overrides)
    return ModuleRecord(**fields)


def seed_student(
    store: LocalStore,
    *,
    user_id: str = "stu-1",
    server_url: str = "http://127.0.0.1:9",
    modules: list[tuple[ModuleRecord, AssignmentRecord | None]] | None = None,
    role: str = "student",
    synced: bool = True,
) -> UserRecord:
    """A signed-in user with mirrored modules (an unreachable server by default)."""
    store.save_user(
        user_id=user_id,
        role=role,  # type: ignore[arg-type]
        display_name="Ada Lovelace",
        server_url=server_url,
        token="token-1",
        email="ada@example.edu",
        university_id="uni-1",
    )
    store.set_current_user(user_id)
    if modules is None:
        modules = [
            (module("lab-safety-101"), AssignmentRecord("lab-safety-101", "required")),
            (
                module("soldering", prerequisites=("lab-safety-101",), category="Technical"),
                AssignmentRecord("soldering", "optional"),
            ),
            (module("welcome", category="Orientation"), AssignmentRecord("welcome", "recommended")),
        ]
    if synced:
        store.apply_changes(
            user_id,
            modules=[m for m, _a in modules],
            assignments=[a for _m, a in modules if a is not None],
            cursor="c1",
            synced_at=NOW,
        )
    user = store.get_user(user_id)
    assert user is not None
    return user


def write_module_folder(root: Path, *, title: str = "Preview Module") -> Path:
    folder = root / "preview-module"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "module.yaml").write_text(
        f"module_id: preview-module\ntitle: {title}\ncategory: Safety\nestimated_minutes: 5\n",
        encoding="utf-8",
    )
    (folder / "01-intro.md").write_text(
        "---\ntype: text\ntitle: Welcome\n---\nHello **faculty**.\n", encoding="utf-8"
    )
    (folder / "02-check.md").write_text(
        "---\ntype: checklist\ntitle: Before you start\n---\n- [ ] Goggles on\n- [ ] Gloves on\n",
        encoding="utf-8",
    )
    return folder
