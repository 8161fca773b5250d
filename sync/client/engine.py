"""The sync engine: push the outbox, pull deltas, refresh local derived state.

A round for one signed-in user (``SyncEngine.sync_user``) is a sequence of stages. The stage
reached and the round's status (``Status``: started, completed, errored) are saved apart in
the local store as each changes (``SyncEngine.round_state``), so a failed round says where it
failed, and one cut short by a killed process is seen as such by the next
(``RoundReport.resumed_from``). Each step's result is written to the local store before the
next starts, so the process may die anywhere and the next round simply continues. A new round
always starts at ``HELLO`` (the server may have been updated in between), and every later
stage continues from its own saved state, not from the saved stage: a push cut short sends
only what the outbox still holds (answered batches have left it), a pull continues after the
cursor of its last applied page, ``DERIVE`` redoes the modules saved as dirty. So after a
restart nothing done is done again but the hello, the push batches whose answers had not been
applied (the server counts them as duplicates), one pull request and the reports:

1. ``HELLO``  — ask the server which protocol it speaks; refuse clearly if we are too old.
2. ``PUSH``   — send pending events in batches (each batch is on disk, by a durable commit,
   before it leaves; two requests in flight); apply the per-item results in the order the
   batches were sent: accepted/duplicate -> ``synced`` with the server's timestamp,
   rejected -> ``rejected`` with the reason (kept, visible, exportable; never dropped).
   Events travel as arrays to a server with ``push.rows.v1`` (objects otherwise).
   A server with ``push.exceptions.v1`` is asked to list only the exceptions; an event it
   does not list was stored with the timestamp it was sent with, and the answer's counts
   must account for every event of the batch before anything is marked.
   Pushing is idempotent by event uuid, so re-sending after a crash is harmless.
3. ``PULL``   — fetch pages after the stored cursor; each page and its cursor are applied in
   one local transaction.
4. ``DERIVE`` — recompute the progress cache of every module whose events or content changed,
   with the same pure fold the server uses. (``PUSH`` already refreshes the modules whose
   events are all answered while later batches are on their way; those the pull did not
   touch afterwards are not folded again.)
5. ``REPORTS`` — (faculty) read every report whole into a new snapshot, shown once complete;
   a snapshot read half-way is dropped and read again from its first page.
6. ``DONE``.

A kiosk (``LocalStore.kiosk()``) first fetches its roster (``SyncEngine.sync_kiosk``): each
roster student becomes a user of the device that syncs with the kiosk's credential, their
pulls name them (``PullRequest.student_id``) and their pushes carry the PIN proofs of the
sittings their events were recorded in (``sync.client.kiosk.session_proofs``).

A busy server answers 503 with ``Retry-After``: the request is sent again after that many
seconds times a random factor in [0.5, 1.5) (so a thousand devices told the same second do
not all come back together), up to ``BUSY_RETRY_SECONDS`` of waiting in all; then the round
fails with ``ServerError`` and the app tries again later. ``close()`` ends a wait at once.

A copied store (a cloned disk image, a backup restored after the original went on
recording) numbers its events like the original, and a pull never returns the events that
carry the puller's own device id. A server with ``device.identity.v1`` notices (a push
reusing a sequence number with another event, a pull whose ``device_next_seq`` is behind
what it holds for the id) and answers 409 ``device_identity_conflict``; the engine then
takes a new identity (``LocalStore.take_new_identity``: a new device id, the unacknowledged
events numbered again under it, every cursor cleared) and runs the push and pull again, so
this copy receives every event it lacks. A person's sign-in is not bound to the device id
and stays valid; a kiosk's credential is, so a copied kiosk is asked to be enrolled again.

Errors (the root is ``SyncError``)::

    SyncError
    ├── OfflineError        the server cannot be reached (no network, refused, timed out)
    ├── AuthError           the sign-in is no longer valid (revoked, expired): sign in again
    ├── ClientTooOldError   the server no longer speaks our protocol: update the app
    ├── ServerError         the server answered with an error (5xx, or a malformed reply)
    │   └── NotFoundError   the server has no such resource (404; an older server's reports)
    └── IdentityConflictError  another copy of this store used its device id; handled by
                            taking a new one, raised only when that cannot help (a copied
                            kiosk must be enrolled again)
"""

from __future__ import annotations

