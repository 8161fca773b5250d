"""Running one request: a fresh folder, the launcher in a new session, its pipes read as they
fill (the app never blocks on a full pipe), the limits watched, everything killed at the end."""

from __future__ import annotations

import json
import os
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, Final

from sync.client.sandbox import _cgroup, _launcher, _parse
from sync.client.sandbox._probe import NO_COMPILER, c_compiler, isolation, layers
from sync.client.sandbox._types import (
    MiB,
    RunRequest,
    RunResult,
    SandboxUnavailable,
    Stopped,
)

__all__ = ["run"]

FILE_BYTES: Final = MiB
"""The largest file a program may write (``RLIMIT_FSIZE``)."""
OPEN_FILES: Final = 256
COMPILE_SECONDS: Final = 20.0
COMPILE_MEMORY: Final = 1024 * MiB
COMPILE_FILE_BYTES: Final = 64 * MiB
SETUP_SECONDS: Final = 30.0
"""How long the launcher may take to lock itself in (a loaded kiosk, a cold disk)."""
GRACE_SECONDS: Final = 0.5
"""After the launcher ended or was killed, how long its pipes may take to close."""
PROGRAM: Final = ".program"
"""The compiled C program's name: no student file starts with a dot."""
_TICK = 0.05


@dataclass
class _Outcome:
    stdout: bytes
    stderr: bytes
    exit_status: int | None
    duration_ms: int
    stopped: Stopped | None
    truncated: bool


def run(
    request: RunRequest,
    *,
    allow_unisolated: bool = False,
    cancel: threading.Event | None = None,
) -> RunResult:
    """Run ``request`` in the sandbox and wait for it (call it off the UI thread).

    Raises :class:`SandboxUnavailable` when this computer has no isolation and
    ``allow_unisolated`` is false (then the run only gets the rlimits, its own folder and its
    own session), when the language cannot run here, or when the sandbox could not be set up.
    The student's code failing, looping or flooding is a :class:`RunResult`, never an error.
    ``cancel.set()`` kills the run at once (``stopped="cancelled"``).
    """
    if os.name == "nt":
        raise SandboxUnavailable(isolation().reason + "; Windows offers no limits FRAMES can set")
    found = isolation()
    if not found.available and not allow_unisolated:
        raise SandboxUnavailable(found.reason)
    compiler = None
    if request.language == "c":
        compiler = c_compiler()
        if compiler is None:
            raise SandboxUnavailable(f"C programs cannot run here: {NO_COMPILER}")
    workdir = tempfile.mkdtemp(prefix="frames-sandbox-")  # mode 0700
    try:
        _write_files(workdir, request.files)
        if compiler is not None:
            return _run_c(request, workdir, compiler, isolated=found.available, cancel=cancel)
        return _run_python(request, workdir, isolated=found.available, cancel=cancel)
    finally:
        _remove(workdir)


def _run_python(
    request: RunRequest, workdir: str, *, isolated: bool, cancel: threading.Event | None
) -> RunResult:
    assert request.main is not None
    outcome = _execute(
        workdir,
        {"mode": "python", "main": request.main},
        stdin=request.stdin.encode("utf-8"),
        limits=_limits(request),
        output_bytes=request.limits.output_bytes,
        isolated=isolated,
        cancel=cancel,
    )
    result = _result(outcome)
    if outcome.exit_status not in (None, 0):
        error_type, error_line = _parse.python_error(result.stderr, request.main)
        if error_type is not None:
            stopped = "memory" if error_type == "MemoryError" else result.stopped
            result = replace(result, error_type=error_type, error_line=error_line, stopped=stopped)
    return result


def _run_c(
    request: RunRequest,
    workdir: str,
    compiler: str,
    *,
    isolated: bool,
    cancel: threading.Event | None,
) -> RunResult:
    sources = sorted(
        (name for name in request.files if name.endswith(".c")),
        key=lambda name: name != request.main,
    )
    argv = [compiler, "-O0", "-std=c11", "-fdiagnostics-color=never", "-o", PROGRAM]
    limits = _limits(request)
    compiled = _execute(
        workdir,
        {"mode": "exec", "argv": [*argv, *sources, "-lm"]},
        stdin=b"",
        limits={
            **limits,
            "seconds": COMPILE_SECONDS,
            "memory_bytes": max(limits["memory_bytes"], COMPILE_MEMORY),
            "file_bytes": COMPILE_FILE_BYTES,
            "processes": max(limits["processes"], 16),
        },
        output_bytes=request.limits.output_bytes,
        isolated=isolated,
        compiler=compiler,
        cancel=cancel,
    )
    if compiled.stopped == "cancelled":
        return _result(compiled)
    if compiled.exit_status != 0 or compiled.stopped is not None:
        result = _result(compiled)
        stderr = result.stderr.replace(os.path.join(workdir, ""), "")
        if compiled.stopped == "time":
            stderr += f"\ncompiling took longer than {COMPILE_SECONDS:g} seconds\n"
        return replace(
            result,
            stderr=stderr,
            error_type="CompileError",
            error_line=_parse.c_compile_error(stderr),
        )
    outcome = _execute(
        workdir,
        {"mode": "exec", "argv": [f"./{PROGRAM}"]},
        stdin=request.stdin.encode("utf-8"),
        limits=limits,
        output_bytes=request.limits.output_bytes,
        isolated=isolated,
        cancel=cancel,
    )
    return _result(outcome)


