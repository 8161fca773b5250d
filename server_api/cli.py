"""``frames-server``: the server's one command-line entry point.

Every command takes ``--database-url URL`` (or ``FRAMES_DATABASE_URL``; with neither, the
embedded SQLite file in the user data directory). Errors are one line on stderr and a
non-zero exit status; set ``FRAMES_DEBUG=1`` to see a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from sqlalchemy import Engine

from server_api import __version__
from server_api.config import Settings
from server_api.db import check_connect, make_engine
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
    engine = make_engine(_settings(args).resolved_database_url())
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
    print(f"database is at {result.after}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from server_api.migrate import require_head

    settings = _settings(args)
    url = settings.resolved_database_url()
    engine = make_engine(url)
    check_connect(engine)
    require_head(engine)
    engine.dispose()
    if not 1 <= args.workers <= 64:
        raise ConfigError("--workers must be between 1 and 64")
    # Workers are separate processes: they read the same settings from the environment.
    os.environ["FRAMES_DATABASE_URL"] = url.render_as_string(hide_password=False)
    os.environ["FRAMES_DATA_DIR"] = str(settings.data_dir)
    print(
        f"serving FRAMES LMS {__version__} on http://{args.host}:{args.port} "
        f"(database {url.render_as_string(hide_password=True)}, docs at /docs)",
        flush=True,
    )
    uvicorn.run(
        "server_api.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=args.log_level,
    )
    return 0


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
        "serve",
        parents=[common],
        help="run the HTTP API",
        description="Run the HTTP API (OpenAPI docs at /docs).",
    )
    add_serve_options(p)
    p.set_defaults(handler=cmd_serve)
    return parser


def add_serve_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.add_argument(
        "--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"]
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