import logging
import random
import threading
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from enum import StrEnum
from typing import Any, Final, Protocol, TypeVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel, ValidationError
from pydantic_core import to_json

from local_store import (
    EVENT_WIRE_KEYS,
    AssignmentRecord,
    EventRecord,
    LocalStore,
    ModuleRecord,
    RosterChange,
    RosterStudent,
    SectionRecord,
    StoreError,
    UserRecord,
)
from sync.client.local_progress import refresh_progress_of
from sync.client.settings_keys import reports_error_key
from sync.rules.protocol import (
    DEVICE_IDENTITY_CONFLICT,
    EVENT_ROW_FIELDS,
    PROTOCOL_VERSION,
    REPORT_KINDS,
    Hello,
    ModuleOut,
    PullRequest,
    PullResponse,
    PushAnswer,
    PushResponse,
    ReportPage,
    RosterRequest,
    RosterResponse,
    error_code,
    error_message,
)
from sync.rules.reports import PAGE_SIZE as REPORT_PAGE_SIZE
from sync.rules.reports import Facets, check_row
from sync.rules.timeutil import utcnow as utcnow

__all__ = [
    "AuthError",
    "ClientTooOldError",
    "IdentityConflictError",
    "NotFoundError",
    "OfflineError",
    "RoundReport",
    "RoundState",
    "ServerError",
    "Stage",
    "Status",
    "SyncEngine",
    "SyncError",
    "refresh_progress",
]

log = logging.getLogger("frames.sync")

# Push requests in flight at once: one being answered while the next is on its way.
PUSH_IN_FLIGHT = 2
# How long one request waits in all for a busy server (503 + Retry-After) before giving up.
BUSY_RETRY_SECONDS: Final = 600.0
_MAX_RETRY_AFTER: Final = 120.0
# An outbox event on its way: (uuid, module_id, device_seq, its wire JSON text).
_Outgoing = tuple[str, str, int, str]
# Store field name -> wire key, where they differ (``EventIn``).
_WIRE_KEYS = EVENT_WIRE_KEYS
# The store's columns in the order of an ``EventRow`` (``push.rows.v1``).
_ROW_COLUMNS = tuple({v: k for k, v in _WIRE_KEYS.items()}.get(f, f) for f in EVENT_ROW_FIELDS)
_M = TypeVar("_M", bound=BaseModel)


class _Caller(Protocol):
    """Who a request is made as: a signed-in user or the kiosk itself."""

    @property
    def server_url(self) -> str: ...

    @property
    def token(self) -> str | None: ...


class SyncError(Exception):
    """Root of sync failures; ``str()`` is a sentence a person can read. ``code``: the
    server's error code when the server answered with one (the app words it)."""

    code: str | None = None


class OfflineError(SyncError):
    """Raised when the server cannot be reached at all."""


class AuthError(SyncError):
    """Raised when the server refuses the stored sign-in (revoked, expired, disabled)."""


class ClientTooOldError(SyncError):
    """Raised when the server needs a newer protocol than this app speaks."""


class ServerError(SyncError):
    """Raised when the server answers with an error or something that is not the protocol."""


class NotFoundError(ServerError):
    """Raised when the server answers 404: no such resource, or an endpoint an older server
    does not have (the reports)."""


class IdentityConflictError(SyncError):
    """Raised when the server says another copy of this device's store used its device id
    (409 ``device_identity_conflict``). ``SyncEngine.sync_user`` handles it by taking a new
    identity; it reaches the caller only when that cannot help: a second conflict, or a
    kiosk, whose credential is bound to the id it gave up."""


class Stage(StrEnum):
    """Where a round is (saved under ``sync.stage.<user id>``)."""

    IDLE = "idle"
    HELLO = "hello"
    PUSH = "push"
    PULL = "pull"
    DERIVE = "derive"
    REPORTS = "reports"
    DONE = "done"


class Status(StrEnum):
    """How a round is going (saved under ``sync.status.<user id>``): ``STARTED`` until it
    ends; left so by a process that died in it."""

    STARTED = "started"
    COMPLETED = "completed"
    ERRORED = "errored"


@dataclass(frozen=True, slots=True)
class RoundState:
    """The stage a user's last round reached and its status (``ERRORED``: it failed there)."""

    stage: Stage
    status: Status


