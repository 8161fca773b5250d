"""Which client components this computer has, and what a module that needs others is told.

A module lists the components it needs (``modules.required_components``: the ones its author
declared plus those its section types need, ``sync.rules.section_config.COMPONENT_OF_TYPE``).
The module list says, before the student starts, which of them this computer lacks ("Needs
the game player, which this version of FRAMES does not have"), and the section itself says
so again in place; such a section never completes by Next (``sync.rules.sections``).

* ``study-buddy``: always (pure Python, offline).
* ``code-sandbox``: when the operating system offers the isolation the sandbox needs
  (``sync.client.sandbox.isolation``), or when staff have allowed unisolated runs on this
  computer (``frames-client sandbox --allow-unisolated yes``, the local store setting
  ``SANDBOX_UNISOLATED_SETTING``): never silently on a shared machine.
* ``game-player``, ``interactive-scene``, ``video-player``: always (``BUILT_IN``).
* ``3d-scene`` (the spec's ``three-js``): not in this version.
* the spec's web examples map to these (``COMPONENT_ALIASES``: ``monaco-editor`` is the code
  sandbox, ``phaser`` the game player); any other name is unknown to this version.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from local_store import LocalStore
from sync.client.sandbox import isolation
from sync.client.settings_keys import SANDBOX_UNISOLATED
from sync.rules.content_folder import KNOWN_SECTION_TYPES
from sync.rules.section_config import COMPONENT_ALIASES, COMPONENT_OF_TYPE

__all__ = [
    "BUILT_IN",
    "COMPONENT_LABELS",
    "SANDBOX_UNISOLATED_SETTING",
    "Components",
    "components_of",
    "sandbox_allowed_unisolated",
]

SANDBOX_UNISOLATED_SETTING: Final = SANDBOX_UNISOLATED

COMPONENT_LABELS: Final = {  # English source texts, shown through translate("components", ...)
    "code-sandbox": QT_TRANSLATE_NOOP("components", "the code sandbox"),
    "study-buddy": QT_TRANSLATE_NOOP("components", "the study buddy"),
    "game-player": QT_TRANSLATE_NOOP("components", "the game player"),
    "interactive-scene": QT_TRANSLATE_NOOP("components", "the interactive scene viewer"),
    "video-player": QT_TRANSLATE_NOOP("components", "the video player"),
    "3d-scene": QT_TRANSLATE_NOOP("components", "a 3D scene viewer"),
}


BUILT_IN: Final = frozenset({"study-buddy", "game-player", "interactive-scene", "video-player"})
"""Components every copy of this version has (the video player degrades by itself where a
system library is missing: the section says which)."""


class Components:
    """What this computer has: ``has(name)``, and ``missing_text(required)`` for a module."""

    def __init__(self, *, sandbox: bool, sandbox_reason: str) -> None:
        self._available = set(BUILT_IN) | ({"code-sandbox"} if sandbox else set())
        self.sandbox_reason = sandbox_reason

    def has(self, name: str) -> bool:
        return COMPONENT_ALIASES.get(name, name) in self._available

    def missing(self, required: Iterable[str]) -> list[str]:
        """The components (by this app's names, each once) of ``required`` it lacks."""
        out: list[str] = []
        for name in required:
            own = COMPONENT_ALIASES.get(name, name)
            if not self.has(own) and own not in out:
                out.append(own)
        return out

    def missing_text(
        self, required: Iterable[str], section_types: Iterable[str] = ()
    ) -> str | None:
        """What the module needs that this computer lacks, in words ("Needs the code
        sandbox, which is not available on this computer"), or ``None``. ``section_types``:
        the module's; a type this version does not know needs a newer app, one whose
        component this computer lacks needs that component."""
        needed = list(required)
        unknown: list[str] = []
        for kind in section_types:
            component = COMPONENT_OF_TYPE.get(kind)
            if component is not None:
                if component not in needed:
                    needed.append(component)
            elif kind not in KNOWN_SECTION_TYPES:
                unknown.append(kind)
        missing = self.missing(needed)
        if not missing and not unknown:
            return None
        parts = []
        for name in missing:
            known = COMPONENT_LABELS.get(name)
            label = translate("components", known) if known else f"“{name}”"
            if name == "code-sandbox":
                said = translate(
                    "components", "{component}, which is not available on this computer"
                )
            elif known:
                said = translate(
                    "components", "{component}, which this version of FRAMES does not have"
                )
            else:
                said = translate(
                    "components", "{component}, which this version of FRAMES does not know"
                )
            parts.append(said.format(component=label))
        if unknown:
            kinds = ", ".join(f"“{k.replace('_', ' ')}”" for k in unknown)
            parts.append(
                translate(
                    "components", "a newer version of FRAMES for its {kinds} sections"
                ).format(kinds=kinds)
            )
        return translate("components", "Needs {what}").format(
            what=translate("components", "; and ").join(parts)
        )


def sandbox_allowed_unisolated(store: LocalStore | None) -> bool:
    """Whether staff allowed sandbox runs without OS isolation on this computer."""
    if store is None:
        return False
    return store.get_setting(SANDBOX_UNISOLATED_SETTING, False) is True


def components_of(store: LocalStore | None) -> Components:
    """The components of this computer (the OS probe runs once per process)."""
    found = isolation()
    allowed = found.available or sandbox_allowed_unisolated(store)
    return Components(sandbox=allowed, sandbox_reason=found.reason)
