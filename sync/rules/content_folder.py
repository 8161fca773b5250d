"""Parse a module content folder: the format faculty write modules in.

The server imports these folders (``frames-server import-content DIR``) and the desktop
previews them straight from disk; both call this module, so it is pure: no Qt, no database,
no HTTP. Layout::

    lab-safety-101/
      module.yaml            # metadata, see MODULE_KEYS
      01-welcome.md          # one markdown file per section, ordered by numeric prefix
      02-eye-protection.md
      media/goggles.png      # images and videos, in any sub-folder

A section file is YAML front matter between two ``---`` lines, then the markdown body,
which becomes the section's ``content``::

    ---
    type: video                  # text | image | video | checklist | a future type
    title: Putting on goggles    # optional
    media: media/goggles.mp4     # required for image and video
    duration: 42                 # optional, seconds, video only
    alt: Goggles on their hook   # image only: what the picture shows, for screen readers
    show_alt: true               # image only, optional: also show the alt text under it
    ---
    Caption or body markdown.

Captions and a transcript of a video sit beside it (``sync.rules.media_text``)::

      media/goggles.mp4
      media/goggles.vtt              # WebVTT captions (language not stated)
      media/goggles.es.vtt           # captions in Spanish (any BCP 47 tag: en, es, ar, pt-BR)
      media/goggles.transcript.md    # optional; else the captions make the transcript

Rules worth knowing:

* Section files are the ``*.md`` files directly in the module folder whose names start with
  a number (``01-intro.md``, ``2_setup.md``, ``10 wrap-up.md``). They are ordered by that
  number, and ``section_number`` is the 1-based position in that order, so gaps (10, 20,
  30) are fine, but two files with the same number are an error. ``README.md`` and hidden
  files are ignored; any other ``.md`` file there is an error, so no section is silently
  dropped.
* Unknown keys in ``module.yaml`` or in the front matter of a known section type are
  errors (typo protection). A section ``type`` this parser does not know is passed through
  as is, so content written for a newer client still loads in an older one; only its
  ``title``, ``media`` and ``duration`` keys are read and checked, other keys are left to
  the newer client. A type that is one typo away from a known one (``vidoe``) is an error.
* Checklist bodies are markdown task lists, see :func:`parse_checklist`.
* An image section without ``alt``, an interactive section or a game section with
  ``image: true`` challenges without ``section_config.alt``, and a markdown image without
  alt text (``![](x.png)``) are allowed but each gives a warning
  (``SectionSource.warnings``); a caption file that is not valid WebVTT, or is larger than
  ``MAX_CAPTION_BYTES``, is an error naming its line.
* Every problem raises :class:`ContentError` naming the file (relative to the folder that
  holds the module folder) and, when known, the line. Loading stops at the first problem.
* Files are read with a size cap and media files are hashed in chunks, so a stray huge
  file cannot exhaust memory; only regular files are opened (never a FIFO or a device).
"""

from __future__ import annotations

import difflib
import hashlib
import json
import mimetypes
import re
import stat
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Final

import yaml

from sync.rules.media_text import (
    LANG_PATTERN,
    MAX_ALT_CHARS,
    MAX_CAPTION_BYTES,
    MAX_CAPTION_TRACKS,
    MAX_TRANSCRIPT_BYTES,
    CaptionError,
    parse_webvtt,
)
from sync.rules.media_types import ALLOWED_MEDIA_EXTENSIONS, MEDIA_KIND_OF_TYPE, SIGNATURES
from sync.rules.section_config import (
    COMPONENT_OF_TYPE,
    PHASE2_SECTION_TYPES,
    ConfigError,
    GameConfig,
    InteractiveConfig,
    config_from_json,
    parse_completion_criteria,
    parse_section_config,
)

__all__ = [
    "BROKEN_SECTION_TYPE",
    "ALLOWED_MEDIA_EXTENSIONS",
    "KNOWN_SECTION_TYPES",
    "MODULE_KEYS",
    "MODULE_STATUSES",
    "MODULE_TYPES",
    "INTERACTION_LEVELS",
    "SECTION_KEYS",
    "ChecklistItem",
    "ContentError",
    "ContentErrors",
    "MediaFile",
    "ModuleSource",
    "SectionSource",
    "load_content_tree",
    "load_module_folder",
    "load_module_preview",
    "parse_checklist",
]

MODULE_FILE: Final = "module.yaml"

MODULE_KEYS: Final = frozenset(
    {
        "module_id",
        "title",
        "description",
        "category",
        "tags",
        "prerequisites",
        "related_modules",
        "estimated_minutes",
        "status",
        "target_audience",
        "module_type",
        "difficulty_level",
        "interaction_level",
        "required_components",
        "adaptive_config",
    }
)
MODULE_STATUSES: Final = ("draft", "published", "archived")
MODULE_TYPES: Final = ("text", "sandbox", "game", "interactive", "guided_struggle", "mixed")
INTERACTION_LEVELS: Final = ("low", "medium", "high")

KNOWN_SECTION_TYPES: Final = ("text", "image", "video", "checklist", *PHASE2_SECTION_TYPES)
SECTION_KEYS: Final = frozenset(
    {
        "type",
        "title",
        "media",
        "duration",
        "alt",
        "show_alt",
        "section_config",
        "completion_criteria",
    }
)
BROKEN_SECTION_TYPE: Final = "broken"
"""The type of the stand-in a preview shows for a section file that has a problem."""
_COMPONENT_RE: Final = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_ADAPTIVE_MAX_BYTES: Final = 16 * 1024
_STARTER_FILE_MAX_BYTES: Final = 128 * 1024

# Column sizes of the `modules` and `module_sections` tables.
_SLUG_RE: Final = re.compile(r"^[a-z0-9][a-z0-9-]{1,99}$")
_SECTION_TYPE_RE: Final = re.compile(r"^[a-z][a-z0-9_-]{0,49}$")
_TITLE_MAX: Final = 255
_CATEGORY_MAX: Final = 100
_AUDIENCE_MAX: Final = 100
_MEDIA_PATH_MAX: Final = 500
_INT32_MAX: Final = 2**31 - 1

# Markdown and YAML are small; anything bigger is a mistake (a video renamed to .md, say),
# and is reported without being read into memory.
_MODULE_FILE_MAX_BYTES: Final = 256 * 1024
_SECTION_FILE_MAX_BYTES: Final = 2 * 1024 * 1024
_HASH_CHUNK: Final = 1024 * 1024

