"""Pull: cursor-based deltas of everything in the caller's scope.

A cursor names a window of change sequences ``[since, until)`` of one epoch, and how far into
it the client has read. The first page of a round fixes ``until`` at the horizon of its
snapshot (``server_api.changes``: every change below it has ended and is visible); every page
reads in its own REPEATABLE READ snapshot and only rows with a sequence in the window, so a
row changed again meanwhile (now at or above ``until``) comes in the next round, never lost,
and a slower transaction that commits later falls in the next window too.

Phases: ``modules`` (keyset on module pk), then ``events`` (keyset on ``(change_seq, id)``,
read in that order from the index, so a long history pages without re-reading or re-sorting
the window; students only; the round's first events page also carries the student's
baselines, and rides along with the last modules page, so a student's round of a few
modules and events is one request). A module enters the round when it changed, when an
assignment that reaches the caller changed, or when a tombstone that concerns the caller was
written; it is then sent if visible and announced as removed if not.

Nothing new is one small request: the horizon has not moved past ``since``, or none of the
caller's scopes (their own, their team's, their university's, global) was written into since
``since`` (``server_api.changes.scopes_changed``): a push by another student costs this
device nothing. A cursor of another epoch or an older form starts over from the beginning
(idempotent on the device).

An events page ends at ``limit × 25`` events or once it holds ``PULL_PAGE_BYTES`` of
them, whichever comes first: rows are read in chunks and the page stops there, so a student
who stored large events cannot make the server build a huge answer in memory.
"""

from __future__ import annotations

import base64
import binascii
import json
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Engine, String, Text, and_, func, literal, or_, select, tuple_
from sqlalchemy import cast as sql_cast
from sqlalchemy.orm import Session

from server_api.auth.service import Principal
from server_api.changes import horizon, scopes_changed, scopes_of_student
from server_api.errors import BadRequest
from server_api.models import (
    MediaFile,
    Module,
    ModuleAnalyticsEvent,
    ModuleAssignment,
    ModuleSection,
    ProgressBaseline,
    Tombstone,
)
from server_api.modules.scope import assignment_applies_to, module_visible
from server_api.sync_api.push import check_protocol
from server_api.timeutil import utcnow
from sync.rules.protocol import (
    AssignmentOut,
    BaselineOut,
    EventOut,
    ModuleOut,
    PullRequest,
    PullResponse,
    SectionOut,
)

__all__ = ["PULL_PAGE_BYTES", "Cursor", "pull"]

_VERSION = 2
_START = -1  # below every sequence: a first pull's window starts here
PULL_PAGE_BYTES = 4 * 1024 * 1024
"""Roughly how much event JSON one pull page holds at most (one event more at worst)."""
_READ_CHUNK = 200


@dataclass(frozen=True, slots=True)
class Cursor:
    since: int
    epoch: int = 0
    until: int | None = None
    phase: str = "modules"
    after: tuple[int, int] = (0, 0)

    def encode(self) -> str:
        raw = json.dumps(
            [_VERSION, self.epoch, self.since, self.until, self.phase, list(self.after)]
        )
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    @classmethod
    def decode(cls, text: str | None) -> Cursor:
        if not text:
            return cls(since=_START)
        try:
            padded = text + "=" * (-len(text) % 4)
            parts = json.loads(base64.urlsafe_b64decode(padded))
            if parts[0] == 1:  # the form before change sequences were transaction ids
                return cls(since=_START)
            version, epoch, since, until, phase, (seq, pk) = parts
            if version != _VERSION or phase not in ("modules", "events"):
                raise ValueError(phase)
            values = [int(epoch), int(since), int(seq), int(pk)]
            if until is not None:
                values.append(int(until))
            if any(not -1 <= v < 2**63 for v in values):
                raise ValueError(values)
            return cls(
                int(since),
                int(epoch),
                None if until is None else int(until),
                str(phase),
                (int(seq), int(pk)),
            )
        except (ValueError, TypeError, binascii.Error, json.JSONDecodeError) as exc:
            raise BadRequest("invalid sync cursor: start again with an empty cursor") from exc


def _scopes(principal: Principal) -> list[str] | None:
    """What the caller's pull covers (``None``: everything, for admins)."""
    if principal.student_id is not None:
        return scopes_of_student(principal.student_id, principal.team_id, principal.university_id)
    if principal.role == "admin":
        return None
    return [
        "global",
        *([f"university:{principal.university_id}"] if principal.university_id else []),
    ]


