"""Where the sandbox is missing or partial: refusal, the staff's override, Landlock alone."""

from __future__ import annotations

import os
import socket
import uuid
from pathlib import Path

import pytest

from sync.client.sandbox import (
    RunLimits,
    RunRequest,
    SandboxUnavailable,
    isolation,
    run,
)
from sync.client.sandbox._probe import FORCE_UNAVAILABLE_ENV, NO_NAMESPACES_ENV
from tests.sandbox._helpers import need, python
from tests.sandbox.test_confinement import TRY, outcomes

pytestmark = pytest.mark.usefixtures("fresh_probe")

HELLO = RunRequest(language="python", files={"main.py": "print(open('/etc/passwd').read(4))"})


def test_without_isolation_a_run_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(FORCE_UNAVAILABLE_ENV, "1")
    found = isolation()
    assert not found.available
    assert found.reason and "\n" not in found.reason
    with pytest.raises(SandboxUnavailable, match="sandbox is turned off") as refused:
        run(HELLO)
    assert "\n" not in str(refused.value)


def test_staff_can_allow_unisolated_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(FORCE_UNAVAILABLE_ENV, "1")
    result = run(HELLO, allow_unisolated=True)
    assert result.stdout == "root\n"  # no Landlock: the program reads what its user can
    assert result.exit_status == 0
    # The limits still hold.
    looping = RunRequest(
        language="python", files={"main.py": "while True: pass"}, limits=RunLimits(seconds=0.5)
    )
    assert run(looping, allow_unisolated=True).stopped == "time"


def test_without_namespaces_landlock_still_confines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(NO_NAMESPACES_ENV, "1")
    found = isolation()
    assert found.available
    assert "netns" not in found.mechanism and "UDP is not blocked" in found.reason
    need(found.mechanism >= "landlock-v6", "Landlock ABI 6 (scoping) is needed here")
    abstract = f"\0frames-test-{uuid.uuid4().hex}"
    with socket.socket() as server, socket.socket(socket.AF_UNIX) as unix:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        server.settimeout(0.3)
        unix.bind(abstract)
        unix.listen(1)
        unix.settimeout(0.3)
        port = server.getsockname()[1]
        code = (
            TRY
            + f"""
import os, socket
attempt("tcp", lambda: socket.create_connection(("127.0.0.1", {port}), timeout=2))
attempt("kill", lambda: os.kill({os.getpid()}, 0))
attempt("abstract", lambda: socket.socket(socket.AF_UNIX).connect({abstract!r}))
attempt("passwd", lambda: open("/etc/passwd").read())
"""
        )
        result = python(code)
        assert outcomes(result.stdout) == {
            "tcp": "denied",
            "kill": "denied",
            "abstract": "denied",
            "passwd": "denied",
        }, result.stdout + result.stderr
        for listener in (server, unix):
            with pytest.raises(TimeoutError):
                listener.accept()


def test_c_without_a_compiler_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    request = RunRequest(language="c", files={"main.c": "int main(void) { return 0; }\n"})
    with pytest.raises(SandboxUnavailable, match=r"no C compiler on this computer \(install gcc\)"):
        run(request)
