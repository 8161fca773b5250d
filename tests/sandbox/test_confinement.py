"""What a program must not reach: the data folder, the home folder, other files, the network,
more processes than allowed, other processes. Each runs real code against the real kernel."""

from __future__ import annotations

import os
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.client.sandbox import RunLimits
from tests.sandbox._helpers import leftover_processes, python, require_namespaces

TRY = """
def attempt(label, action):
    try:
        result = action()
    except Exception as exc:
        print(label, "denied", type(exc).__name__)
    else:
        print(label, "allowed", repr(result)[:200])
"""


def outcomes(stdout: str) -> dict[str, str]:
    return {line.split()[0]: line.split()[1] for line in stdout.splitlines() if " " in line}


@pytest.fixture
def data_folder(tmp_path: Path) -> Path:
    """A kiosk's data folder, outside the sandbox's folder, holding what students must not see."""
    folder = tmp_path / "frames-data" / "client"
    folder.mkdir(parents=True)
    (folder / "store.sqlite3").write_text("PIN-HASH-OF-ANOTHER-STUDENT")
    return folder


def test_the_data_folder_cannot_be_read(data_folder: Path) -> None:
    store = data_folder / "store.sqlite3"
    code = (
        TRY
        + f"""
import os
attempt("read", lambda: open({str(store)!r}).read())
attempt("list", lambda: os.listdir({str(data_folder)!r}))
os.symlink({str(store)!r}, "link")
attempt("symlink", lambda: open("link").read())
attempt("hardlink", lambda: os.link({str(store)!r}, "hard"))
attempt("own", lambda: open("main.py").read(10))
"""
    )
    result = python(code)
    assert "PIN-HASH" not in result.stdout
    assert outcomes(result.stdout) == {
        "read": "denied",
        "list": "denied",
        "symlink": "denied",
        "hardlink": "denied",
        "own": "allowed",
    }, result.stdout + result.stderr


def test_home_system_secrets_and_the_app_cannot_be_read() -> None:
    # The tests run as root: only Landlock stands between the program and these.
    home = Path.home()
    app = Path(__file__).resolve().parents[2] / "pyproject.toml"
    code = (
        TRY
        + f"""
import os
attempt("home", lambda: os.listdir({str(home)!r}))
attempt("ssh", lambda: os.listdir({str(home / ".ssh")!r}))
attempt("shadow", lambda: open("/etc/shadow").read())
attempt("passwd", lambda: open("/etc/passwd").read())
attempt("app", lambda: open({str(app)!r}).read())
attempt("proc", lambda: open("/proc/1/environ").read())
attempt("root", lambda: os.listdir("/"))
attempt("stdlib", lambda: __import__("fractions").Fraction(1, 3))
"""
    )
    result = python(code)
    found = outcomes(result.stdout)
    assert found.pop("stdlib") == "allowed", result.stdout + result.stderr
    assert set(found.values()) == {"denied"}, result.stdout
    assert len(found) == 7


def test_nothing_can_be_written_outside_the_folder(tmp_path: Path) -> None:
    outside = tmp_path / "written.txt"
    in_tmp = Path(tempfile.gettempdir()) / f"frames-sandbox-escape-{os.getpid()}.txt"
    code = (
        TRY
        + f"""
import os
attempt("tmp_path", lambda: open({str(outside)!r}, "w").write("x"))
attempt("tmp", lambda: open({str(in_tmp)!r}, "w").write("x"))
attempt("mkdir", lambda: os.mkdir({str(tmp_path / "d")!r}))
attempt("here", lambda: open("here.txt", "w").write("x"))
"""
    )
    try:
        result = python(code)
    finally:
        escaped = in_tmp.exists()
        in_tmp.unlink(missing_ok=True)
    assert not escaped
    assert outcomes(result.stdout) == {
        "tmp_path": "denied",
        "tmp": "denied",
        "mkdir": "denied",
        "here": "allowed",
    }, result.stdout + result.stderr
    assert not outside.exists() and not (tmp_path / "d").exists()


@pytest.fixture
def tcp_listener() -> Iterator[socket.socket]:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(5)
        server.settimeout(0.3)
        yield server


def _no_connection(server: socket.socket) -> bool:
    try:
        connection, _address = server.accept()
    except TimeoutError:
        return True
    connection.close()
    return False


def test_no_tcp_connection_reaches_a_listener_on_this_computer(
    tcp_listener: socket.socket,
) -> None:
    port = tcp_listener.getsockname()[1]
    code = (
        TRY
        + f"""
import socket
attempt("tcp", lambda: socket.create_connection(("127.0.0.1", {port}), timeout=2))
attempt("bind", lambda: socket.socket().bind(("127.0.0.1", 0)))
"""
    )
    result = python(code)
    assert outcomes(result.stdout) == {"tcp": "denied", "bind": "denied"}, result.stdout
    assert _no_connection(tcp_listener)


def test_udp_and_dns_fail() -> None:
    require_namespaces()  # Landlock alone does not cover UDP
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as receiver:
        receiver.bind(("127.0.0.1", 0))
        receiver.settimeout(0.3)
        port = receiver.getsockname()[1]
        code = (
            TRY
            + f"""
import socket
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
attempt("udp", lambda: udp.sendto(b"hello", ("127.0.0.1", {port})))
attempt("dns", lambda: socket.getaddrinfo("example.com", 80))
attempt("public", lambda: udp.sendto(b"hello", ("8.8.8.8", 53)))
"""
        )
        result = python(code)
        assert outcomes(result.stdout) == {
            "udp": "denied",
            "dns": "denied",
            "public": "denied",
        }, result.stdout
        with pytest.raises(TimeoutError):
            receiver.recvfrom(100)


FORKS = """
import os, sys, time
started = 0
try:
    for _ in range(100):
        pid = os.fork()
        if pid == 0:
            if started == 0:
                os.setsid()          # leaves the process group: must not outlive the run
            time.sleep(60)
            os._exit(0)
        started += 1
except OSError as exc:
    print("refused", exc.errno)
print("started", started)
print(os.getcwd())
"""


def test_a_hundred_subprocesses_are_bounded_and_none_outlives_the_run() -> None:
    result = python(FORKS, limits=RunLimits(processes=8))
    refused, started, folder = result.stdout.splitlines()
    assert refused == "refused 11"  # EAGAIN
    assert started == "started 7"  # the program's own process is the eighth
    assert result.exit_status == 0
    assert leftover_processes(folder) == []


def test_a_fork_bomb_is_bounded_and_stopped() -> None:
    code = """
        import os
        print(os.getcwd(), flush=True)
        while True:
            try:
                os.fork()
            except OSError:
                pass
    """
    result = python(code, limits=RunLimits(seconds=1.0, processes=16))
    assert result.stopped == "time"
    folder = result.stdout.splitlines()[0]
    assert leftover_processes(folder) == []


def test_threads_count_as_tasks() -> None:
    code = """
        import threading, time
        started = 0
        try:
            for _ in range(50):
                threading.Thread(target=time.sleep, args=(1,), daemon=True).start()
                started += 1
        except RuntimeError:
            pass
        print(started)
    """
    result = python(code, limits=RunLimits(processes=5))
    assert result.stdout == "4\n", result.stdout + result.stderr


def test_other_processes_cannot_be_signalled() -> None:
    code = (
        TRY
        + f"""
import os
attempt("kill", lambda: os.kill({os.getpid()}, 0))
attempt("self", lambda: os.kill(os.getpid(), 0))
"""
    )
    result = python(code)
    assert outcomes(result.stdout) == {"kill": "denied", "self": "allowed"}, result.stdout
