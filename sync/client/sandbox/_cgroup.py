"""A pids cgroup per run, for an app that runs as root.

``RLIMIT_NPROC`` is not enforced for uid 0, not even inside a new user namespace (the kernel
exempts the initial user's tasks; measured on Linux 6.18), and the sandbox cannot switch to
another uid: the interpreter may live where only root can read (``/root/.pyenv``). Root can
write the cgroup tree instead, where there is a pids controller (cgroup v1, or a v2 tree whose
``cgroup.subtree_control`` offers ``pids``): ``pids.max`` bounds the run's tasks, and
``cgroup.procs`` lists every one of them for the final kill. Elsewhere this finds nothing.
"""

from __future__ import annotations

import os
import signal
import time
import uuid
from pathlib import Path

__all__ = ["create", "remove"]


def _pids_dir() -> Path | None:
    """This process's folder in the cgroup tree that has the pids controller, if writable."""
    try:
        mounts = Path("/proc/self/mountinfo").read_text(encoding="utf-8").splitlines()
        groups = Path("/proc/self/cgroup").read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    membership: dict[str, str] = {}
    for line in groups:
        _num, controllers, member = line.split(":", 2)
        membership[controllers] = member
    for line in mounts:
        fields, _sep, tail = line.partition(" - ")
        parts, extra = fields.split(), tail.split()
        if len(parts) < 5 or len(extra) < 3:
            continue
        root, mount_point, fstype, options = parts[3], parts[4], extra[0], extra[2].split(",")
        path: str | None
        if fstype == "cgroup" and "pids" in options:
            path = next((p for c, p in membership.items() if "pids" in c.split(",")), None)
        elif fstype == "cgroup2":
            path = membership.get("")
        else:
            continue
        if path is None:
            continue
        folder = Path(mount_point) / os.path.relpath(path, root)
        if fstype == "cgroup2" and not _v2_offers_pids(folder):
            continue
        if os.access(folder, os.W_OK):
            return folder
    return None


def _v2_offers_pids(folder: Path) -> bool:
    control = folder / "cgroup.subtree_control"
    try:
        if "pids" in control.read_text(encoding="ascii").split():
            return True
        control.write_text("+pids", encoding="ascii")
    except OSError:
        return False
    return True


def create(max_tasks: int) -> Path | None:
    """A new cgroup that allows ``max_tasks`` tasks, or ``None`` when there can be none."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return None
    parent = _pids_dir()
    if parent is None:
        return None
    folder = parent / f"frames-sandbox-{uuid.uuid4().hex[:12]}"
    try:
        folder.mkdir()
    except OSError:
        return None
    try:
        (folder / "pids.max").write_text(str(max_tasks), encoding="ascii")
    except OSError:
        remove(folder)
        return None
    return folder


def remove(folder: Path) -> None:
    """Kill every task still in the cgroup, then remove it (within about two seconds)."""
    deadline = time.monotonic() + 2.0
    while True:
        try:
            pids = (folder / "cgroup.procs").read_text(encoding="ascii").split()
        except OSError:
            pids = []
        for pid in pids:
            try:
                os.kill(int(pid), signal.SIGKILL)
            except (OSError, ValueError):
                pass
        try:
            folder.rmdir()
            return
        except FileNotFoundError:
            return
        except OSError:
            if time.monotonic() > deadline:
                return
            time.sleep(0.01)