def pull(engine: Engine, principal: Principal, request: PullRequest) -> bytes:
    """The answer to ``request`` as ``PullResponse`` JSON."""
    check_protocol(request.protocol_version)
    cursor = Cursor.decode(request.cursor)
    with Session(engine) as session, session.begin():
        if engine.dialect.name == "postgresql":
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        top, epoch = horizon(session)
        if cursor.epoch != epoch and cursor.since != _START:
            cursor = Cursor(since=_START)  # another epoch: start over
        now = utcnow()
        if cursor.until is None and (
            top <= cursor.since or not scopes_changed(session, _scopes(principal), cursor.since)
        ):
            return (
                PullResponse(
                    cursor=Cursor(since=max(cursor.since, top), epoch=epoch).encode(),
                    has_more=False,
                    server_time=now,
                )
                .model_dump_json()
                .encode()
            )
        until = cursor.until if cursor.until is not None else top
        window = (cursor.since, until)
        modules = _ModulesPage([], [], [], None)
        after = cursor.after
        if cursor.phase == "modules":
            modules = _modules_page(session, principal, window, cursor.after[1], request.limit)
            if modules.next_after is not None or principal.student_id is None:
                nxt = (
                    Cursor(cursor.since, epoch, until, "modules", (0, modules.next_after))
                    if modules.next_after is not None
                    else Cursor(since=until, epoch=epoch)
                )
                return _answer(nxt, modules, [], [], now)
            after = (0, 0)  # the modules are done: the first page of events comes along
        events, last = _events_page(
            session, principal, window, after, request.limit * 25, request.device_id
        )
        baselines = (
            _baselines(session, principal, window)
            if after == (0, 0) and "baseline.v1" in request.capabilities
            else []
        )
        nxt = (
            Cursor(cursor.since, epoch, until, "events", last)
            if last is not None
            else Cursor(since=until, epoch=epoch)
        )
        return _answer(nxt, modules, baselines, events, now)


def _answer(
    nxt: Cursor,
    modules: _ModulesPage,
    baselines: list[BaselineOut],
    events: list[str],
    now: datetime,
) -> bytes:
    """The ``PullResponse`` JSON; ``events`` as the database wrote them (``_event_json``),
    spliced in as the answer's last member."""
    head = PullResponse(
        cursor=nxt.encode(),
        has_more=nxt.until is not None,
        modules=modules.modules,
        removed_modules=modules.removed,
        assignments=modules.assignments,
        baselines=baselines,
        server_time=now,
    ).model_dump_json(exclude={"events"})
    return (head[:-1] + ',"events":[' + ",".join(events) + "]}").encode()


@dataclass
class _ModulesPage:
    modules: list[ModuleOut]
    removed: list[str]
    assignments: list[AssignmentOut]
    next_after: int | None


def _in_window(col: Any, window: tuple[int, int]) -> Any:
    return and_(col >= window[0], col < window[1])


def _candidates(
    session: Session, principal: Principal, window: tuple[int, int]
) -> tuple[set[int], set[str]]:
    """Module pks to reconsider in this window, and slugs of modules that no longer exist."""
    M, A, T = Module, ModuleAssignment, Tombstone
    pks: set[int] = set()
    if principal.role == "student":
        reaches = assignment_applies_to(principal)
        pks |= set(
            session.scalars(
                select(M.id).where(
                    _in_window(M.change_seq, window),
                    select(A.id).where(A.module_id == M.id, reaches).exists(),
                )
            )
        )
        pks |= set(
            session.scalars(select(A.module_id).where(_in_window(A.change_seq, window), reaches))
        )
        tomb_scope = or_(
            and_(
                T.entity == "assignment",
                or_(
                    T.student_id == principal.student_id,
                    and_(
                        T.student_id.is_(None),
                        T.team_id.is_not(None),
                        T.team_id == principal.team_id,
                    ),
                    and_(
                        T.student_id.is_(None),
                        T.team_id.is_(None),
                        T.university_id == principal.university_id,
                    ),
                ),
            ),
            and_(T.entity == "module", T.university_id == principal.university_id),
        )
    else:
        mine = module_visible(principal)
        pks |= set(session.scalars(select(M.id).where(_in_window(M.change_seq, window), mine)))
        tomb_scope = T.entity == "module"
        if principal.role != "admin":
            tomb_scope = and_(tomb_scope, T.university_id == principal.university_id)
    gone: set[str] = set()
    if window[0] != _START:  # a first sync has nothing to remove
        slugs = set(
            session.scalars(
                select(T.module_slug).where(_in_window(T.change_seq, window), tomb_scope)
            )
        )
        existing = dict(
            session.execute(select(M.module_id, M.id).where(M.module_id.in_(slugs))).all()
        )
        pks |= set(existing.values())
        gone = slugs - set(existing)
    return pks, gone


