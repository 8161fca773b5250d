"""The sandbox's launcher: the process that locks itself in, then becomes the student's program.

The runner (``_runner.py``) starts it in a new session with a JSON spec as its one argument,
either as ``python -I -B .../_child.py SPEC`` or, in the frozen desktop bundle (no system
Python), as ``frames-desktop --frames-sandbox-child SPEC`` (``packaging/pyinstaller/
entry_desktop.py`` calls :func:`child_main` before it imports Qt). It uses the standard library
only, so it can run as a plain script under ``-I`` without the app's packages on ``sys.path``.

In this order, before any of the student's code:

1. as root, join the pids cgroup the runner made (root ignores ``RLIMIT_NPROC``);
2. unshare a user, network and PID namespace (no network but a loopback that is down; when the
   first process of the PID namespace ends, the kernel kills every other one in it);
3. drop every capability (those the new user namespace gave), then set the rlimits (address
   space, CPU seconds, file size, no core files, open files, and tasks: ``RLIMIT_NPROC``
   counts per user *and namespace*, so in the new namespace only the sandbox's own tasks);
4. ``PR_SET_NO_NEW_PRIVS`` and a Landlock ruleset: read-write only the run's folder,
   read-and-execute what the interpreter or compiler needs, no TCP bind or connect (ABI 4+),
   no abstract unix sockets or signals outside the sandbox (ABI 6+);
5. write ``ready`` on the status pipe; fork an *init* (PID 1 of the new namespace), which
   forks the student's process, reaps orphans, and reports the student's exit on the pipe.

A step the spec asks for that fails stops the launcher (exit 125) before ``ready``: the runner
then refuses the run instead of running the code with less protection than it announced.
Everything below :func:`child_main` runs only in that child process; the tests in
``tests/sandbox`` check it by its effects, which the test process's coverage cannot see.
"""

from __future__ import annotations

import ctypes
import io
import json
import math
import os
import sys
import traceback
from typing import Any

__all__ = ["CHILD_FLAG", "child_main", "landlock_abi"]

CHILD_FLAG = "--frames-sandbox-child"
"""The frozen bundle's first argument that makes ``frames-desktop`` this launcher."""

SETUP_FAILED = 125
"""The launcher's exit status when a protection could not be set up (as ``env`` uses it)."""

# Landlock (include/uapi/linux/landlock.h). The syscall numbers are the same on every arch.
_SYS_CREATE_RULESET, _SYS_ADD_RULE, _SYS_RESTRICT_SELF = 444, 445, 446
_CREATE_RULESET_VERSION = 1
_RULE_PATH_BENEATH = 1
_FS_EXECUTE = 1 << 0
_FS_WRITE_FILE = 1 << 1
_FS_READ_FILE = 1 << 2
_FS_READ_DIR = 1 << 3
_FS_MAKE_CHAR = 1 << 6
_FS_MAKE_BLOCK = 1 << 11
_FS_V1 = (1 << 13) - 1  # EXECUTE .. MAKE_SYM
_FS_REFER = 1 << 13  # ABI 2
_FS_TRUNCATE = 1 << 14  # ABI 3
_FS_IOCTL_DEV = 1 << 15  # ABI 5
_FILE_RIGHTS = _FS_EXECUTE | _FS_WRITE_FILE | _FS_READ_FILE | _FS_TRUNCATE | _FS_IOCTL_DEV
_NET_BIND_TCP, _NET_CONNECT_TCP = 1 << 0, 1 << 1  # ABI 4
_SCOPE_ABSTRACT_UNIX_SOCKET, _SCOPE_SIGNAL = 1 << 0, 1 << 1  # ABI 6
_READ_EXEC = _FS_EXECUTE | _FS_READ_FILE | _FS_READ_DIR
_DEVICES = {
    "/dev/null": _FS_READ_FILE | _FS_WRITE_FILE | _FS_TRUNCATE,
    "/dev/zero": _FS_READ_FILE,
    "/dev/random": _FS_READ_FILE,
    "/dev/urandom": _FS_READ_FILE,
}

