"""The local content cache: the images and videos of a user's modules, kept on disk.

After a sync, ``MediaCache.download_all(owner)`` runs on a worker thread and fetches every
media file the owner's mirrored modules reference, so lessons play with the network gone.
Files are content-addressed (a section carries ``media_sha256``), so one file shared by
several modules or users is stored once::

    root/<sha[:2]>/<sha>         a complete file whose SHA-256 was checked
    root/<sha[:2]>/<sha>.part    a download in progress (resumed with Range next time)

Download of one file::

    .part on disk?  -- no --> GET                       --> 200: write from 0
         | yes                                           206: append at the part's end
         v                                               416: the part is already whole
    GET with Range: bytes=<len>-, If-Range: "<sha>"      404/410: "no longer available"
         (200 means the server will not resume: start over)
    stream chunk by chunk (hashing as it goes) -> fsync -> SHA-256 equal? -> rename
                                                           no -> delete the part, failure

The store's ``media`` table is the index (state ``missing``/``partial``/``complete`` and
``bytes_done``); it is updated about every megabyte or second, never per chunk, and the
bytes on disk stay the truth (a resume starts from the ``.part`` file's real length).

Errors (``sync.client.engine`` tree): a file the server no longer has, a damaged download or an
unexpected answer is one entry in ``DownloadReport.failed`` and the others still download.
``AuthError`` (401, or no token) and ``OfflineError`` (the server cannot be reached, or the
connection broke mid-file) end the call; the partial file and its row are saved first, so
the next call resumes where this one stopped.

What the cache holds: media of the owner's modules that are not completed. Media used only
by modules the owner has completed is not fetched by ``download_all`` (so that
``clear_completed``, the storage setting's "free space", is not undone by the next sync);
it stays if it is already cached, and the player streams it when it is not.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Final, Literal
from urllib.parse import unquote, urlsplit

import httpx

from local_store import LocalStore, MediaState, UserRecord
from sync.client.engine import AuthError, OfflineError, SyncError
from sync.rules.fsync import fsync_dir
from sync.rules.media_types import DISPLAY_COPY_SUFFIX
from sync.rules.progress import ProgressStatus

__all__ = ["DownloadProgress", "DownloadReport", "MediaCache", "MediaItem"]

_SHA256: Final = re.compile(r"[0-9a-f]{64}")
_PART: Final = ".part"
_RECORD_BYTES: Final = 1024 * 1024
_RECORD_SECONDS: Final = 1.0
_PROGRESS_SECONDS: Final = 0.1
_HASH_READ: Final = 1024 * 1024
_CONTENT_RANGE: Final = re.compile(r"^\s*bytes\s+(?:(\d+)-(\d+)|\*)/(\d+|\*)\s*$", re.IGNORECASE)
_GONE: Final = "no longer available"

Outcome = Literal["downloaded", "resumed", "already", "stopped"]


@dataclass(frozen=True, slots=True)
class MediaItem:
    """One media file the owner's modules need.

    ``url`` is the section's ``media_url`` (usually ``/v1/media/<sha>/<name>``, relative to
    the user's server); ``size`` is the expected length in bytes when the server said;
    ``modules`` are the slugs of the owner's modules that use the file.
    """

    sha256: str
    url: str
    size: int | None
    modules: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DownloadProgress:
    """What the progress bar shows; sent on the worker thread.

    ``done_bytes`` (bytes of the wanted files on disk) never decreases during one call and
    equals ``total_bytes`` when everything is cached. ``total_bytes`` grows when a file of
    unknown size announces its length and shrinks by what a failed file will not deliver.
    ``current`` is the file name being downloaded (``None`` between files);
    ``files_done`` counts the files dealt with (cached, downloaded or failed).
    """

    done_bytes: int
    total_bytes: int
    current: str | None
    files_done: int
    files_total: int


@dataclass
class DownloadReport:
    """What one ``download_all`` call did.

    ``downloaded`` files were fetched from the start, ``resumed`` ones finished a partial
    download, ``already`` ones were complete before the call. ``failed`` maps a file's
    SHA-256 to a sentence saying why; ``bytes`` is what came over the network.
    """

    downloaded: int = 0
    resumed: int = 0
    already: int = 0
    failed: dict[str, str] = field(default_factory=dict)
    bytes: int = 0


class _Failed(Exception):
    """Raised inside ``MediaCache`` when one file cannot be downloaded (others go on)."""


class _Tally:
    """The running figures of one ``download_all`` call, and when to tell the callback."""

    def __init__(
        self, callback: Callable[[DownloadProgress], None] | None, files_total: int
    ) -> None:
        self._callback = callback
        self.files_total = files_total
        self.files_done = 0
        self.total = 0
        self.done = 0
        self.current: str | None = None
        self._planned: dict[str, int] = {}
        self._counted: dict[str, int] = {}
        self._last = 0.0

    def plan(self, sha: str, *, size: int | None, on_disk: int) -> None:
        planned = size or 0
        counted = min(on_disk, planned) if size is not None else 0
        self._planned[sha], self._counted[sha] = planned, counted
        self.total += planned
        self.done += counted

    def set_size(self, sha: str, size: int) -> None:
        """The server told the file's real length."""
        self.total += size - self._planned[sha]
        self._planned[sha] = size
        self._counted[sha] = min(self._counted[sha], size)

    def advance(self, sha: str, position: int) -> None:
        """The file now has ``position`` bytes on disk (a restart from 0 only stalls)."""
        if position > self._planned[sha]:
            self.total += position - self._planned[sha]
            self._planned[sha] = position
        if position > self._counted[sha]:
            self.done += position - self._counted[sha]
            self._counted[sha] = position
        self.emit(force=False)

    def failed(self, sha: str) -> None:
        """The rest of this file will not come: take it out of the total."""
        self.total -= self._planned[sha] - self._counted[sha]
        self._planned[sha] = self._counted[sha]

    def file_done(self) -> None:
        self.files_done += 1
        self.current = None
        self.emit()

    def emit(self, *, force: bool = True) -> None:
        if self._callback is None:
            return
        now = time.monotonic()
        if not force and now - self._last < _PROGRESS_SECONDS:
            return
        self._last = now
        self._callback(
            DownloadProgress(
                done_bytes=self.done,
                total_bytes=self.total,
                current=self.current,
                files_done=self.files_done,
                files_total=self.files_total,
            )
        )


