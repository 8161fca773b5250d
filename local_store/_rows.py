"""Row conversions and input checks for the mirror, user and media tables."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any, Final, cast

from ._codec import check_int, check_text, dumps, from_iso, loads, to_iso, validate_event
from ._errors import StoreError
from .records import (
    AssignmentRecord,
    EventRecord,
    MediaRecord,
    ModuleRecord,
    SectionRecord,
    UserRecord,
)

__all__ = [
    "MEDIA_COLUMNS",
    "MODULE_COLUMNS",
    "SECTION_COLUMNS",
    "USER_COLUMNS",
    "check_assignment",
    "check_module",
    "check_remote_event",
    "check_sha256",
    "check_slug",
    "date_iso",
    "media_from_row",
    "module_row",
    "module_values",
    "section_from_row",
    "section_row",
    "user_from_row",
    "with_state",
]

_SHA256: Final = re.compile(r"[0-9a-f]{64}")

USER_COLUMNS: Final = (
    "user_id, role, display_name, email, university_id, server_url, token, sync_cursor, "
    "last_sync_at, created_at, updated_at"
)

MODULE_COLUMNS: Final = (
    "module_id",
    "title",
    "description",
    "category",
    "tags",
    "prerequisites",
    "related_modules",
    "estimated_minutes",
    "status",
    "revision",
    "updated_at",
    "published_at",
    "university_id",
    "module_type",
    "difficulty_level",
    "interaction_level",
    "required_components",
    "adaptive_config",
)

SECTION_COLUMNS: Final = (
    "section_number",
    "section_type",
    "title",
    "content",
    "media_url",
    "duration_seconds",
    "section_config",
    "completion_criteria",
    "media_sha256",
    "media_size",
)

MEDIA_COLUMNS: Final = "sha256, url, size, path, state, bytes_done, updated_at"


def with_state(e: EventRecord, state: str, *, origin: str | None = None) -> EventRecord:
    return replace(
        e,
        state=cast(Any, state),
        origin=cast(Any, origin or e.origin),
        reject_reason=e.reject_reason if state == "rejected" else None,
    )


def user_from_row(row: tuple[Any, ...]) -> UserRecord:
    return UserRecord(
        user_id=row[0],
        role=row[1],
        display_name=row[2],
        email=row[3],
        university_id=row[4],
        server_url=row[5],
        token=row[6],
        sync_cursor=row[7],
        last_sync_at=from_iso(row[8]),
        created_at=datetime.fromisoformat(row[9]),
        updated_at=datetime.fromisoformat(row[10]),
    )


def check_slug(slug: object) -> str:
    check_text(slug, what="module_id", max_len=100)
    return cast(str, slug)


def check_sha256(value: object) -> str:
    if isinstance(value, str) and _SHA256.fullmatch(value.lower()):
        return value.lower()
    raise StoreError(f"sha256 must be 64 hex digits, got {value!r:.80}")


def _check_json_list(value: tuple[str, ...], what: str) -> None:
    if not all(isinstance(v, str) for v in value):
        raise StoreError(f"{what} must hold strings only, got {value!r:.80}")


def check_module(m: object) -> ModuleRecord:
    if not isinstance(m, ModuleRecord):
        raise StoreError(f"modules must be ModuleRecord values, got {type(m).__name__}")
    check_slug(m.module_id)
    if not isinstance(m.title, str):
        raise StoreError(f"module {m.module_id!r}: title must be a string")
    check_int(m.revision, what=f"module {m.module_id!r} revision", optional=False)
    check_int(m.estimated_minutes, what=f"module {m.module_id!r} estimated_minutes")
    check_int(m.difficulty_level, what=f"module {m.module_id!r} difficulty_level")
    _check_json_list(m.tags, f"module {m.module_id!r} tags")
    _check_json_list(m.prerequisites, f"module {m.module_id!r} prerequisites")
    _check_json_list(m.related_modules, f"module {m.module_id!r} related_modules")
    _check_json_list(m.required_components, f"module {m.module_id!r} required_components")
    if m.adaptive_config is not None and not isinstance(m.adaptive_config, dict):
        raise StoreError(f"module {m.module_id!r}: adaptive_config must be a dict or None")
    dumps(m.adaptive_config, what=f"module {m.module_id!r} adaptive_config")
    numbers: set[int] = set()
    for s in m.sections:
        if not isinstance(s, SectionRecord):
            raise StoreError(f"module {m.module_id!r}: sections must be SectionRecord values")
        what = f"module {m.module_id!r} section {s.section_number!r}"
        check_int(s.section_number, what=f"{what} number", optional=False)
        if s.section_number in numbers:
            raise StoreError(f"{what} appears twice")
        numbers.add(s.section_number)
        check_text(s.section_type, what=f"{what} section_type", max_len=50)
        if not isinstance(s.content, str):
            raise StoreError(f"{what}: content must be a string")
        check_int(s.duration_seconds, what=f"{what} duration_seconds", minimum=0)
        check_int(s.media_size, what=f"{what} media_size", minimum=0)
        if s.media_sha256 is not None:
            check_sha256(s.media_sha256)
        for name in ("section_config", "completion_criteria"):
            value = getattr(s, name)
            if value is not None and not isinstance(value, dict):
                raise StoreError(f"{what}: {name} must be a dict or None")
            dumps(value, what=f"{what} {name}")
    return m


def check_assignment(a: object) -> AssignmentRecord:
    if not isinstance(a, AssignmentRecord):
        raise StoreError(f"assignments must be AssignmentRecord values, got {type(a).__name__}")
    check_slug(a.module_id)
    # A production database may hold other types than the spec's three: shown as they are.
    check_text(a.assignment_type, what=f"assignment {a.module_id!r} type", max_len=50)
    if a.due_date is not None and not isinstance(a.due_date, date):
        raise StoreError(f"assignment {a.module_id!r}: due_date must be a date or None")
    return a


def check_remote_event(e: object, owner: str) -> EventRecord:
    if not isinstance(e, EventRecord):
        raise StoreError(f"events must be EventRecord values, got {type(e).__name__}")
    if e.owner != owner:
        raise StoreError(f"event {e.uuid!r:.40} belongs to {e.owner!r:.80}, not {owner!r:.80}")
    return with_state(validate_event(e, strict=False), "synced", origin="remote")


def date_iso(value: date | None) -> str | None:
    if value is None:
        return None
    return (value.date() if isinstance(value, datetime) else value).isoformat()


def module_row(m: ModuleRecord) -> tuple[Any, ...]:
    return (
        m.module_id,
        m.title,
        m.description,
        m.category,
        dumps(list(m.tags)),
        dumps(list(m.prerequisites)),
        dumps(list(m.related_modules)),
        m.estimated_minutes,
        m.status,
        m.revision,
        to_iso(m.updated_at),
        to_iso(m.published_at),
        m.university_id,
        m.module_type,
        m.difficulty_level,
        m.interaction_level,
        dumps(list(m.required_components)),
        None if m.adaptive_config is None else dumps(m.adaptive_config),
    )


_decode_json = json.JSONDecoder().decode


def _str_tuple(text: str) -> tuple[str, ...]:
    return () if text == "[]" else tuple(_decode_json(text))


_ModuleValues = tuple[
    str,
    str,
    str | None,
    str | None,
    tuple[str, ...],
    tuple[str, ...],
    tuple[str, ...],
    int | None,
    str,
    int,
    datetime | None,
    datetime | None,
    str | None,
    str,
    int | None,
    str | None,
    tuple[str, ...],
    dict[str, Any] | None,
]


def module_values(row: Sequence[Any]) -> _ModuleValues:
    """A ``modules`` row (``MODULE_COLUMNS``) as values in ``ModuleRecord`` field order."""
    updated_at, published_at = row[10], row[11]
    return (
        row[0],
        row[1],
        row[2],
        row[3],
        _str_tuple(row[4]),
        _str_tuple(row[5]),
        _str_tuple(row[6]),
        row[7],
        row[8],
        row[9],
        None if updated_at is None else datetime.fromisoformat(updated_at),
        None if published_at is None else datetime.fromisoformat(published_at),
        row[12],
        row[13],
        row[14],
        row[15],
        _str_tuple(row[16]),
        loads(row[17]),
    )


def section_row(s: SectionRecord) -> tuple[Any, ...]:
    return (
        s.section_number,
        s.section_type,
        s.title,
        s.content,
        s.media_url,
        s.duration_seconds,
        None if s.section_config is None else dumps(s.section_config),
        None if s.completion_criteria is None else dumps(s.completion_criteria),
        None if s.media_sha256 is None else s.media_sha256.lower(),
        s.media_size,
    )


def section_from_row(row: Sequence[Any]) -> SectionRecord:
    return SectionRecord(
        section_number=row[0],
        section_type=row[1],
        title=row[2],
        content=row[3],
        media_url=row[4],
        duration_seconds=row[5],
        section_config=loads(row[6]),
        completion_criteria=loads(row[7]),
        media_sha256=row[8],
        media_size=row[9],
    )


def media_from_row(row: Sequence[Any]) -> MediaRecord:
    return MediaRecord(
        sha256=row[0],
        url=row[1],
        size=row[2],
        path=row[3],
        state=row[4],
        bytes_done=row[5],
        updated_at=datetime.fromisoformat(row[6]),
    )
