"""``frames-server``: the server's one command-line entry point.

Every command takes ``--database-url URL`` (or ``FRAMES_DATABASE_URL``; with neither, the
embedded SQLite file in the user data directory). Errors are one line on stderr and a
non-zero exit status; set ``FRAMES_DEBUG=1`` to see a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from server_api import __version__
from server_api.config import Settings
from server_api.db import check_connect, check_utc, settings_engine
from server_api.errors import ConfigError, FramesError

__all__ = ["main"]

PROG = "frames-server"
Handler = Callable[[argparse.Namespace], int]


def _settings(args: argparse.Namespace) -> Settings:
    settings = Settings()
    if getattr(args, "database_url", None):
        settings.database_url = args.database_url
    return settings


def _engine(args: argparse.Namespace) -> Engine:
    engine = settings_engine(_settings(args))
    check_connect(engine)
    return engine


def cmd_migrate(args: argparse.Namespace) -> int:
    from server_api.migrate import check, migrate

    engine = _engine(args)
    if args.check:
        report = check(engine)
        for line in report.lines():
            print(line)
        return 0 if report.ok else 1
    result = migrate(engine, to=args.to, allow_downgrade=args.allow_downgrade)
    for step in result.steps:
        print(step)
    if not result.steps:
        print(f"already at {result.after}; nothing to do")
    if result.history is not None:
        for line in result.history.lines():
            print(line)
    if result.partitions:
        print(f"events: made partitions {', '.join(result.partitions)}")
    print(f"database is at {result.after}")
    return 0


def cmd_partitions(args: argparse.Namespace) -> int:
    from server_api.migrate import require_head
    from server_api.partitions import ensure_partitions, list_partitions

    if not 0 <= args.ahead <= 24:
        raise ConfigError("--ahead must be between 0 and 24")
    engine = _engine(args)
    try:
        require_head(engine)
        with engine.begin() as conn:
            made = ensure_partitions(conn, ahead=args.ahead)
        found = list_partitions(engine)
    finally:
        engine.dispose()
    if not found:
        print("the events table is not partitioned here (SQLite keeps one table)")
        return 0
    for name in made:
        print(f"made {name}")
    for part in found:
        print(f"{part.name}  {part.bounds}  ~{part.rows} rows")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from server_api.migrate import require_head
    from server_api.partitions import ensure_partitions

    if getattr(args, "demo", False):
        _load_demo(args)
    settings = _settings(args)
    url = settings.resolved_database_url()
    engine = settings_engine(settings)
    check_connect(engine)
    require_head(engine)
    with engine.begin() as conn:
        if settings.db_pgbouncer:
            check_utc(conn)
        ensure_partitions(conn)  # this month and the next ones exist before any push
    engine.dispose()
    if not 1 <= args.workers <= 64:
        raise ConfigError("--workers must be between 1 and 64")
    # Workers are separate processes: they read the same settings from the environment.
    os.environ["FRAMES_DATABASE_URL"] = url.render_as_string(hide_password=False)
    os.environ["FRAMES_DATA_DIR"] = str(settings.data_dir)
    if getattr(args, "docs", None) is not None:
        os.environ["FRAMES_DOCS"] = "true" if args.docs else "false"
        settings.docs = args.docs
    docs = "docs at /docs" if settings.docs_enabled(url) else "no /docs: --docs to serve them"
    print(
        f"serving FRAMES LMS {__version__} on http://{args.host}:{args.port} "
        f"(database {url.render_as_string(hide_password=True)}, {docs})",
        flush=True,
    )
    uvicorn.run(
        "server_api.app:create_served_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=args.log_level,
        server_header=False,  # no "server: uvicorn" telling a prober what to try
        # Idle connections stay open longer than a device waits out a 503 (Retry-After x
        # [0.5, 1.5)), so a device does not send its retry into a connection the server
        # is just closing (uvicorn's 5 s default: a ReadError at the device). nginx: 75 s.
        timeout_keep_alive=75,
    )
    return 0


@contextmanager
def _session(args: argparse.Namespace) -> Iterator[Session]:
    """A session on a database that is at head; commits on success, rolls back on error."""
    from server_api.migrate import require_head

    engine = _engine(args)
    try:
        require_head(engine)
        with Session(engine, expire_on_commit=False) as session, session.begin():
            yield session
    finally:
        engine.dispose()


def _read_secret(given: str | None, *, what: str, option: str, prompt: str) -> str:
    """A password or PIN: from its option, else asked twice on a terminal, else one line of
    standard input (``-`` as the option's value also means standard input)."""
    if given is not None and given != "-":
        return str(given)
    if sys.stdin.isatty() and given is None:
        first = getpass.getpass(f"{prompt}: ")
        if getpass.getpass(f"Repeat {what}: ") != first:
            raise ConfigError(f"the two {what}s differ")
        return first
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise ConfigError(f"no {what} given: pass {option}, or one line on standard input")
    return line


def _read_password(args: argparse.Namespace) -> str:
    return _read_secret(args.password, what="password", option="--password", prompt="Password")


def cmd_create_user(args: argparse.Namespace) -> int:
    from server_api.auth.service import create_account

    password = _read_password(args)
    with _session(args) as session:
        account = create_account(
            session,
            email=args.email,
            password=password,
            role=args.role,
            display_name=args.name,
            student_id=args.student_id,
            faculty_id=args.faculty_id,
            university_id=args.university_id,
            team_id=args.team_id,
        )
        link = account.student_id or account.faculty_id
        print(
            f"created {account.role} account {account.id} for {account.email}"
            + (f" (linked to {account.role} {link})" if link else "")
        )
    return 0


_DURATION = re.compile(r"(\d{1,6})([mhd])")
_UNITS = {"m": "minutes", "h": "hours", "d": "days"}


def parse_duration(text: str) -> timedelta:
    """``90m``, ``24h`` or ``7d`` as a time span between one minute and 30 days."""
    match = _DURATION.fullmatch(text.strip().lower())
    if match is None:
        raise ConfigError(f"--expires {text!r}: write minutes, hours or days, like 90m, 24h or 7d")
    span = timedelta(**{_UNITS[match[2]]: int(match[1])})
    if not timedelta(minutes=1) <= span <= timedelta(days=30):
        raise ConfigError(f"--expires {text!r}: a code lives between 1 minute and 30 days")
    return span


def cmd_kiosk_code(args: argparse.Namespace) -> int:
    from server_api.kiosks.service import create_enrolment_code

    lifetime = parse_duration(args.expires)
    with _session(args) as session:
        code, row = create_enrolment_code(
            session, university_id=args.university, team_id=args.team, expires_in=lifetime
        )
    scope = f"university {row.university_id}" + (f", team {row.team_id}" if row.team_id else "")
    print(f"enrolment code: {code}")
    print(f"enrols one kiosk for {scope}; expires {row.expires_at:%Y-%m-%d %H:%M} UTC")
    return 0


def cmd_kiosks_list(args: argparse.Namespace) -> int:
    from server_api.kiosks.service import list_kiosks

    with _session(args) as session:
        kiosks = list_kiosks(session, None, args.university)
    if args.json:
        print(json.dumps([k.model_dump(mode="json") for k in kiosks], indent=2))
        return 0
    if not kiosks:
        print("no kiosks")
        return 0
    rows = [
        ("id", "name", "university", "team", "device", "last sync", "pending", "alerts", "state")
    ]
    for k in kiosks:
        state = (
            f"revoked {k.revoked_at:%Y-%m-%d}"
            if k.revoked_at
            else "enrol again (older app)"
            if k.legacy
            else "active"
        )
        rows.append(
            (
                str(k.kiosk_id),
                k.name,
                k.university_id,
                k.team_name or (str(k.team_id) if k.team_id else "-"),
                k.device_id,
                f"{k.last_sync_at:%Y-%m-%d %H:%M}" if k.last_sync_at else "never",
                "-" if k.pending_events is None else str(k.pending_events),
                str(k.alerts),
                state,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    for k in kiosks:
        if k.last_alert:
            print(f"alert: kiosk {k.kiosk_id}, {k.last_alert_at:%Y-%m-%d %H:%M}: {k.last_alert}")
    return 0


def cmd_kiosks_revoke(args: argparse.Namespace) -> int:
    from server_api.kiosks.service import revoke_kiosk

    with _session(args) as session:
        kiosk = revoke_kiosk(session, None, args.kiosk_id)
    print(
        f"kiosk {kiosk.kiosk_id} ({kiosk.name}, device {kiosk.device_id}) is revoked; "
        "its unsynced work stays on the device for export"
    )
    return 0


def _read_pin(args: argparse.Namespace) -> str:
    return _read_secret(args.pin, what="PIN", option="--pin", prompt="PIN (6 to 12 digits)")


def cmd_set_pin(args: argparse.Namespace) -> int:
    from server_api.kiosks.service import set_pin
    from server_api.roster import find_student

    pin = _read_pin(args)
    with _session(args) as session:
        if args.student_id:
            student_id = args.student_id
        else:
            student_id = find_student(session, args.email or args.student_number).id
        set_pin(session, student_id, pin)
    print(f"kiosk PIN set for student {student_id} (stored as an argon2id hash)")
    return 0


def cmd_import_content(args: argparse.Namespace) -> int:
    from server_api.content.service import import_modules, load_folder
    from server_api.media.storage import MediaStorage
    from server_api.models import University
    from server_api.roster import find_university

    # The folder is checked completely before the database is touched.
    sources = load_folder(Path(args.folder))
    # Allowed but to be mended (an image without alt text): said, and the import goes on.
    warnings = [warning for source in sources for warning in source.warnings]
    for warning in warnings:
        print(warning, file=sys.stderr)
    if args.check:
        found = f"{len(warnings)} warning(s)" if warnings else "no problems found"
        print(f"{args.folder}: {len(sources)} modules, {found}")
        return 0
    if args.university_name and not args.university_id:
        raise ConfigError("--university-name needs --university-id")
    storage = MediaStorage(_settings(args).media_dir)
    with _session(args) as session:
        university_id = args.university_id
        if args.university_name and session.get(University, args.university_id) is None:
            session.add(University(id=args.university_id, name=args.university_name))
            session.flush()
        elif university_id is not None:
            university_id = find_university(session, university_id).id  # an id or a name
        results = import_modules(
            session,
            storage,
            sources,
            university_id=university_id,
            faculty_id=args.faculty_id,
        )
    for result in results:
        print(result.line())
    return 0


def _load_demo(args: argparse.Namespace) -> None:
    """Migrate to head and load the demo data set (idempotent); print its accounts."""
    from server_api.demo import load_demo
    from server_api.media.storage import MediaStorage
    from server_api.migrate import migrate

    engine = _engine(args)
    try:
        for step in migrate(engine).steps:
            print(step, flush=True)
        storage = MediaStorage(_settings(args).media_dir)
        with Session(engine, expire_on_commit=False) as session, session.begin():
            report = load_demo(session, storage)
    finally:
        engine.dispose()
    for line in report.lines():
        print(line, flush=True)
    if not getattr(args, "load_only", False):
        print(
            f"sign in at http://{args.host}:{args.port} with any demo account (API docs at /docs)",
            flush=True,
        )


def cmd_demo(args: argparse.Namespace) -> int:
    _load_demo(args)
    if args.load_only:
        return 0
    return cmd_serve(args)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--database-url",
        metavar="URL",
        default=None,
        help="database URL, e.g. postgresql://user@host/db or sqlite:///file.db "
        "(default: $FRAMES_DATABASE_URL, else a SQLite file in the user data directory)",
    )
    parser = argparse.ArgumentParser(prog=PROG, description="FRAMES LMS server.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "migrate",
        parents=[common],
        help="upgrade the database to the newest schema",
        description="Upgrade the database to the newest schema. An existing "
        "production database is recognised and upgraded in place.",
    )
    p.add_argument(
        "--check",
        action="store_true",
        help="only report whether the database is at head and matches the models; exit 1 if not",
    )
    p.add_argument("--to", default="head", metavar="REV", help="target revision (default: head)")
    p.add_argument(
        "--allow-downgrade",
        action="store_true",
        help="allow --to an older revision (drops the newer columns and their data)",
    )
    p.set_defaults(handler=cmd_migrate)

    p = sub.add_parser(
        "partitions",
        parents=[common],
        help="list the events table's monthly partitions and make the coming months'",
        description="PostgreSQL: module_analytics_events is partitioned by month of "
        "received_at. Make the partitions of this month and the next --ahead months (migrate "
        "and serve do this too), then list every partition with its estimated rows.",
    )
    p.add_argument("--ahead", type=int, default=3, metavar="N", help="months ahead (0-24)")
    p.set_defaults(handler=cmd_partitions)

    p = sub.add_parser(
        "create-user",
        parents=[common],
        help="create a student, faculty or admin account",
        description="Create an account. A student or faculty account links to the existing "
        "row named by --student-id/--faculty-id, else to the one with the same email, else a "
        "new row is created in --university-id. The password is read from --password, or "
        "from standard input (one line) when --password is omitted or '-'.",
    )
    p.add_argument("--email", required=True)
    p.add_argument("--password", default=None, help="the password, or - to read stdin")
    p.add_argument("--role", required=True, choices=["student", "faculty", "admin"])
    p.add_argument("--name", default=None, help="display name (for new rows)")
    link = p.add_mutually_exclusive_group()
    link.add_argument("--student-id", default=None, metavar="ID")
    link.add_argument("--faculty-id", default=None, metavar="ID")
    p.add_argument("--university-id", default=None, metavar="U")
    p.add_argument("--team-id", type=int, default=None, metavar="T")
    p.set_defaults(handler=cmd_create_user)

    p = sub.add_parser(
        "serve",
        parents=[common],
        help="run the HTTP API",
        description="Run the HTTP API (OpenAPI docs at /docs on SQLite; on PostgreSQL "
        "only with --docs or FRAMES_DOCS=true).",
    )
    add_serve_options(p)
    p.add_argument(
        "--demo",
        action="store_true",
        help="first migrate and load the demo data set (as `frames-server demo` does)",
    )
    p.set_defaults(handler=cmd_serve)

    p = sub.add_parser(
        "import-content",
        parents=[common],
        help="import module content folders (markdown sections, images, videos)",
        description="Import a module folder, or a folder of module folders, into the database. "
        "New modules are created; changed ones are updated and their revision goes up by one; "
        "unchanged ones are left alone. A malformed folder is reported with its file and line "
        "and nothing is stored.",
    )
    p.add_argument("folder", metavar="DIR", help="a module folder or a folder of module folders")
    p.add_argument(
        "--university-id",
        default=None,
        metavar="U",
        help="the modules' university, by id or name (default: the only one in the database)",
    )
    p.add_argument(
        "--university-name",
        default=None,
        metavar="NAME",
        help="create the --university-id university with this name if it does not exist",
    )
    p.add_argument(
        "--faculty-id", default=None, metavar="F", help="the faculty member who creates new modules"
    )
    p.add_argument("--check", action="store_true", help="only check the folder; touch no database")
    p.set_defaults(handler=cmd_import_content)

    p = sub.add_parser(
        "kiosk-code",
        parents=[common],
        help="make a one-time code that enrols one kiosk",
        description="Make a one-time enrolment code for a kiosk of --university (and --team). "
        "Type it into the desktop app's kiosk setup; it enrols one device and then is used up. "
        "Only its hash is stored.",
    )
    p.add_argument("--university", required=True, metavar="U", help="the kiosk's university id")
    p.add_argument("--team", type=int, default=None, metavar="T", help="only this team's students")
    p.add_argument(
        "--expires", default="24h", metavar="SPAN", help="90m, 24h, 7d ... (default 24h)"
    )
    p.set_defaults(handler=cmd_kiosk_code)

    p = sub.add_parser(
        "kiosks",
        help="list or revoke kiosks",
        description="List kiosks (when each last synced, how many events it still held, its "
        "alerts: pushes for students who had not signed in on it, its credential sent from "
        "another device) or "
        "revoke one.",
    )
    kiosk_sub = p.add_subparsers(dest="kiosks_command", required=True, metavar="ACTION")
    q = kiosk_sub.add_parser("list", parents=[common], help="list kiosks, revoked ones too")
    q.add_argument("--university", default=None, metavar="U", help="only this university's")
    q.add_argument("--json", action="store_true", help="print JSON instead of a table")
    q.set_defaults(handler=cmd_kiosks_list)
    q = kiosk_sub.add_parser(
        "revoke",
        parents=[common],
        help="revoke a kiosk",
        description="Revoke a kiosk: its credential is refused from now on; its unsynced "
        "work stays on the device for an admin export.",
    )
    q.add_argument("kiosk_id", type=int, metavar="ID")
    q.set_defaults(handler=cmd_kiosks_revoke)

    p = sub.add_parser(
        "set-pin",
        parents=[common],
        help="set a student's kiosk PIN",
        description="Set a student's kiosk PIN (6 to 12 digits; stored as an argon2id hash). "
        "The PIN is read from --pin, or from standard input (one line) when --pin is omitted "
        "or '-'.",
    )
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--email", default=None, metavar="EMAIL", help="the student's email")
    who.add_argument("--student-number", default=None, metavar="N", help="their student number")
    who.add_argument("--student-id", default=None, metavar="S", help="their internal id")
    p.add_argument("--pin", default=None, help="the PIN, or - to read stdin")
    p.set_defaults(handler=cmd_set_pin)

    p = sub.add_parser(
        "demo",
        parents=[common],
        help="load the demo data set and serve it",
        description="Migrate the database, load a realistic demo (a university, teams, "
        "faculty, students, five modules with images and videos, assignments), print the "
        "demo accounts and their password, then serve exactly like `serve`. Loading is "
        "idempotent. Without --database-url it uses the embedded SQLite database.",
    )
    add_serve_options(p)
    p.add_argument("--load-only", action="store_true", help="load the demo data set, then exit")
    p.set_defaults(handler=cmd_demo, demo=False)

    from server_api.cli.admin import add_admin_commands

    add_admin_commands(sub, common, _session)
    return parser


def add_serve_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.add_argument(
        "--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"]
    )
    p.add_argument(
        "--docs",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="serve /docs, /redoc and /openapi.json (default: on SQLite yes, on PostgreSQL "
        "no; also FRAMES_DOCS=true|false)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except FramesError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the user gets one line, developers FRAMES_DEBUG
        if os.environ.get("FRAMES_DEBUG"):
            raise
        print(
            f"{PROG}: internal error: {type(exc).__name__}: {exc} (set FRAMES_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return 2


if __name__ == "__main__":
    sys.exit(main())
