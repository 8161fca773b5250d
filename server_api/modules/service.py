"""Modules and their sections: read within scope, create, edit, renumber, publish, delete.

Reads filter through ``scope.module_visible``: a module outside the caller's scope is "not
found", never "forbidden", so another university's slugs do not leak. Writes lock the
module row first, so two editors of one module take turns. Every change of a module's
content or status calls ``mark_content_changed`` exactly once per request (and only when
something actually changed), which bumps ``revision`` and ``updated_at``; the change
sequence devices pull by is stamped on flush (``server_api.changes``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from server_api.auth.service import Principal
from server_api.errors import BadRequest, Conflict, Forbidden, NotFound
from server_api.media.service import check_section_media
from server_api.models import Module, ModuleSection, Tombstone, University
from server_api.modules import repository
from server_api.modules.revision import mark_content_changed
from server_api.modules.schemas import (
    ModuleCreate,
    ModuleDetail,
    ModuleFilters,
    ModulePage,
    ModulePublic,
    ModuleUpdate,
    SectionCreate,
    SectionPublic,
    SectionUpdate,
    check_section_phase2,
)
from server_api.modules.scope import can_edit, module_visible
from server_api.timeutil import utcnow

__all__ = [
    "append_section",
    "archive_module",
    "create_module",
    "delete_module",
    "delete_section",
    "editable_module",
    "get_module",
    "list_modules",
    "publish_module",
    "reorder_sections",
    "replace_sections",
    "unpublish_module",
    "update_module",
    "update_section",
    "visible_module",
]

_SECTION_FIELDS = (
    "section_type",
    "title",
    "content",
    "media_url",
    "duration_seconds",
    "section_config",
    "completion_criteria",
)
_LIST_DEFAULTS = ("tags", "prerequisites", "related_modules", "required_components")


# --- lookups --------------------------------------------------------------------------------


def visible_module(session: Session, principal: Principal, slug: str) -> Module:
    """The module if the principal may read it; ``NotFound`` otherwise."""
    module = repository.find_module(session, slug, where=module_visible(principal))
    if module is None:
        raise NotFound(f"no module {slug!r}")
    return module


def editable_module(session: Session, principal: Principal, slug: str) -> Module:
    """The module, locked for this transaction, if the principal may change it.

    A module the principal cannot even see is "not found"; one they see but may not edit
    (none today: faculty see exactly their university's modules) is "forbidden".
    """
    module = repository.find_module(session, slug, where=module_visible(principal), for_update=True)
    if module is None:
        raise NotFound(f"no module {slug!r}")
    if not can_edit(principal, module):
        raise Forbidden("only faculty of the module's university and admins may change it")
    return module


# --- reads ----------------------------------------------------------------------------------


def list_modules(session: Session, principal: Principal, filters: ModuleFilters) -> ModulePage:
    where = [module_visible(principal)]
    if filters.status is not None:
        where.append(Module.status == filters.status)
    if filters.category is not None:
        where.append(Module.category == filters.category)
    if filters.tag is not None:
        where.append(repository.has_tag(session, filters.tag))
    if filters.q:
        where.append(Module.title.icontains(filters.q, autoescape=True))
    rows, total = repository.list_modules(
        session, where=where, limit=filters.limit, offset=filters.offset
    )
    counts = repository.section_counts(session, [m.id for m in rows])
    return ModulePage(
        items=[_public(m, counts.get(m.id, 0)) for m in rows],
        total=total,
        limit=filters.limit,
        offset=filters.offset,
    )


def get_module(session: Session, principal: Principal, slug: str) -> ModuleDetail:
    return _detail(session, visible_module(session, principal, slug))


# --- module writes --------------------------------------------------------------------------


def create_module(session: Session, principal: Principal, body: ModuleCreate) -> ModuleDetail:
    """Create a draft module in the caller's university (an admin names the university)."""
    if principal.is_admin:
        if body.university_id is None:
            raise BadRequest("admins must say which university the module belongs to")
        if session.get(University, body.university_id) is None:
            raise BadRequest(f"no university with id {body.university_id!r}")
        university_id, created_by = body.university_id, principal.faculty_id
    else:
        if principal.university_id is None:
            raise Forbidden("your account belongs to no university")
        if body.university_id not in (None, principal.university_id):
            raise Forbidden("faculty create modules in their own university only")
        university_id, created_by = principal.university_id, principal.faculty_id
    if repository.slug_taken(session, body.module_id):
        raise Conflict(f"a module with id {body.module_id!r} already exists")
    check_section_media(session, principal, university_id, (s.media_url for s in body.sections))
    metadata = body.model_dump(
        exclude={"module_id", "title", "university_id", "sections"}, exclude_none=True
    )
    for name in _LIST_DEFAULTS:
        metadata.setdefault(name, [])
    now = utcnow()
    module = Module(
        module_id=body.module_id,
        title=body.title,
        university_id=university_id,
        created_by_id=created_by,
        status="draft",
        revision=1,
        created_at=now,
        updated_at=now,
        **metadata,
    )
    session.add(module)
    _flush_or_conflict(session, f"a module with id {body.module_id!r} already exists")
    for number, section in enumerate(body.sections, start=1):
        session.add(_new_section(module, number, section))
    session.flush()
    return _detail(session, module)


def update_module(
    session: Session, principal: Principal, slug: str, body: ModuleUpdate
) -> ModuleDetail:
    module = editable_module(session, principal, slug)
    changed = False
    for name in sorted(body.model_fields_set):
        value = getattr(body, name)
        if getattr(module, name) != value:
            setattr(module, name, value)
            changed = True
    if changed:
        mark_content_changed(module)
    return _detail(session, module)


def publish_module(session: Session, principal: Principal, slug: str) -> ModuleDetail:
    """Make the module visible to the students it is assigned to; it needs a section."""
    module = editable_module(session, principal, slug)
    if not repository.sections_of(session, module.id):
        raise BadRequest("add at least one section before publishing this module")
    if module.status != "published":
        module.status = "published"
        module.published_at = utcnow()
        mark_content_changed(module)
    return _detail(session, module)


def archive_module(session: Session, principal: Principal, slug: str) -> ModuleDetail:
    """Hide the module from students and devices, keeping it and its records."""
    return _set_status(session, principal, slug, "archived")


def unpublish_module(session: Session, principal: Principal, slug: str) -> ModuleDetail:
    """Take the module back to draft (from published or archived)."""
    return _set_status(session, principal, slug, "draft")


def delete_module(session: Session, principal: Principal, slug: str) -> None:
    """Delete the module with everything that hangs off it; devices hear it by tombstone."""
    module = editable_module(session, principal, slug)
    session.add(
        Tombstone(entity="module", module_slug=module.module_id, university_id=module.university_id)
    )
    session.delete(module)
    session.flush()


def _set_status(session: Session, principal: Principal, slug: str, status: str) -> ModuleDetail:
    module = editable_module(session, principal, slug)
    if module.status != status:
        module.status = status
        mark_content_changed(module)
    return _detail(session, module)


# --- section writes -------------------------------------------------------------------------


def replace_sections(
    session: Session, principal: Principal, slug: str, sections: list[SectionCreate]
) -> ModuleDetail:
    """Replace every section with ``sections``, numbered 1..n in the order given."""
    module = editable_module(session, principal, slug)
    old = repository.sections_of(session, module.id)
    shown = {s.media_url for s in old}  # what the module shows already stays allowed
    new_urls = (s.media_url for s in sections if s.media_url not in shown)
    check_section_media(session, principal, module.university_id, new_urls)
    wanted = [section.model_dump() for section in sections]
    if [_section_fields(s) for s in old] == wanted and _contiguous(old):
        return _detail(session, module)
    _keep_published_nonempty(module, len(sections))
    for row in old:
        session.delete(row)
    session.flush()  # the old numbers must be free before the new rows claim them
    for number, section in enumerate(sections, start=1):
        session.add(_new_section(module, number, section))
    mark_content_changed(module)
    session.flush()
    return _detail(session, module)


def append_section(
    session: Session, principal: Principal, slug: str, section: SectionCreate
) -> ModuleDetail:
    module = editable_module(session, principal, slug)
    check_section_media(session, principal, module.university_id, [section.media_url])
    old = repository.sections_of(session, module.id)
    number = old[-1].section_number + 1 if old else 1
    session.add(_new_section(module, number, section))
    mark_content_changed(module)
    session.flush()
    return _detail(session, module)


def update_section(
    session: Session, principal: Principal, slug: str, number: int, body: SectionUpdate
) -> ModuleDetail:
    module = editable_module(session, principal, slug)
    row = _section(session, module, number)
    if "media_url" in body.model_fields_set and body.media_url != row.media_url:
        check_section_media(session, principal, module.university_id, [body.media_url])
    merged = {n: getattr(row, n) for n in ("section_type", "section_config", "completion_criteria")}
    merged.update((n, getattr(body, n)) for n in body.model_fields_set if n in merged)
    try:
        check_section_phase2(
            merged["section_type"], merged["section_config"], merged["completion_criteria"]
        )
    except ValueError as exc:
        raise BadRequest(f"section {number}: {exc}") from None
    changed = False
    for name in sorted(body.model_fields_set):
        value = getattr(body, name)
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    if changed:
        mark_content_changed(module)
        session.flush()
    return _detail(session, module)


def delete_section(session: Session, principal: Principal, slug: str, number: int) -> ModuleDetail:
    """Delete section ``number``; the ones after it move up to close the gap."""
    module = editable_module(session, principal, slug)
    sections = repository.sections_of(session, module.id)
    row = _section(session, module, number)
    _keep_published_nonempty(module, len(sections) - 1)
    session.delete(row)
    session.flush()
    repository.renumber(session, [s for s in sections if s is not row])
    mark_content_changed(module)
    return _detail(session, module)


def reorder_sections(
    session: Session, principal: Principal, slug: str, order: list[int]
) -> ModuleDetail:
    """Put the sections in ``order`` (a permutation of their current numbers), then 1..n."""
    module = editable_module(session, principal, slug)
    sections = repository.sections_of(session, module.id)
    by_number = {s.section_number: s for s in sections}
    if len(order) != len(set(order)) or sorted(order) != sorted(by_number):
        raise BadRequest(
            f"order must list each current section number exactly once: {sorted(by_number)}"
        )
    if order != [s.section_number for s in sections] or not _contiguous(sections):
        repository.renumber(session, [by_number[n] for n in order])
        mark_content_changed(module)
    return _detail(session, module)


# --- helpers --------------------------------------------------------------------------------


def _section(session: Session, module: Module, number: int) -> ModuleSection:
    for row in repository.sections_of(session, module.id):
        if row.section_number == number:
            return row
    raise NotFound(f"module {module.module_id!r} has no section {number}")


def _keep_published_nonempty(module: Module, remaining: int) -> None:
    if remaining == 0 and module.status == "published":
        raise BadRequest("a published module needs a section: unpublish it before emptying it")


def _contiguous(sections: list[ModuleSection]) -> bool:
    return all(s.section_number == i for i, s in enumerate(sections, start=1))


def _section_fields(row: ModuleSection) -> dict[str, Any]:
    return {name: getattr(row, name) for name in _SECTION_FIELDS}


def _new_section(module: Module, number: int, section: SectionCreate) -> ModuleSection:
    return ModuleSection(module_id=module.id, section_number=number, **section.model_dump())


def _flush_or_conflict(session: Session, message: str) -> None:
    try:
        session.flush()
    except IntegrityError as exc:
        raise Conflict(message) from exc


def _public(module: Module, section_count: int) -> ModulePublic:
    return ModulePublic(**_public_fields(module), section_count=section_count)


def _public_fields(module: Module) -> dict[str, Any]:
    return {
        "module_id": module.module_id,
        "title": module.title,
        "description": module.description,
        "category": module.category,
        "estimated_minutes": module.estimated_minutes,
        "university_id": module.university_id,
        "created_by_id": module.created_by_id,
        "status": module.status or "draft",
        "tags": _as_list(module.tags),
        "prerequisites": _as_list(module.prerequisites),
        "related_modules": _as_list(module.related_modules),
        "target_audience": module.target_audience,
        "module_type": module.module_type,
        "interaction_level": module.interaction_level,
        "required_components": _as_list(module.required_components),
        "difficulty_level": module.difficulty_level,
        "revision": module.revision or 1,
        "created_at": module.created_at,
        "updated_at": module.updated_at,
        "published_at": module.published_at,
    }


def _detail(session: Session, module: Module) -> ModuleDetail:
    sections = repository.sections_of(session, module.id)
    return ModuleDetail(
        **_public_fields(module),
        section_count=len(sections),
        adaptive_config=module.adaptive_config
        if isinstance(module.adaptive_config, dict)
        else None,
        sections=[SectionPublic.model_validate(s) for s in sections],
    )


def _as_list(value: object) -> list[Any]:
    return list(value) if isinstance(value, list) else []
