"""``sync.client.media.MediaCache`` against a real HTTP server on 127.0.0.1 written here.

The server speaks what ``/v1/media`` promises (bearer token, strong ETag, ``Range`` -> 206,
``If-Range``, 416, 404) and has switches the tests flip: cut the connection after N body
bytes, corrupt a byte of a file, ignore ``Range`` (answer 200), and go down altogether.
"""

from __future__ import annotations

import hashlib
import random
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import cast

import httpx
import pytest

from local_store import AssignmentRecord, LocalStore, ModuleRecord, SectionRecord
from sync.client.engine import AuthError, OfflineError
from sync.client.media import DownloadProgress, MediaCache, MediaItem
from sync.rules.media_types import DISPLAY_COPY_SUFFIX

CHUNK = 64 * 1024
NOW = datetime(2025, 3, 1, 9, 0, 0)
_RANGE = re.compile(r"^bytes=(\d+)-$")


# ---------------------------------------------------------------------------- the server


@dataclass
class Seen:
    """One request the server answered."""

    sha: str
    range: str | None
    if_range: str | None
    status: int


@dataclass
class MediaServer:
    """Blobs by SHA-256 behind a bearer token, with switches for failures."""

    blobs: dict[str, bytes]
    tokens: set[str]
    port: int = 0
    cut_after: int | None = None  # one-shot: send this many body bytes, then hang up
    corrupt: set[str] = field(default_factory=set)
    ignore_range: bool = False
    seen: list[Seen] = field(default_factory=list)
    sent: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    _httpd: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        httpd = ThreadingHTTPServer(("127.0.0.1", self.port), _Handler)
        httpd.daemon_threads = True
        httpd.block_on_close = False
        httpd.media = self  # type: ignore[attr-defined]
        self.port = httpd.server_address[1]
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def ranges_for(self, sha: str) -> list[str | None]:
        with self.lock:
            return [s.range for s in self.seen if s.sha == sha]


class _Handler(BaseHTTPRequestHandler):
    # HTTP/1.0: one request per connection, so "down" really is down (no pooled sockets).
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass

    def do_GET(self) -> None:
        media: MediaServer = cast(MediaServer, self.server.media)  # type: ignore[attr-defined]
        match = re.fullmatch(r"/v1/media/([0-9a-f]{64})(?:/[^/]*)?", self.path)
        sha = match.group(1) if match else ""
        auth = self.headers.get("Authorization", "")
        range_header = self.headers.get("Range")
        if_range = self.headers.get("If-Range")
        if not auth.startswith("Bearer ") or auth[7:] not in media.tokens:
            return self._plain(media, sha, 401, b'{"error": {"message": "sign in again"}}')
        data = media.blobs.get(sha)
        if data is None:
            return self._plain(media, sha, 404, b'{"error": {"message": "not found"}}')
        if sha in media.corrupt:
            middle = len(data) // 2
            data = data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :]
        first, status = 0, 200
        wanted = _RANGE.match(range_header or "")
        if wanted and not media.ignore_range and (if_range is None or if_range == f'"{sha}"'):
            first = int(wanted.group(1))
            if first >= len(data):
                self._record(media, sha, 416)
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{len(data)}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            status = 206
        self._record(media, sha, status)
        self.send_response(status)
        self.send_header("ETag", f'"{sha}"')
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(data) - first))
        if status == 206:
            self.send_header("Content-Range", f"bytes {first}-{len(data) - 1}/{len(data)}")
        self.end_headers()
        with media.lock:
            cut, media.cut_after = media.cut_after, None
        body = memoryview(data)[first:]
        if cut is not None:
            body = body[:cut]
        for start in range(0, len(body), 32 * 1024):
            piece = body[start : start + 32 * 1024]
            try:
                self.wfile.write(piece)
            except OSError:
                return
            with media.lock:
                media.sent[sha] = media.sent.get(sha, 0) + len(piece)
        # Returning closes the connection: after a cut the client sees a short body.

    def _record(self, media: MediaServer, sha: str, status: int) -> None:
        with media.lock:
            media.seen.append(
                Seen(sha, self.headers.get("Range"), self.headers.get("If-Range"), status)
            )

    def _plain(self, media: MediaServer, sha: str, status: int, body: bytes) -> None:
        self._record(media, sha, status)
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


# ---------------------------------------------------------------------------- fixtures


def _blob(seed: int, size: int) -> tuple[str, bytes]:
    data = random.Random(seed).randbytes(size)
    return hashlib.sha256(data).hexdigest(), data


