"""Images and videos: content-addressed storage, type sniffing and cache-friendly serving."""

from __future__ import annotations

__all__: list[str] = []
