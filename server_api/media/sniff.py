"""What a file really is, from its first bytes: the only media types the server stores
(defined once, in ``sync.rules.media_types``, which the content folder format also uses).
"""

from __future__ import annotations

from sync.rules.media_types import ALLOWED_TYPES, EXTENSIONS, media_kind, sniff_media_type

__all__ = ["ALLOWED_TYPES", "EXTENSIONS", "media_kind", "sniff_media_type"]
