"""``GET /v1/reports/{kind}``: a page as JSON, or the whole report as streamed CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.responses import StreamingResponse
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from server_api.auth.service import Principal
from server_api.deps import SessionDep, StaffDep
from server_api.errors import BadRequest, NotFound
from server_api.models import Module, Team, University
from server_api.modules.schemas import MAX_INT4
from server_api.reports import service
from server_api.reports.paging import BadKey, csv_cells, csv_header, decode_key, encode_key
from server_api.timeutil import utcnow
from sync.rules.protocol import MAX_REPORT_PAGE, REPORT_ROWS, ReportKind, ReportPage

__all__ = ["router"]

router = APIRouter(prefix="/v1/reports", tags=["reports"])

CSV_CHUNK = 1000
DEFAULT_PAGE = 500


def _scope(session: Session, principal: Principal, university_id: str | None) -> str | None:
    """The university whose students the caller reads (None: an admin reading all)."""
    if principal.role == "admin":
        if university_id is not None and session.get(University, university_id) is None:
            raise NotFound(f"no university {university_id!r}")
        return university_id
    own = principal.university_id
    if own is None:
        raise NotFound("your faculty account belongs to no university")
    if university_id is not None and university_id != own:
        raise NotFound(f"no university {university_id!r}")
    return own


def build_query(
    session: Session, principal: Principal, kind: str, given: dict[str, Any]
) -> service.ReportQuery:
    """Check the filters against the report and the caller's scope (4xx otherwise)."""
    university = _scope(session, principal, given.pop("university_id", None))
    for name, value in given.items():
        if value is not None and name not in service.FILTERS[kind]:
            raise BadRequest(f"{name}: the {kind} report has no such filter")
    module_university = university if principal.role != "admin" else None
    module = given.get("module")
    if module is not None:
        found = session.scalars(select(Module).where(Module.module_id == module)).first()
        if found is None or (
            module_university is not None and found.university_id != module_university
        ):
            raise NotFound(f"no module {module!r}")
    team_id = given.get("team_id")
    if team_id is not None:
        team = session.get(Team, team_id)
        if team is None or (university is not None and team.university_id != university):
            raise NotFound(f"no team {team_id}")
    due_before, due_after = given.get("due_before"), given.get("due_after")
    if due_before is not None and due_after is not None and due_after > due_before:
        raise BadRequest("due_after: must not be later than due_before")
    return service.ReportQuery(
        kind=kind,
        today=utcnow().date(),
        university_id=university,
        module_university_id=module_university,
        module=module,
        team_id=team_id,
        assignment_type=given.get("assignment_type"),
        due_before=due_before,
        due_after=due_after,
        status=given.get("status"),
    )


def _csv_stream(open_session: Callable[[], Session], q: service.ReportQuery) -> Iterator[bytes]:
    model = REPORT_ROWS[q.kind]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(csv_header(model))
    with open_session() as session:
        bind = session.get_bind()
        if isinstance(bind, Engine) and bind.dialect.name == "postgresql":
            # one snapshot for the whole export: rows never appear twice or go missing
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        for rows in service.iterate(session, q, CSV_CHUNK):
            for row in rows:
                writer.writerow(csv_cells(row))
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
        session.rollback()
    if buffer.tell():
        yield buffer.getvalue().encode()


Kind = Annotated[
    ReportKind, Path(description="compliance, learning, feedback, comments, devices, teams")
]


@router.get(
    "/{kind}",
    response_model=ReportPage,
    responses={200: {"content": {"text/csv": {}}, "description": "a page, or the CSV"}},
)
def report(
    kind: Kind,
    request: Request,
    principal: StaffDep,
    session: SessionDep,
    page_size: Annotated[int, Query(ge=1, le=MAX_REPORT_PAGE)] = DEFAULT_PAGE,
    after: Annotated[str | None, Query(min_length=1, max_length=2048)] = None,
    university_id: Annotated[str | None, Query(min_length=1, max_length=255)] = None,
    module: Annotated[
        str | None, Query(min_length=2, max_length=100, pattern=r"^[a-z0-9][a-z0-9-]*$")
    ] = None,
    team_id: Annotated[int | None, Query(ge=1, le=MAX_INT4)] = None,
    assignment_type: Annotated[str | None, Query(min_length=1, max_length=50)] = None,
    due_before: date | None = None,
    due_after: date | None = None,
    status: Annotated[
        Literal["not_started", "in_progress", "completed", "skipped", "excused", "overdue"] | None,
        Query(),
    ] = None,
    format: Annotated[Literal["json", "csv"] | None, Query()] = None,  # noqa: A002
) -> Response:
    """One report (faculty: their university; admins: all, or ``university_id``).

    JSON: a page of ``page_size`` rows after the key ``after`` (the previous page's
    ``next``). CSV (``Accept: text/csv`` or ``?format=csv``): the whole report, streamed,
    the row model's fields as columns. Read from the reports replica when the server has
    one (``FRAMES_REPORTS_DATABASE_URL``); the sign-in is checked on the primary.
    """
    given = {
        "university_id": university_id,
        "module": module,
        "team_id": team_id,
        "assignment_type": assignment_type,
        "due_before": due_before,
        "due_after": due_after,
        "status": status,
    }
    wants_csv = format == "csv" or (
        format is None and "text/csv" in request.headers.get("accept", "")
    )
    replica: Engine | None = request.app.state.reports_engine
    if replica is None:
        return _answer(session, request.app.state.open_session, principal, kind, given,
                       page_size=page_size, after=after, wants_csv=wants_csv)  # fmt: skip

    def open_replica() -> Session:
        return Session(replica, expire_on_commit=False)

    with open_replica() as reader:
        return _answer(reader, open_replica, principal, kind, given,
                       page_size=page_size, after=after, wants_csv=wants_csv)  # fmt: skip


def _answer(
    session: Session,
    open_session: Callable[[], Session],
    principal: Principal,
    kind: str,
    given: dict[str, Any],
    *,
    page_size: int,
    after: str | None,
    wants_csv: bool,
) -> Response:
    """The report read through ``session`` (a CSV through sessions of ``open_session``)."""
    q = build_query(session, principal, kind, given)
    if wants_csv:
        if after is not None:
            raise BadRequest("after: a CSV export is the whole report; page only the JSON")
        return StreamingResponse(
            _csv_stream(open_session, q),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{kind}.csv"'},
        )
    as_of = utcnow()
    key: tuple[Any, ...] | None = None
    if after is not None:
        try:
            key, total = decode_key(after, shape=service.KEY_SHAPES[kind])
        except BadKey as exc:
            raise BadRequest(str(exc)) from None
    else:
        total = service.count(session, q)
    try:
        rows = service.read(session, q, key, page_size + 1)
    except BadKey as exc:
        raise BadRequest(str(exc)) from None
    more = len(rows) > page_size
    rows = rows[:page_size]
    page = ReportPage(
        kind=kind,
        as_of=as_of,
        total=total,
        next=encode_key(rows[-1][0], total) if more and rows else None,
        rows=[row.model_dump(mode="json") for _key, row in rows],
    )
    return Response(page.model_dump_json(), media_type="application/json")
