"""``--preview DIR``: a module folder as the viewer's ``ModuleRecord``, plus what to watch.

The record is built the way the server stores an imported folder (same fields, section
numbers, ``/v1/media/<sha256>/<name>`` URLs), so the preview renders exactly what students
will get; media play from the folder itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.i18n import translate
from local_store import ModuleRecord, SectionRecord
from sync.rules.content_folder import ContentError, ModuleSource, load_module_preview

__all__ = ["FolderPreview", "content_error_text", "load_preview", "to_record", "watch_paths"]


@dataclass(frozen=True, slots=True)
class FolderPreview:
    module: ModuleRecord
    media_files: dict[int, Path]  # section_number -> file on disk
    folder: Path
    problems: list[ContentError] = field(default_factory=list)  # of broken section files
    warnings: list[str] = field(default_factory=list)  # "file:line: image x.png has no alt text"


def to_record(source: ModuleSource) -> FolderPreview:
    sections: list[SectionRecord] = []
    files: dict[int, Path] = {}
    for s in source.sections:
        media = s.media
        if media is not None:
            files[s.section_number] = media.path
        sections.append(
            SectionRecord(
                section_number=s.section_number,
                section_type=s.section_type,
                content=s.content,
                title=s.title,
                media_url=(
                    None
                    if media is None
                    else f"/v1/media/{media.sha256}/{Path(media.relpath).name}"
                ),
                duration_seconds=s.duration_seconds,
                section_config=s.section_config,
                completion_criteria=s.completion_criteria,
                media_sha256=None if media is None else media.sha256,
                media_size=None if media is None else media.size,
            )
        )
    module = ModuleRecord(
        module_id=source.module_id,
        title=source.title,
        description=source.description,
        category=source.category,
        tags=source.tags,
        prerequisites=source.prerequisites,
        related_modules=source.related_modules,
        estimated_minutes=source.estimated_minutes,
        status=source.status,
        module_type=source.module_type or "text",
        difficulty_level=source.difficulty_level or 1,
        interaction_level=source.interaction_level,
        required_components=source.required_components,
        adaptive_config=source.adaptive_config,
        sections=tuple(sections),
    )
    return FolderPreview(module=module, media_files=files, folder=source.folder)


def load_preview(folder: Path) -> FolderPreview:
    """Load and check the folder for a preview: module.yaml's problems raise
    ``ContentError`` (file and line); a section file with problems is shown in place as a
    card naming them (``problems``), so the good sections can still be tried."""
    source, problems = load_module_preview(folder)
    preview = to_record(source)
    preview.problems.extend(problems)
    preview.warnings.extend(source.warnings)
    return preview


def content_error_text(exc: BaseException) -> str:
    """'02-ppe.md, line 4: unknown key ...' for a ``ContentError``; plain text otherwise."""
    if isinstance(exc, ContentError):
        where = (
            exc.file
            if exc.line is None
            else translate("preview", "{file}, line {line}").format(file=exc.file, line=exc.line)
        )
        return f"{where}: {exc.message}"
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")
    return str(exc) or type(exc).__name__


def watch_paths(folder: Path) -> tuple[list[str], list[str]]:
    """(folders, files) to watch: the module folder, its sub-folders and every file in them.

    Folders catch added, removed and renamed files (editors often save by renaming a temp
    file over the original, which ends a watch on the file itself); files catch edits.
    """
    dirs: list[str] = []
    files: list[str] = []
    root = Path(folder)
    if not root.is_dir():
        return dirs, files
    dirs.append(str(root))
    for path in sorted(root.rglob("*")):
        if any(part.startswith(".") for part in path.relative_to(root).parts):
            continue
        if path.is_dir():
            dirs.append(str(path))
        elif path.is_file():
            files.append(str(path))
    return dirs, files