_CLONE_NEWUSER, _CLONE_NEWNET, _CLONE_NEWPID = 0x10000000, 0x40000000, 0x20000000
_PR_CAPBSET_DROP, _PR_SET_NO_NEW_PRIVS, _PR_CAP_AMBIENT = 24, 38, 47
_PR_CAP_AMBIENT_CLEAR_ALL = 4
_PR_SET_CHILD_SUBREAPER = 36
_CAP_VERSION_3 = 0x20080522


class _RulesetAttr(ctypes.Structure):
    _fields_ = [
        ("handled_access_fs", ctypes.c_uint64),
        ("handled_access_net", ctypes.c_uint64),
        ("scoped", ctypes.c_uint64),
    ]


class _PathBeneathAttr(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


def _libc() -> Any:
    libc = ctypes.CDLL(None, use_errno=True)
    libc.syscall.restype = ctypes.c_long
    return libc


def landlock_abi() -> int:
    """The Landlock ABI version this kernel offers; 0 when it offers none (or not Linux)."""
    if not sys.platform.startswith("linux"):
        return 0
    try:
        abi = _libc().syscall(
            _SYS_CREATE_RULESET, None, ctypes.c_size_t(0), ctypes.c_uint32(_CREATE_RULESET_VERSION)
        )
    except (OSError, AttributeError):  # pragma: no cover - no libc symbols
        return 0
    return max(int(abi), 0)


def child_main(argv: list[str]) -> int:
    """Run the launcher with ``argv`` (``[SPEC]`` or ``["--probe"]``); the exit status.

    The frozen bundle's dispatch calls this; in the student's process it returns the status
    of their program (or raises its ``SystemExit``), so the interpreter shuts down as usual.
    """
    if argv[:1] == ["--probe"]:
        return _probe()
    if len(argv) != 1:
        os.write(2, b"usage: _child.py SPEC-JSON | --probe\n")
        return 2
    return _launch(json.loads(argv[0]))


# --- everything below runs only in the launcher's process ------------------------------------


def _probe() -> int:  # pragma: no cover - runs in a child process
    """Print whether this process can unshare the namespaces (JSON), without running anything."""
    try:
        _unshare_namespaces()
        result: dict[str, Any] = {"namespaces": True, "error": ""}
    except OSError as exc:
        result = {"namespaces": False, "error": _describe(exc)}
    os.write(1, json.dumps(result).encode() + b"\n")
    return 0


def _describe(exc: OSError) -> str:  # pragma: no cover - runs in a child process
    return f"{exc.strerror or exc}".strip() or type(exc).__name__


def _check(result: int, what: str) -> int:  # pragma: no cover - runs in a child process
    if result < 0:
        err = ctypes.get_errno()
        raise OSError(err, f"{what}: {os.strerror(err)}")
    return result


def _launch(spec: dict[str, Any]) -> int:  # pragma: no cover - runs in a child process
    status_fd: int = spec["status_fd"]
    try:
        os.chdir(spec["workdir"])
        if spec.get("cgroup_procs"):
            with open(spec["cgroup_procs"], "w", encoding="ascii") as procs:
                procs.write(str(os.getpid()))
        in_userns = False
        if spec["namespaces"]:
            _unshare_namespaces()
            in_userns = True
        if sys.platform.startswith("linux"):
            _drop_capabilities()
        _set_limits(spec["limits"], in_userns=in_userns)
        if spec["landlock"] is not None:
            _apply_landlock(spec["landlock"]["abi"], spec["landlock"]["read"], spec["workdir"])
    except OSError as exc:
        os.write(2, f"frames-sandbox: could not set up the sandbox: {exc}\n".encode())
        return SETUP_FAILED
    os.write(status_fd, b"ready\n")
    init = os.fork()
    if init:
        os.close(status_fd)
        return _wait_for(init)
    student = os.fork()
    if student:
        os._exit(_init(student, status_fd))
    os.close(status_fd)
    return _student(spec)


def _unshare_namespaces() -> None:  # pragma: no cover - runs in a child process
    """New user, network and PID namespaces; the user keeps its own uid and gid inside."""
    uid, gid = os.geteuid(), os.getegid()
    libc = _libc()
    _check(libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET | _CLONE_NEWPID), "unshare")
    # Best effort: without a map the ids read as the overflow id, and nothing else changes.
    for name, text in (
        ("setgroups", "deny"),
        ("uid_map", f"{uid} {uid} 1"),
        ("gid_map", f"{gid} {gid} 1"),
    ):
        try:
            with open(f"/proc/self/{name}", "w", encoding="ascii") as file:
                file.write(text)
        except OSError:
            pass


