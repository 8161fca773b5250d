"""What this computer offers: the sandbox's layers (probed once) and the languages."""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
from dataclasses import dataclass

from sync.client.sandbox import _cgroup, _launcher
from sync.client.sandbox._child import landlock_abi
from sync.client.sandbox._types import Isolation, LanguageSupport

__all__ = [
    "FORCE_UNAVAILABLE_ENV",
    "NO_NAMESPACES_ENV",
    "Layers",
    "c_compiler",
    "isolation",
    "languages",
    "layers",
]

FORCE_UNAVAILABLE_ENV = "FRAMES_SANDBOX_FORCE_UNAVAILABLE"
"""Set to 1: act as on a computer without a sandbox (tests, and staff checking the refusal)."""
NO_NAMESPACES_ENV = "FRAMES_SANDBOX_NO_NAMESPACES"
"""Set to 1: act as on a computer where user namespaces are turned off (Landlock only)."""

NO_SANDBOX = (
    "this computer's operating system offers no sandbox FRAMES can use "
    "(needs Linux 5.13+ with Landlock)"
)
NO_COMPILER = "no C compiler on this computer (install gcc)"


@dataclass(frozen=True)
class Layers:
    """What the runs use: Landlock's ABI (0: none), namespaces, a pids cgroup (as root), and
    one line on what is missing."""

    landlock: int
    namespaces: bool
    cgroup: bool
    note: str


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes"}


@functools.cache
def layers() -> Layers:
    """The probe, once per process: Landlock's ABI here, and whether a fresh process can
    unshare the namespaces (asked of a child: the app's own process is multithreaded)."""
    if _flag(FORCE_UNAVAILABLE_ENV):
        return Layers(
            landlock=0,
            namespaces=False,
            cgroup=False,
            note=f"the sandbox is turned off on this computer ({FORCE_UNAVAILABLE_ENV}=1)",
        )
    abi = landlock_abi()
    if abi < 1:
        return Layers(landlock=0, namespaces=False, cgroup=False, note=NO_SANDBOX)
    notes = []
    namespaces = False
    if _flag(NO_NAMESPACES_ENV):
        notes.append(f"namespaces turned off ({NO_NAMESPACES_ENV}=1)")
    else:
        namespaces, why = _probe_namespaces()
        if not namespaces:
            notes.append(f"no user namespaces ({why})")
    if not namespaces:
        notes.append("UDP is not blocked" if abi >= 4 else "the network is not blocked")
    cgroup = False
    if os.geteuid() == 0:
        folder = _cgroup.create(1)
        cgroup = folder is not None
        if folder is not None:
            _cgroup.remove(folder)
        else:
            notes.append(
                "running as root without a pids cgroup: the number of processes is not bounded"
            )
    return Layers(landlock=abi, namespaces=namespaces, cgroup=cgroup, note="; ".join(notes))


def _probe_namespaces() -> tuple[bool, str]:
    try:
        proc = subprocess.run(
            [*_launcher.command(), "--probe"],
            capture_output=True,
            text=True,
            env=_launcher.environment(os.getcwd()),
            timeout=30,
        )
        answer = json.loads(proc.stdout.strip().splitlines()[-1])
        return bool(answer["namespaces"]), str(answer.get("error", ""))
    except (OSError, ValueError, IndexError, KeyError, subprocess.TimeoutExpired) as exc:
        return False, f"the probe failed: {exc}"


def isolation() -> Isolation:
    """What isolation this computer offers (probed once per process: :func:`layers`, whose
    ``cache_clear`` makes the next call probe again)."""
    found = layers()
    if found.landlock < 1:
        return Isolation(available=False, mechanism="rlimits", reason=found.note)
    parts = [f"landlock-v{found.landlock}"]
    if found.namespaces:
        parts.append("userns+netns+pidns")
    parts.append("rlimits")
    if found.cgroup:
        parts.append("pids-cgroup")
    return Isolation(available=True, mechanism="+".join(parts), reason=found.note)


def c_compiler() -> str | None:
    """The C compiler on PATH (cc, gcc or clang), or ``None``."""
    for name in ("cc", "gcc", "clang"):
        found = shutil.which(name)
        if found:
            return found
    return None


def languages() -> dict[str, LanguageSupport]:
    """Which languages can run here. Python always can (the app's own interpreter, or the
    bundle's); C when a compiler is on PATH."""
    compiler = c_compiler()
    return {
        "python": LanguageSupport(available=True, reason=""),
        "c": LanguageSupport(
            available=compiler is not None, reason="" if compiler is not None else NO_COMPILER
        ),
    }
