"""Python programs: output, input, errors, and the limits that stop them."""

from __future__ import annotations

import os
import stat
import tempfile
import threading
import time
from pathlib import Path

import pytest

from sync.client.sandbox import RunLimits, RunRequest, run
from tests.sandbox._helpers import python


def test_hello_world() -> None:
    result = python("print('hello, world')")
    assert result.stdout == "hello, world\n"
    assert result.stderr == ""
    assert result.exit_status == 0
    assert result.stopped is None and not result.truncated
    assert result.error_type is None and result.error_line is None
    assert 0 < result.duration_ms < 5000


def test_standard_input_and_exit_status() -> None:
    code = """
        import sys
        name = input()
        rest = sys.stdin.read()
        print(name.upper(), len(rest.splitlines()))
        sys.exit(3)
    """
    result = python(code, stdin="ada\n" + "line\n" * 20_000)
    assert result.stdout == "ADA 20000\n"
    assert result.exit_status == 3


def test_a_program_that_never_reads_its_big_input_still_ends() -> None:
    result = python("print('done')", stdin="x" * 1_000_000)
    assert result.stdout == "done\n" and result.exit_status == 0


def test_a_traceback_names_the_error_and_the_students_line() -> None:
    code = """
        import helper
        print("before")
        helper.divide(1, 0)
    """
    helper = "def divide(a, b):\n    return a / b\n"
    result = python(code, helper_py=helper)
    assert result.stdout == "before\n"
    assert result.exit_status == 1
    assert result.error_type == "ZeroDivisionError"
    assert result.error_line == 4
    assert 'File "main.py", line 4, in <module>' in result.stderr
    assert 'File "helper.py", line 2, in divide' in result.stderr
    # Only the student's frames, with their own file names: not the launcher's or runpy's.
    assert "runpy" not in result.stderr and "_child" not in result.stderr
    assert tempfile.gettempdir() not in result.stderr
    assert result.stderr.rstrip().endswith("ZeroDivisionError: division by zero")


def test_a_syntax_error() -> None:
    result = python("x = 1\nprint(x\n")
    assert result.error_type == "SyntaxError"
    assert result.error_line == 2
    assert result.exit_status == 1


def test_stderr_is_kept_apart() -> None:
    result = python("import sys\nprint('out')\nprint('err', file=sys.stderr)")
    assert (result.stdout, result.stderr) == ("out\n", "err\n")
    assert result.error_type is None


def test_a_runaway_loop_is_stopped_by_the_time_limit() -> None:
    started = time.monotonic()
    result = python("print('looping')\nwhile True:\n    pass", limits=RunLimits(seconds=1.0))
    elapsed = time.monotonic() - started
    assert result.stopped == "time"
    assert result.exit_status is None
    assert result.stdout == "looping\n"  # what it printed before is kept
    assert elapsed < 1.0 + 1.5
    assert 900 <= result.duration_ms < 2500


def test_a_sleeping_program_is_stopped_too() -> None:
    result = python("import time\ntime.sleep(60)", limits=RunLimits(seconds=0.5))
    assert result.stopped == "time" and result.duration_ms < 2000


def test_a_gigabyte_allocation_is_stopped_by_the_memory_limit() -> None:
    code = """
        small = bytearray(64 * 1024 * 1024)   # well within the limit
        print("small ok")
        big = bytearray(1024 ** 3)
        print("big ok")
    """
    result = python(code)
    assert result.stdout == "small ok\n"
    assert result.stopped == "memory"
    assert result.error_type == "MemoryError"
    assert result.error_line == 4


def test_huge_output_is_truncated() -> None:
    result = python("while True:\n    print('x' * 99)", limits=RunLimits(output_bytes=4096))
    assert result.stopped == "output"
    assert result.truncated
    assert result.exit_status is None
    assert len(result.stdout.encode()) <= 4096
    assert result.stdout.startswith("x" * 99 + "\n")
    assert len(result.stdout) > 3000


def test_output_on_both_streams_counts_toward_the_limit() -> None:
    code = """
        import sys, time
        print("o" * 2999)
        time.sleep(0.3)
        while True:
            print("e" * 99, file=sys.stderr)
    """
    result = python(code, limits=RunLimits(output_bytes=8000))
    assert result.truncated and result.stopped == "output"
    assert result.stdout == "o" * 2999 + "\n"
    assert len(result.stderr) == 8000 - 3000


def test_cancel_kills_the_run_at_once() -> None:
    cancel = threading.Event()
    results = []
    request = RunRequest(
        language="python", files={"main.py": "while True:\n    pass"}, limits=RunLimits(seconds=30)
    )
    worker = threading.Thread(target=lambda: results.append(run(request, cancel=cancel)))
    worker.start()
    time.sleep(0.5)
    cancelled_at = time.monotonic()
    cancel.set()
    worker.join(timeout=10)
    assert not worker.is_alive()
    assert time.monotonic() - cancelled_at < 1.0
    [result] = results
    assert result.stopped == "cancelled" and result.exit_status is None


def test_the_environment_is_scrubbed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRAMES_TOKEN", "secret-token-123")
    code = """
        import os, sys
        print(sorted(os.environ))
        print(os.environ["HOME"] == os.getcwd() == os.environ["TMPDIR"])
        print(os.environ["PATH"])
        print(sys.flags.isolated, sys.flags.no_site, sys.dont_write_bytecode)
    """
    result = python(code)
    lines = result.stdout.splitlines()
    assert "secret-token-123" not in result.stdout and "FRAMES_TOKEN" not in lines[0]
    assert "'HOME'" in lines[0]
    assert lines[1] == "True"
    assert lines[2] == "/usr/local/bin:/usr/bin:/bin"
    assert lines[3] == "1 1 True"


def test_the_run_gets_a_private_folder_that_is_removed_afterwards() -> None:
    code = """
        import os, stat
        open("notes.txt", "w").write("mine")
        os.mkdir("locked")
        open("locked/inside.txt", "w").write("x")
        os.chmod("locked", 0o500)
        print(os.getcwd())
        print(oct(stat.S_IMODE(os.stat(".").st_mode)))
        print(sorted(os.listdir(".")))
    """
    result = python(code, data_txt="given")
    folder, mode, listing = result.stdout.splitlines()
    assert Path(folder).parent == Path(tempfile.gettempdir())
    assert Path(folder).name.startswith("frames-sandbox-")
    assert mode == oct(stat.S_IRWXU)
    assert listing == "['data.txt', 'locked', 'main.py', 'notes.txt']"
    assert not os.path.exists(folder)


def test_the_folder_is_removed_after_a_time_limit_too() -> None:
    result = python(
        "import os\nprint(os.getcwd())\nwhile True: pass", limits=RunLimits(seconds=0.5)
    )
    assert result.stopped == "time"
    assert not os.path.exists(result.stdout.strip())


def test_files_larger_than_a_megabyte_cannot_be_written() -> None:
    code = """
        with open("big.bin", "wb") as f:
            f.write(b"x" * 900_000)
            f.flush()
            print("900 kB ok")
            f.write(b"x" * 900_000)
            f.flush()
    """
    result = python(code)
    assert result.stdout == "900 kB ok\n"
    assert result.error_type == "OSError" and "File too large" in result.stderr
