"""Wire shapes of the module and section endpoints.

Inputs forbid unknown fields and are strict (``"5"`` is not a number), and every value is
bounded so that anything the database would refuse (a NUL byte, a lone surrogate, a number
outside a 32-bit column, NaN in a JSON column) is a 422 here instead of a 500 later.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from sync.rules.section_config import ConfigError, parse_completion_criteria, parse_section_config

__all__ = [
    "MAX_INT4",
    "MAX_SECTIONS",
    "MODULE_TYPES",
    "SECTION_TYPES",
    "SLUG_PATTERN",
    "CleanStr",
    "JsonObject",
    "ModuleCreate",
    "ModuleDetail",
    "ModuleFilters",
    "ModulePage",
    "ModulePublic",
    "ModuleStatus",
    "ModuleUpdate",
    "SectionCreate",
    "SectionPublic",
    "SectionReorder",
    "SectionUpdate",
    "SectionsReplace",
    "Slug",
    "clean_text",
]

MAX_INT4 = 2_147_483_647
SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]{1,99}$"
SECTION_TYPES = (
    "text",
    "video",
    "image",
    "checklist",
    "sandbox",
    "game",
    "interactive",
    "guided_struggle",
)
MODULE_TYPES = ("text", "sandbox", "game", "interactive", "guided_struggle", "mixed")
MAX_SECTIONS = 500
_MAX_JSON_DEPTH = 32

ModuleStatus = Literal["draft", "published", "archived"]
SectionType = Literal[
    "text", "video", "image", "checklist", "sandbox", "game", "interactive", "guided_struggle"
]
ModuleType = Literal["text", "sandbox", "game", "interactive", "guided_struggle", "mixed"]
InteractionLevel = Literal["low", "medium", "high"]


def clean_text(value: str) -> str:
    """Refuse text PostgreSQL cannot store: NUL bytes and unpaired surrogates."""
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode text (no unpaired surrogates)") from None
    return value


def _clean_json(value: Any, depth: int = 0) -> Any:
    if depth > _MAX_JSON_DEPTH:
        raise ValueError(f"is nested deeper than {_MAX_JSON_DEPTH} levels")
    if isinstance(value, str):
        clean_text(value)
    elif isinstance(value, float) and not math.isfinite(value):
        raise ValueError("must not contain NaN or Infinity")
    elif isinstance(value, list):
        for item in value:
            _clean_json(item, depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            clean_text(key)
            _clean_json(item, depth + 1)
    return value


CleanStr = Annotated[str, AfterValidator(clean_text)]
Slug = Annotated[str, Field(pattern=SLUG_PATTERN, description="e.g. lab-safety-101")]
JsonObject = Annotated[dict[str, Any], AfterValidator(_clean_json)]
Tag = Annotated[CleanStr, Field(min_length=1, max_length=100)]
Int4 = Annotated[int, Field(ge=0, le=MAX_INT4)]

_INPUT = ConfigDict(extra="forbid", strict=True)


def check_section_phase2(
    section_type: str, section_config: Any, completion_criteria: Any
) -> dict[str, Any] | None:
    """Check a section's ``section_config`` and ``completion_criteria`` with the shared
    schemas (``sync.rules.section_config``); ``ValueError`` naming every problem. Returns
    the config as stored (defaults left out), as an import stores it."""
    problems: list[str] = []
    config = None
    try:
        config = parse_section_config(section_type, section_config)
    except ConfigError as exc:
        problems += [f"section_config{'.' + w if w else ''}: {r}" for w, r in exc.problems]
    try:
        parse_completion_criteria(section_type, completion_criteria)
    except ConfigError as exc:
        problems += [f"completion_criteria{'.' + w if w else ''}: {r}" for w, r in exc.problems]
    if problems:
        raise ValueError("; ".join(problems))
    return None if config is None else config.model_dump(mode="json", exclude_defaults=True)


def _reject_nulls(model: BaseModel, fields: tuple[str, ...]) -> None:
    for name in fields:
        if name in model.model_fields_set and getattr(model, name) is None:
            raise ValueError(f"{name} may be left out but not set to null")


class SectionCreate(BaseModel):
    """One section as sent by faculty; its number comes from its position."""

    model_config = _INPUT

    section_type: SectionType
    title: CleanStr | None = Field(default=None, max_length=255)
    content: CleanStr = Field(min_length=1, max_length=1_000_000)
    media_url: CleanStr | None = Field(default=None, max_length=500)
    duration_seconds: Int4 | None = None
    section_config: JsonObject | None = None
    completion_criteria: JsonObject | None = None

    @model_validator(mode="after")
    def _phase2_fields(self) -> SectionCreate:
        check_section_phase2(self.section_type, self.section_config, self.completion_criteria)
        return self


class SectionUpdate(BaseModel):
    """The fields to change; left-out fields keep their value."""

    model_config = _INPUT

    section_type: SectionType | None = None
    title: CleanStr | None = Field(default=None, max_length=255)
    content: CleanStr | None = Field(default=None, min_length=1, max_length=1_000_000)
    media_url: CleanStr | None = Field(default=None, max_length=500)
    duration_seconds: Int4 | None = None
    section_config: JsonObject | None = None
    completion_criteria: JsonObject | None = None

    @model_validator(mode="after")
    def _required_stay_set(self) -> SectionUpdate:
        _reject_nulls(self, ("section_type", "content"))
        return self


class SectionReorder(BaseModel):
    """The current section numbers in their new order: ``[3, 1, 2]`` moves 3 to the front."""

    model_config = _INPUT

    order: list[Annotated[int, Field(ge=1, le=MAX_INT4)]] = Field(
        min_length=1, max_length=MAX_SECTIONS
    )


class SectionsReplace(BaseModel):
    """Every section of a module, in order."""

    model_config = _INPUT

    sections: list[SectionCreate] = Field(max_length=MAX_SECTIONS)


class _ModuleFields(BaseModel):
    model_config = _INPUT

    description: CleanStr | None = Field(default=None, max_length=100_000)
    category: CleanStr | None = Field(default=None, max_length=100)
    estimated_minutes: Annotated[int, Field(ge=0, le=100_000)] | None = None
    tags: list[Tag] | None = Field(default=None, max_length=50)
    prerequisites: list[Slug] | None = Field(default=None, max_length=100)
    related_modules: list[Slug] | None = Field(default=None, max_length=100)
    target_audience: CleanStr | None = Field(default=None, max_length=100)
    module_type: ModuleType | None = None
    interaction_level: InteractionLevel | None = None
    required_components: list[Tag] | None = Field(default=None, max_length=50)
    difficulty_level: Annotated[int, Field(ge=1, le=5)] | None = None
    adaptive_config: JsonObject | None = None


class ModuleCreate(_ModuleFields):
    """A new module (always a draft). Admins must name its university; faculty get theirs."""

    module_id: Slug
    title: CleanStr = Field(min_length=1, max_length=255)
    university_id: CleanStr | None = Field(default=None, min_length=1, max_length=255)
    sections: list[SectionCreate] = Field(default_factory=list, max_length=MAX_SECTIONS)


class ModuleUpdate(_ModuleFields):
    """Metadata to change; left-out fields keep their value, ``null`` clears optional ones."""

    title: CleanStr | None = Field(default=None, min_length=1, max_length=255)

    @model_validator(mode="after")
    def _required_stay_set(self) -> ModuleUpdate:
        _reject_nulls(
            self,
            (
                "title",
                "tags",
                "prerequisites",
                "related_modules",
                "required_components",
                "module_type",
                "difficulty_level",
            ),
        )
        return self


class ModuleFilters(BaseModel):
    """Query parameters of ``GET /v1/modules``."""

    status: ModuleStatus | None = None
    category: CleanStr | None = Field(default=None, max_length=100)
    tag: CleanStr | None = Field(default=None, max_length=100)
    q: CleanStr | None = Field(default=None, max_length=200, description="title contains")
    limit: int = Field(default=50, ge=1, le=200)
    offset: int = Field(default=0, ge=0, le=MAX_INT4)


class SectionPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    section_number: int
    section_type: str
    title: str | None
    content: str
    media_url: str | None
    duration_seconds: int | None
    section_config: dict[str, Any] | None
    completion_criteria: dict[str, Any] | None


class ModulePublic(BaseModel):
    """A module's metadata, without its sections' content."""

    module_id: str
    title: str
    description: str | None
    category: str | None
    estimated_minutes: int | None
    university_id: str | None
    created_by_id: str | None
    status: str
    tags: list[Any]
    prerequisites: list[Any]
    related_modules: list[Any]
    target_audience: str | None
    module_type: str | None
    interaction_level: str | None
    required_components: list[Any]
    difficulty_level: int | None
    revision: int
    created_at: datetime | None
    updated_at: datetime | None
    published_at: datetime | None
    section_count: int


class ModuleDetail(ModulePublic):
    adaptive_config: dict[str, Any] | None
    sections: list[SectionPublic]


class ModulePage(BaseModel):
    items: list[ModulePublic]
    total: int
    limit: int
    offset: int
