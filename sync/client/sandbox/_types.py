"""The sandbox's public values: what to run, with which limits, and what came of it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final, Literal

__all__ = [
    "LANGUAGES",
    "Isolation",
    "LanguageSupport",
    "RunLimits",
    "RunRequest",
    "RunResult",
    "SandboxUnavailable",
    "Stopped",
]

MiB: Final = 1024 * 1024
LANGUAGES: Final = ("python", "c")
"""The languages a sandbox section can run."""
MAX_FILES: Final = 20
MAX_NAME: Final = 64
MAX_TOTAL_BYTES: Final = MiB
MAX_STDIN_BYTES: Final = MiB

Stopped = Literal["time", "memory", "output", "cancelled"]
"""Why a run was stopped before the program ended by itself (``None`` when it did)."""


class SandboxUnavailable(Exception):
    """Raised by :func:`run` when this computer cannot sandbox the code (no isolation and the
    staff did not allow unisolated runs, no compiler for the language, or a protection that
    could not be set up). The message is one line for the student or staff."""


@dataclass(frozen=True)
class RunLimits:
    """Hard limits of one run. ``processes`` counts every task the code may start (threads
    too), its own first process included."""

    seconds: float = 5.0
    memory_bytes: int = 256 * MiB
    output_bytes: int = 64 * 1024
    processes: int = 16

    def __post_init__(self) -> None:
        if not self.seconds > 0:
            raise ValueError("seconds must be positive")
        if self.memory_bytes < 16 * MiB:
            raise ValueError("memory_bytes must be at least 16 MiB")
        if self.output_bytes < 1:
            raise ValueError("output_bytes must be positive")
        if self.processes < 1:
            raise ValueError("processes must be at least 1")


@dataclass(frozen=True)
class RunRequest:
    """A program to run: its files (plain names, as the section's editor tabs show them),
    which one to run (``main``, by default the first), and the text on its standard input.

    Invariants, checked here: at most 20 files, 1 MB in all, names of at most 64 characters
    without ``/``, ``\\`` or ``..`` that do not start with ``.`` or ``-``; ``main`` is one of
    them (and is set after construction). For C every ``.c`` file is compiled together.
    """

    language: str
    files: Mapping[str, str]
    main: str | None = None
    stdin: str = ""
    limits: RunLimits = field(default_factory=RunLimits)

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"unknown language {self.language!r} (known: {', '.join(LANGUAGES)})")
        files = dict(self.files)
        if not files:
            raise ValueError("a run needs at least one file")
        if len(files) > MAX_FILES:
            raise ValueError(f"at most {MAX_FILES} files")
        for name, text in files.items():
            _check_name(name)
            if not isinstance(text, str):
                raise ValueError(f"{name}: the file's text must be a string")
        if sum(len(text.encode("utf-8")) for text in files.values()) > MAX_TOTAL_BYTES:
            raise ValueError("the files hold more than 1 MB")
        if len(self.stdin.encode("utf-8")) > MAX_STDIN_BYTES:
            raise ValueError("the standard input holds more than 1 MB")
        main = next(iter(files)) if self.main is None else self.main
        if main not in files:
            raise ValueError(f"main file {main!r} is not one of the files")
        if self.language == "c" and not any(name.endswith(".c") for name in files):
            raise ValueError("a C run needs a .c file")
        object.__setattr__(self, "files", MappingProxyType(files))
        object.__setattr__(self, "main", main)


def _check_name(name: str) -> None:
    if not isinstance(name, str) or not name or len(name) > MAX_NAME:
        raise ValueError(f"file names have 1 to {MAX_NAME} characters: {name!r}")
    if "/" in name or "\\" in name or ".." in name or "\0" in name:
        raise ValueError(f"file names are plain names, without '/', '\\' or '..': {name!r}")
    if name[0] in ".-":
        raise ValueError(f"file names do not start with '.' or '-': {name!r}")
    if not name.isprintable():
        raise ValueError(f"file names are printable: {name!r}")


@dataclass(frozen=True)
class RunResult:
    """What came of a run. ``exit_status`` is the program's (negative: the signal that ended
    it), ``None`` when the run was stopped; ``stopped`` says why; ``truncated`` that output
    past the limit was dropped. ``error_type``/``error_line``: Python's exception name and
    its line in the main file, or ``"CompileError"`` and the first error's line for C."""

    stdout: str
    stderr: str
    exit_status: int | None
    duration_ms: int
    stopped: Stopped | None
    truncated: bool
    error_type: str | None
    error_line: int | None


@dataclass(frozen=True)
class Isolation:
    """What this computer's sandbox is: ``mechanism`` names the layers (such as
    ``"landlock-v7+userns+netns+pidns+rlimits"``); ``reason`` is one line for the student or
    staff when ``available`` is false (or when a layer is missing)."""

    available: bool
    mechanism: str
    reason: str


@dataclass(frozen=True)
class LanguageSupport:
    """Whether a language can run on this computer, and if not, why (one line)."""

    available: bool
    reason: str
