"""Reading the error out of a failed run's standard error: Python tracebacks, gcc/clang
diagnostics. The text is the program's own, so a program can mislead these about itself (and
only about itself); a run that ended well is never parsed."""

from __future__ import annotations

import re

__all__ = ["c_compile_error", "python_error"]

_TRACEBACK = "Traceback (most recent call last):"
_FRAME = re.compile(r'^\s*File "(?P<file>[^"]+)", line (?P<line>\d+)')
_EXCEPTION = re.compile(r"^(?P<type>[A-Za-z_][\w.]*)(?::|$)")
_C_ERROR = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):(?:\d+:)? (?:fatal )?error: ", re.M)


def python_error(stderr: str, main: str) -> tuple[str | None, int | None]:
    """The last exception's name (``"ZeroDivisionError"``) and the line of the last frame in
    ``main`` (the one the student wrote that led there); ``None`` for what is not there."""
    lines = stderr.splitlines()
    starts = [i for i, line in enumerate(lines) if line == _TRACEBACK]
    if starts:
        start = starts[-1] + 1
    else:  # a SyntaxError has no traceback header, just the place
        start = next((i for i, line in enumerate(lines) if _FRAME.match(line)), len(lines))
        if start == len(lines):
            return None, None
    error_type = None
    error_line = None
    for line in lines[start:]:
        frame = _FRAME.match(line)
        if frame:
            if frame["file"] == main:
                error_line = int(frame["line"])
            continue
        if line[:1].isspace() or not line:
            continue
        exception = _EXCEPTION.match(line)
        if exception:
            error_type = exception["type"]
        break
    return error_type, error_line


def c_compile_error(stderr: str) -> int | None:
    """The line of the compiler's first ``error:``, ``None`` without one (a linker error)."""
    match = _C_ERROR.search(stderr)
    return int(match["line"]) if match else None