def _modules_page(
    session: Session, principal: Principal, window: tuple[int, int], after: int, limit: int
) -> _ModulesPage:
    pks, gone = _candidates(session, principal, window)
    todo = sorted(pk for pk in pks if pk > after)
    page_pks, rest = todo[:limit], todo[limit:]
    stamps = dict(
        session.execute(
            select(Module.id, Module.change_seq).where(
                Module.id.in_(page_pks), module_visible(principal)
            )
        ).all()
    )
    by_pk = _modules_out(session, stamps)
    removed = sorted(gone) if after == 0 else []
    if window[0] != _START:  # a first sync has nothing to remove, and must not name hidden ones
        removed += [
            slug
            for pk, slug in session.execute(
                select(Module.id, Module.module_id).where(Module.id.in_(page_pks))
            )
            if pk not in by_pk
        ]
    slugs = {pk: out.module_id for pk, out in by_pk.items()}
    assignments = _effective_assignments(session, principal, slugs) if principal.student_id else []
    modules = [by_pk[pk] for pk in page_pks if pk in by_pk]
    return _ModulesPage(modules, removed, assignments, page_pks[-1] if rest else None)


# The modules as sent, by pk: (when the entry expires, the module's change sequence, it).
# Every device of a university pulls the same modules, so a worker keeps what it made: an
# entry is only used for the very change sequence it was made from (any change to a module or
# its sections stamps a new one) and for at most a minute (a media file uploaded meanwhile
# gets its size and hash into the answer within that minute). Nothing else is kept.
_MODULES: dict[int, tuple[float, int, ModuleOut]] = {}
_MODULES_SECONDS = 60.0
_MODULES_MAX = 4096


def _modules_out(session: Session, stamps: dict[int, int]) -> dict[int, ModuleOut]:
    """``ModuleOut`` of each module pk at its change sequence (from the cache, or made)."""
    now = time.monotonic()
    out: dict[int, ModuleOut] = {}
    for pk, seq in stamps.items():
        found = _MODULES.get(pk)
        if found is not None and found[1] == seq and found[0] > now:
            out[pk] = found[2]
    missing = [pk for pk in stamps if pk not in out]
    if missing:
        rows = session.scalars(select(Module).where(Module.id.in_(missing))).all()
        sections = _sections(session, missing)
        if len(_MODULES) > _MODULES_MAX:
            _MODULES.clear()
        for m in rows:
            made = _module_out(m, sections[m.id])
            out[m.id] = made
            _MODULES[m.id] = (now + _MODULES_SECONDS, m.change_seq, made)
    return out


def _sections(session: Session, module_pks: list[int]) -> dict[int, list[SectionOut]]:
    out: dict[int, list[SectionOut]] = defaultdict(list)
    if not module_pks:
        return out
    rows = session.scalars(
        select(ModuleSection)
        .where(ModuleSection.module_id.in_(module_pks))
        .order_by(ModuleSection.module_id, ModuleSection.section_number)
    ).all()
    shas = {_sha_of(s.media_url) for s in rows} - {None}
    sizes = (
        dict(
            session.execute(
                select(MediaFile.sha256, MediaFile.size).where(MediaFile.sha256.in_(shas))
            ).all()
        )
        if shas
        else {}
    )
    for s in rows:
        sha = _sha_of(s.media_url)
        out[s.module_id].append(
            SectionOut(
                section_number=s.section_number,
                section_type=s.section_type,
                title=s.title,
                content=s.content,
                media_url=s.media_url,
                duration_seconds=s.duration_seconds,
                section_config=s.section_config,
                completion_criteria=s.completion_criteria,
                media_sha256=sha if sha in sizes else None,
                media_size=sizes.get(sha or ""),
            )
        )
    return out


def _sha_of(url: str | None) -> str | None:
    if not url or not url.startswith("/v1/media/"):
        return None
    sha = url.removeprefix("/v1/media/").split("/", 1)[0]
    return sha if len(sha) == 64 else None


def _module_out(m: Module, sections: list[SectionOut]) -> ModuleOut:
    return ModuleOut(
        module_id=m.module_id,
        title=m.title,
        description=m.description,
        category=m.category,
        tags=list(m.tags or []),
        prerequisites=list(m.prerequisites or []),
        related_modules=list(m.related_modules or []),
        estimated_minutes=m.estimated_minutes,
        status=m.status or "draft",
        revision=m.revision or 1,
        university_id=m.university_id,
        target_audience=m.target_audience,
        module_type=m.module_type,
        difficulty_level=m.difficulty_level,
        interaction_level=m.interaction_level,
        required_components=[str(c) for c in (m.required_components or [])],
        adaptive_config=m.adaptive_config if isinstance(m.adaptive_config, dict) else None,
        updated_at=m.updated_at,
        published_at=m.published_at,
        sections=sections,
    )


