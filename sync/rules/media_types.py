"""Media types: which files a section shows, by name extension, and what a file really is,
from its first bytes. Defined once for both sides: the content folder format checks a
module's files with it, the server sniffs every upload with it.

The server never trusts a declared ``Content-Type`` or file name: a file is stored, and
later served, with the type its bytes show. Anything else (an HTML page, a PDF, a
QuickTime movie, a Matroska file that is not WebM) is refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Final

__all__ = [
    "ALLOWED_MEDIA_EXTENSIONS",
    "ALLOWED_TYPES",
    "DISPLAY_COPY_SUFFIX",
    "MEDIA_KIND_OF_TYPE",
    "EXTENSIONS",
    "SIGNATURES",
    "media_kind",
    "sniff_media_type",
]

ALLOWED_MEDIA_EXTENSIONS: Final[Mapping[str, Mapping[str, str]]] = {
    "image": {
        ".png": "image/png",
        ".jpg": "image/jpeg",
        ".jpeg": "image/jpeg",
        ".gif": "image/gif",
        ".webp": "image/webp",
        ".svg": "image/svg+xml",
    },
    "video": {
        ".mp4": "video/mp4",
        ".webm": "video/webm",
        # An .m4v file is an MP4 container; video/mp4 is what players and browsers accept.
        ".m4v": "video/mp4",
    },
}
"""Section type -> file name extension -> media type: the files a section may show."""

ALLOWED_TYPES: Final = tuple(
    dict.fromkeys(t for table in ALLOWED_MEDIA_EXTENSIONS.values() for t in table.values())
)
"""The only media types the server stores."""

DISPLAY_COPY_SUFFIX: Final = ".display.png"
"""What the desktop appends to a large picture's file name in its media cache for the copy
it shows (``desktop.pictures``); the cache deletes the copy with the picture."""

MEDIA_KIND_OF_TYPE: Final[Mapping[str, str]] = {
    "image": "image",
    "video": "video",
    "interactive": "image",  # the picture to explore
    "game": "image",  # the picture image questions show
}
"""The section types that may carry ``media``, and the kind (a key of
``ALLOWED_MEDIA_EXTENSIONS``) it must be."""

# A file name extension for each type (its first one), for uploads that come without a name.
EXTENSIONS: Final = {
    t: next(
        suffix
        for table in ALLOWED_MEDIA_EXTENSIONS.values()
        for suffix, u in table.items()
        if u == t
    )
    for t in ALLOWED_TYPES
}

SIGNATURES: Final[Mapping[str, Callable[[bytes], bool]]] = {
    "image/png": lambda head: head.startswith(b"\x89PNG\r\n\x1a\n"),
    "image/jpeg": lambda head: head.startswith(b"\xff\xd8\xff"),
    "image/gif": lambda head: head.startswith((b"GIF87a", b"GIF89a")),
    "image/webp": lambda head: head[:4] == b"RIFF" and head[8:12] == b"WEBP",
}
"""The raster formats' signatures: whether a file starting with ``head`` is one."""

# ISO base media file brands of MP4 video (M4V is Apple's MP4 variant). QuickTime ('qt  '),
# HEIF images ('heic', 'mif1') and audio-only brands ('M4A ') are not MP4 video.
_MP4_BRANDS: Final = frozenset(
    {
        b"isom",
        b"iso2",
        b"iso3",
        b"iso4",
        b"iso5",
        b"iso6",
        b"iso8",
        b"iso9",
        b"mp41",
        b"mp42",
        b"mp71",
        b"avc1",
        b"av01",
        b"dash",
        b"mmp4",
        b"MSNV",
        b"M4V ",
        b"M4VH",
        b"M4VP",
        b"f4v ",
    }
)
_SVG_START: Final = re.compile(rb"^(?:<\?xml[^>]*>|<!--.*?-->|<!DOCTYPE[^>]*>|\s)*<svg[\s>/]", re.S)


def sniff_media_type(head: bytes) -> str | None:
    """The media type of a file starting with ``head`` (its first 4 KiB), or None."""
    for media_type, matches in SIGNATURES.items():
        if matches(head):
            return media_type
    if _is_mp4(head):
        return "video/mp4"
    if head.startswith(b"\x1a\x45\xdf\xa3") and b"webm" in head[:64]:
        return "video/webm"
    if _is_svg(head):
        return "image/svg+xml"
    return None


def media_kind(content_type: str) -> str:
    """``image`` or ``video``: the section type that shows a file of this type."""
    return content_type.split("/", 1)[0]


def _is_mp4(head: bytes) -> bool:
    if len(head) < 16 or head[4:8] != b"ftyp":
        return False
    box_size = int.from_bytes(head[:4], "big")
    if head[8:12] in _MP4_BRANDS:
        return True
    # An unknown major brand still plays when an MP4 brand is among the compatible ones.
    compatible = head[16 : min(box_size, len(head))]
    return any(compatible[i : i + 4] in _MP4_BRANDS for i in range(0, len(compatible) - 3, 4))


def _is_svg(head: bytes) -> bool:
    text = head.removeprefix(b"\xef\xbb\xbf")
    return bool(_SVG_START.match(text))
