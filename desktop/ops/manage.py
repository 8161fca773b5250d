"""The faculty's online actions as ops: assignments, excusals and module status, each one
request to the server on the network pool (``sync.client.manage``). Widgets build them here
and never call the sync package themselves."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from desktop.ops.op import Op

if TYPE_CHECKING:
    from desktop.context import AppContext
    from sync.client.manage import Manager

__all__ = ["server_op"]

T = TypeVar("T")


def server_op(ctx: AppContext, what: str, call: Callable[[Manager], T]) -> Op[T] | None:
    """An op that makes ``call`` with the signed-in user's ``Manager`` on the network pool;
    ``None`` when nobody is signed in with a token (the widget asks to sign in again). It
    changes nothing on the device: the sync that follows a success brings the change."""
    user = ctx.user
    if user is None or not user.token:
        return None
    server, token = user.server_url, user.token

    def work() -> T:
        from sync.client.manage import Manager  # httpx: loaded on first use, not at start

        return call(Manager(server, token))

    return Op(work, what=what, network=True)