def _limits(request: RunRequest) -> dict[str, Any]:
    limits = request.limits
    return {
        "seconds": limits.seconds,
        "memory_bytes": limits.memory_bytes,
        "processes": limits.processes,
        "file_bytes": FILE_BYTES,
        "open_files": OPEN_FILES,
    }


def _result(outcome: _Outcome) -> RunResult:
    error_type = None
    if outcome.exit_status is not None and outcome.exit_status < 0:
        try:
            error_type = signal.Signals(-outcome.exit_status).name
        except ValueError:
            error_type = f"signal {-outcome.exit_status}"
    return RunResult(
        stdout=outcome.stdout.decode("utf-8", errors="replace"),
        stderr=outcome.stderr.decode("utf-8", errors="replace"),
        exit_status=outcome.exit_status,
        duration_ms=outcome.duration_ms,
        stopped=outcome.stopped,
        truncated=outcome.truncated,
        error_type=error_type,
        error_line=None,
    )


def _write_files(workdir: str, files: Mapping[str, str]) -> None:
    for name, text in files.items():
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(os.path.join(workdir, name), flags, 0o600)
        with open(fd, "w", encoding="utf-8", newline="") as file:
            file.write(text)


def _remove(workdir: str) -> None:
    """Remove the run's folder, whatever the program left in it (read-only folders too)."""

    def retry(func: Any, path: str, _exc: Any) -> None:
        try:
            os.chmod(os.path.dirname(path), 0o700)
            if os.path.isdir(path) and not os.path.islink(path):
                os.chmod(path, 0o700)
            func(path)
        except OSError:
            pass

    if sys.version_info >= (3, 12):
        shutil.rmtree(workdir, onexc=retry)
    else:
        shutil.rmtree(workdir, onerror=retry)


