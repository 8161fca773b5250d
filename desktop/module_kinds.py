"""What a module's type says to a student, in words: the module list's cards and the viewer's
header both use it ("Interactive · hands-on · level 3 of 5"). Plain code, no Qt."""

from __future__ import annotations

from typing import Final, Protocol

__all__ = ["INTERACTION_WORDS", "MODULE_TYPE_WORDS", "ModuleKind", "kind_words"]


class ModuleKind(Protocol):
    """A ``ModuleRecord`` or a ``ModuleListItem``: the fields read here."""

    @property
    def module_type(self) -> str: ...

    @property
    def interaction_level(self) -> str | None: ...

    @property
    def difficulty_level(self) -> int | None: ...


MODULE_TYPE_WORDS: Final = {
    "text": "Reading",
    "sandbox": "Code exercises",
    "game": "Game",
    "interactive": "Interactive",
    "guided_struggle": "Guided problems",
    "mixed": "Mixed",
}
"""How the module list names each ``module_type`` (the spec's values)."""

INTERACTION_WORDS: Final = {"low": "mostly reading", "medium": "some hands-on", "high": "hands-on"}


def kind_words(item: ModuleKind) -> list[str]:
    """What the module's type says to a student: ["Interactive", "hands-on", "level 3 of 5"]
    (the parts it has; a plain reading module at level 1 says nothing more)."""
    words = []
    kind = item.module_type or "text"
    if kind != "text" or (item.interaction_level or "low") != "low":
        words.append(MODULE_TYPE_WORDS.get(kind, kind.replace("_", " ").capitalize()))
    if item.interaction_level in INTERACTION_WORDS:
        words.append(INTERACTION_WORDS[item.interaction_level])
    level = item.difficulty_level
    if level is not None and 1 <= level <= 5 and (level > 1 or words):
        words.append(f"level {level} of 5")
    return words
