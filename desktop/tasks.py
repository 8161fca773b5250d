"""``TaskRunner``: the one way the desktop runs work off the UI thread.

Two executors: a single worker for local storage (so store writes made in the background
never race each other) and a small pool for network work (sign-in, starting sync, media
downloads). A task's result or exception travels back to the UI thread by a queued Qt
signal; only there are its callbacks called, so callbacks may touch widgets and the task
function itself never does.

A task without its own ``on_error`` sends its exception to ``failed``, which the app
connects to the one user-visible error handler (``desktop.errors.ErrorReporter``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

from desktop.i18n import translate

__all__ = ["TaskRunner"]

log = logging.getLogger("frames.desktop")
T = TypeVar("T")


class TaskRunner(QObject):
    """Runs callables in the background and calls back on the UI thread.

    Invariants: callbacks run on the thread that owns the runner (the UI thread), never
    after ``shutdown()``; every exception reaches exactly one of ``on_error`` or ``failed``.
    """

    failed = Signal(str, object)  # (what was being done, the exception)
    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None, *, network_workers: int = 4) -> None:
        super().__init__(parent)
        self._storage = ThreadPoolExecutor(1, thread_name_prefix="frames-storage")
        self._network = ThreadPoolExecutor(network_workers, thread_name_prefix="frames-net")
        self._closed = False
        self._running = 0
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> int:
        """Tasks submitted whose callbacks have not run yet."""
        return self._running

    def storage(
        self,
        fn: Callable[[], T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        what: str | None = None,
    ) -> Future[T]:
        """Run ``fn`` on the single storage worker."""
        return self._submit(
            self._storage,
            fn,
            on_done,
            on_error,
            what or translate("TaskRunner", "saving on this device"),
        )

    def network(
        self,
        fn: Callable[[], T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        what: str | None = None,
    ) -> Future[T]:
        """Run ``fn`` on the network pool."""
        return self._submit(
            self._network,
            fn,
            on_done,
            on_error,
            what or translate("TaskRunner", "talking to the server"),
        )

    def _submit(
        self,
        pool: ThreadPoolExecutor,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None,
        on_error: Callable[[BaseException], None] | None,
        what: str,
    ) -> Future[T]:
        if self._closed:
            raise RuntimeError("the task runner is shut down")
        self._running += 1
        future = pool.submit(fn)

        def finished(f: Future[T]) -> None:
            try:
                self._finished.emit((f, on_done, on_error, what))
            except RuntimeError:  # the runner was deleted with the app: nobody to tell
                pass

        future.add_done_callback(finished)
        return future

    def _deliver(self, payload: tuple[Any, ...]) -> None:
        future, on_done, on_error, what = payload
        self._running -= 1
        if self._closed or future.cancelled():
            return
        exc = future.exception()
        if exc is not None:
            if on_error is not None:
                on_error(exc)
            else:
                self.failed.emit(what, exc)
            return
        if on_done is not None:
            on_done(future.result())

    def shutdown(self, *, wait: bool = False) -> None:
        """Drop queued tasks and stop calling back; running tasks finish on their own."""
        self._closed = True
        self._storage.shutdown(wait=wait, cancel_futures=True)
        self._network.shutdown(wait=wait, cancel_futures=True)
