"""Running small programs in the sandbox, and looking for what a run left behind."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from sync.client.sandbox import RunLimits, RunRequest, RunResult, isolation, languages, run
from tests.conftest import IN_CI

__all__ = ["leftover_processes", "need", "python", "require_c", "require_namespaces", "run_c"]


def python(
    code: str, *, stdin: str = "", limits: RunLimits | None = None, **files: str
) -> RunResult:
    """Run ``code`` as ``main.py`` (plus ``files``, named with ``_`` for ``.``)."""
    all_files = {"main.py": textwrap.dedent(code)}
    all_files |= {name.replace("_", "."): text for name, text in files.items()}
    return run(
        RunRequest(language="python", files=all_files, stdin=stdin, limits=limits or RunLimits())
    )


def run_c(code: str, *, stdin: str = "", limits: RunLimits | None = None) -> RunResult:
    return run(
        RunRequest(
            language="c",
            files={"main.c": textwrap.dedent(code)},
            stdin=stdin,
            limits=limits or RunLimits(),
        )
    )


def need(ok: bool, why: str) -> None:
    """Skip without ``ok``, but fail under ``CI=true``, where a skip would hide a broken set-up."""
    if not ok:
        if IN_CI:
            pytest.fail(f"{why} (required under CI=true)")
        pytest.skip(why)


def require_c() -> None:
    need(languages()["c"].available, "no C compiler on this computer")


def require_namespaces() -> None:
    need("netns" in isolation().mechanism, f"no network namespace: {isolation().reason}")


def leftover_processes(marker: str) -> list[int]:
    """Processes whose command line mentions ``marker`` (a run's folder is in its launcher's)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if marker.encode() in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found
