"""The desktop's ``CodeRunner``: a sandbox section's Run, off the UI thread.

``SandboxRunner`` takes the section page's request, runs it with ``sync.client.sandbox.run``
on a thread of its own (a run blocks for up to its time limit, so it must not hold the
storage worker or the network pool) and delivers the outcome on the UI thread by a queued
signal. One run at a time per page; ``cancel`` stops it at once (the process group is
killed, the outcome says ``stopped="cancelled"``). Where this computer offers no isolation
and staff have not allowed unisolated runs, ``unavailable`` says so and nothing runs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal

from desktop.i18n import translate
from desktop.ops.components import sandbox_allowed_unisolated
from desktop.viewer._session import RunOutcome
from local_store import LocalStore
from sync.client.sandbox import (
    RunLimits,
    RunRequest,
    RunResult,
    SandboxUnavailable,
    isolation,
    languages,
    run,
)

__all__ = ["SandboxRunner"]


class SandboxRunner(QObject):
    """``desktop.viewer._session.CodeRunner`` over the OS sandbox."""

    _done = Signal(object, object)  # (callback, RunOutcome)

    def __init__(self, store: LocalStore | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._cancel: threading.Event | None = None
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def _allowed_unisolated(self) -> bool:
        return sandbox_allowed_unisolated(self._store)

    def unavailable(self, language: str) -> str | None:
        found = isolation()
        if not found.available and not self._allowed_unisolated():
            return translate(
                "sandbox",
                "Code cannot run on this computer: {reason}. Staff can allow it with "
                "`frames-client sandbox --allow-unisolated yes`.",
            ).format(reason=found.reason.rstrip("."))
        support = languages().get(language)
        if support is None:
            return translate(
                "sandbox", "This version of FRAMES cannot run {language} code."
            ).format(language=language)
        if not support.available:
            return translate(
                "sandbox", "{language} code cannot run on this computer: {reason}."
            ).format(language=language.capitalize(), reason=support.reason)
        return None

    def run(
        self,
        *,
        language: str,
        files: dict[str, str],
        main: str,
        stdin: str,
        seconds: float,
        on_done: Callable[[RunOutcome], None],
    ) -> None:
        cancel = threading.Event()
        self._cancel = cancel
        request = RunRequest(
            language=language,
            files=dict(files),
            main=main,
            stdin=stdin,
            limits=RunLimits(seconds=seconds),
        )
        allow = self._allowed_unisolated()

        def work() -> None:
            try:
                result = run(request, allow_unisolated=allow, cancel=cancel)
                outcome = _outcome(result)
            except SandboxUnavailable as exc:
                outcome = RunOutcome(problem=str(exc))
            except (OSError, ValueError) as exc:  # a bad file name, no temporary folder
                outcome = RunOutcome(
                    problem=translate("sandbox", "The code could not be started: {error}").format(
                        error=exc
                    )
                )
            self._done.emit(on_done, outcome)

        threading.Thread(target=work, name="frames-sandbox", daemon=True).start()

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def _deliver(self, callback: object, outcome: object) -> None:
        if callable(callback) and isinstance(outcome, RunOutcome):
            callback(outcome)


def _outcome(result: RunResult) -> RunOutcome:
    return RunOutcome(
        stdout=result.stdout,
        stderr=result.stderr,
        exit_status=result.exit_status,
        duration_ms=result.duration_ms,
        stopped=result.stopped,
        truncated=result.truncated,
        error_type=result.error_type,
        error_line=result.error_line,
    )
