"""The section types the viewer shows: ONE table, ``SECTION_TYPES``.

The viewer only lays out and navigates: for each section it asks this table for the page
(``make_view``) and the page's type's rule whether something completes it. A type not in the
table gets ``UnsupportedSectionView`` (a card saying so; nothing completes it), so content
written for a newer app still opens and the rest of the module can be done.

Adding a section type (say ``sandbox``) touches:

1. a new module here, ``desktop/viewer/sections/sandbox.py``: its page (a ``SectionView``
   subclass: ``state()`` for its rule, ``hint()``, signals for what it records), and
   ``SECTION_TYPE = SectionType("sandbox", "Sandbox", SandboxSectionView, records=...)``;
2. this table: one line;
3. the content format, the part both sides share: the type's name in
   ``sync.rules.content_folder.KNOWN_SECTION_TYPES`` (with its front matter keys) and its
   completion rule in ``sync.rules.sections.COMPLETION_RULES`` (pure, so the server
   evaluates the same rule), tested in ``tests/sync/test_section_rules.py``.

The viewer itself does not change (tests check that the three lists name the same types).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from desktop.i18n import translate
from desktop.viewer.sections import (
    checklist,
    game,
    guided_struggle,
    image,
    interactive,
    sandbox,
    text,
    video,
)
from desktop.viewer.sections.base import SectionType, ViewFactory, fallback_label
from desktop.viewer.sections.unsupported import (
    BrokenSectionView,
    UnsupportedSectionView,
)
from sync.rules.content_folder import BROKEN_SECTION_TYPE
from sync.rules.phrases import QT_TRANSLATE_NOOP

__all__ = ["SECTION_TYPES", "TYPE_LABELS", "type_glyph", "type_label", "view_factory"]

SECTION_TYPES: Final[Mapping[str, SectionType]] = {
    entry.name: entry
    for entry in (
        text.SECTION_TYPE,
        image.SECTION_TYPE,
        video.SECTION_TYPE,
        checklist.SECTION_TYPE,
        guided_struggle.SECTION_TYPE,
        sandbox.SECTION_TYPE,
        # Phase 2, part 2: known types whose page this version does not have yet.
        game.SECTION_TYPE,
        interactive.SECTION_TYPE,
    )
}


TYPE_LABELS: Final = frozenset(
    {
        QT_TRANSLATE_NOOP("registry", "Reading"),
        QT_TRANSLATE_NOOP("registry", "Image"),
        QT_TRANSLATE_NOOP("registry", "Video"),
        QT_TRANSLATE_NOOP("registry", "Checklist"),
        QT_TRANSLATE_NOOP("registry", "Guided problem"),
        QT_TRANSLATE_NOOP("registry", "Code exercise"),
        QT_TRANSLATE_NOOP("registry", "Game"),
        QT_TRANSLATE_NOOP("registry", "Interactive scene"),
    }
)
"""Every registered type's ``label``, marked for the translation catalogue (a test checks that
each entry of ``SECTION_TYPES`` has its label here)."""


def type_label(section_type: str) -> str:
    """A human name for a section type ("Reading", "Video", ...; unknown types as given), in
    the reader's language."""
    entry = SECTION_TYPES.get(section_type)
    return translate("registry", entry.label) if entry is not None else fallback_label(section_type)


def type_glyph(section_type: str) -> str:
    """The symbol the section list shows for a section type ("¶" reading, "▶" video, ...)."""
    entry = SECTION_TYPES.get(section_type)
    return entry.glyph if entry is not None else "•"


def view_factory(section_type: str) -> ViewFactory:
    """What makes the page of ``section_type`` (unknown types: the "not supported" card; a
    broken section file in a preview: its problems)."""
    if section_type == BROKEN_SECTION_TYPE:
        return BrokenSectionView
    entry = SECTION_TYPES.get(section_type)
    return entry.make_view if entry is not None else UnsupportedSectionView
