"""``frames-client``: the headless client (the same engine and store as the desktop app).

    frames-client login --server URL --email E     # password from the prompt or stdin
    frames-client sync
    frames-client status [--json]
    frames-client export-outbox FILE
    frames-client set-pin                          # your kiosk PIN (and password), prompt/stdin
    frames-client logout

On a kiosk's data folder, ``sync`` also fetches the roster and syncs every roster student.

Every command takes ``--data-dir DIR`` (default: the platform's user data folder).
Errors are one line on stderr and a non-zero exit status.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Sequence
from datetime import datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from local_store import LocalStore, StoreError
from sync.client.account import AccountError, forget_sign_in, sign_in
from sync.client.engine import SyncEngine, SyncError
from sync.client.paths import STORE_FILE, default_data_dir

__all__ = ["default_data_dir", "main", "open_store", "sign_in"]

PROG = "frames-client"


def client_version() -> str:
    try:
        return version("frames-lms")
    except PackageNotFoundError:
        return "0.0.0+source"


def open_store(data_dir: Path) -> LocalStore:
    store = LocalStore.open(data_dir / STORE_FILE)
    if store.recovery is not None:
        print(
            f"{PROG}: the local store was damaged and has been rebuilt; "
            f"{store.recovery.events_rescued} unsynced event(s) were saved to "
            f"{store.recovery.export_path}",
            file=sys.stderr,
        )
    return store


class CommandError(Exception):
    """A one-line error for the person at the terminal."""


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin or not sys.stdin.isatty():
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise CommandError("no password on standard input")
        return line
    return getpass.getpass(f"Password for {args.email}: ")


def cmd_login(args: argparse.Namespace, store: LocalStore) -> int:
    user = sign_in(
        store,
        server=args.server,
        email=args.email,
        password=_read_password(args),
        device_name=args.device_name,
    )
    print(f"signed in as {user.display_name} ({user.role}) on {user.server_url}")
    return 0


def _users(store: LocalStore, only: str | None) -> list[Any]:
    users = [u for u in store.list_users() if only is None or u.user_id == only]
    if not users:
        raise CommandError(
            "nobody is signed in on this device: run `frames-client login` first"
            if only is None
            else f"no signed-in user {only!r} on this device"
        )
    return users


def cmd_sync(args: argparse.Namespace, store: LocalStore) -> int:
    if not 1 <= args.push_batch <= 5000 or not 1 <= args.pull_limit <= 1000:
        raise CommandError("--push-batch must be 1..5000 and --pull-limit 1..1000")
    engine = SyncEngine(store, push_batch=args.push_batch, pull_limit=args.pull_limit)
    try:
        roster = engine.sync_kiosk() if args.user is None else None
        if roster is not None:
            left = len(roster.removed) + len(roster.kept)
            print(
                f"kiosk roster: {len(store.roster())} student(s)"
                f"{f', {len(roster.added)} new' if roster.added else ''}"
                f"{f', {left} left' if left else ''}"
            )
        for user in _users(store, args.user):
            report = engine.sync_user(user.user_id)
            print(
                f"{user.display_name}: pushed {report.pushed} event(s)"
                f"{f', {report.duplicates} already there' if report.duplicates else ''}"
                f"{f', {report.rejected} rejected' if report.rejected else ''}; "
                f"pulled {report.modules_changed} module(s), {report.events_pulled} event(s)"
                f"{f', removed {report.modules_removed}' if report.modules_removed else ''}"
            )
            for reason in sorted(set(report.rejected_reasons)):
                print(f"  not synced: {reason}")
    finally:
        engine.close()
    return 0


def _ago(then: datetime | None) -> str:
    if then is None:
        return "never"
    from sync.client.engine import utcnow

    minutes = int((utcnow() - then).total_seconds() // 60)
    ago = (
        "just now"
        if minutes < 1
        else f"{minutes} min ago"
        if minutes < 120
        else (f"{minutes // 60} h ago")
    )
    return f"{then:%Y-%m-%d %H:%M:%S} UTC ({ago})"


def cmd_status(args: argparse.Namespace, store: LocalStore) -> int:
    rows = []
    for user in store.list_users():
        rows.append(
            {
                "user_id": user.user_id,
                "name": user.display_name,
                "role": user.role,
                "email": user.email,
                "server_url": user.server_url,
                "signed_in": bool(user.token),
                "last_sync_at": user.last_sync_at.isoformat() if user.last_sync_at else None,
                "pending": store.pending_count(user.user_id),
                "rejected": len(store.rejected_events(user.user_id)),
                "modules": len(store.list_modules(user.user_id)),
            }
        )
    where = store.token_storage
    if args.json:
        print(
            json.dumps(
                {"device_id": store.device_id, "credentials": where, "users": rows}, indent=2
            )
        )
        return 0
    if where == "store file":
        print(
            "credentials: in the store file (this machine has no OS keyring); "
            f"only you can read {store.path.parent}"
        )
    else:
        print(f"credentials: in the OS keyring ({where.removeprefix('keyring: ')})")
    if not rows:
        print("nobody is signed in on this device")
        return 0
    for row, user in zip(rows, store.list_users(), strict=True):
        print(f"{row['name']} <{row['email']}> ({row['role']}) on {row['server_url']}")
        print(f"  last sync:  {_ago(user.last_sync_at)}")
        print(f"  pending:    {row['pending']} event(s) waiting to be sent")
        if row["rejected"]:
            print(
                f"  not synced: {row['rejected']} event(s) refused by the server "
                "(frames-client export-outbox FILE saves them)"
            )
        print(f"  modules:    {row['modules']}")
        if not row["signed_in"]:
            print("  signed out: run `frames-client login` to sync again")
    return 0


def cmd_set_pin(args: argparse.Namespace, store: LocalStore) -> int:
    """Set the signed-in student's kiosk PIN (online), confirmed with their password."""
    user = store.current_user() if args.user is None else store.get_user(args.user)
    if user is None or not user.token:
        raise CommandError("sign in first: `frames-client login`")
    if user.role != "student":
        raise CommandError("kiosk PINs are for students")
    if sys.stdin.isatty():
        password = getpass.getpass(f"Password for {user.email or user.display_name}: ")
        pin = getpass.getpass("New kiosk PIN (6-12 digits): ")
        if getpass.getpass("Again: ") != pin:
            raise CommandError("the two PINs differ")
    else:  # the new PIN on the first line, the password on the second
        pin = sys.stdin.readline().strip()
        password = sys.stdin.readline().rstrip("\r\n")
    from sync.client.kiosk import PinError, set_own_pin

    try:
        set_own_pin(user.server_url, user.token, pin, password=password)
    except PinError as exc:
        raise CommandError(str(exc).rstrip(".")) from exc
    print(f"kiosk PIN set for {user.display_name}; kiosks pick it up at their next sync")
    return 0