def _drop_capabilities() -> None:  # pragma: no cover - runs in a child process
    """No capabilities now, none after an exec: the bounding set is emptied first."""
    libc = _libc()
    try:
        with open("/proc/sys/kernel/cap_last_cap", encoding="ascii") as file:
            last = int(file.read())
    except (OSError, ValueError):
        last = 63
    for cap in range(last + 1):
        libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0)  # fails harmlessly without CAP_SETPCAP
    libc.prctl(_PR_CAP_AMBIENT, _PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0)
    header = (ctypes.c_uint32 * 2)(_CAP_VERSION_3, 0)
    data = (ctypes.c_uint32 * 6)()
    _check(libc.capset(ctypes.byref(header), ctypes.byref(data)), "capset")


def _set_limits(limits: dict[str, Any], *, in_userns: bool) -> None:  # pragma: no cover
    try:
        import resource
    except ImportError:  # Windows: no rlimits
        return

    def lower(which: int, value: int) -> None:
        _soft, hard = resource.getrlimit(which)
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        resource.setrlimit(which, (value, value))

    cpu = math.ceil(limits["seconds"]) + 1
    _soft, cpu_hard = resource.getrlimit(resource.RLIMIT_CPU)
    resource.setrlimit(
        resource.RLIMIT_CPU,
        (cpu, cpu + 1 if cpu_hard == resource.RLIM_INFINITY else min(cpu + 1, cpu_hard)),
    )
    lower(resource.RLIMIT_CORE, 0)
    lower(resource.RLIMIT_AS, limits["memory_bytes"])
    lower(resource.RLIMIT_FSIZE, limits["file_bytes"])
    lower(resource.RLIMIT_NOFILE, limits["open_files"])
    # The launcher and its init are two of the tasks. RLIMIT_NPROC counts the tasks of the
    # real uid in the caller's user namespace: in a new one, only the sandbox's own; outside
    # one, every process of the user, so those are counted and added.
    tasks = limits["processes"] + 2
    if not in_userns and os.getuid() != 0:
        tasks += _tasks_of(os.getuid())
    lower(resource.RLIMIT_NPROC, tasks)


def _tasks_of(uid: int) -> int:  # pragma: no cover - runs in a child process
    """How many tasks (threads) the user runs now, from /proc (0 where there is none)."""
    total = 0
    try:
        entries = os.listdir("/proc")
    except OSError:
        return 0
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status", encoding="ascii", errors="replace") as file:
                fields = dict(line.split(":", 1) for line in file if ":" in line)
        except OSError:
            continue
        if fields.get("Uid", "").split()[:1] == [str(uid)]:
            total += int(fields.get("Threads", "1").strip() or 1)
    return total


def _apply_landlock(abi: int, read: list[str], workdir: str) -> None:  # pragma: no cover
    libc = _libc()
    fs = _FS_V1
    if abi >= 2:
        fs |= _FS_REFER
    if abi >= 3:
        fs |= _FS_TRUNCATE
    if abi >= 5:
        fs |= _FS_IOCTL_DEV
    net = _NET_BIND_TCP | _NET_CONNECT_TCP if abi >= 4 else 0
    scoped = _SCOPE_ABSTRACT_UNIX_SOCKET | _SCOPE_SIGNAL if abi >= 6 else 0
    attr = _RulesetAttr(fs, net, scoped)
    size = 8 if abi < 4 else 16 if abi < 6 else 24  # older kernels know a shorter struct
    ruleset = _check(
        libc.syscall(_SYS_CREATE_RULESET, ctypes.byref(attr), ctypes.c_size_t(size), 0),
        "landlock_create_ruleset",
    )
    try:
        rules = [(path, _READ_EXEC) for path in read]
        rules += list(_DEVICES.items())
        rules.append((workdir, fs & ~(_FS_MAKE_CHAR | _FS_MAKE_BLOCK | _FS_IOCTL_DEV)))
        for path, rights in rules:
            _add_rule(libc, ruleset, path, rights & fs)
        _check(libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "no_new_privs")
        _check(libc.syscall(_SYS_RESTRICT_SELF, ruleset, 0), "landlock_restrict_self")
    finally:
        os.close(ruleset)


