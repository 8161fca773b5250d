"""Content import: module folders (``sync.rules.content_folder``) into modules, sections and
media."""

from __future__ import annotations

__all__: list[str] = []