VIDEO = _blob(1, 3 * 1024 * 1024 + 12_345)
IMAGE_A = _blob(2, 200_000)
IMAGE_B = _blob(3, 150_000)
SHARED = _blob(4, 100_000)
GONE = _blob(5, 1_000)  # referenced by a module, never on the server


@pytest.fixture
def server() -> Iterator[MediaServer]:
    srv = MediaServer(
        blobs=dict([VIDEO, IMAGE_A, IMAGE_B, SHARED]),
        tokens={"tok-s1", "tok-s2"},
    )
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
def store(tmp_path: Path, server: MediaServer) -> Iterator[LocalStore]:
    st = LocalStore.open(tmp_path / "store.sqlite3")
    for user in ("s1", "s2"):
        st.save_user(
            user_id=user,
            role="student",
            display_name=user.upper(),
            server_url=server.url,
            token=f"tok-{user}",
        )
    yield st
    st.close()


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=5.0) as client:
        yield client


@pytest.fixture
def cache(store: LocalStore, tmp_path: Path, http: httpx.Client) -> MediaCache:
    return MediaCache(store, tmp_path / "media", http=http, chunk=CHUNK)


def section(n: int, blob: tuple[str, bytes], *, known_size: bool = True) -> SectionRecord:
    sha, data = blob
    return SectionRecord(
        section_number=n,
        section_type="video",
        content="",
        media_url=f"/v1/media/{sha}/file-{sha[:6]}.bin",
        media_sha256=sha,
        media_size=len(data) if known_size else None,
    )


def seed(store: LocalStore, owner: str, modules: dict[str, list[SectionRecord]]) -> None:
    store.apply_changes(
        owner,
        modules=[
            ModuleRecord(module_id=slug, title=slug, status="published", sections=tuple(sections))
            for slug, sections in modules.items()
        ],
        assignments=[AssignmentRecord(module_id=slug) for slug in modules],
        cursor="c1",
        synced_at=NOW,
    )


def seed_world(store: LocalStore) -> None:
    """s1: intro (video, shared) and lab (image A, shared, image B)."""
    seed(
        store,
        "s1",
        {
            "intro": [section(1, VIDEO), section(2, SHARED)],
            "lab": [section(1, IMAGE_A), section(2, SHARED), section(3, IMAGE_B)],
        },
    )