@dataclass
class RoundReport:
    """What one round did, for status displays and tests."""

    user_id: str
    pushed: int = 0
    duplicates: int = 0
    rejected: int = 0
    pages: int = 0
    modules_changed: int = 0
    modules_removed: int = 0
    events_pulled: int = 0
    requests: int = 0
    rejected_reasons: list[str] = field(default_factory=list)
    new_device_id: str | None = None  # set when the round took a new device identity
    reports: dict[str, int] = field(default_factory=dict)  # kind -> rows kept (faculty)
    reports_error: str | None = None  # why the reports were not read (the round succeeded)
    # The stage where the round before this one stopped without completing (it failed, or
    # its process died), None after a completed one; this round continued from there.
    resumed_from: Stage | None = None


_UNDERSTOOD: Final = frozenset({"baseline.v1"})
"""The server's pull capabilities this client asks for when the server offers them."""


class SyncEngine:
    """Syncs the users signed in on one device. Runs on a worker thread, never the UI's."""

    def __init__(
        self,
        store: LocalStore,
        *,
        http: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        push_batch: int = 1000,
        pull_limit: int = 200,
        timeout: float = 30.0,
        on_stage: Callable[[str, Stage, Status], None] | None = None,
    ) -> None:
        self.store = store
        self._http = http or httpx.Client(timeout=timeout, transport=transport)
        self._own_http = http is None
        self.push_batch = push_batch
        self.pull_limit = pull_limit
        self._on_stage = on_stage or (lambda _u, _s, _t: None)
        self._closed = threading.Event()
        self._jitter = random.Random()
        self._reached: dict[str, Stage] = {}  # user id -> the stage their round is in
        self.busy_answers = 0  # 503s this engine waited out (for status displays and tests)

    def close(self) -> None:
        """Stop: a wait for a busy server ends at once (the round then fails)."""
        self._closed.set()
        if self._own_http:
            self._http.close()

    # -- HTTP --------------------------------------------------------------------------------

    def _request(
        self,
        user: _Caller,
        method: str,
        path: str,
        model: type[_M],
        body: Any = None,
        *,
        content: bytes | None = None,
    ) -> _M:
        url = user.server_url.rstrip("/") + path
        headers = {"Authorization": f"Bearer {user.token}"} if user.token else {}
        if content is not None:
            headers["Content-Type"] = "application/json"
        waited = 0.0
        while True:
            try:
                resp = self._http.request(method, url, json=body, content=content, headers=headers)
            except httpx.TransportError as exc:
                raise OfflineError(f"cannot reach the server at {user.server_url}") from exc
            if resp.status_code != 503:
                break
            pause = _retry_after(resp) * (0.5 + self._jitter.random())
            if waited + pause > BUSY_RETRY_SECONDS or self._closed.is_set():
                raise ServerError(f"the server is busy: {_message(resp)}")
            self.busy_answers += 1
            waited += pause
            if self._closed.wait(pause):
                raise ServerError("sync stopped while the server was busy")
        if resp.status_code >= 400:
            raise _refused(resp, user.server_url)
        try:
            return model.model_validate_json(resp.content)
        except ValidationError as exc:
            raise ServerError(f"the server's answer to {path} was not understood") from exc

    def reachable(self, server_url: str, *, timeout: float = 3.0) -> bool:
        """Whether the server answers ``GET /health`` with 200 within ``timeout`` seconds: a
        cheap probe while offline (no sign-in; the answer is a few hundred bytes)."""
        try:
            resp = self._http.get(server_url.rstrip("/") + "/health", timeout=timeout)
        except httpx.HTTPError:
            return False
        return resp.status_code == 200

    # -- a kiosk's roster ---------------------------------------------------------------------

    def sync_kiosk(self) -> RosterChange | None:
        """Fetch the kiosk's roster and make it this device's set of users (``None``: this
        device is not a kiosk). Tells the server how much the kiosk still holds.

        A refused credential (the kiosk was revoked) is remembered in the store, so the
        kiosk can say so while offline too, and raised as ``AuthError``.
        """
        kiosk = self.store.kiosk()
        if kiosk is None:
            return None
        if not kiosk.token:
            raise AuthError(
                "this kiosk's credential is not on this machine (its data folder was copied "
                "here?): staff must enrol it again"
            )
        request = RosterRequest(
            protocol_version=PROTOCOL_VERSION,
            device_id=self.store.device_id,
            pending_events=self.store.pending_count(),
        )
        try:
            roster = self._request(
                kiosk, "POST", "/v1/kiosk/roster", RosterResponse, request.model_dump(mode="json")
            )
        except AuthError:
            self.store.set_kiosk_revoked(utcnow())
            raise
        return self.store.replace_roster(
            [
                RosterStudent(
                    student_id=s.student_id,
                    name=s.name,
                    team_id=s.team_id,
                    team_name=s.team_name,
                    pin_box=s.pin_box,
                )
                for s in roster.students
            ],
            synced_at=utcnow(),
        )

    # -- a round -----------------------------------------------------------------------------

    def sync_user(self, user_id: str) -> RoundReport:
        user = self.store.get_user(user_id)
        if user is None:
            raise SyncError(f"no signed-in user {user_id!r} on this device")
        if not user.token:
            raise AuthError("signed out on this device: sign in again to sync")
        report = RoundReport(user_id=user_id)
        before = self.round_state(user_id)
        if before is not None and before.status != Status.COMPLETED:
            report.resumed_from = before.stage
            log.info(
                "the last round of %s stopped in %s (%s)", user_id, before.stage, before.status
            )
        self._set_status(user_id, Status.STARTED)
        try:
            self._stage(user_id, Stage.HELLO)
            hello = self._request(user, "GET", "/v1/sync/hello", Hello)
            report.requests += 1
            if PROTOCOL_VERSION < hello.min_protocol_version:
                raise ClientTooOldError(
                    f"this app speaks sync protocol {PROTOCOL_VERSION} but the server needs "
                    f"{hello.min_protocol_version} or newer: please update FRAMES LMS"
                )
            server = frozenset(hello.capabilities)
            try:
                fresh, pulled = self._exchange(user, report, server=server)
            except IdentityConflictError:
                # A copy of this store synced under the same device id: become a device of
                # our own, then send and fetch again (a second conflict is raised).
                self._take_new_identity(report)
                fresh, pulled = self._exchange(user, report, server=server)
            self._stage(user_id, Stage.DERIVE)
            # Modules marked dirty by this round or by a round that died before this stage,
            # less those the push already refreshed and nothing changed since.
            refresh_progress(self.store, user_id, self._dirty(user_id) - (fresh - pulled))
            self.store.set_setting(f"sync.dirty.{user_id}", [])
            if user.role in ("faculty", "admin") and self.store.kiosk() is None:
                self._stage(user_id, Stage.REPORTS)
                self._reports(user, report)
                # why the reports on this device are older than this sync (None: they are not)
                self.store.set_setting(reports_error_key(user_id), report.reports_error)
            self._set_status(user_id, Status.COMPLETED)
            self._stage(user_id, Stage.DONE, Status.COMPLETED)
        except BaseException:
            self._set_status(user_id, Status.ERRORED)
            self._on_stage(user_id, self._reached.get(user_id, Stage.HELLO), Status.ERRORED)
            raise
        return report

    def round_state(self, user_id: str) -> RoundState | None:
        """The stage this user's last round reached and how it ended (``STARTED``: its
        process died in it), or None if they never synced here."""
        stage = self.store.get_setting(f"sync.stage.{user_id}")
        status = self.store.get_setting(f"sync.status.{user_id}")
        if stage not in set(Stage) or status not in set(Status):
            return None
        return RoundState(Stage(str(stage)), Status(str(status)))

    def _exchange(
        self, user: UserRecord, report: RoundReport, *, server: frozenset[str]
    ) -> tuple[set[str], set[str]]:
        """``PUSH`` then ``PULL``; the modules the push refreshed and those the pull touched."""
        self._stage(user.user_id, Stage.PUSH)
        fresh = self._push(user, report, server=server)
        self._stage(user.user_id, Stage.PULL)
        pulled = set() if self._off_roster(user) else self._pull(user, report, server=server)
        return fresh, pulled

    def _take_new_identity(self, report: RoundReport) -> None:
        change = self.store.take_new_identity()
        report.new_device_id = change.new_device_id
        log.warning(
            "another copy of this store synced as device %s: this one is now device %s "
            "(%d unsynced events numbered again); pulling everything again",
            change.old_device_id,
            change.new_device_id,
            change.restamped,
        )
        if self.store.kiosk() is not None:
            raise IdentityConflictError(
                "this kiosk's data was copied from another kiosk (a cloned image or a "
                "restored backup), so it now has a device identity of its own and its "
                "credential no longer fits: enrol it again on the staff page (its unsynced "
                "work is kept and syncs afterwards)"
            )

    def _off_roster(self, user: UserRecord) -> bool:
        """A student who left this kiosk's roster with work still to send: their events are
        pushed (the server says per item why it refuses them), but nothing is pulled."""
        kiosk = self.store.kiosk()
        return (
            kiosk is not None
            and user.token == kiosk.token
            and self.store.roster_student(user.user_id) is None
        )

    def _dirty(self, user_id: str) -> set[str]:
        return {str(m) for m in self.store.get_setting(f"sync.dirty.{user_id}", []) or []}

    def _mark_dirty(self, user_id: str, modules: set[str], *, durable: bool = False) -> None:
        """Remember (before the next step) which modules need their progress redone.

        ``durable``: write even if nothing is new, with a commit that puts this and every
        earlier write on disk (``LocalStore.set_setting``)."""
        if modules - (known := self._dirty(user_id)) or durable:
            self.store.set_setting(
                f"sync.dirty.{user_id}", sorted(known | modules), durable=durable
            )

    def _stage(self, user_id: str, stage: Stage, status: Status = Status.STARTED) -> None:
        self._reached[user_id] = stage
        self.store.set_setting(f"sync.stage.{user_id}", str(stage))
        self._on_stage(user_id, stage, status)

    def _set_status(self, user_id: str, status: Status) -> None:
        self.store.set_setting(f"sync.status.{user_id}", str(status))

    def _push(self, user: UserRecord, report: RoundReport, *, server: frozenset[str]) -> set[str]:
        """Send the outbox in batches, ``PUSH_IN_FLIGHT`` requests in flight while the next is
        prepared and the oldest answer is applied, so the device's work, the server's and its
        database's overlap. Answers are applied in the order the batches were sent.

        Returns the modules whose progress it refreshed after their last answered event: a
        module none of whose events is in flight or read ahead is refreshed as soon as its
        answers are applied, while the server works on later batches (one that still had
        events further in the outbox is refreshed again, or left to ``DERIVE``).
        """
        fresh: set[str] = set()
        kiosk = self.store.kiosk()
        on_behalf = kiosk is not None and user.token == kiosk.token
        # What the server speaks beyond push.v1: events as arrays, answers of exceptions only.
        as_rows = "push.rows.v1" in server
        listing: PushAnswer = "exceptions" if "push.exceptions.v1" in server else "all"
        # A kiosk's last request says how much it still holds once it is answered: the
        # figure staff see (`frames-server kiosks list`), which the roster call before the
        # push could only give as it was before.
        report_pending = "push.pending.v1" in server and kiosk is not None
        with ThreadPoolExecutor(
            max_workers=PUSH_IN_FLIGHT, thread_name_prefix="frames-push"
        ) as pool:
            flying: deque[tuple[list[_Outgoing], Future[PushResponse]]] = deque()
            # Read one batch ahead of the one sent, from where the last read ended: reads
            # are even (no stall to read many batches at once), and a module that continues
            # in the next batch is not refreshed before its last events are answered.
            window: list[_Outgoing] = []
            after: tuple[int, str] | None = None
            exhausted = False
            while True:
                if len(window) < 2 * self.push_batch and not exhausted:
                    limit = 2 * self.push_batch - len(window)
                    read = (
                        self.store.pending_rows(
                            user.user_id, limit=limit, columns=_ROW_COLUMNS, after=after
                        )
                        if as_rows
                        else self.store.pending_json(
                            user.user_id, limit=limit, keys=_WIRE_KEYS, after=after
                        )
                    )
                    exhausted = len(read) < limit
                    if read:
                        after = (read[-1][2], read[-1][0])
                        window += read
                batch, window = window[: self.push_batch], window[self.push_batch :]
                if batch:
                    pending_after = None
                    if report_pending and exhausted and not window:
                        in_flight = len(batch) + sum(len(b) for b, _ in flying)
                        pending_after = max(0, self.store.pending_count() - in_flight)
                    content = self._push_body(
                        user,
                        batch,
                        listing=listing,
                        as_rows=as_rows,
                        pending_after=pending_after,
                        proofs=on_behalf,
                    )
                    future = pool.submit(
                        self._request, user, "POST", "/v1/sync/push", PushResponse, content=content
                    )
                    flying.append((batch, future))
                    report.requests += 1
                if not flying:
                    return fresh
                if not batch or len(flying) >= PUSH_IN_FLIGHT:
                    sent, answer = flying.popleft()
                    try:
                        result = answer.result()
                    except IdentityConflictError:
                        # Batches still in flight may have been stored under the old
                        # identity: mark those, so they are not numbered again.
                        self._settle(user.user_id, flying, report)
                        raise
                    self._apply_push(user.user_id, sent, result, report)
                    answered = {e[1] for e in sent}
                    ahead = {e[1] for b, _ in flying for e in b} | {e[1] for e in window}
                    refresh_progress(self.store, user.user_id, answered - ahead)
                    fresh = (fresh - answered) | (answered - ahead)

    def _settle(
        self,
        owner: str,
        flying: deque[tuple[list[_Outgoing], Future[PushResponse]]],
        report: RoundReport,
    ) -> None:
        """Apply the answers of the requests still in flight that succeeded (the others'
        events stay in the outbox)."""
        while flying:
            sent, answer = flying.popleft()
            try:
                self._apply_push(owner, sent, answer.result(), report)
            except SyncError:
                log.debug("a push in flight failed too", exc_info=True)

    def _push_body(
        self,
        user: UserRecord,
        batch: list[_Outgoing],
        *,
        listing: PushAnswer = "all",
        as_rows: bool = False,
        pending_after: int | None = None,
        proofs: bool = False,
    ) -> bytes:
        # Durable before it leaves the device: this commit (synchronous=FULL) also puts every
        # recorded event on disk.
        self._mark_dirty(user.user_id, {e[1] for e in batch}, durable=True)
        # The events as the store wrote them (JSON arrays in EventRow order, or objects with
        # the wire's keys), spliced into the envelope: the server validates every item anyway.
        envelope: dict[str, Any] = {
            "kind": "push",
            "protocol_version": PROTOCOL_VERSION,
            "device_id": self.store.device_id,
            "device_time": utcnow(),
            "answer": listing,  # "exceptions": the server lists only what needs telling
        }
        if pending_after is not None:
            envelope["pending_after"] = pending_after
        if proofs:
            # A kiosk pushes a student's events with the PIN proofs of their sittings (read
            # after the batch: a sitting's proof is kept before its first event).
            from sync.client.kiosk import session_proofs

            envelope["proofs"] = [p.model_dump() for p in session_proofs(self.store, user.user_id)]
        head = to_json(envelope)
        events = ",".join(e[3] for e in batch).encode()
        key = b',"rows":[' if as_rows else b',"events":['
        return b"".join((head[:-1], key, events, b"]}"))

    def _apply_push(
        self, owner: str, batch: list[_Outgoing], result: PushResponse, report: RoundReport
    ) -> None:
        """Mark the batch's events as the answer says. Nothing is marked unless the answer
        is about this batch: every listed item is one of its events and, when only the
        exceptions are listed, the counts account for every event and agree with the items
        listed (the rest were accepted with the timestamp they were sent with)."""
        sent = dict.fromkeys(e[0] for e in batch)
        if any(item.uuid not in sent for item in result.results) or (
            result.listed == "all" and batch and not result.results
        ):
            raise ServerError("the server answered a push about other events than it was sent")
        exceptions = result.listed == "exceptions"
        rejected = [item for item in result.results if item.status == "rejected"]
        duplicates = sum(1 for item in result.results if item.status == "duplicate")
        if exceptions and (
            result.accepted + result.duplicates + result.rejected != len(sent)
            or (len(rejected), duplicates) != (result.rejected, result.duplicates)
        ):
            raise ServerError("the server's answer to a push does not account for every event")
        for item in rejected:
            self.store.mark_rejected(item.uuid, item.reason or "rejected by the server")
            report.rejected_reasons.append(item.reason or "")
        if exceptions:
            # Every event not rejected leaves the outbox; those stored with another
            # timestamp than they were sent with take the server's.
            refused = {item.uuid for item in rejected}
            self.store.mark_batch_synced(
                owner,
                [(e[2], e[0]) for e in batch if e[0] not in refused],
                [
                    (item.uuid, item.server_timestamp)
                    for item in result.results
                    if item.status != "rejected" and item.server_timestamp is not None
                ],
            )
        else:
            self.store.mark_synced(
                (item.uuid, item.server_timestamp)
                for item in result.results
                if item.status != "rejected"
            )
        report.pushed += result.accepted
        report.duplicates += result.duplicates
        report.rejected += result.rejected

    def _pull(
        self, user: UserRecord, report: RoundReport, *, server: frozenset[str] = frozenset()
    ) -> set[str]:
        """Apply the pages after the stored cursor; return the modules they touched."""
        touched: set[str] = set()
        cursor = self.store.get_cursor(user.user_id)
        kiosk = self.store.kiosk()
        # A roster student on a kiosk: the kiosk's credential pulls on their behalf.
        on_behalf = kiosk is not None and user.token == kiosk.token
        # Read after this device's pushes: every event it sent has a lower number, so a
        # higher one on the server comes from a copy of this store.
        counter = self.store.device_next_seq() if "device.identity.v1" in server else None
        for _ in range(100_000):
            request = PullRequest(
                protocol_version=PROTOCOL_VERSION,
                device_id=self.store.device_id,
                cursor=cursor,
                limit=self.pull_limit,
                student_id=user.user_id if on_behalf else None,
                device_next_seq=counter,
                capabilities=sorted(_UNDERSTOOD & server),
            )
            page = self._request(
                user,
                "POST",
                "/v1/sync/pull",
                PullResponse,
                request.model_dump(mode="json", exclude_none=True),
            )
            report.requests += 1
            report.pages += 1
            changed = (
                {m.module_id for m in page.modules}
                | {e.module_id for e in page.events}
                | {b.module_id for b in page.baselines}
            )
            self._mark_dirty(user.user_id, changed)
            touched |= changed
            self.store.apply_changes(
                user.user_id,
                modules=[_module_record(m) for m in page.modules],
                assignments=[
                    AssignmentRecord(
                        module_id=a.module_id,
                        assignment_type=a.assignment_type,
                        due_date=a.due_date,
                        assigned_at=a.assigned_at,
                    )
                    for a in page.assignments
                ],
                removed_modules=page.removed_modules,
                events=[_event_record(user.user_id, e) for e in page.events],
                baselines={b.module_id: b.baseline for b in page.baselines},
                cursor=page.cursor,
                synced_at=utcnow(),
            )
            report.modules_changed += len(page.modules)
            report.modules_removed += len(page.removed_modules)
            report.events_pulled += len(page.events)
            cursor = page.cursor
            if not page.has_more:
                return touched
        raise ServerError("the server kept sending pages without end")

    # -- reports (faculty) ---------------------------------------------------------------

    def _reports(self, user: UserRecord, report: RoundReport) -> None:
        """Read every report kind; a failure is logged and reported, never raised."""
        for kind in REPORT_KINDS:
            try:
                report.reports[kind] = self._report(user, kind, report)
            except NotFoundError:
                log.info("the server at %s has no reports: skipped", user.server_url)
                report.reports_error = "this server does not offer reports yet"
                return
            except (SyncError, StoreError) as exc:
                log.warning("could not read the %s report: %s", kind, exc)
                report.reports_error = f"the {kind} report could not be read: {exc}"
                return

    def _report(self, user: UserRecord, kind: str, report: RoundReport) -> int:
        """Read one report whole into a new snapshot and switch to it; its row count."""
        generation = self.store.begin_report(user.user_id, kind)
        facets = Facets(kind)
        after: str | None = None
        as_of: datetime | None = None
        count = 0
        for _ in range(100_000):
            query = f"?page_size={REPORT_PAGE_SIZE}" + (
                f"&after={quote(after, safe='')}" if after else ""
            )
            page = self._request(user, "GET", f"/v1/reports/{kind}{query}", ReportPage)
            report.requests += 1
            if page.kind != kind:
                raise ServerError(f"asked for the {kind} report, the server sent {page.kind}")
            try:
                rows = [check_row(kind, row) for row in page.rows]
            except ValueError as exc:
                raise ServerError(f"a row of the {kind} report was not understood") from exc
            for row in rows:
                facets.add(row)
            count = self.store.add_report_rows(
                user.user_id, kind, generation=generation, start=count, rows=rows
            )
            as_of = as_of or page.as_of
            if page.next is None:
                self.store.commit_report(
                    user.user_id,
                    kind,
                    generation=generation,
                    as_of=as_of,
                    facets=facets.as_json(),
                )
                return count
            if page.next == after:
                break
            after = page.next
        raise ServerError(f"the server kept sending pages of the {kind} report without end")