def _add_rule(libc: Any, ruleset: int, path: str, rights: int) -> None:  # pragma: no cover
    try:
        fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
    except FileNotFoundError:
        return  # /lib64 and the like: not on every system
    try:
        import stat

        if not stat.S_ISDIR(os.fstat(fd).st_mode):
            rights &= _FILE_RIGHTS
        rule = _PathBeneathAttr(rights, fd)
        _check(
            libc.syscall(_SYS_ADD_RULE, ruleset, _RULE_PATH_BENEATH, ctypes.byref(rule), 0),
            f"landlock_add_rule {path}",
        )
    finally:
        os.close(fd)


def _wait_for(pid: int) -> int:  # pragma: no cover - runs in a child process
    """The launcher waits for the init and ends with its status."""
    while True:
        try:
            _pid, status = os.waitpid(pid, 0)
        except InterruptedError:
            continue
        return os.waitstatus_to_exitcode(status) & 0xFF


def _init(student: int, status_fd: int) -> int:  # pragma: no cover - runs in a child process
    """PID 1 of the sandbox: reap every child; report the student's exit; then end (and the
    kernel kills whatever the student left running). Outside a PID namespace, a subreaper."""
    if sys.platform.startswith("linux"):
        _libc().prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    while True:
        try:
            pid, status = os.waitpid(-1, 0)
        except InterruptedError:
            continue
        except ChildProcessError:
            return 1
        if pid != student:
            continue
        if os.WIFSIGNALED(status):
            signal = os.WTERMSIG(status)
            os.write(status_fd, f"signal {signal}\n".encode())
            return 128 + signal
        code = os.waitstatus_to_exitcode(status)
        os.write(status_fd, f"exit {code}\n".encode())
        return code & 0xFF


def _student(spec: dict[str, Any]) -> int:  # pragma: no cover - runs in a child process
    if spec["mode"] == "exec":
        argv: list[str] = spec["argv"]
        try:
            os.execv(argv[0], argv)
        except OSError as exc:
            os.write(2, f"frames-sandbox: cannot start {argv[0]}: {exc.strerror}\n".encode())
            return 126
    return _run_python(spec["main"], spec["workdir"])


def _run_python(main: str, workdir: str) -> int:  # pragma: no cover - runs in a child process
    """Run the student's file as ``__main__`` in this interpreter; its status.

    Their other files import from the run's folder. Output is unbuffered, so what they
    printed before a time limit or a crash is not lost. A traceback shows their frames only
    (not this launcher's or runpy's), with file names relative to the run's folder.
    """
    import runpy

    sys.argv = [main]
    sys.path.insert(0, workdir)
    sys.dont_write_bytecode = True
    sys.stdin = io.TextIOWrapper(
        io.BufferedReader(io.FileIO(0, "r", closefd=False)), encoding="utf-8", errors="replace"
    )
    sys.stdout = io.TextIOWrapper(
        io.FileIO(1, "w", closefd=False),
        encoding="utf-8",
        errors="backslashreplace",
        write_through=True,
    )
    sys.stderr = io.TextIOWrapper(
        io.FileIO(2, "w", closefd=False),
        encoding="utf-8",
        errors="backslashreplace",
        write_through=True,
    )
    try:
        runpy.run_path(main, run_name="__main__")
    except SystemExit:
        raise
    except BaseException as exc:
        _print_traceback(exc, main, workdir)
        return 1
    return 0


def _print_traceback(exc: BaseException, main: str, workdir: str) -> None:  # pragma: no cover
    tb = exc.__traceback__
    prefix = os.path.join(workdir, "")

    def theirs(filename: str) -> bool:
        # The main file runs under its plain name, the others import from the folder. Not
        # "<frozen runpy>", nor the bundle's relative "sync/client/sandbox/_child.py".
        return filename == main or filename.startswith(prefix)

    while tb is not None and not theirs(tb.tb_frame.f_code.co_filename):
        tb = tb.tb_next
    text = "".join(traceback.format_exception(type(exc), exc, tb))
    sys.stderr.write(text.replace(prefix, ""))
    sys.stderr.flush()


if __name__ == "__main__":  # pragma: no cover - the launcher as a script
    sys.exit(child_main(sys.argv[1:]))
