"""Import module content folders into the database (``frames-server import-content DIR``).

The folder is parsed by ``sync.rules.content_folder`` (the one parser, shared with the desktop's
preview); this module only decides what changes in the database:

* a module is matched by its slug (``module_id``). A new one is created with revision 1;
  an existing one is compared field by field and section by section (media by hash): if
  anything differs it is updated and its revision goes up by exactly one, otherwise it is
  left alone, revision and all;
* sections are matched by number and rewritten in place (extra ones deleted, new ones
  added), so section rows keep their ids where the number is unchanged;
* images and videos go into the media store first (content-addressed, so storing the same
  bytes again is free and a failed import leaves only harmless unreferenced blobs);
* everything happens in the caller's one transaction: a broken folder, a module that
  belongs to another university or an unusable media file raises before the caller
  commits, and nothing is stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from server_api.errors import BadRequest, Conflict
from server_api.media.service import UnsupportedMediaType, media_url, record_owner, store_file
from server_api.media.sniff import media_kind
from server_api.media.storage import MediaStorage
from server_api.models import Faculty, Module, ModuleSection, University
from server_api.modules.revision import mark_content_changed
from server_api.timeutil import utcnow
from sync.rules.content_folder import ContentError, ModuleSource, SectionSource, load_content_tree
from sync.rules.media_types import MEDIA_KIND_OF_TYPE

__all__ = [
    "ContentRejected",
    "ImportResult",
    "import_content_folder",
    "import_modules",
    "load_folder",
    "resolve_university",
]

Outcome = Literal["new", "updated", "unchanged"]


class ContentRejected(BadRequest):
    """Raised when a content folder is malformed; the message starts with ``file:line:``."""

    code = "bad_content"

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None) -> None:
        super().__init__(message, details={"file": file, "line": line})
        self.file = file
        self.line = line


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What importing one module did."""

    module_id: str
    outcome: Outcome
    revision: int
    sections: int
    media_files: int

    def line(self) -> str:
        """The one line ``frames-server import-content`` prints for this module."""
        counts = f"{_plural(self.sections, 'section')}, {_plural(self.media_files, 'media file')}"
        if self.outcome == "new":
            return f"imported {self.module_id} (new, revision {self.revision}, {counts})"
        if self.outcome == "updated":
            return f"updated {self.module_id} (revision {self.revision}, {counts})"
        return f"unchanged {self.module_id} (revision {self.revision})"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def load_folder(path: Path) -> list[ModuleSource]:
    """Parse a module folder or a folder of module folders; ``ContentRejected`` if broken."""
    path = Path(path)
    if not path.exists():
        raise ContentRejected(f"{path}: no such folder", file=str(path))
    try:
        return load_content_tree(path)
    except ContentError as exc:
        raise ContentRejected(str(exc), file=exc.file, line=exc.line) from exc


def resolve_university(session: Session, university_id: str | None) -> University:
    """The named university, or the only one in the database when none is named."""
    if university_id is not None:
        university = session.get(University, university_id)
        if university is None:
            raise BadRequest(f"no university with id {university_id!r}")
        return university
    found = session.scalars(select(University).order_by(University.id).limit(2)).all()
    if not found:
        raise BadRequest(
            "the database has no university yet: pass --university-id U --university-name NAME "
            "to create one"
        )
    if len(found) > 1:
        count = session.scalar(select(func.count()).select_from(University))
        raise BadRequest(f"the database has {count} universities: pass --university-id")
    return found[0]


def import_content_folder(
    session: Session,
    storage: MediaStorage,
    path: Path,
    *,
    university_id: str | None = None,
    faculty_id: str | None = None,
) -> list[ImportResult]:
    """Parse ``path`` and import every module in it (see the module docstring)."""
    sources = load_folder(path)
    return import_modules(
        session, storage, sources, university_id=university_id, faculty_id=faculty_id
    )


