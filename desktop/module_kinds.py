"""What a module's type says to a student, in words: the module list's cards and the viewer's
header both use it ("Interactive · hands-on · level 3 of 5"). Plain code, no Qt."""

from __future__ import annotations

from typing import Final, Protocol

from desktop.i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "INTERACTION_WORDS",
    "MODULE_TYPE_WORDS",
    "ModuleKind",
    "kind_words",
    "module_type_word",
]


class ModuleKind(Protocol):
    """A ``ModuleRecord`` or a ``ModuleListItem``: the fields read here."""

    @property
    def module_type(self) -> str: ...

    @property
    def interaction_level(self) -> str | None: ...

    @property
    def difficulty_level(self) -> int | None: ...


MODULE_TYPE_WORDS: Final = {
    "text": QT_TRANSLATE_NOOP("module_kinds", "Reading"),
    "sandbox": QT_TRANSLATE_NOOP("module_kinds", "Code exercises"),
    "game": QT_TRANSLATE_NOOP("module_kinds", "Game"),
    "interactive": QT_TRANSLATE_NOOP("module_kinds", "Interactive"),
    "guided_struggle": QT_TRANSLATE_NOOP("module_kinds", "Guided problems"),
    "mixed": QT_TRANSLATE_NOOP("module_kinds", "Mixed"),
}
"""How the module list names each ``module_type`` (the spec's values; English source texts,
shown through :func:`module_type_word`)."""

INTERACTION_WORDS: Final = {
    "low": QT_TRANSLATE_NOOP("module_kinds", "mostly reading"),
    "medium": QT_TRANSLATE_NOOP("module_kinds", "some hands-on"),
    "high": QT_TRANSLATE_NOOP("module_kinds", "hands-on"),
}


def module_type_word(kind: str) -> str:
    """A ``module_type`` in words, in the interface language."""
    word = MODULE_TYPE_WORDS.get(kind)
    return translate("module_kinds", word) if word else kind.replace("_", " ").capitalize()


def kind_words(item: ModuleKind) -> list[str]:
    """What the module's type says to a student: ["Interactive", "hands-on", "level 3 of 5"]
    (the parts it has; a plain reading module at level 1 says nothing more)."""
    words = []
    kind = item.module_type or "text"
    if kind != "text" or (item.interaction_level or "low") != "low":
        words.append(module_type_word(kind))
    if item.interaction_level in INTERACTION_WORDS:
        words.append(translate("module_kinds", INTERACTION_WORDS[item.interaction_level]))
    level = item.difficulty_level
    if level is not None and 1 <= level <= 5 and (level > 1 or words):
        words.append(translate("module_kinds", "level {level} of 5").format(level=level))
    return words