def refresh_progress(store: LocalStore, owner: str, module_ids: Iterable[str]) -> None:
    """Recompute the cached progress of these modules from every event the device has."""
    for slug in sorted(set(module_ids)):
        sections = store.section_rules(owner, slug)
        if sections is not None:
            refresh_progress_of(store, owner=owner, module_id=slug, section_numbers=sections)


def _retry_after(resp: httpx.Response) -> float:
    """The seconds a 503 asks to wait (``Retry-After``: seconds or an HTTP date), 1 if it
    says nothing usable, never more than two minutes."""
    value = resp.headers.get("retry-after", "").strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
            seconds = (when - datetime.now(when.tzinfo or UTC)).total_seconds()
        except (TypeError, ValueError):
            seconds = 1.0
    return min(max(seconds, 0.1), _MAX_RETRY_AFTER) if seconds == seconds else 1.0


def _refused(resp: httpx.Response, server_url: str) -> SyncError:
    """The typed error for an error answer, carrying the server's code."""
    error: SyncError
    if resp.status_code == 401:
        error = AuthError(f"{_message(resp)} (server {server_url})")
    elif resp.status_code == 426:
        error = ClientTooOldError(_message(resp))
    elif resp.status_code == 409 and error_code(resp.content) == DEVICE_IDENTITY_CONFLICT:
        error = IdentityConflictError(_message(resp))
    elif resp.status_code == 404:
        error = NotFoundError(f"the server answered 404: {_message(resp)}")
    else:
        error = ServerError(f"the server answered {resp.status_code}: {_message(resp)}")
    error.code = error_code(resp.content)
    return error