def cmd_export(args: argparse.Namespace, store: LocalStore) -> int:
    count = store.export_outbox(Path(args.file), owner=args.user)
    print(f"wrote {count} unsynced event(s) to {args.file}")
    return 0


def cmd_sandbox(args: argparse.Namespace, store: LocalStore) -> int:
    """Show what the code sandbox can do here; staff may allow runs without OS isolation."""
    from sync.client.sandbox import isolation, languages
    from sync.client.settings_keys import SANDBOX_UNISOLATED

    if args.allow_unisolated is not None:
        allow = args.allow_unisolated == "yes"
        store.set_setting(SANDBOX_UNISOLATED, allow, durable=True)
    found = isolation()
    allowed = store.get_setting(SANDBOX_UNISOLATED, False) is True
    if found.available:
        print(f"isolation:  {found.mechanism}")
    else:
        print(f"isolation:  none ({found.reason})")
    print(f"unisolated runs allowed by staff: {'yes' if allowed else 'no'}")
    for name, support in languages().items():
        print(f"  {name:<8} {'available' if support.available else support.reason}")
    return 0


def cmd_logout(args: argparse.Namespace, store: LocalStore) -> int:
    for user in _users(store, args.user):
        forget_sign_in(store, user)
        print(f"signed out {user.display_name}; their unsynced events stay on this device")
    store.set_current_user(None)
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help=f"where the local store lives (default: {default_data_dir()})",
    )
    parser = argparse.ArgumentParser(prog=PROG, description="FRAMES LMS headless client.")
    parser.add_argument("--version", action="version", version=f"{PROG} {client_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p = sub.add_parser("login", parents=[common], help="sign in (online) on this device")
    p.add_argument("--server", required=True, help="server address, e.g. http://127.0.0.1:8000")
    p.add_argument("--email", required=True)
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    p.add_argument("--device-name", default="frames-client", help="how admins see this device")
    p.set_defaults(handler=cmd_login)
    p = sub.add_parser("sync", parents=[common], help="push pending events and pull changes")
    p.add_argument("--user", default=None, help="only this user id (default: every user)")
    p.add_argument(
        "--push-batch",
        type=int,
        default=1000,
        metavar="N",
        help="events per push request (default 1000)",
    )
    p.add_argument(
        "--pull-limit",
        type=int,
        default=200,
        metavar="N",
        help="modules per pull page (default 200)",
    )
    p.set_defaults(handler=cmd_sync)
    p = sub.add_parser("status", parents=[common], help="pending counts and last sync")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_status)
    p = sub.add_parser(
        "export-outbox",
        parents=[common],
        help="save unsynced (pending and rejected) events to a JSON-lines file",
    )
    p.add_argument("file")
    p.add_argument("--user", default=None)
    p.set_defaults(handler=cmd_export)
    p = sub.add_parser(
        "set-pin",
        parents=[common],
        help="set your kiosk PIN (online, asks for your password too; from stdin when it is "
        "not a terminal: the PIN on the first line, the password on the second)",
    )
    p.add_argument("--user", default=None, help="this user id (default: the current user)")
    p.set_defaults(handler=cmd_set_pin)
    p = sub.add_parser(
        "sandbox",
        parents=[common],
        help="what the code sandbox can do on this computer; --allow-unisolated yes lets "
        "code run where the operating system offers no isolation (staff only: on a shared "
        "computer student code could then read this computer's files)",
    )
    p.add_argument("--allow-unisolated", choices=("yes", "no"), default=None)
    p.set_defaults(handler=cmd_sandbox)
    p = sub.add_parser("logout", parents=[common], help="forget the sign-in (keeps the data)")
    p.add_argument("--user", default=None)
    p.set_defaults(handler=cmd_logout)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        with open_store(args.data_dir or default_data_dir()) as store:
            return int(args.handler(args, store))
    except (CommandError, AccountError, SyncError, StoreError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
