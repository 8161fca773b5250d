"""Content-addressed blob storage on the local file system.

A blob lives at ``<root>/<sha256[:2]>/<sha256>``: its name is the SHA-256 of its bytes, so the
same bytes are stored once, a stored blob never changes, and two processes (or two hosts on a
shared volume) writing the same blob at the same time both end with the same file.

A write goes to a temporary file under ``<root>/.tmp``, is hashed while it is written, then
flushed to disk (``fsync``) and renamed into place, so a reader never sees half a blob and a
crash leaves at most a stray temporary file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Final

from server_api.errors import FramesError
from sync.rules.fsync import fsync_dir

__all__ = [
    "BlobTooLarge",
    "BlobWriter",
    "MediaStorage",
    "MediaStorageError",
    "StoredBlob",
    "is_sha256",
]

_SHA256_RE: Final = re.compile(r"^[0-9a-f]{64}$")
_CHUNK: Final = 1024 * 1024
HEAD_BYTES: Final = 4096


def is_sha256(value: str) -> bool:
    """True for 64 lowercase hex digits, the only form blob names take."""
    return bool(_SHA256_RE.match(value))


@dataclass(frozen=True, slots=True)
class StoredBlob:
    """A blob now in storage: its hash, size and first bytes (for type sniffing)."""

    sha256: str
    size: int
    head: bytes
    path: Path


class BlobWriter:
    """Write one blob incrementally; ``commit`` moves it into place, ``abort`` drops it.

    Use it as a context manager: leaving the block without ``commit`` aborts.
    """

    def __init__(self, storage: MediaStorage) -> None:
        self._storage = storage
        tmp_dir = storage.root / ".tmp"
        with storage.writing():
            tmp_dir.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(dir=tmp_dir, prefix="upload-")
        self._file: IO[bytes] = os.fdopen(fd, "wb")
        self._tmp = Path(name)
        self._hash = hashlib.sha256()
        self._head = b""
        self.size = 0
        self._done = False

    def write(self, data: bytes) -> None:
        if not data:
            return
        if len(self._head) < HEAD_BYTES:
            self._head += data[: HEAD_BYTES - len(self._head)]
        self._hash.update(data)
        with self._storage.writing():
            self._file.write(data)
        self.size += len(data)

    @property
    def head(self) -> bytes:
        return self._head

    def commit(self) -> StoredBlob:
        """Flush to disk and rename into place (a blob already stored is kept as it is)."""
        sha = self._hash.hexdigest()
        final = self._storage.path_for(sha)
        with self._storage.writing():
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
            if final.exists():
                self._tmp.unlink(missing_ok=True)
            else:
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(self._tmp, final)
                fsync_dir(final.parent)
        self._done = True
        return StoredBlob(sha256=sha, size=self.size, head=self._head, path=final)

    def abort(self) -> None:
        if self._done:
            return
        self._done = True
        with contextlib.suppress(OSError):
            self._file.close()
        self._tmp.unlink(missing_ok=True)

    def __enter__(self) -> BlobWriter:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.abort()


class MediaStorage:
    """The blob store under ``root`` (``Settings.media_dir``)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path_for(self, sha256: str) -> Path:
        if not is_sha256(sha256):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def writer(self) -> BlobWriter:
        return BlobWriter(self)

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Report a failed write to the media folder as one clear line."""
        try:
            yield
        except OSError as exc:
            raise MediaStorageError(
                f"cannot write to the media folder {self.root}: {exc.strerror or exc}"
            ) from exc

    def store_stream(self, source: IO[bytes], *, max_bytes: int | None = None) -> StoredBlob:
        """Copy a readable binary stream into storage, in chunks.

        Raises ``BlobTooLarge`` (nothing stored) as soon as more than ``max_bytes`` arrive.
        """
        with self.writer() as writer:
            for chunk in iter(lambda: source.read(_CHUNK), b""):
                writer.write(chunk)
                if max_bytes is not None and writer.size > max_bytes:
                    raise BlobTooLarge(max_bytes)
            return writer.commit()

    def store_file(self, path: Path) -> StoredBlob:
        with Path(path).open("rb") as source:
            return self.store_stream(source)

    def read_head(self, sha256: str, size: int = HEAD_BYTES) -> bytes:
        with self.path_for(sha256).open("rb") as handle:
            return handle.read(size)


class MediaStorageError(FramesError):
    """Raised when the media folder cannot be written (missing, read-only, full)."""

    code = "media_storage_error"


class BlobTooLarge(Exception):
    """Raised by ``store_stream`` when the stream is longer than its ``max_bytes``."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(f"larger than {max_bytes} bytes")
        self.max_bytes = max_bytes