def import_modules(
    session: Session,
    storage: MediaStorage,
    sources: Sequence[ModuleSource],
    *,
    university_id: str | None = None,
    faculty_id: str | None = None,
) -> list[ImportResult]:
    """Create or update one module per source, in the caller's transaction; flushes only."""
    university = resolve_university(session, university_id)
    if faculty_id is not None:
        faculty = session.get(Faculty, faculty_id)
        if faculty is None:
            raise BadRequest(f"no faculty member with id {faculty_id!r}")
        if faculty.university_id not in (None, university.id):
            raise BadRequest(
                f"faculty {faculty_id!r} belongs to university {faculty.university_id!r}, "
                f"not {university.id!r}"
            )
    existing = {
        m.module_id: m
        for m in session.scalars(
            select(Module).where(Module.module_id.in_([s.module_id for s in sources]))
        )
    }
    _check_prerequisites(session, sources)
    for source in sources:
        module = existing.get(source.module_id)
        if module is not None and module.university_id != university.id:
            raise Conflict(
                f"{source.folder.name}/module.yaml: module '{source.module_id}' already exists "
                f"in university {module.university_id!r}, not {university.id!r}; "
                "nothing was imported"
            )
    return [
        _import_one(
            session,
            storage,
            source,
            existing.get(source.module_id),
            university_id=university.id,
            faculty_id=faculty_id,
        )
        for source in sources
    ]


def _check_prerequisites(session: Session, sources: Sequence[ModuleSource]) -> None:
    """Every prerequisite names a module of this import or one already on the server."""
    named = {ref for source in sources for ref in source.prerequisites}
    known = {s.module_id for s in sources}
    missing = named - known
    if missing:
        known |= set(session.scalars(select(Module.module_id).where(Module.module_id.in_(missing))))
    problems = [
        f"{source.folder.name}/module.yaml: prerequisites: no module '{ref}' here or on the server"
        for source in sources
        for ref in source.prerequisites
        if ref not in known
    ]
    if problems:
        raise ContentRejected(
            "\n".join(problems), file=f"{sources[0].folder.name}/module.yaml", line=None
        )


# --- one module ----------------------------------------------------------------------------


_FIELDS = (
    "title",
    "description",
    "category",
    "estimated_minutes",
    "status",
    "target_audience",
    "tags",
    "prerequisites",
    "related_modules",
    "module_type",
    "difficulty_level",
    "interaction_level",
    "required_components",
    "adaptive_config",
)
_SECTION_FIELDS = (
    "section_type",
    "title",
    "content",
    "media_url",
    "duration_seconds",
    "section_config",
    "completion_criteria",
)


def _module_fields(source: ModuleSource) -> dict[str, Any]:
    return {
        "title": source.title,
        "description": source.description,
        "category": source.category,
        "estimated_minutes": source.estimated_minutes,
        "status": source.status,
        "target_audience": source.target_audience,
        "tags": list(source.tags),
        "prerequisites": list(source.prerequisites),
        "related_modules": list(source.related_modules),
        # The columns' own defaults, so an omitted key reads back as what is stored.
        "module_type": source.module_type or "text",
        "difficulty_level": source.difficulty_level or 1,
        "interaction_level": source.interaction_level,
        "required_components": list(source.required_components),
        "adaptive_config": source.adaptive_config,
    }