def _effective_assignments(
    session: Session, principal: Principal, modules: dict[int, str]
) -> list[AssignmentOut]:
    """The most specific assignment of each module: direct, then team, then university."""
    A = ModuleAssignment
    best: dict[int, tuple[int, AssignmentOut]] = {}
    for a in session.scalars(
        select(A).where(A.module_id.in_(list(modules)), assignment_applies_to(principal))
    ):
        rank, via = (
            (0, "student") if a.student_id else (1, "team") if a.team_id else (2, "university")
        )
        out = AssignmentOut(
            module_id=modules[a.module_id],
            assignment_type=a.assignment_type or "required",
            due_date=a.due_date,
            assigned_at=a.assigned_at,
            via=via,
        )
        if a.module_id not in best or rank < best[a.module_id][0]:
            best[a.module_id] = (rank, out)
    return [v[1] for _, v in sorted(best.items())]


def _baselines(
    session: Session, principal: Principal, window: tuple[int, int]
) -> list[BaselineOut]:
    """The student's baselines (history another application wrote) changed in the window."""
    B = ProgressBaseline
    rows = session.execute(
        select(Module.module_id, B.baseline)
        .join(Module, Module.id == B.module_id)
        .where(B.student_id == principal.student_id, _in_window(B.change_seq, window))
        .order_by(Module.module_id)
    )
    return [BaselineOut(module_id=slug, baseline=baseline) for slug, baseline in rows]


@lru_cache(maxsize=4)
def _event_json(dialect: str) -> Any:
    """One event as an ``EventOut`` JSON object, written by the database (the fields of
    ``EventOut`` in order; rows from before sync get the fold's stand-ins). Building the
    page's JSON in SQL instead of loading rows, making models and serialising them is what
    lets a new device take 100k events of its history in about a second."""
    E = ModuleAnalyticsEvent
    pairs: dict[str, Any] = {
        "uuid": func.coalesce(E.event_uuid, literal("legacy-") + sql_cast(E.id, String)),
        "student_id": E.student_id,
        "module_id": Module.module_id,
        "event_type": E.event_type,
        "event_data": E.event_data if dialect == "postgresql" else func.json(E.event_data),
        "section_number": E.section_number,
        "session_id": E.session_id,
        "device_type": E.device_type,
        "device_id": func.coalesce(E.device_id, literal("legacy")),
        "device_seq": func.coalesce(E.device_seq, E.id),
        "client_timestamp": E.client_timestamp,
        "server_timestamp": func.coalesce(E.timestamp, literal(datetime(1970, 1, 1))),
        "time_elapsed_seconds": E.time_elapsed_seconds,
    }
    if tuple(pairs) != tuple(EventOut.model_fields):  # one definition: the wire model
        raise RuntimeError("the pull's event JSON does not match sync.rules.protocol.EventOut")
    # built once per dialect (lru_cache): a page only binds its window to it
    build = func.json_build_object if dialect == "postgresql" else func.json_object
    args = [x for key, value in pairs.items() for x in (literal(key), value)]
    return sql_cast(build(*args), Text) if dialect == "postgresql" else build(*args)


def _events_page(
    session: Session,
    principal: Principal,
    window: tuple[int, int],
    after: tuple[int, int],
    limit: int,
    device_id: str,
) -> tuple[list[str], tuple[int, int] | None]:
    """The student's events of the window after ``after`` in ``(change_seq, id)`` order (an
    index range, no sort), but those of the asking device, each as its JSON text; and where
    the next page starts (``None``: the window is done). A page ends at ``limit`` events or
    once it holds ``PULL_PAGE_BYTES`` of JSON."""
    E = ModuleAnalyticsEvent
    rows = session.execute(
        select(_event_json(session.get_bind().dialect.name), E.change_seq, E.id)
        .join(Module, Module.id == E.module_id)
        .where(
            E.student_id == principal.student_id,
            _in_window(E.change_seq, window),
            tuple_(E.change_seq, E.id) > tuple_(*after),
            or_(E.device_id.is_(None), E.device_id != device_id),
        )
        .order_by(E.change_seq, E.id)
        .limit(limit)
        .execution_options(yield_per=_READ_CHUNK)
    )
    events: list[str] = []
    size, full = 0, False
    last_key: tuple[int, int] | None = None
    for text_, seq, pk in rows:
        size += len(text_)
        last_key = (seq, pk)
        events.append(text_)
        if size >= PULL_PAGE_BYTES:
            full = True
            break
    rows.close()
    last = last_key if full or len(events) == limit else None
    return events, last
