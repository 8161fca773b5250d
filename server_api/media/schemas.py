"""Wire shapes of the media endpoints."""

from __future__ import annotations

from pydantic import BaseModel, Field

__all__ = ["MediaPublic"]


class MediaPublic(BaseModel):
    """A stored file; ``url`` is what a section's ``media_url`` should hold."""

    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    size: int
    content_type: str
    url: str