class MediaCache:
    """The device's media cache under ``root``, indexed in the store's ``media`` table.

    Invariants: a file without ``.part`` under ``root`` has been checked against its
    SHA-256, and a row in state ``complete`` names such a file (``path_for`` also checks the
    file still exists). Downloads are serialized (one ``download_all`` at a time per
    cache); the ``clear_*`` methods may run meanwhile on another thread and leave the file
    being downloaded alone. Nothing is ever read whole into memory.
    """

    def __init__(
        self,
        store: LocalStore,
        root: Path,
        *,
        http: httpx.Client | None = None,
        chunk: int = 256 * 1024,
    ) -> None:
        if chunk < 1:
            raise ValueError(f"chunk must be positive, got {chunk}")
        self.store = store
        self.root = Path(root)
        self._http = http or httpx.Client(timeout=httpx.Timeout(30.0, connect=10.0))
        self._own_http = http is None
        self._chunk = chunk
        self._download_lock = threading.Lock()
        self._active_lock = threading.Lock()
        self._active: set[str] = set()

    def close(self) -> None:
        """Close the HTTP client if this cache made it."""
        if self._own_http:
            self._http.close()

    def __enter__(self) -> MediaCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- what is wanted, what is there ------------------------------------------------------

    def wanted(self, owner: str) -> list[MediaItem]:
        """Every media file the owner's mirrored modules reference, once per SHA-256.

        Assigned modules come first (required, then by due date), then the others by title;
        sections with a ``media_url`` but no ``media_sha256`` cannot be checked and are left
        to stream.
        """
        items = self.store.list_modules(owner)
        order = sorted(
            range(len(items)),
            key=lambda i: (
                items[i].assignment_type is None,
                items[i].assignment_type != "required",
                items[i].due_date is None,
                items[i].due_date or date.min,
                i,
            ),
        )
        found: dict[str, tuple[str, int | None, list[str]]] = {}
        for i in order:
            module = self.store.get_module(owner, items[i].module_id)
            if module is None:
                continue
            for s in module.sections:
                if not s.media_url or not s.media_sha256:
                    continue
                sha = s.media_sha256.lower()
                if sha not in found:
                    found[sha] = (s.media_url, s.media_size, [])
                url, size, modules = found[sha]
                if size is None and s.media_size is not None:
                    found[sha] = (url, s.media_size, modules)
                if module.module_id not in modules:
                    modules.append(module.module_id)
        return [
            MediaItem(sha256=sha, url=url, size=size, modules=tuple(modules))
            for sha, (url, size, modules) in found.items()
        ]

    def path_for(self, sha256: str) -> Path | None:
        """The complete, checked file of ``sha256``, or ``None`` (not cached, or partial)."""
        sha = _check_sha(sha256)
        row = self.store.media_get(sha)
        if row is None or row.state != "complete":
            return None
        dest = self._dest(sha)
        return dest if dest.is_file() else None

    def state(self, sha256: str) -> tuple[MediaState, int, int | None]:
        """``(state, bytes on disk, expected size)`` of one file, as a storage list shows it."""
        sha = _check_sha(sha256)
        row = self.store.media_get(sha)
        size = None if row is None else row.size
        dest = self._dest(sha)
        if row is not None and row.state == "complete" and dest.is_file():
            return "complete", _file_size(dest), size
        # A file renamed into place but not yet recorded (a crash) is checked again later.
        on_disk = _file_size(dest) or _file_size(_part(dest))
        if on_disk:
            return "partial", on_disk, size
        return "missing", 0, size

    def total_bytes(self) -> int:
        """Bytes the cache takes on disk, partial downloads included."""
        return sum(size for _sha, _path, size in self._disk_files())

    # -- downloading -------------------------------------------------------------------------

    def download_all(
        self,
        owner: str,
        *,
        progress: Callable[[DownloadProgress], None] | None = None,
        stop: threading.Event | None = None,
    ) -> DownloadReport:
        """Download what the owner's unfinished modules need; see the module docstring.

        ``progress`` is called on this (worker) thread, at most about ten times a second
        plus once per file. ``stop`` is checked between chunks: when set, the file is saved
        as partial and the report so far is returned. Raises ``AuthError`` and
        ``OfflineError`` (progress saved), and ``SyncError`` for an unknown owner.
        """
        user = self.store.get_user(owner)
        if user is None:
            raise SyncError(f"no signed-in user {owner!r} on this device")
        if not user.token:
            raise AuthError("signed out on this device: sign in again to download media")
        with self._download_lock:
            return self._download_all(user, progress, stop or threading.Event())

    def _download_all(
        self,
        user: UserRecord,
        callback: Callable[[DownloadProgress], None] | None,
        stop: threading.Event,
    ) -> DownloadReport:
        completed = self._completed_modules(user.user_id)
        items = [
            item
            for item in self.wanted(user.user_id)
            if not all(m in completed for m in item.modules)
            or self.path_for(item.sha256) is not None
        ]
        report = DownloadReport()
        tally = _Tally(callback, len(items))
        pending: list[MediaItem] = []
        for item in items:
            cached = self.path_for(item.sha256)
            if cached is not None:
                on_disk = _file_size(cached)
                tally.plan(item.sha256, size=on_disk, on_disk=on_disk)
                tally.files_done += 1
                report.already += 1
            else:
                dest = self._dest(item.sha256)
                on_disk = max(_file_size(dest), _file_size(_part(dest)))
                tally.plan(item.sha256, size=item.size, on_disk=on_disk)
                pending.append(item)
        tally.emit()
        for item in pending:
            if stop.is_set():
                break
            tally.current = _display_name(item)
            tally.emit()
            with self._active_lock:
                self._active.add(item.sha256)
            try:
                outcome = self._fetch(user, item, tally, report, stop)
            except _Failed as exc:
                report.failed[item.sha256] = str(exc)
                tally.failed(item.sha256)
                tally.file_done()
                continue
            finally:
                with self._active_lock:
                    self._active.discard(item.sha256)
            if outcome == "stopped":
                break
            tally.advance(item.sha256, _file_size(self._dest(item.sha256)))
            if outcome == "downloaded":
                report.downloaded += 1
            elif outcome == "resumed":
                report.resumed += 1
            else:
                report.already += 1
            tally.file_done()
        tally.current = None
        tally.emit()
        return report

    def _fetch(
        self,
        user: UserRecord,
        item: MediaItem,
        tally: _Tally,
        report: DownloadReport,
        stop: threading.Event,
    ) -> Outcome:
        sha = item.sha256
        dest = self._dest(sha)
        part = _part(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        if dest.exists():
            # Renamed into place, but the process died before the row said so.
            if _hash_of(dest) == sha:
                self._record(item, "complete", _file_size(dest), _file_size(dest), dest)
                return "already"
            _unlink(dest)
        url, headers = _request_for(user, item)
        restarted = False
        while True:
            offset = _file_size(part)
            if item.size is not None and offset > item.size:
                _unlink(part)
                offset = 0
            hasher = hashlib.sha256()
            if offset:
                _hash_into(part, hasher)
                if offset == item.size:
                    # Whole already (the last call stopped right before the check).
                    if hasher.hexdigest() == sha:
                        self._finish(item, part, dest, offset)
                        return "resumed"
                    _unlink(part)
                    continue
            ask = dict(headers)
            if offset:
                ask["Range"] = f"bytes={offset}-"
                ask["If-Range"] = f'"{sha}"'
            try:
                with self._http.stream("GET", url, headers=ask, follow_redirects=True) as resp:
                    status = resp.status_code
                    if status == 401:
                        raise AuthError(
                            f"the server refused the sign-in while downloading media "
                            f"(server {user.server_url})"
                        )
                    if status in (404, 410):
                        raise _Failed(_GONE)
                    if status == 416:
                        total = _parse_content_range(resp.headers.get("content-range"))[2]
                        if offset and total == offset:
                            # The part is the whole file: only the check is left.
                            if hasher.hexdigest() != sha:
                                self._discard(item, part)
                                raise _Failed("checksum mismatch: the downloaded file is damaged")
                            self._finish(item, part, dest, offset)
                            return "resumed"
                        if offset and not restarted:
                            _unlink(part)
                            restarted = True
                            continue
                        raise _Failed("the server refused the byte range (HTTP 416)")
                    mode: Literal["ab", "wb"]
                    if status == 206 and offset:
                        first, _last, total = _parse_content_range(
                            resp.headers.get("content-range")
                        )
                        if first != offset:
                            raise _Failed("the server sent the wrong part of the file")
                        mode = "ab"
                    elif status == 200:
                        # A new download, or the server will not resume: start over.
                        offset, hasher, mode = 0, hashlib.sha256(), "wb"
                        length = resp.headers.get("content-length")
                        total = int(length) if length and length.isdigit() else None
                    else:
                        raise _Failed(f"the server answered HTTP {status}")
                    expected = total if total is not None else item.size
                    if expected is not None:
                        tally.set_size(sha, expected)
                    return self._stream(
                        item,
                        resp,
                        part=part,
                        dest=dest,
                        mode=mode,
                        offset=offset,
                        expected=expected,
                        hasher=hasher,
                        tally=tally,
                        report=report,
                        stop=stop,
                    )
            except httpx.TransportError as exc:
                # Connecting failed or the connection broke mid-file (the part is saved).
                self._record_partial(item, part)
                raise OfflineError(f"cannot reach the server at {user.server_url}") from exc

    def _stream(
        self,
        item: MediaItem,
        resp: httpx.Response,
        *,
        part: Path,
        dest: Path,
        mode: Literal["ab", "wb"],
        offset: int,
        expected: int | None,
        hasher: hashlib._Hash,
        tally: _Tally,
        report: DownloadReport,
        stop: threading.Event,
    ) -> Outcome:
        sha = item.sha256
        written = offset
        recorded, recorded_at = written, time.monotonic()
        tally.advance(sha, written)
        with part.open(mode) as fh:
            try:
                for chunk in resp.iter_bytes(self._chunk):
                    fh.write(chunk)
                    hasher.update(chunk)
                    written += len(chunk)
                    report.bytes += len(chunk)
                    if expected is not None and written > expected:
                        fh.close()
                        self._discard(item, part)
                        raise _Failed("the server sent more bytes than the file has")
                    tally.advance(sha, written)
                    if stop.is_set():
                        _sync_file(fh)
                        self._record(item, "partial", written, expected, part)
                        return "stopped"
                    now = time.monotonic()
                    if written - recorded >= _RECORD_BYTES or now - recorded_at >= _RECORD_SECONDS:
                        fh.flush()
                        self._record(item, "partial", written, expected, part)
                        recorded, recorded_at = written, now
            finally:
                if not fh.closed:
                    _sync_file(fh)
        if expected is not None and written < expected:
            self._record(item, "partial", written, expected, part)
            raise _Failed("the download ended early; it resumes next time")
        if hasher.hexdigest() != sha:
            self._discard(item, part)
            raise _Failed("checksum mismatch: the downloaded file is damaged")
        self._finish(item, part, dest, written)
        return "resumed" if offset else "downloaded"

    def _finish(self, item: MediaItem, part: Path, dest: Path, size: int) -> None:
        os.replace(part, dest)
        fsync_dir(dest.parent, strict=True)
        self._record(item, "complete", size, size, dest)

    def _discard(self, item: MediaItem, part: Path) -> None:
        _unlink(part)
        self._record(item, "missing", 0, item.size, None)

    def _record_partial(self, item: MediaItem, part: Path) -> None:
        done = _file_size(part)
        size = item.size if item.size is not None and item.size >= done else None
        self._record(item, "partial" if done else "missing", done, size, part if done else None)

    def _record(
        self, item: MediaItem, state: MediaState, done: int, size: int | None, path: Path | None
    ) -> None:
        if size is not None and done > size:
            size = None
        self.store.media_put(
            sha256=item.sha256, url=item.url, size=size, path=path, state=state, bytes_done=done
        )

    # -- freeing space -----------------------------------------------------------------------

    def clear_completed(self, owner: str) -> int:
        """Delete the media only the owner's completed modules use; return the bytes freed.

        A file stays while any other module of any user on this device uses it (another
        user's copy of the same module included, completed or not). Files no module on the
        device references any more (a module changed its video, a user signed out) go too.
        """
        completed = self._completed_modules(owner)
        release: set[str] = set()
        keep: set[str] = set()
        for user in self.store.list_users():
            for item in self.wanted(user.user_id):
                for slug in item.modules:
                    if user.user_id == owner and slug in completed:
                        release.add(item.sha256)
                    else:
                        keep.add(item.sha256)
        referenced = release | keep
        cached = {sha for sha, _path, _size in self._disk_files()}
        cached |= {row.sha256 for row in self.store.media_list()}
        orphans = cached - referenced
        return self._delete((release - keep) | orphans)

    def clear_all(self) -> int:
        """Delete every cached file (but the one being downloaded); return the bytes freed."""
        shas = {sha for sha, _path, _size in self._disk_files()}
        shas |= {row.sha256 for row in self.store.media_list()}
        return self._delete(shas)

    def _delete(self, shas: set[str]) -> int:
        freed = 0
        for sha in sorted(shas):
            with self._active_lock:
                if sha in self._active:
                    continue
                dest = self._dest(sha)
                gone = True
                # The file, a partial download, and the display copy the desktop makes of a
                # large picture (desktop.pictures: "<file>.display.png").
                copy = dest.with_name(dest.name + DISPLAY_COPY_SUFFIX)
                for path in (dest, _part(dest), copy):
                    size = _file_size(path)
                    try:
                        path.unlink(missing_ok=True)
                    except OSError:  # open in a player on Windows: try again next time
                        gone = False
                        continue
                    freed += size
                if gone:
                    self.store.media_delete(sha)
        return freed

    # -- helpers -----------------------------------------------------------------------------

    def _completed_modules(self, owner: str) -> set[str]:
        return {
            slug
            for slug, row in self.store.get_progress(owner).items()
            if row.status == ProgressStatus.COMPLETED
        }

    def _dest(self, sha: str) -> Path:
        return self.root / sha[:2] / sha

    def _disk_files(self) -> Iterator[tuple[str, Path, int]]:
        """``(sha, path, size)`` of every cache file (complete or ``.part``) under ``root``."""
        if not self.root.is_dir():
            return
        for folder in self.root.iterdir():
            if len(folder.name) != 2 or not folder.is_dir():
                continue
            for path in folder.iterdir():
                sha = path.name.removesuffix(_PART)
                if _SHA256.fullmatch(sha) and sha[:2] == folder.name and path.is_file():
                    yield sha, path, _file_size(path)


def _check_sha(value: str) -> str:
    sha = value.lower() if isinstance(value, str) else ""
    if not _SHA256.fullmatch(sha):
        raise ValueError(f"sha256 must be 64 hex digits, got {value!r:.80}")
    return sha


def _part(dest: Path) -> Path:
    return dest.with_name(dest.name + _PART)


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _unlink(path: Path) -> None:
    path.unlink(missing_ok=True)


def _hash_into(path: Path, hasher: hashlib._Hash) -> None:
    with path.open("rb") as fh:
        while block := fh.read(_HASH_READ):
            hasher.update(block)


def _hash_of(path: Path) -> str:
    hasher = hashlib.sha256()
    _hash_into(path, hasher)
    return hasher.hexdigest()


def _sync_file(fh: IO[bytes]) -> None:
    fh.flush()
    os.fsync(fh.fileno())


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    return parts.scheme.lower(), (parts.hostname or "").lower(), parts.port


def _request_for(user: UserRecord, item: MediaItem) -> tuple[str, dict[str, str]]:
    """The absolute URL of ``item``, and headers (the token only for the user's server)."""
    if item.url.startswith(("http://", "https://")):
        url = item.url
    else:
        url = user.server_url.rstrip("/") + "/" + item.url.lstrip("/")
    # Ranges count bytes of the stored file, not of a compressed encoding of it.
    headers = {"Accept-Encoding": "identity"}
    if user.token and _origin(url) == _origin(user.server_url):
        headers["Authorization"] = f"Bearer {user.token}"
    return url, headers


def _parse_content_range(header: str | None) -> tuple[int | None, int | None, int | None]:
    """``bytes a-b/n`` -> ``(a, b, n)``; ``bytes */n`` -> ``(None, None, n)``; else Nones."""
    match = _CONTENT_RANGE.match(header or "")
    if match is None:
        return None, None, None
    first, last, total = match.groups()
    return (
        None if first is None else int(first),
        None if last is None else int(last),
        None if total in (None, "*") else int(total),
    )


def _display_name(item: MediaItem) -> str:
    name = unquote(urlsplit(item.url).path.rsplit("/", 1)[-1])
    return name or item.sha256[:12]