def _execute(
    workdir: str,
    what: dict[str, Any],
    *,
    stdin: bytes,
    limits: dict[str, Any],
    output_bytes: int,
    isolated: bool,
    cancel: threading.Event | None,
    compiler: str | None = None,
) -> _Outcome:
    """Start the launcher for one program and watch it to its end."""
    found = layers()
    cgroup = _cgroup.create(limits["processes"] + 2)
    status_read, status_write = os.pipe()
    spec = {
        **what,
        "workdir": workdir,
        "status_fd": status_write,
        "limits": limits,
        "namespaces": isolated and found.namespaces,
        "landlock": (
            {"abi": found.landlock, "read": _launcher.read_paths(compiler=compiler)}
            if isolated
            else None
        ),
        "cgroup_procs": str(cgroup / "cgroup.procs") if cgroup is not None else None,
    }
    try:
        proc = subprocess.Popen(
            [*_launcher.command(), json.dumps(spec)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=workdir,
            env=_launcher.environment(workdir, compiler=compiler),
            start_new_session=True,
            pass_fds=(status_write,),
        )
    except BaseException:
        os.close(status_read)
        if cgroup is not None:
            _cgroup.remove(cgroup)
        raise
    finally:
        os.close(status_write)
    try:
        return _watch(proc, status_read, stdin, limits["seconds"], output_bytes, cancel)
    finally:
        _kill_group(proc.pid)  # before the launcher is reaped: its id cannot be reused yet
        proc.wait()
        if cgroup is not None:
            _cgroup.remove(cgroup)
        os.close(status_read)
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            if stream is not None:
                try:
                    stream.close()
                except OSError:
                    pass


def _kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _ended(proc: subprocess.Popen[bytes]) -> int | None:
    """The launcher's exit status (negative: its signal) once it has ended, else ``None``.

    Not reaped: until the runner reaps it, its process id (the group's id) cannot be taken by
    another process, so the final ``killpg`` cannot hit a stranger. (Python before 3.13 has no
    ``waitid`` on macOS: there it is reaped, as ``poll`` does.)
    """
    if not hasattr(os, "waitid"):  # pragma: no cover - macOS
        return proc.poll()
    try:
        found = os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
    except ChildProcessError:  # pragma: no cover - reaped elsewhere
        return proc.returncode if proc.returncode is not None else -signal.SIGKILL
    if found is None:
        return None
    return found.si_status if found.si_code == os.CLD_EXITED else -found.si_status


def _watch(
    proc: subprocess.Popen[bytes],
    status_read: int,
    stdin: bytes,
    seconds: float,
    output_bytes: int,
    cancel: threading.Event | None,
) -> _Outcome:
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout.fileno(), selectors.EVENT_READ, "stdout")
    selector.register(proc.stderr.fileno(), selectors.EVENT_READ, "stderr")
    selector.register(status_read, selectors.EVENT_READ, "status")
    pending = memoryview(stdin)
    if pending:
        os.set_blocking(proc.stdin.fileno(), False)
        selector.register(proc.stdin.fileno(), selectors.EVENT_WRITE, "stdin")
    else:
        proc.stdin.close()
    output = {"stdout": bytearray(), "stderr": bytearray()}
    status = bytearray()
    stopped: Stopped | None = None
    truncated = False
    started = time.monotonic()
    ready_at: float | None = None
    ended_at: float | None = None
    launcher_status: int | None = None
    killed_at: float | None = None

    def stop(why: Stopped | None) -> None:
        nonlocal stopped, killed_at
        if killed_at is None:
            stopped = why
            killed_at = time.monotonic()
            _kill_group(proc.pid)

    try:
        while selector.get_map():
            now = time.monotonic()
            if killed_at is None and ended_at is None:
                if cancel is not None and cancel.is_set():
                    stop("cancelled")
                elif ready_at is not None and now >= ready_at + seconds:
                    stop("time")
                elif ready_at is None and now >= started + SETUP_SECONDS:
                    stop(None)
            if ended_at is None:
                launcher_status = _ended(proc)
                if launcher_status is not None:
                    ended_at = now
            last = min(t for t in (ended_at, killed_at, float("inf")) if t is not None)
            if now - last > GRACE_SECONDS:
                break  # something outside the namespace kept a pipe open
            timeout = _TICK
            if ready_at is not None and killed_at is None:
                timeout = max(0.0, min(timeout, ready_at + seconds - now))
            for key, _events in selector.select(timeout):
                name = key.data
                if name == "stdin":
                    try:
                        written = os.write(key.fd, pending[:65536])
                    except BlockingIOError:
                        continue
                    except OSError:  # the program ended or closed its input
                        written = len(pending)
                    pending = pending[written:]
                    if not pending:
                        selector.unregister(key.fd)
                        proc.stdin.close()
                    continue
                data = os.read(key.fd, 65536)
                if not data:
                    selector.unregister(key.fd)
                    continue
                if name == "status":
                    status += data
                    if ready_at is None and b"ready\n" in status:
                        ready_at = time.monotonic()
                    continue
                room = output_bytes - len(output["stdout"]) - len(output["stderr"])
                output[name] += data[: max(room, 0)]
                if len(data) > room:
                    truncated = True
                    stop("output")
    finally:
        selector.close()
    end = min(t for t in (ended_at, killed_at, time.monotonic()) if t is not None)
    if ready_at is None and stopped is None:
        message = output["stderr"].decode("utf-8", errors="replace").strip().splitlines()
        reason = message[-1] if message else "the sandbox did not start"
        raise SandboxUnavailable(reason.removeprefix("frames-sandbox: "))
    exit_status = _exit_status(bytes(status))
    if exit_status is None and stopped is None:
        # No report from the init (it died, or there was none): the launcher's own status,
        # which follows within moments of its pipes closing.
        deadline = time.monotonic() + GRACE_SECONDS
        while launcher_status is None and time.monotonic() < deadline:
            time.sleep(0.01)
            launcher_status = _ended(proc)
        exit_status = launcher_status
    if stopped is None and exit_status is not None and exit_status < 0:
        if -exit_status == getattr(signal, "SIGXCPU", 0):
            stopped = "time"  # the CPU-seconds limit
    return _Outcome(
        stdout=bytes(output["stdout"]),
        stderr=bytes(output["stderr"]),
        exit_status=None if killed_at is not None and stopped is not None else exit_status,
        duration_ms=round((end - ready_at) * 1000) if ready_at is not None else 0,
        stopped=stopped,
        truncated=truncated,
    )


def _exit_status(status: bytes) -> int | None:
    """The student's exit as the sandbox's init reported it: ``exit N`` or ``signal N``."""
    for line in status.decode("ascii", errors="replace").splitlines():
        kind, _sep, number = line.partition(" ")
        if kind == "exit" and number.lstrip("-").isdigit():
            return int(number)
        if kind == "signal" and number.isdigit():
            return -int(number)
    return None
