"""``/v1/modules``: read modules in scope; faculty and admins write them.

Modules are named by their slug (``module_id``) and sections by their ``section_number``.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from server_api.deps import AnyPrincipalDep, SessionDep, StaffDep
from server_api.modules import service
from server_api.modules.schemas import (
    MAX_INT4,
    CleanStr,
    ModuleCreate,
    ModuleDetail,
    ModuleFilters,
    ModulePage,
    ModuleUpdate,
    SectionCreate,
    SectionReorder,
    SectionsReplace,
    SectionUpdate,
)

__all__ = ["SlugPath", "router"]

router = APIRouter(prefix="/v1/modules", tags=["modules"])

# No pattern here: slugs imported from older systems are still reachable by their name.
SlugPath = Annotated[CleanStr, Path(min_length=1, max_length=100, description="module slug")]
SectionPath = Annotated[int, Path(ge=1, le=MAX_INT4, description="section number")]


@router.get("", response_model=ModulePage)
def list_modules(
    principal: AnyPrincipalDep, session: SessionDep, filters: Annotated[ModuleFilters, Query()]
) -> ModulePage:
    """Modules the caller may read, in slug order, one page at a time (a kiosk: those
    assigned to someone on its roster)."""
    return service.list_modules(session, principal, filters)


@router.post("", response_model=ModuleDetail, status_code=201)
def create_module(body: ModuleCreate, principal: StaffDep, session: SessionDep) -> ModuleDetail:
    """Create a draft module (faculty: in their university; admins: name ``university_id``)."""
    return service.create_module(session, principal, body)


@router.get("/{slug}", response_model=ModuleDetail)
def get_module(slug: SlugPath, principal: AnyPrincipalDep, session: SessionDep) -> ModuleDetail:
    """The module and its sections in order; 404 if it is not visible to the caller."""
    return service.get_module(session, principal, slug)


@router.patch("/{slug}", response_model=ModuleDetail)
def update_module(
    slug: SlugPath, body: ModuleUpdate, principal: StaffDep, session: SessionDep
) -> ModuleDetail:
    """Change metadata; ``revision`` goes up by one if anything changed."""
    return service.update_module(session, principal, slug, body)


@router.delete("/{slug}", status_code=204)
def delete_module(slug: SlugPath, principal: StaffDep, session: SessionDep) -> None:
    """Delete the module, its sections, assignments and records; devices drop it."""
    service.delete_module(session, principal, slug)


@router.post("/{slug}/publish", response_model=ModuleDetail)
def publish_module(slug: SlugPath, principal: StaffDep, session: SessionDep) -> ModuleDetail:
    """Publish: assigned students see it. Refused for a module without sections."""
    return service.publish_module(session, principal, slug)


@router.post("/{slug}/archive", response_model=ModuleDetail)
def archive_module(slug: SlugPath, principal: StaffDep, session: SessionDep) -> ModuleDetail:
    return service.archive_module(session, principal, slug)


@router.post("/{slug}/unpublish", response_model=ModuleDetail)
def unpublish_module(slug: SlugPath, principal: StaffDep, session: SessionDep) -> ModuleDetail:
    """Back to draft: students no longer see it."""
    return service.unpublish_module(session, principal, slug)


@router.put("/{slug}/sections", response_model=ModuleDetail)
def replace_sections(
    slug: SlugPath, body: SectionsReplace, principal: StaffDep, session: SessionDep
) -> ModuleDetail:
    """Replace all sections, numbered 1..n in the order given."""
    return service.replace_sections(session, principal, slug, body.sections)


@router.post("/{slug}/sections", response_model=ModuleDetail, status_code=201)
def append_section(
    slug: SlugPath, body: SectionCreate, principal: StaffDep, session: SessionDep
) -> ModuleDetail:
    """Add a section after the last one."""
    return service.append_section(session, principal, slug, body)


@router.post("/{slug}/sections/reorder", response_model=ModuleDetail)
def reorder_sections(
    slug: SlugPath, body: SectionReorder, principal: StaffDep, session: SessionDep
) -> ModuleDetail:
    """``{"order": [3, 1, 2]}``: a permutation of the current section numbers."""
    return service.reorder_sections(session, principal, slug, body.order)


@router.patch("/{slug}/sections/{number}", response_model=ModuleDetail)
def update_section(
    slug: SlugPath,
    number: SectionPath,
    body: SectionUpdate,
    principal: StaffDep,
    session: SessionDep,
) -> ModuleDetail:
    return service.update_section(session, principal, slug, number, body)


@router.delete("/{slug}/sections/{number}", response_model=ModuleDetail)
def delete_section(
    slug: SlugPath, number: SectionPath, principal: StaffDep, session: SessionDep
) -> ModuleDetail:
    """Delete a section; the ones after it are renumbered to close the gap."""
    return service.delete_section(session, principal, slug, number)