class StopAfter(threading.Event):
    """An event that reads as set from the ``n``-th check on."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.n = n
        self.checks = 0

    def is_set(self) -> bool:
        self.checks += 1
        return self.checks >= self.n or super().is_set()


ALL = (VIDEO, IMAGE_A, IMAGE_B, SHARED)
ALL_BYTES = sum(len(data) for _sha, data in ALL)


def part_of(cache: MediaCache, sha: str) -> Path:
    return cache.root / sha[:2] / f"{sha}.part"


# ---------------------------------------------------------------------------- tests


def test_wanted_lists_each_file_once_with_its_modules(store: LocalStore, cache: MediaCache) -> None:
    seed_world(store)
    items = {i.sha256: i for i in cache.wanted("s1")}
    assert set(items) == {sha for sha, _ in ALL}
    assert items[SHARED[0]] == MediaItem(
        sha256=SHARED[0],
        url=f"/v1/media/{SHARED[0]}/file-{SHARED[0][:6]}.bin",
        size=len(SHARED[1]),
        modules=("intro", "lab"),
    )
    assert cache.wanted("s2") == []


def test_full_download(store: LocalStore, cache: MediaCache, server: MediaServer) -> None:
    seed_world(store)
    report = cache.download_all("s1")
    assert (report.downloaded, report.resumed, report.already, report.failed) == (4, 0, 0, {})
    assert report.bytes == ALL_BYTES
    for sha, data in ALL:
        path = cache.path_for(sha)
        assert path is not None and path == cache.root / sha[:2] / sha
        assert path.read_bytes() == data
        assert cache.state(sha) == ("complete", len(data), len(data))
        row = store.media_get(sha)
        assert row is not None and row.state == "complete" and row.bytes_done == len(data)
    assert cache.total_bytes() == ALL_BYTES == store.media_total_bytes()
    assert not list(cache.root.rglob("*.part"))

    requests = len(server.seen)
    again = cache.download_all("s1")
    assert (again.downloaded, again.already, again.bytes) == (0, 4, 0)
    assert len(server.seen) == requests  # nothing complete is asked for again


def test_progress_is_monotonic_and_reaches_the_total(store: LocalStore, cache: MediaCache) -> None:
    seed_world(store)
    seen: list[DownloadProgress] = []
    cache.download_all("s1", progress=seen.append)
    assert len(seen) >= 2
    done = [p.done_bytes for p in seen]
    assert done == sorted(done)
    assert all(p.done_bytes <= p.total_bytes for p in seen)
    assert all(p.files_total == 4 for p in seen)
    last = seen[-1]
    assert (last.done_bytes, last.total_bytes, last.files_done, last.current) == (
        ALL_BYTES,
        ALL_BYTES,
        4,
        None,
    )
    assert any(p.current == f"file-{VIDEO[0][:6]}.bin" for p in seen)


def test_interrupted_download_resumes_from_the_partial_size(
    store: LocalStore, cache: MediaCache, server: MediaServer
) -> None:
    seed(store, "s1", {"intro": [section(1, VIDEO)]})
    sha, data = VIDEO
    server.cut_after = 1_300_000
    with pytest.raises(OfflineError):
        cache.download_all("s1")
    partial = part_of(cache, sha).stat().st_size
    assert 0 < partial <= 1_300_000
    assert cache.state(sha) == ("partial", partial, len(data))
    row = store.media_get(sha)
    assert row is not None and row.state == "partial" and row.bytes_done == partial
    assert cache.path_for(sha) is None

    report = cache.download_all("s1")
    assert (report.downloaded, report.resumed, report.failed) == (0, 1, {})
    assert report.bytes == len(data) - partial
    assert server.ranges_for(sha) == [None, f"bytes={partial}-"]
    assert server.seen[-1].if_range == f'"{sha}"' and server.seen[-1].status == 206
    assert server.sent[sha] < 2 * len(data)
    path = cache.path_for(sha)
    assert path is not None and path.read_bytes() == data
    assert not part_of(cache, sha).exists()


def test_a_200_answer_to_a_range_request_starts_over(
    store: LocalStore, cache: MediaCache, server: MediaServer
) -> None:
    seed(store, "s1", {"intro": [section(1, VIDEO)]})
    sha, data = VIDEO
    server.cut_after = 500_000
    with pytest.raises(OfflineError):
        cache.download_all("s1")
    server.ignore_range = True
    seen: list[DownloadProgress] = []
    report = cache.download_all("s1", progress=seen.append)
    assert (report.downloaded, report.resumed) == (1, 0)
    assert server.seen[-1].status == 200 and server.seen[-1].range is not None
    path = cache.path_for(sha)
    assert path is not None and path.read_bytes() == data
    done = [p.done_bytes for p in seen]
    assert done == sorted(done) and done[-1] == len(data)


def test_a_whole_part_of_unknown_size_is_checked_after_416(
    store: LocalStore, cache: MediaCache, server: MediaServer
) -> None:
    seed(store, "s1", {"lab": [section(1, IMAGE_A, known_size=False)]})
    sha, data = IMAGE_A
    part = part_of(cache, sha)
    part.parent.mkdir(parents=True)
    part.write_bytes(data)  # the last run stopped after the last byte, before the check
    report = cache.download_all("s1")
    assert (report.resumed, report.bytes, report.failed) == (1, 0, {})
    assert server.seen[-1].status == 416
    assert cache.state(sha) == ("complete", len(data), len(data))


def test_checksum_mismatch_fails_and_nothing_is_claimed_complete(
    store: LocalStore, cache: MediaCache, server: MediaServer
) -> None:
    seed_world(store)
    sha = IMAGE_A[0]
    server.corrupt.add(sha)
    report = cache.download_all("s1")
    assert set(report.failed) == {sha} and "checksum" in report.failed[sha]
    assert report.downloaded == 3
    assert cache.path_for(sha) is None
    assert cache.state(sha)[0] == "missing"
    assert not (cache.root / sha[:2] / sha).exists() and not part_of(cache, sha).exists()
    row = store.media_get(sha)
    assert row is None or row.state != "complete"

    server.corrupt.clear()
    assert cache.download_all("s1").downloaded == 1
    assert cache.path_for(sha) is not None


def test_missing_file_is_reported_and_the_others_download(
    store: LocalStore, cache: MediaCache
) -> None:
    seed(store, "s1", {"lab": [section(1, GONE), section(2, IMAGE_B)]})
    report = cache.download_all("s1")
    assert report.failed == {GONE[0]: "no longer available"}
    assert report.downloaded == 1 and cache.path_for(IMAGE_B[0]) is not None


def test_a_refused_token_raises_auth_error(
    store: LocalStore, cache: MediaCache, server: MediaServer
) -> None:
    seed_world(store)
    server.tokens.clear()
    with pytest.raises(AuthError):
        cache.download_all("s1")
    assert cache.total_bytes() == 0


def test_offline_raises_and_a_later_call_resumes(
    store: LocalStore, cache: MediaCache, server: MediaServer
) -> None:
    seed_world(store)
    sha, data = VIDEO
    server.cut_after = 1_000_000
    with pytest.raises(OfflineError):
        cache.download_all("s1")
    partial = part_of(cache, sha).stat().st_size
    assert partial > 0

    server.stop()
    with pytest.raises(OfflineError):
        cache.download_all("s1")
    assert cache.state(sha) == ("partial", partial, len(data))

    server.start()  # same port
    report = cache.download_all("s1")
    assert (report.resumed, report.downloaded, report.failed) == (1, 3, {})
    assert f"bytes={partial}-" in server.ranges_for(sha)
    assert cache.total_bytes() == ALL_BYTES


def test_stop_event_is_honoured_between_chunks(
    store: LocalStore, cache: MediaCache, server: MediaServer
) -> None:
    seed(store, "s1", {"intro": [section(1, VIDEO), section(2, SHARED)]})
    sha, data = VIDEO
    stop = StopAfter(6)  # one check before the file, then one per chunk
    report = cache.download_all("s1", stop=stop)
    assert (report.downloaded, report.resumed, report.failed) == (0, 0, {})
    assert report.bytes == 5 * CHUNK
    assert cache.state(sha) == ("partial", 5 * CHUNK, len(data))
    assert cache.state(SHARED[0])[0] == "missing"  # never started
    assert SHARED[0] not in {s.sha for s in server.seen}

    report = cache.download_all("s1")
    assert (report.resumed, report.downloaded) == (1, 1)
    assert server.ranges_for(sha)[-1] == f"bytes={5 * CHUNK}-"
    assert cache.total_bytes() == len(data) + len(SHARED[1])


def test_clear_completed_frees_only_media_of_completed_modules(
    store: LocalStore, cache: MediaCache
) -> None:
    # s1: done (image A, shared, image B) is completed; intro (video, shared) is not.
    # s2: their own module uses image B, so it stays although s1 completed "done".
    seed(
        store,
        "s1",
        {
            "done": [section(1, IMAGE_A), section(2, SHARED), section(3, IMAGE_B)],
            "intro": [section(1, VIDEO), section(2, SHARED)],
        },
    )
    seed(store, "s2", {"other": [section(1, IMAGE_B)]})
    assert not cache.download_all("s1").failed
    assert cache.download_all("s2").already == 1
    assert cache.clear_completed("s1") == 0  # nothing completed yet

    store.put_progress("s1", "done", {"status": "completed", "progress_percent": 100})
    freed = cache.clear_completed("s1")
    assert freed == len(IMAGE_A[1])
    assert cache.path_for(IMAGE_A[0]) is None and store.media_get(IMAGE_A[0]) is None
    for kept in (VIDEO, SHARED, IMAGE_B):
        assert cache.path_for(kept[0]) is not None
    assert cache.total_bytes() == ALL_BYTES - len(IMAGE_A[1])

    # The next background download does not undo the clearing.
    report = cache.download_all("s1")
    assert (report.downloaded, report.already, report.failed) == (0, 3, {})
    assert cache.path_for(IMAGE_A[0]) is None


def test_clear_all_empties_the_cache(store: LocalStore, cache: MediaCache) -> None:
    seed_world(store)
    cache.download_all("s1", stop=StopAfter(40))  # some complete, one partial
    on_disk = cache.total_bytes()
    assert on_disk > 0
    assert cache.clear_all() == on_disk
    assert cache.total_bytes() == 0 and store.media_list() == []
    assert all(cache.path_for(sha) is None for sha, _ in ALL)


def test_bad_hash_is_refused(cache: MediaCache) -> None:
    with pytest.raises(ValueError, match="64 hex"):
        cache.path_for("../../etc/passwd")


def test_freeing_a_picture_frees_its_display_copy(store: LocalStore, cache: MediaCache) -> None:
    seed_world(store)
    cache.download_all("s1")
    path = cache.path_for(IMAGE_A[0])
    assert path is not None
    copy = path.with_name(path.name + DISPLAY_COPY_SUFFIX)  # as desktop.pictures makes it
    copy.write_bytes(b"\x89PNG display copy")
    freed = cache.clear_all()
    assert not copy.exists() and not path.exists()
    assert freed >= len(b"\x89PNG display copy") + len(IMAGE_A[1])
