"""C programs: compiled in the sandbox, then run in it; compile errors are results."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from sync.client.sandbox import RunLimits, RunRequest, run
from tests.sandbox._helpers import require_c, run_c


@pytest.fixture(autouse=True)
def _compiler() -> None:
    require_c()


def test_hello_world_in_c() -> None:
    result = run_c(
        """
        #include <stdio.h>
        #include <math.h>
        int main(void) {
            char name[32];
            if (scanf("%31s", name) != 1) return 2;
            printf("hello, %s %.1f\\n", name, sqrt(2.0));
            return 0;
        }
        """,
        stdin="ada\n",
    )
    assert result.stdout == "hello, ada 1.4\n", result.stderr
    assert result.exit_status == 0 and result.stopped is None
    assert result.error_type is None
    assert 0 < result.duration_ms < 5000


def test_a_compile_error_is_a_result() -> None:
    result = run_c(
        """
        #include <stdio.h>
        int main(void) {
            printf("missing semicolon\\n")
            return 0;
        }
        """
    )
    assert result.error_type == "CompileError"
    assert result.error_line == 4  # the printf (the text starts with an empty line)
    assert "error:" in result.stderr
    assert result.exit_status not in (0, None)
    assert result.stdout == ""
    assert tempfile.gettempdir() + "/frames-sandbox" not in result.stderr


def test_a_link_error_is_a_compile_error() -> None:
    result = run_c("int missing(void);\nint main(void) { return missing(); }\n")
    assert result.error_type == "CompileError" and result.error_line is None
    assert "missing" in result.stderr


def test_a_crash_names_its_signal() -> None:
    result = run_c("int main(void) { volatile int *p = 0; return *p; }\n")
    assert result.exit_status == -11
    assert result.error_type == "SIGSEGV"


def test_several_files_compile_together() -> None:
    request = RunRequest(
        language="c",
        files={
            "util.c": '#include "util.h"\nint twice(int x) { return 2 * x; }\n',
            "util.h": "int twice(int x);\n",
            "main.c": '#include <stdio.h>\n#include "util.h"\n'
            'int main(void) { printf("%d\\n", twice(21)); return 0; }\n',
        },
        main="main.c",
    )
    result = run(request)
    assert result.stdout == "42\n", result.stderr


def test_a_c_program_is_confined_too(tmp_path: Path) -> None:
    secret = tmp_path / "store.sqlite3"
    secret.write_text("PIN-HASH")
    result = run_c(
        f"""
        #include <stdio.h>
        #include <sys/socket.h>
        #include <netinet/in.h>
        int main(void) {{
            printf("%s\\n", fopen("{secret}", "r") ? "read" : "denied");
            printf("%s\\n", fopen("/etc/passwd", "r") ? "read" : "denied");
            printf("%s\\n", fopen("{tmp_path}/new.txt", "w") ? "written" : "denied");
            return 0;
        }}
        """
    )
    assert result.stdout == "denied\ndenied\ndenied\n", result.stderr
    assert not (tmp_path / "new.txt").exists()


def test_a_c_runaway_is_stopped() -> None:
    result = run_c("int main(void) { for (;;) {} }\n", limits=RunLimits(seconds=0.5))
    assert result.stopped == "time" and result.exit_status is None
