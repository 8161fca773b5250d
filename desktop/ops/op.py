"""``Op``: one piece of work for the background, its callbacks, and what it changes.

Anki's ``CollectionOp`` is the model: an ops function builds an ``Op`` (the work, which
worker runs it, what it changes); the widget adds ``success``/``failure`` callbacks and
calls ``run(ctx)``. The work runs on the storage worker (the default: store writes never
race each other) or the network pool; the callbacks run on the UI thread. After a success
callback the op announces what it changed, once (``data_changed`` and/or ``user_changed``,
Anki's ``on_op_finished``), and views refresh themselves; a failure announces nothing and
goes to the failure callback, or else to the app's one error handler.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Generic, TypeVar

if TYPE_CHECKING:
    from desktop.context import AppContext

__all__ = ["DATA", "NOTHING", "USER", "Changes", "Op"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Changes:
    """What an op changed, for the views: the store's data, and/or who is signed in."""

    data: bool = False
    user: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(data=self.data or other.data, user=self.user or other.user)


NOTHING: Final = Changes()
DATA: Final = Changes(data=True)
USER: Final = Changes(user=True)


class Op(Generic[T]):
    """``fn`` for the background; ``what`` names it in error reports.

    Invariants: ``fn`` never touches a widget; ``run`` is called once; after a success the
    ``changes`` are announced exactly once, after the success callback.
    """

    def __init__(
        self,
        fn: Callable[[], T],
        *,
        what: str,
        changes: Changes = NOTHING,
        network: bool = False,
    ) -> None:
        self.fn = fn
        self.what = what
        self.changes = changes
        self.network = network
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        """Call ``callback(result)`` on the UI thread when the work is done."""
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op[T]:
        """Call ``callback(exc)`` on the UI thread instead of the app's error handler."""
        self._failure = callback
        return self

    def run(self, ctx: AppContext) -> Future[T]:
        """Submit the work; returns its future (for a caller that must wait, e.g. a test)."""
        submit = ctx.tasks.network if self.network else ctx.tasks.storage
        return submit(
            self.fn,
            on_done=lambda result: self._done(ctx, result),
            on_error=self._failure,
            what=self.what,
        )

    def _done(self, ctx: AppContext, result: T) -> None:
        try:
            if self._success is not None:
                self._success(result)
        finally:
            if self.changes.data:
                ctx.signals.data_changed.emit()
            if self.changes.user:
                ctx.signals.user_changed.emit()