def _section_fields(
    session: Session,
    storage: MediaStorage,
    source: ModuleSource,
    section: SectionSource,
    university_id: str,
) -> tuple[dict[str, Any], str | None]:
    url: str | None = None
    sha: str | None = None
    if section.media is not None:
        media = section.media
        file = f"{source.folder.name}/{section.source_file}"
        line = _media_line(source.folder, section.source_file)
        where = file if line is None else f"{file}:{line}"
        try:
            row = store_file(session, storage, media.path, expected_sha256=media.sha256)
        except UnsupportedMediaType as exc:
            raise ContentRejected(
                f"{where}: media file '{media.relpath}' is not an image or video the server "
                "accepts (PNG, JPEG, GIF, WebP, SVG, MP4, M4V or WebM)",
                file=file,
                line=line,
            ) from exc
        except OSError as exc:
            raise ContentRejected(
                f"{where}: media file '{media.relpath}' cannot be read: {exc.strerror}",
                file=file,
                line=line,
            ) from exc
        wanted_kind = MEDIA_KIND_OF_TYPE.get(section.section_type)
        if wanted_kind is not None and media_kind(row.content_type) != wanted_kind:
            raise ContentRejected(
                f"{where}: media file '{media.relpath}' is a {row.content_type} file, "
                f"not a {wanted_kind}",
                file=file,
                line=line,
            )
        url = media_url(row.sha256, Path(media.relpath).name)
        sha = row.sha256
        record_owner(session, sha, university_id)  # imported for this university: its file
    fields = {
        "section_type": section.section_type,
        "title": section.title,
        "content": section.content,
        "media_url": url,
        "duration_seconds": section.duration_seconds,
        "section_config": section.section_config,
        "completion_criteria": section.completion_criteria,
    }
    return fields, sha


def _media_line(folder: Path, source_file: str) -> int | None:
    """The line of the ``media:`` key in a section file, for errors found after parsing."""
    try:
        lines = (folder / source_file).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    for number, text in enumerate(lines[1:], start=2):
        if text.rstrip() == "---":
            break
        if text.startswith("media:"):
            return number
    return None


def _import_one(
    session: Session,
    storage: MediaStorage,
    source: ModuleSource,
    module: Module | None,
    *,
    university_id: str,
    faculty_id: str | None,
) -> ImportResult:
    wanted = _module_fields(source)
    sections: list[dict[str, Any]] = []
    shas: set[str] = set()
    for section in source.sections:
        fields, sha = _section_fields(session, storage, source, section, university_id)
        sections.append(fields)
        if sha is not None:
            shas.add(sha)
    now = utcnow()

    if module is None:
        module = Module(
            module_id=source.module_id,
            university_id=university_id,
            created_by_id=faculty_id,
            revision=1,
            created_at=now,
            updated_at=now,
            published_at=now if source.status == "published" else None,
            **wanted,
        )
        session.add(module)
        session.flush()
        for number, fields in enumerate(sections, start=1):
            session.add(ModuleSection(module_id=module.id, section_number=number, **fields))
        session.flush()
        return ImportResult(source.module_id, "new", 1, len(sections), len(shas))

    stored = {
        s.section_number: s
        for s in session.scalars(select(ModuleSection).where(ModuleSection.module_id == module.id))
    }
    changed = any(getattr(module, name) != wanted[name] for name in _FIELDS)
    changed |= set(stored) != set(range(1, len(sections) + 1))
    changed |= any(
        getattr(stored[number], name) != fields[name]
        for number, fields in enumerate(sections, start=1)
        if number in stored
        for name in _SECTION_FIELDS
    )
    if not changed:
        return ImportResult(
            source.module_id, "unchanged", module.revision or 1, len(sections), len(shas)
        )

    if wanted["status"] == "published" and module.status != "published":
        module.published_at = now
    for name in _FIELDS:
        if getattr(module, name) != wanted[name]:
            setattr(module, name, wanted[name])
    extra = [number for number in stored if number > len(sections)]
    if extra:
        session.execute(
            delete(ModuleSection).where(
                ModuleSection.module_id == module.id, ModuleSection.section_number.in_(extra)
            )
        )
    for number, fields in enumerate(sections, start=1):
        row = stored.get(number)
        if row is None:
            session.add(ModuleSection(module_id=module.id, section_number=number, **fields))
        else:
            for name, value in fields.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
    mark_content_changed(module)
    session.flush()
    return ImportResult(source.module_id, "updated", module.revision or 1, len(sections), len(shas))
