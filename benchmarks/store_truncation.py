"""How many events a damaged (truncated) store file loses, without and with the backups.

Records N events offline (none synced) into a fresh store in a temporary folder, asking for
a backup after every event as the sync worker does after every round
(``LocalStore.backup_if_due``: due every 500 events or 10 minutes of use), closes it, cuts
the file to a fraction of its size, opens it again (recovery) and counts the recorded
events the rebuilt store no longer holds. The same is done with the backups deleted first:
what recovery alone (salvaging the readable pages of the damaged file) keeps.

    python benchmarks/store_truncation.py [--events N] [--keep 0.3,0.6,0.9]

The last line of output is JSON: ``{"events": N, "backup_every_events": 500, "lost": {"0.3":
{"without_backups": ..., "with_backups": ..., "since_newest_backup": ...}, ...}}``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from local_store import LocalStore  # noqa: E402
from local_store._backup import backups  # noqa: E402
from local_store._store import BACKUP_EVERY_EVENTS  # noqa: E402

OWNER = "student-0042"


def fill(folder: Path, n: int) -> tuple[list[str], int]:
    """A closed store of ``n`` offline events with its backups; (the uuids, events recorded
    since the newest backup)."""
    path = folder / "store.sqlite3"
    with LocalStore.open(path) as store:
        store.save_user(
            user_id=OWNER,
            role="student",
            display_name="Student",
            server_url="https://frames.example.edu",
            token="frm_token",
        )
        uuids = []
        for i in range(n):
            event = store.record_event(
                owner=OWNER,
                module_id=f"module-{i % 7}",
                event_type="heartbeat" if i % 5 else "section_view",
                section_number=1 + i % 5,
                event_data={"i": i, "note": "x" * 120},
                session_id="session-1",
                device_type="desktop",
            )
            uuids.append(event.uuid)
            store.backup_if_due()
        since = store.device_next_seq() - backups(path)[0].next_seq
    return uuids, since


def lost(template: Path, uuids: list[str], *, keep: float, with_backups: bool) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "store"
        shutil.copytree(template, folder)
        if not with_backups:
            shutil.rmtree(folder / "backups")
        path = folder / "store.sqlite3"
        data = path.read_bytes()
        path.write_bytes(data[: int(len(data) * keep)])
        with LocalStore.open(path) as store:
            held = {e.uuid for e in store.pending_events(limit=len(uuids) + 1)}
    return len(set(uuids) - held)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--keep", default="0.3,0.6,0.9", help="fractions of the file kept")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "template"
        uuids, since = fill(template, args.events)
        result = {}
        for keep in (float(k) for k in args.keep.split(",")):
            result[str(keep)] = {
                "without_backups": lost(template, uuids, keep=keep, with_backups=False),
                "with_backups": lost(template, uuids, keep=keep, with_backups=True),
                "since_newest_backup": since,
            }
            print(f"keep {keep:.0%}: {result[str(keep)]}", flush=True)
    print(
        json.dumps(
            {"events": args.events, "backup_every_events": BACKUP_EVERY_EVENTS, "lost": result}
        )
    )


if __name__ == "__main__":
    main()