_SECTION_FILE_RE: Final = re.compile(r"^(\d+)")
_IGNORED_MARKDOWN: Final = frozenset({"readme.md"})

# Signatures of the raster formats, to catch a file renamed to the wrong extension.
_MAGIC: Final[Mapping[str, Callable[[bytes], bool]]] = {
    suffix: SIGNATURES[media_type]
    for table in ALLOWED_MEDIA_EXTENSIONS.values()
    for suffix, media_type in table.items()
    if media_type in SIGNATURES
}

_CHECKBOX_RE: Final = re.compile(r"^\s*[-*+]\s+\[(?P<mark>[ xX])\](?:\s+(?P<text>.*?))?\s*$")
_KEY_SUFFIX_RE: Final = re.compile(r"\s*\{#(?P<key>[^{}]*)\}$")
_OPTIONAL_SUFFIX_RE: Final = re.compile(r"\s*\(optional\)$", re.IGNORECASE)
_ITEM_KEY_RE: Final = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")
_FENCE_RE: Final = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_SLUG_MAX: Final = 64


class ContentError(ValueError):
    """Raised when a content folder breaks the format.

    ``file`` is the offending file relative to the folder holding the module folder
    (``lab-safety-101/02-eye.md``), ``line`` the 1-based line when known, and ``message``
    the problem alone. ``str()`` gives ``file:line: message``.
    """

    def __init__(self, message: str, *, file: str, line: int | None = None) -> None:
        self.message = message
        self.file = file
        self.line = line
        where = file if line is None else f"{file}:{line}"
        super().__init__(f"{where}: {message}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_content_error, (self.message, self.file, self.line))


def _rebuild_content_error(message: str, file: str, line: int | None) -> ContentError:
    return ContentError(message, file=file, line=line)


class ContentErrors(ContentError):
    """Every problem found in a content folder (``problems``, in file order), raised once
    the whole folder has been read. Its ``message``/``file``/``line`` are the first
    problem's; ``str()`` gives one ``file:line: message`` line per problem."""

    def __init__(self, problems: list[ContentError]) -> None:
        flat = [p for e in problems for p in (e.problems if isinstance(e, ContentErrors) else [e])]
        first = flat[0]
        super().__init__(first.message, file=first.file, line=first.line)
        self.problems: list[ContentError] = flat
        self.args = ("\n".join(str(p) for p in flat),)

    def __str__(self) -> str:
        return str(self.args[0])

    def __reduce__(self) -> tuple[Any, ...]:
        return (ContentErrors, (self.problems,))


class _Problems:
    """Collects ``ContentError``s so a folder is read to the end; ``raise_any`` raises them."""

    def __init__(self) -> None:
        self.found: list[ContentError] = []

    def run(self, fn: Callable[[], Any], default: Any = None) -> Any:
        try:
            return fn()
        except ContentError as exc:
            self.found.append(exc)
            return default

    def raise_any(self) -> None:
        if len(self.found) == 1 and not isinstance(self.found[0], ContentErrors):
            raise self.found[0]
        if self.found:
            raise ContentErrors(self.found)


@dataclass(frozen=True)
class MediaFile:
    """An image or video a section shows; ``relpath`` is posix, relative to the module."""

    relpath: str
    path: Path
    size: int
    sha256: str
    content_type: str


@dataclass(frozen=True)
class ChecklistItem:
    """One ``- [ ] text`` line of a checklist; ``key`` is unique within its section."""

    key: str
    text: str
    required: bool


@dataclass(frozen=True)
class SectionSource:
    """One section file. ``section_number`` is its 1-based position in file order.

    ``media`` is set for image and video sections (and for future types that name one);
    ``duration_seconds`` only for videos that give it.
    """

    section_number: int
    section_type: str
    title: str | None
    content: str
    media: MediaFile | None
    duration_seconds: int | None
    source_file: str
    section_config: dict[str, Any] | None = None
    completion_criteria: dict[str, Any] | None = None
    warnings: tuple[str, ...] = ()
    """``file:line: message`` lines for what is allowed but should be mended (a picture
    without alt text)."""


@dataclass(frozen=True)
class ModuleSource:
    """A whole module folder, checked; ``sections`` is non-empty and in display order."""

    module_id: str
    title: str
    description: str | None
    category: str | None
    tags: tuple[str, ...]
    prerequisites: tuple[str, ...]
    related_modules: tuple[str, ...]
    estimated_minutes: int
    status: str
    target_audience: str
    module_type: str | None
    difficulty_level: int | None
    interaction_level: str | None
    sections: tuple[SectionSource, ...]
    folder: Path
    required_components: tuple[str, ...] = ()
    adaptive_config: dict[str, Any] | None = None

    @property
    def warnings(self) -> tuple[str, ...]:
        """Every section's warnings (``file:line: message``), in section order."""
        return tuple(w for section in self.sections for w in section.warnings)


# ---------------------------------------------------------------------------------------
# Public entry points


def load_module_folder(path: Path) -> ModuleSource:
    """Load and check one module folder; raise ``ContentError`` (``ContentErrors`` when
    there are several) naming every problem."""
    module, _lines = _load_module(Path(path))
    return module


def load_module_preview(path: Path) -> tuple[ModuleSource, list[ContentError]]:
    """A module folder for a preview: module.yaml must be right (else ``ContentError``), a
    section file with problems becomes a ``BROKEN_SECTION_TYPE`` section whose content
    names them, so the good sections still show. Returns the module and the problems."""
    broken: list[ContentError] = []
    module, _lines = _load_module(Path(path), preview=broken)
    return module, [
        p for e in broken for p in (e.problems if isinstance(e, ContentErrors) else [e])
    ]


def load_content_tree(path: Path, *, check_references: bool = True) -> list[ModuleSource]:
    """Load a folder that is a module, or a folder of module folders, sorted by folder name.

    In a folder of module folders, sub-folders whose names start with ``.`` or ``_`` are
    skipped (``.git``, ``_drafts``), any other sub-folder must be a module, and module ids
    must be unique. With ``check_references`` (and only for a folder of modules, since a
    single module's references may live on the server already) every prerequisite and
    related module must be a module of the tree, and prerequisites must not form a cycle.
    """
    root = Path(path)
    if not root.is_dir():
        raise ContentError("not a folder", file=str(root))
    root_name = root.resolve().name
    is_tree = not ((root / MODULE_FILE).exists() or (root / MODULE_FILE).is_symlink())
    problems = _Problems()
    loaded: list[tuple[ModuleSource, dict[str, int]]] = []
    if not is_tree:
        loaded = [_load_module(root)]
    else:
        for child in sorted(root.iterdir(), key=lambda p: p.name):
            if child.name.startswith((".", "_")) or not child.is_dir():
                continue  # README, .git, _drafts and the like
            if not (child / MODULE_FILE).exists() and not (child / MODULE_FILE).is_symlink():
                problems.found.append(
                    ContentError(
                        f"not a module folder: no {MODULE_FILE} (rename it to start with '_' "
                        "to keep it out of the import)",
                        file=child.name,
                    )
                )
                continue
            try:
                loaded.append(_load_module(child))
            except ContentError as exc:
                problems.found.append(exc)
        if not loaded and not problems.found:
            raise ContentError(f"no module folders (folders with a {MODULE_FILE})", file=root_name)

    seen: dict[str, ModuleSource] = {}
    for module, lines in loaded:
        other = seen.get(module.module_id)
        if other is not None:
            problems.found.append(
                ContentError(
                    f"module_id '{module.module_id}' is already used by {other.folder.name}/",
                    file=_display(module.folder, MODULE_FILE),
                    line=lines.get("module_id"),
                )
            )
            continue
        seen[module.module_id] = module

    if check_references and is_tree and not problems.found:
        for module, lines in loaded:
            for field in ("prerequisites", "related_modules"):
                for ref in getattr(module, field):
                    if ref not in seen:
                        problems.found.append(
                            ContentError(
                                f"{field}: no module '{ref}' in {root_name}/",
                                file=_display(module.folder, MODULE_FILE),
                                line=lines.get(field),
                            )
                        )
        if not problems.found:
            problems.run(lambda: _check_prerequisite_cycles(loaded))
    problems.raise_any()
    return [module for module, _ in loaded]


def parse_checklist(
    content: str, *, source: str = "<checklist>", first_line: int = 1
) -> list[ChecklistItem]:
    """Return the items of a markdown task list, in order.

    Each ``- [ ] text`` line (also ``*``/``+`` bullets and ``[x]``) is an item. Text ending
    in ``(optional)`` makes the item optional; a trailing ``{#key}`` gives a stable key,
    otherwise the key is the slugified text. The markers are removed from ``text``. Other
    lines (an intro paragraph, lines inside fenced code) are ignored. Raises ContentError
    (``source``, line counted from ``first_line``) for an empty item, a bad ``{#key}`` or a
    duplicate key.

    A derived key is the text folded to ASCII where it can be (``Lötstelle`` ->
    ``lotstelle``), lowercased, with every run of other characters turned into ``-``, and
    cut at a word boundary to at most 64 characters. Keys identify checklist progress, so
    rewording an item changes its derived key: give items that may be reworded a ``{#key}``.
    """
    items: list[ChecklistItem] = []
    key_lines: dict[str, int] = {}
    for index, raw in _outside_code_fences(content.splitlines()):
        line_no = first_line + index
        match = _CHECKBOX_RE.match(raw)
        if match is None:
            continue
        text = (match.group("text") or "").strip()
        key: str | None = None
        required = True
        # `{#key}` and `(optional)` may come in either order at the end of the line.
        for _ in range(2):
            key_match = _KEY_SUFFIX_RE.search(text)
            if key_match and key is None:
                key = key_match.group("key").strip()
                if not _ITEM_KEY_RE.match(key):
                    raise ContentError(
                        f"checklist key '{{#{key}}}' must be lowercase letters, digits, '-' or "
                        "'_' (at most 100)",
                        file=source,
                        line=line_no,
                    )
                text = text[: key_match.start()].rstrip()
            optional_match = _OPTIONAL_SUFFIX_RE.search(text)
            if optional_match and required:
                required = False
                text = text[: optional_match.start()].rstrip()
        if not text:
            raise ContentError("checklist item has no text", file=source, line=line_no)
        if key is None:
            key = _slugify(text)
            if not key:
                raise ContentError(
                    f"cannot make a key from '{text}'; add one with {{#key}}",
                    file=source,
                    line=line_no,
                )
        if key in key_lines:
            raise ContentError(
                f"checklist key '{key}' is used twice (first on line {key_lines[key]}); "
                "give one of the items its own {#key}",
                file=source,
                line=line_no,
            )
        key_lines[key] = line_no
        items.append(ChecklistItem(key=key, text=text, required=required))
    return items


# ---------------------------------------------------------------------------------------
# Module folder


def _load_module(
    path: Path, *, preview: list[ContentError] | None = None
) -> tuple[ModuleSource, dict[str, int]]:
    """One module folder, every problem of it collected (``ContentErrors``). With
    ``preview`` (a list) a broken section file becomes a ``BROKEN_SECTION_TYPE`` stand-in
    whose content is the problem, the problem goes to the list, and only module.yaml's
    problems raise."""
    if not path.is_dir():
        raise ContentError("not a folder", file=str(path))
    try:
        folder = path.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        raise ContentError(f"cannot open folder: {exc}", file=str(path)) from exc
    module_file = _display(folder, MODULE_FILE)
    meta_path = folder / MODULE_FILE
    if not meta_path.exists() and not meta_path.is_symlink():
        hint = ""
        if (folder / "module.yml").exists():
            hint = " (found module.yml: rename it to module.yaml)"
        raise ContentError(f"missing {MODULE_FILE}{hint}", file=module_file)
    text = _read_text(folder, meta_path, max_bytes=_MODULE_FILE_MAX_BYTES)
    fields = _parse_yaml_mapping(text, file=module_file, first_line=1, what=MODULE_FILE)
    lines = {key: line for key, (_value, line) in fields.items()}
    meta = _ModuleFields(fields, file=module_file)
    problems = _Problems()

    for key, (_value, line) in fields.items():
        if key not in MODULE_KEYS:
            problems.found.append(
                ContentError(
                    f"unknown key '{key}'{_suggest(key, MODULE_KEYS)}; allowed keys: "
                    + ", ".join(sorted(MODULE_KEYS)),
                    file=module_file,
                    line=line,
                )
            )

    module_id = problems.run(lambda: meta.slug("module_id", required=True), "") or ""
    title = problems.run(lambda: meta.string("title", required=True, max_len=_TITLE_MAX), "")
    description = problems.run(lambda: meta.string("description", multiline=True))
    category = problems.run(lambda: meta.string("category", max_len=_CATEGORY_MAX))
    tags = problems.run(lambda: meta.string_list("tags"), ())
    prerequisites = problems.run(lambda: meta.slug_list("prerequisites"), ())
    if module_id and module_id in prerequisites:
        problems.found.append(
            ContentError(
                "a module cannot be its own prerequisite",
                file=module_file,
                line=lines["prerequisites"],
            )
        )
    related_modules = problems.run(lambda: meta.slug_list("related_modules"), ())
    estimated_minutes = (
        problems.run(lambda: meta.integer("estimated_minutes", minimum=1, default=10)) or 10
    )
    status = problems.run(lambda: meta.choice("status", MODULE_STATUSES, default="draft"))
    target_audience = problems.run(
        lambda: meta.string("target_audience", max_len=_AUDIENCE_MAX, default="incoming_students")
    )
    module_type = problems.run(lambda: meta.choice("module_type", MODULE_TYPES))
    difficulty_level = problems.run(lambda: meta.integer("difficulty_level", minimum=1, maximum=5))
    interaction_level = problems.run(lambda: meta.choice("interaction_level", INTERACTION_LEVELS))
    declared = problems.run(lambda: meta.component_list("required_components"), ())
    adaptive_config = problems.run(lambda: meta.json_mapping("adaptive_config"))
    if preview is None:
        sections = problems.run(lambda: _load_sections(folder), ())
    else:
        # module.yaml must be right for a preview; broken sections show their problem.
        problems.raise_any()
        sections = _load_sections(folder, keep_broken=preview)
    problems.raise_any()

    # The components the module needs: those it declares and those its section types need.
    needed = list(declared)
    for section in sections:
        component = COMPONENT_OF_TYPE.get(section.section_type)
        if component is not None and component not in needed:
            needed.append(component)
    module = ModuleSource(
        module_id=module_id,
        title=title or "",
        description=description,
        category=category,
        tags=tags,
        prerequisites=prerequisites,
        related_modules=related_modules,
        estimated_minutes=estimated_minutes,
        status=status or "draft",
        target_audience=target_audience or "incoming_students",
        module_type=module_type,
        difficulty_level=difficulty_level,
        interaction_level=interaction_level,
        sections=sections,
        folder=folder,
        required_components=tuple(needed),
        adaptive_config=adaptive_config,
    )
    return module, lines


class _ModuleFields:
    """Typed, line-aware accessors over the parsed module.yaml mapping."""

    def __init__(self, fields: dict[str, tuple[Any, int]], *, file: str) -> None:
        self._fields = fields
        self._file = file

    def _get(self, key: str, required: bool) -> tuple[Any, int | None]:
        value, line = self._fields.get(key, (None, None))
        if value is None and required:
            raise ContentError(f"'{key}' is required", file=self._file, line=line)
        return value, line

    def _fail(self, message: str, line: int | None) -> ContentError:
        return ContentError(message, file=self._file, line=line)

    def string(
        self,
        key: str,
        *,
        required: bool = False,
        max_len: int | None = None,
        default: str | None = None,
        multiline: bool = False,
    ) -> str | None:
        value, line = self._get(key, required)
        if value is None:
            return default
        if not isinstance(value, str):
            raise self._fail(_type_message(key, "a string", value), line)
        value = value.strip()
        if not value:
            if required:
                raise self._fail(f"'{key}' must not be empty", line)
            return default
        if not multiline and "\n" in value:
            raise self._fail(f"'{key}' must be a single line", line)
        if max_len is not None and len(value) > max_len:
            raise self._fail(f"'{key}' is {len(value)} characters long; at most {max_len}", line)
        return value

    def slug(self, key: str, *, required: bool = False) -> str | None:
        value, line = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self._fail(_type_message(key, "a string", value), line)
        if not _SLUG_RE.match(value):
            raise self._fail(
                f"'{key}' '{value}' must be 2-100 lowercase letters, digits and '-', "
                "starting with a letter or digit",
                line,
            )
        return value

    def _list(self, key: str) -> tuple[list[Any], int | None]:
        value, line = self._get(key, False)
        if value is None:
            return [], line
        if not isinstance(value, list):
            raise self._fail(_type_message(key, "a list", value), line)
        return value, line

    def string_list(self, key: str) -> tuple[str, ...]:
        values, line = self._list(key)
        out: list[str] = []
        for item in values:
            if not isinstance(item, str) or not item.strip():
                raise self._fail(_type_message(f"every entry of '{key}'", "a string", item), line)
            out.append(item.strip())
        return tuple(out)

    def slug_list(self, key: str) -> tuple[str, ...]:
        values, line = self._list(key)
        out: list[str] = []
        for item in values:
            if not isinstance(item, str) or not _SLUG_RE.match(item):
                raise self._fail(f"'{key}' entry {item!r} is not a module_id slug", line)
            if item in out:
                raise self._fail(f"'{key}' lists '{item}' twice", line)
            out.append(item)
        return tuple(out)

    def component_list(self, key: str) -> tuple[str, ...]:
        values, line = self._list(key)
        out: list[str] = []
        for item in values:
            if not isinstance(item, str) or not _COMPONENT_RE.match(item):
                raise self._fail(
                    f"'{key}' entry {item!r} is not a component name "
                    "(lowercase letters, digits, '-', '.', e.g. code-sandbox)",
                    line,
                )
            if item not in out:
                out.append(item)
        return tuple(out)

    def json_mapping(self, key: str) -> dict[str, Any] | None:
        value, line = self._get(key, False)
        if value is None:
            return None
        if not isinstance(value, dict):
            raise self._fail(_type_message(key, "a mapping of keys to values", value), line)
        try:
            size = len(json.dumps(value, ensure_ascii=False))
        except (TypeError, ValueError):
            raise self._fail(
                f"'{key}' must hold only text, numbers, lists and mappings", line
            ) from None
        if size > _ADAPTIVE_MAX_BYTES:
            raise self._fail(
                f"'{key}' is {size} bytes as JSON; at most {_ADAPTIVE_MAX_BYTES}", line
            )
        return value

    def integer(
        self, key: str, *, minimum: int, maximum: int = _INT32_MAX, default: int | None = None
    ) -> int | None:
        value, line = self._get(key, False)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._fail(_type_message(key, "a whole number", value), line)
        if not minimum <= value <= maximum:
            raise self._fail(f"'{key}' must be between {minimum} and {maximum}, not {value}", line)
        return value

    def choice(
        self, key: str, choices: tuple[str, ...], *, default: str | None = None
    ) -> str | None:
        value, line = self._get(key, False)
        if value is None:
            return default
        if not isinstance(value, str) or value not in choices:
            raise self._fail(
                f"'{key}' must be one of {', '.join(choices)}, not {value!r}"
                + (_suggest(value, choices) if isinstance(value, str) else ""),
                line,
            )
        return value


def _check_prerequisite_cycles(loaded: list[tuple[ModuleSource, dict[str, int]]]) -> None:
    where = {module.module_id: (module, lines) for module, lines in loaded}
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> None:
        if node in done:
            return
        if node in path:
            module, lines = where[path[-1]]
            cycle = [*path[path.index(node) :], node]
            raise ContentError(
                "prerequisites form a cycle: " + " -> ".join(cycle),
                file=_display(module.folder, MODULE_FILE),
                line=lines.get("prerequisites"),
            )
        module, _lines = where[node]
        for dep in module.prerequisites:
            if dep in where:
                visit(dep, [*path, node])
        done.add(node)

    for module_id in sorted(where):
        visit(module_id, [])


# ---------------------------------------------------------------------------------------
# Sections


def _load_sections(
    folder: Path, *, keep_broken: list[ContentError] | None = None
) -> tuple[SectionSource, ...]:
    """The section files in order; every problem raised together, or, with ``keep_broken``
    (a list), each broken file replaced by a ``BROKEN_SECTION_TYPE`` stand-in and its
    problem appended to the list."""
    numbered: list[tuple[int, str, Path]] = []
    for entry in folder.iterdir():
        name = entry.name
        if name.startswith(".") or not name.lower().endswith(".md"):
            continue
        if name.lower() in _IGNORED_MARKDOWN or name.lower().endswith(".transcript.md"):
            continue  # a transcript belongs to the video beside it
        if entry.is_dir() and not entry.is_symlink():
            continue
        match = _SECTION_FILE_RE.match(name)
        if match is None:
            raise ContentError(
                "section file names must start with a number, e.g. 01-intro.md "
                "(README.md is ignored)",
                file=_display(folder, name),
            )
        numbered.append((int(match.group(1)), name, entry))
    if not numbered:
        raise ContentError(
            "no section files (01-intro.md, 02-...md) in the module folder",
            file=folder.name,
        )
    numbered.sort(key=lambda item: (item[0], item[1]))
    for (num_a, name_a, _), (num_b, name_b, _) in zip(numbered, numbered[1:], strict=False):
        if num_a == num_b:
            raise ContentError(
                f"{name_a} and {name_b} have the same number {num_a}; the order is ambiguous",
                file=_display(folder, name_b),
            )
    problems = _Problems()
    out: list[SectionSource] = []
    for number, (_n, name, entry) in enumerate(numbered, start=1):
        try:
            out.append(_load_section(folder, entry, number))
        except ContentError as exc:
            if keep_broken is None:
                problems.found.append(exc)
                continue
            keep_broken.append(exc)
            out.append(
                SectionSource(
                    section_number=number,
                    section_type=BROKEN_SECTION_TYPE,
                    title=None,
                    content=str(exc),
                    media=None,
                    duration_seconds=None,
                    source_file=name,
                )
            )
    problems.raise_any()
    return tuple(out)


def _load_section(folder: Path, path: Path, number: int) -> SectionSource:
    file = _display(folder, path.name)
    text = _read_text(folder, path, max_bytes=_SECTION_FILE_MAX_BYTES)
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        raise ContentError(
            "a section file must start with a '---' line, then YAML front matter "
            "(type: ...), then another '---' line",
            file=file,
            line=1,
        )
    closing = next((i for i in range(1, len(lines)) if lines[i].rstrip() == "---"), None)
    if closing is None:
        raise ContentError("front matter is not closed: no second '---' line", file=file, line=1)
    front = "\n".join(lines[1:closing])
    fields = _parse_yaml_mapping(front, file=file, first_line=2, what="front matter")

    type_value, type_line = fields.get("type", (None, 1))
    if type_value is None:
        raise ContentError(
            "front matter needs 'type' (" + ", ".join(KNOWN_SECTION_TYPES) + ")",
            file=file,
            line=type_line,
        )
    if not isinstance(type_value, str) or not _SECTION_TYPE_RE.match(type_value):
        raise ContentError(
            f"'type' must be one of {', '.join(KNOWN_SECTION_TYPES)}, not {type_value!r}"
            + (
                _suggest(type_value.lower(), KNOWN_SECTION_TYPES)
                if isinstance(type_value, str)
                else ""
            ),
            file=file,
            line=type_line,
        )
    section_type = type_value
    if section_type not in KNOWN_SECTION_TYPES:
        raise ContentError(
            f"unknown section type '{section_type}'{_suggest(section_type, KNOWN_SECTION_TYPES)}; "
            "known types: " + ", ".join(KNOWN_SECTION_TYPES),
            file=file,
            line=type_line,
        )
    known = True
    problems = _Problems()
    for key, (_value, line) in fields.items():
        if key not in SECTION_KEYS:
            problems.found.append(
                ContentError(
                    f"unknown key '{key}'{_suggest(key, SECTION_KEYS)}; allowed keys: "
                    + ", ".join(sorted(SECTION_KEYS)),
                    file=file,
                    line=line,
                )
            )
    config_value, config_line = fields.get("section_config", (None, None))
    section_config = problems.run(
        lambda: _section_config(
            folder, section_type, config_value, file=file, line=config_line or type_line
        )
    )
    criteria_value, criteria_line = fields.get("completion_criteria", (None, None))
    completion_criteria = problems.run(
        lambda: _criteria(section_type, criteria_value, file=file, line=criteria_line)
    )
    problems.raise_any()

    title_value, title_line = fields.get("title", (None, None))
    title: str | None = None
    if title_value is not None:
        if not isinstance(title_value, str):
            raise ContentError(
                _type_message("title", "a string", title_value), file=file, line=title_line
            )
        title = title_value.strip() or None
        if title is not None and "\n" in title:
            raise ContentError("'title' must be a single line", file=file, line=title_line)
        if title is not None and len(title) > _TITLE_MAX:
            raise ContentError(
                f"'title' is {len(title)} characters long; at most {_TITLE_MAX}",
                file=file,
                line=title_line,
            )

    media_value, media_line = fields.get("media", (None, None))
    media: MediaFile | None = None
    media_kind = MEDIA_KIND_OF_TYPE.get(section_type)
    if media_value is None:
        if section_type in ("image", "video", "interactive"):
            raise ContentError(
                f"a {section_type} section needs 'media: media/<file>'",
                file=file,
                line=media_line or type_line,
            )
    else:
        if media_kind is None:
            raise ContentError(
                "'media' is only for image, video, interactive and game sections, "
                f"not {section_type}",
                file=file,
                line=media_line,
            )
        media = _load_media(
            folder, media_value, section_type=media_kind, file=file, line=media_line
        )

    duration_value, duration_line = fields.get("duration", (None, None))
    duration: int | None = None
    if duration_value is not None:
        if known and section_type != "video":
            raise ContentError(
                f"'duration' is only for video sections, not {section_type}",
                file=file,
                line=duration_line,
            )
        if isinstance(duration_value, bool) or not isinstance(duration_value, int):
            raise ContentError(
                _type_message("duration", "a whole number of seconds", duration_value),
                file=file,
                line=duration_line,
            )
        if not 0 < duration_value <= _INT32_MAX:
            raise ContentError(
                f"'duration' must be a positive number of seconds, not {duration_value}",
                file=file,
                line=duration_line,
            )
        duration = duration_value

    body_lines = lines[closing + 1 :]
    skipped = 0
    while skipped < len(body_lines) and not body_lines[skipped].strip():
        skipped += 1
    body_first_line = closing + 2 + skipped  # 1-based line of the first body line
    content = "\n".join(body_lines[skipped:]).rstrip()
    if not content and section_type in ("text", "checklist", "sandbox", "guided_struggle"):
        raise ContentError(
            f"a {section_type} section needs a markdown body after the front matter",
            file=file,
            line=closing + 1,
        )
    if section_type == "checklist":
        items = parse_checklist(content, source=file, first_line=body_first_line)
        if not items:
            raise ContentError(
                "a checklist needs at least one '- [ ] item' line",
                file=file,
                line=body_first_line,
            )

    warnings = _markdown_image_warnings(content, file=file, first_line=body_first_line)
    media_config: dict[str, Any] | None = None
    if section_type == "image":
        media_config, alt_warning = _image_alt(
            fields,
            media_name=PurePosixPath(media.relpath).name if media is not None else "section",
            file=file,
            line=media_line or type_line,
        )
        warnings = ([alt_warning] if alt_warning else []) + warnings
    elif section_type == "video" and media is not None:
        media_config = _video_text(folder, media)
    else:
        for key in ("alt", "show_alt"):
            if key in fields:
                in_config = key == "alt" and section_type in ("interactive", "game")
                raise ContentError(
                    f"'{key}' is only for image sections, not {section_type}"
                    + (
                        "; write it in section_config (section_config: {alt: ...})"
                        if in_config
                        else ""
                    ),
                    file=file,
                    line=fields[key][1],
                )
        if _picture_without_alt(section_type, section_config):
            name = PurePosixPath(media.relpath).name if media is not None else "section"
            line = media_line or config_line or type_line
            warnings = [f"{file}:{line}: image {name} has no alt text", *warnings]
    if media_config:
        section_config = {**(section_config or {}), **media_config}

    return SectionSource(
        section_number=number,
        section_type=section_type,
        title=title,
        content=content,
        media=media,
        duration_seconds=duration,
        source_file=path.name,
        section_config=section_config,
        completion_criteria=completion_criteria,
        warnings=tuple(warnings),
    )


_MD_IMAGE_RE: Final = re.compile(r"!\[(?P<alt>[^\]]*)\]\(\s*<?(?P<src>[^)\s>]*)")


def _outside_code_fences(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    """``(index, line)`` of each line outside fenced code blocks (```` ``` ```` / ``~~~``;
    a fence closes on a marker of its kind at least as long as the one that opened it)."""
    fence: str | None = None
    for index, raw in enumerate(lines):
        fence_match = _FENCE_RE.match(raw)
        if fence_match:
            marker = fence_match.group(1)
            if fence is None:
                fence = marker
            elif marker[0] == fence[0] and len(marker) >= len(fence):
                fence = None
            continue
        if fence is None:
            yield index, raw


def _markdown_image_warnings(content: str, *, file: str, first_line: int) -> list[str]:
    """``file:line: image x.png has no alt text`` for each ``![](x.png)`` outside code."""
    found: list[str] = []
    for index, raw in _outside_code_fences(content.split("\n")):
        for match in _MD_IMAGE_RE.finditer(re.sub(r"`[^`]*`", "", raw)):
            if not match.group("alt").strip():
                name = PurePosixPath(match.group("src")).name or match.group("src")
                found.append(f"{file}:{first_line + index}: image {name} has no alt text")
    return found


def _image_alt(
    fields: dict[str, tuple[Any, int]], *, media_name: str, file: str, line: int | None
) -> tuple[dict[str, Any] | None, str | None]:
    """An image section's ``{alt, show_alt}`` config, or ``None`` and the warning that it
    has no alt text."""
    alt_value, alt_line = fields.get("alt", (None, None))
    show_value, show_line = fields.get("show_alt", (None, None))
    if show_value is not None and not isinstance(show_value, bool):
        raise ContentError(
            _type_message("show_alt", "true or false", show_value), file=file, line=show_line
        )
    if alt_value is None:
        if show_value:
            raise ContentError("'show_alt' needs 'alt'", file=file, line=show_line)
        return None, f"{file}:{line}: image {media_name} has no alt text"
    if not isinstance(alt_value, str) or not alt_value.strip():
        raise ContentError(
            _type_message("alt", "a string describing the picture", alt_value),
            file=file,
            line=alt_line,
        )
    alt = " ".join(alt_value.split())
    if len(alt) > MAX_ALT_CHARS:
        raise ContentError(
            f"'alt' is {len(alt)} characters long; at most {MAX_ALT_CHARS}",
            file=file,
            line=alt_line,
        )
    config: dict[str, Any] = {"alt": alt}
    if show_value:
        config["show_alt"] = True
    return config, None


def _picture_without_alt(section_type: str, section_config: dict[str, Any] | None) -> bool:
    """Whether an interactive section, or a game section whose challenges show its picture,
    has no ``alt`` in its (already checked) config."""
    config = config_from_json(section_type, section_config)
    if isinstance(config, InteractiveConfig):
        return config.alt is None
    if isinstance(config, GameConfig):
        return config.shows_picture and config.alt is None
    return False


_CAPTION_NAME_RE: Final = re.compile(r"^(?:\.(?P<lang>[^.]+))?\.vtt$", re.IGNORECASE)


def _video_text(folder: Path, media: MediaFile) -> dict[str, Any] | None:
    """The captions (``<video>.vtt``, ``<video>.<lang>.vtt``) and transcript
    (``<video>.transcript.md``) beside a video, checked; ``None`` when there are none."""
    directory = media.path.parent
    stem = PurePosixPath(media.relpath).stem
    prefix = PurePosixPath(media.relpath).parent
    tracks: list[dict[str, str]] = []
    transcript: str | None = None
    for entry in sorted(directory.iterdir(), key=lambda p: p.name):
        name = entry.name
        if not name.startswith(stem + ".") or name == PurePosixPath(media.relpath).name:
            continue
        rel = "/".join(part for part in (*prefix.parts, name) if part != ".")
        shown = f"{folder.name}/{rel}"
        if name.lower() == f"{stem}.transcript.md".lower():
            transcript = _read_text(folder, entry, max_bytes=MAX_TRANSCRIPT_BYTES).strip() or None
            continue
        match = _CAPTION_NAME_RE.match(name[len(stem) :])
        if match is None:
            continue
        lang = match.group("lang") or ""
        if not re.match(LANG_PATTERN, lang):
            raise ContentError(
                f"'{lang}' is not a language tag (en, es, ar, pt-BR); name caption files "
                f"{stem}.vtt or {stem}.<language>.vtt",
                file=shown,
            )
        try:
            size = entry.stat().st_size
        except OSError as exc:
            raise ContentError(f"cannot be read: {exc.strerror}", file=shown) from exc
        if size > MAX_CAPTION_BYTES:
            raise ContentError(
                f"is {size} bytes; a caption file may be at most {MAX_CAPTION_BYTES} bytes",
                file=shown,
            )
        try:
            vtt = _read_text(folder, entry, max_bytes=MAX_CAPTION_BYTES)
        except ContentError as exc:
            raise ContentError(exc.message, file=shown, line=exc.line) from None
        try:
            parse_webvtt(vtt)
        except CaptionError as exc:
            raise ContentError(exc.message, file=shown, line=exc.line) from None
        tracks.append({"lang": lang, "vtt": vtt})
    if len(tracks) > MAX_CAPTION_TRACKS:
        raise ContentError(
            f"{len(tracks)} caption files for {PurePosixPath(media.relpath).name}; "
            f"at most {MAX_CAPTION_TRACKS}",
            file=f"{folder.name}/{media.relpath}",
        )
    config: dict[str, Any] = {}
    if tracks:
        config["captions"] = tracks
    if transcript is not None:
        config["transcript"] = transcript
    return config or None


def _section_config(
    folder: Path, section_type: str, value: Any, *, file: str, line: int | None
) -> dict[str, Any] | None:
    """The checked ``section_config`` as JSON (starter files named by path read in)."""
    if section_type == "sandbox" and isinstance(value, dict):
        value = {**value, "files": _starter_files(folder, value.get("files"), file=file, line=line)}
    try:
        config = parse_section_config(section_type, value)
    except ConfigError as exc:
        raise ContentErrors(
            [
                ContentError(
                    f"section_config.{where}: {reason}" if where else f"section_config: {reason}",
                    file=file,
                    line=line,
                )
                for where, reason in exc.problems
            ]
        ) from None
    return None if config is None else config.model_dump(mode="json", exclude_defaults=True)


def _starter_files(folder: Path, files: Any, *, file: str, line: int | None) -> Any:
    """A sandbox's ``files``: a list whose entries are ``{name, content}`` mappings or paths
    of files in the module folder (read in, ``name`` their file name), or a mapping of name
    to content."""
    if isinstance(files, dict):
        return [{"name": name, "content": text} for name, text in files.items()]
    if not isinstance(files, list):
        return files
    out: list[Any] = []
    for entry in files:
        if not isinstance(entry, str):
            out.append(entry)
            continue
        rel = PurePosixPath(entry)
        if rel.is_absolute() or ".." in rel.parts or not rel.parts:
            raise ContentError(
                f"section_config.files: '{entry}' must be a path inside the module folder",
                file=file,
                line=line,
            )
        path = folder / Path(*rel.parts)
        if not path.is_file():
            raise ContentError(
                f"section_config.files: no file '{entry}' in the module folder",
                file=file,
                line=line,
            )
        out.append(
            {
                "name": rel.name,
                "content": _read_text(folder, path, max_bytes=_STARTER_FILE_MAX_BYTES),
            }
        )
    return out


def _criteria(
    section_type: str, value: Any, *, file: str, line: int | None
) -> dict[str, Any] | None:
    try:
        criteria = parse_completion_criteria(section_type, value)
    except ConfigError as exc:
        raise ContentErrors(
            [
                ContentError(
                    f"completion_criteria.{where}: {reason}"
                    if where
                    else f"completion_criteria: {reason}",
                    file=file,
                    line=line,
                )
                for where, reason in exc.problems
            ]
        ) from None
    return None if criteria is None else criteria.model_dump(mode="json")


def _load_media(
    folder: Path, value: object, *, section_type: str, file: str, line: int | None
) -> MediaFile:
    def fail(message: str) -> ContentError:
        return ContentError(message, file=file, line=line)

    if not isinstance(value, str) or not value.strip():
        raise fail(_type_message("media", "a path like media/photo.png", value))
    raw = value.strip()
    if "\\" in raw:
        raise fail(f"media path '{raw}' must use '/' as separator")
    if len(raw) > _MEDIA_PATH_MAX:
        raise fail(f"media path is longer than {_MEDIA_PATH_MAX} characters")
    posix = PurePosixPath(raw)
    if posix.is_absolute() or re.match(r"^[A-Za-z]:", raw):
        raise fail(f"media path '{raw}' must be relative to the module folder")
    if ".." in posix.parts:
        raise fail(f"media path '{raw}' leaves the module folder")
    parts = [part for part in posix.parts if part != "."]
    if not parts:
        raise fail(f"media path '{raw}' names no file")
    relpath = "/".join(parts)

    allowed = ALLOWED_MEDIA_EXTENSIONS.get(section_type)
    suffix = PurePosixPath(relpath).suffix.lower()
    if allowed is not None and suffix not in allowed:
        raise fail(
            f"media file '{relpath}' has extension '{suffix or '(none)'}'; a {section_type} "
            f"section takes {' '.join(sorted(allowed))}"
        )

    candidate = folder.joinpath(*parts)
    if not candidate.exists() and not candidate.is_symlink():
        raise fail(f"media file '{relpath}' does not exist")
    try:
        real = candidate.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        raise fail(f"media file '{relpath}' cannot be opened (broken link?)") from exc
    if not real.is_relative_to(folder):
        raise fail(f"media file '{relpath}' is a link that points outside the module folder")
    try:
        info = real.stat()
    except OSError as exc:
        raise fail(f"media file '{relpath}' cannot be read: {exc.strerror}") from exc
    if not stat.S_ISREG(info.st_mode):
        raise fail(f"media file '{relpath}' is not a regular file")
    if info.st_size == 0:
        raise fail(f"media file '{relpath}' is empty")

    digest = hashlib.sha256()
    head = b""
    try:
        with real.open("rb") as handle:
            for chunk in iter(lambda: handle.read(_HASH_CHUNK), b""):
                if not head:
                    head = chunk[:16]
                digest.update(chunk)
    except OSError as exc:
        raise fail(f"media file '{relpath}' cannot be read: {exc.strerror}") from exc
    check = _MAGIC.get(suffix)
    if check is not None and not check(head):
        raise fail(f"media file '{relpath}' is not a {suffix[1:].upper()} file")

    if allowed is not None:
        content_type = allowed[suffix]
    else:
        content_type = _any_content_type(suffix, relpath)
    return MediaFile(
        relpath=relpath,
        path=folder.joinpath(*parts),
        size=info.st_size,
        sha256=digest.hexdigest(),
        content_type=content_type,
    )


def _any_content_type(suffix: str, relpath: str) -> str:
    for table in ALLOWED_MEDIA_EXTENSIONS.values():
        if suffix in table:
            return table[suffix]
    guessed, _encoding = mimetypes.guess_type(relpath, strict=False)
    return guessed or "application/octet-stream"


# ---------------------------------------------------------------------------------------
# Reading files and YAML


def _read_text(folder: Path, path: Path, *, max_bytes: int) -> str:
    """Read a small UTF-8 text file inside ``folder``, refusing links out and huge files."""
    file = _display(folder, path.name)
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        raise ContentError("cannot be opened (broken link?)", file=file) from exc
    if not real.is_relative_to(folder):
        raise ContentError("is a link that points outside the module folder", file=file)
    try:
        info = real.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ContentError("is not a regular file", file=file)
        if info.st_size > max_bytes:
            raise ContentError(
                f"is {info.st_size} bytes; a text file here may be at most {max_bytes} bytes",
                file=file,
            )
        with real.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise ContentError(f"cannot be read: {exc.strerror}", file=file) from exc
    if len(data) > max_bytes:  # grew since stat()
        raise ContentError(f"is larger than {max_bytes} bytes", file=file)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # byte order mark that some Windows editors write
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ContentError(
            f"is not UTF-8 text (byte 0x{data[exc.start]:02x}); save it as UTF-8",
            file=file,
            line=line,
        ) from exc
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ContentError("contains a NUL character; is it a binary file?", file=file, line=line)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _parse_yaml_mapping(
    text: str, *, file: str, first_line: int, what: str
) -> dict[str, tuple[Any, int]]:
    """Parse a YAML mapping; return key -> (value, 1-based line of the key in the file)."""
    offset = first_line - 1
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return {}
        if not isinstance(node, yaml.MappingNode):
            raise ContentError(
                f"{what} must be a mapping of 'key: value' lines",
                file=file,
                line=node.start_mark.line + 1 + offset,
            )
        result: dict[str, tuple[Any, int]] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1 + offset
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                raise ContentError(f"key {key!r} is not a name", file=file, line=line)
            if key in result:
                raise ContentError(
                    f"key '{key}' appears twice (first on line {result[key][1]})",
                    file=file,
                    line=line,
                )
            value = loader.construct_object(value_node, deep=True)
            result[key] = (value, line)
        return result
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        # A mark at the end of the stream sits past the last line; name the last line.
        last_line = max(1, len(text.splitlines()))
        line = min(mark.line + 1, last_line) + offset if mark is not None else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise ContentError(f"invalid YAML in {what}: {problem}", file=file, line=line) from exc
    except yaml.YAMLError as exc:
        raise ContentError(f"invalid YAML in {what}: {exc}", file=file) from exc
    finally:
        loader.dispose()


# ---------------------------------------------------------------------------------------
# Small helpers


def _display(folder: Path, name: str) -> str:
    return f"{folder.name}/{name}"


def _type_message(key: str, expected: str, value: object) -> str:
    hint = ""
    if isinstance(value, bool | int | float) and "string" in expected:
        hint = " (put it in quotes)"
    return f"{key} must be {expected}, not {_describe(value)}{hint}"


def _describe(value: object) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, str):
        return f"'{value}'"
    return type(value).__name__


def _suggest(word: str, choices: Iterable[str]) -> str:
    near = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.7)
    return f" (did you mean '{near[0]}'?)" if near else ""


def _slugify(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    slug = re.sub(r"[\W_]+", "-", stripped.lower()).strip("-")
    if len(slug) > _SLUG_MAX:
        cut = slug[: _SLUG_MAX + 1]
        # Cut at a word boundary when there is one, so keys stay readable.
        slug = cut[: cut.rindex("-")] if "-" in cut else cut[:_SLUG_MAX]
    return slug.strip("-")