def _message(resp: httpx.Response) -> str:
    return error_message(resp.content) or resp.reason_phrase or f"HTTP {resp.status_code}"


def _event_wire(e: EventRecord) -> dict[str, Any]:
    return {key: getattr(e, name) for name, key in zip(_ROW_COLUMNS, EVENT_ROW_FIELDS, strict=True)}


def _event_record(owner: str, e: Any) -> EventRecord:
    return EventRecord(
        uuid=e.uuid,
        owner=owner,
        module_id=e.module_id,
        event_type=e.event_type,
        event_data=e.event_data,
        section_number=e.section_number,
        session_id=e.session_id,
        device_type=e.device_type,
        device_id=e.device_id or "legacy",
        device_seq=e.device_seq or 0,
        client_ts=e.client_timestamp or e.server_timestamp,
        time_elapsed_seconds=e.time_elapsed_seconds,
        origin="remote",
        state="synced",
        server_ts=e.server_timestamp,
    )


def _module_record(m: ModuleOut) -> ModuleRecord:
    return ModuleRecord(
        module_id=m.module_id,
        title=m.title,
        description=m.description,
        category=m.category,
        tags=tuple(str(t) for t in m.tags),
        prerequisites=tuple(str(p) for p in m.prerequisites),
        related_modules=tuple(str(r) for r in m.related_modules),
        estimated_minutes=m.estimated_minutes,
        status=m.status,
        revision=m.revision,
        updated_at=m.updated_at,
        published_at=m.published_at,
        university_id=m.university_id,
        module_type=m.module_type or "text",
        difficulty_level=m.difficulty_level,
        interaction_level=m.interaction_level,
        required_components=tuple(m.required_components),
        adaptive_config=m.adaptive_config,
        sections=tuple(
            SectionRecord(
                section_number=s.section_number,
                section_type=s.section_type,
                content=s.content,
                title=s.title,
                media_url=s.media_url,
                duration_seconds=s.duration_seconds,
                section_config=s.section_config,
                completion_criteria=s.completion_criteria,
                media_sha256=s.media_sha256,
                media_size=s.media_size,
            )
            for s in m.sections
        ),
    )
