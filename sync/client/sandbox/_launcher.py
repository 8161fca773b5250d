"""How the runner starts the launcher (``_child.py``): its command, its scrubbed environment,
and the folders its Landlock ruleset may read."""

from __future__ import annotations

import os
import sys
import sysconfig
from pathlib import Path

from sync.client.sandbox import _child

__all__ = ["SYSTEM_PATHS", "command", "environment", "read_paths"]

SYSTEM_PATHS = ("/usr", "/lib", "/lib64", "/lib32", "/bin", "/etc/ld.so.cache")
"""Read-and-execute for every run: the C library, the loader's cache, system programs."""

_PATH = "/usr/local/bin:/usr/bin:/bin"


def command() -> list[str]:
    """The launcher's command line, without its spec. Frozen (the desktop bundle has no other
    Python): the bundle's own program with :data:`_child.CHILD_FLAG`. Otherwise this
    interpreter running the launcher's file isolated (``-I``: no environment variables, no
    user site, not the current folder), without site-packages (``-S``: the standard library
    only, as in the bundle) and without writing bytecode (``-B``)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, _child.CHILD_FLAG]
    return [sys.executable, "-I", "-S", "-B", str(Path(_child.__file__).resolve())]


def environment(workdir: str, *, compiler: str | None = None) -> dict[str, str]:
    """The program's whole environment: nothing inherited from the app (no tokens, no data
    folder), home and temporary folder both the run's folder, UTF-8, no bytecode files."""
    path = _PATH
    if compiler is not None:
        path = f"{os.path.dirname(compiler)}:{path}"
    env = {
        "PATH": path,
        "HOME": workdir,
        "TMPDIR": workdir,
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONUNBUFFERED": "1",
    }
    if sys.platform == "win32":  # pragma: no cover - Python does not start without it there
        env["SYSTEMROOT"] = os.environ.get("SYSTEMROOT", r"C:\Windows")
    return env


def _too_wide(path: str) -> bool:
    """The root, the home folder and its parents: never readable as a whole (a Python
    installed with ``--prefix=$HOME`` would open the user's files otherwise)."""
    home = os.path.realpath(os.path.expanduser("~"))
    return path == os.sep or home == path or home.startswith(os.path.join(path, ""))


def read_paths(*, compiler: str | None = None) -> list[str]:
    """What the program may read and execute: the interpreter (the bundle's folder when
    frozen), the compiler's installation, and :data:`SYSTEM_PATHS`; each also as its real
    path (symlinks are resolved before Landlock compares)."""
    found: list[str] = list(SYSTEM_PATHS)
    if getattr(sys, "frozen", False):
        found += [os.path.dirname(sys.executable), getattr(sys, "_MEIPASS", "")]
    else:
        found += [sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix]
        found.append(os.path.dirname(sys.executable))
        names = ("stdlib", "platstdlib")
        found += [sysconfig.get_paths()[name] for name in names]
    if compiler is not None:
        real = os.path.realpath(compiler)
        found += [os.path.dirname(os.path.dirname(real)), os.path.dirname(real)]
    result: list[str] = []
    for path in found:
        if not path:
            continue
        for candidate in (os.path.abspath(path), os.path.realpath(path)):
            if candidate not in result and not _too_wide(candidate):
                result.append(candidate)
    return result
