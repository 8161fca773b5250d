"""The sandbox's public surface: the request's checks, the probe's answers, the parsers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import sync.client.sandbox as sandbox
from sync.client.sandbox import (
    RunLimits,
    RunRequest,
    child_main,
    isolation,
    languages,
)
from sync.client.sandbox._parse import c_compile_error, python_error
from tests.conftest import IN_CI


def test_all_is_complete() -> None:
    public = {name for name in vars(sandbox) if not name.startswith("_")}
    assert public == set(sandbox.__all__)


def test_a_request_defaults_to_its_first_file_and_freezes_its_files() -> None:
    files = {"main.py": "print(1)", "helper.py": ""}
    request = RunRequest(language="python", files=files)
    assert request.main == "main.py"
    assert request.limits == RunLimits()
    files["main.py"] = "changed"
    assert request.files["main.py"] == "print(1)"
    with pytest.raises(TypeError):
        request.files["x.py"] = ""  # type: ignore[index]
    assert RunRequest(language="python", files=files, main="helper.py").main == "helper.py"


@pytest.mark.parametrize(
    "name", ["", "a/b.py", "..", "a..py", "..py", ".hidden", "-o", "x" * 65, "a\\b", "tab\t.py"]
)
def test_file_names_are_plain_names(name: str) -> None:
    with pytest.raises(ValueError, match="file names"):
        RunRequest(language="python", files={name: "print(1)"})


def test_a_request_is_bounded() -> None:
    with pytest.raises(ValueError, match="at most 20 files"):
        RunRequest(language="python", files={f"f{i}.py": "" for i in range(21)})
    RunRequest(language="python", files={f"f{i}.py": "" for i in range(20)})
    with pytest.raises(ValueError, match="1 MB"):
        RunRequest(language="python", files={"a.py": "x" * 600_000, "b.py": "é" * 250_000})
    with pytest.raises(ValueError, match="standard input"):
        RunRequest(language="python", files={"a.py": ""}, stdin="x" * (1024 * 1024 + 1))
    with pytest.raises(ValueError, match="not one of the files"):
        RunRequest(language="python", files={"a.py": ""}, main="b.py")
    with pytest.raises(ValueError, match="unknown language"):
        RunRequest(language="ruby", files={"a.rb": ""})
    with pytest.raises(ValueError, match="at least one file"):
        RunRequest(language="python", files={})
    with pytest.raises(ValueError, match=r"\.c file"):
        RunRequest(language="c", files={"main.h": ""})


@pytest.mark.parametrize(
    "limits",
    [{"seconds": 0}, {"memory_bytes": 1024}, {"output_bytes": 0}, {"processes": 0}],
)
def test_limits_are_checked(limits: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="must"):
        RunLimits(**limits)  # type: ignore[arg-type]


def test_this_linux_offers_landlock_and_namespaces() -> None:
    found = isolation()
    if not sys.platform.startswith("linux"):
        assert not found.available and "Landlock" in found.reason
        return
    assert found.available, found.reason
    assert found.mechanism.startswith("landlock-v")
    if IN_CI:  # CI's machines have unprivileged user namespaces
        assert "userns+netns+pidns" in found.mechanism, found.reason


def test_languages() -> None:
    found = languages()
    assert set(found) == {"python", "c"}
    assert found["python"].available and found["python"].reason == ""
    assert found["c"].available or found["c"].reason == (
        "no C compiler on this computer (install gcc)"
    )


def test_no_c_compiler_on_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    c = languages()["c"]
    assert not c.available and c.reason == "no C compiler on this computer (install gcc)"


def test_the_launcher_refuses_other_arguments() -> None:
    assert child_main([]) == 2
    assert child_main(["a", "b"]) == 2


def test_python_errors_are_read_from_the_traceback() -> None:
    stderr = (
        "Traceback (most recent call last):\n"
        '  File "main.py", line 3, in <module>\n'
        "    helper.go()\n"
        '  File "helper.py", line 2, in go\n'
        "    raise KeyError(1)\n"
        "KeyError: 1\n"
        "\nDuring handling of the above exception, another exception occurred:\n\n"
        "Traceback (most recent call last):\n"
        '  File "main.py", line 5, in <module>\n'
        "    1 / 0\n"
        '  File "helper.py", line 9, in go\n'
        "    x\n"
        "ZeroDivisionError: division by zero\n"
    )
    assert python_error(stderr, "main.py") == ("ZeroDivisionError", 5)
    syntax = '  File "main.py", line 2\n    x = (\n        ^\nSyntaxError: never closed\n'
    assert python_error(syntax, "main.py") == ("SyntaxError", 2)
    assert python_error("just text\n", "main.py") == (None, None)
    assert python_error("Traceback (most recent call last):\nKeyboardInterrupt\n", "m.py") == (
        "KeyboardInterrupt",
        None,
    )


def test_c_errors_are_read_from_the_compiler() -> None:
    stderr = (
        "main.c: In function 'main':\n"
        "main.c:4:5: warning: unused variable 'x'\n"
        "main.c:7:12: error: expected ';' before 'return'\n"
        "main.c:9:1: error: something else\n"
    )
    assert c_compile_error(stderr) == 7
    assert c_compile_error("main.c:3: fatal error: nope.h: No such file\n") == 3
    assert c_compile_error("/usr/bin/ld: undefined reference to `f'\n") is None
