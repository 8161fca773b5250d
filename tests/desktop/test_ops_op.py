"""``desktop.ops.op.Op``: the work off the UI thread, callbacks on it, changes announced once."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from desktop.ops.op import DATA, NOTHING, USER, Op


def _listen(ctx: Any, log: list[str]) -> None:
    ctx.signals.data_changed.connect(lambda: log.append("data_changed"))
    ctx.signals.user_changed.connect(lambda: log.append("user_changed"))


@pytest.mark.parametrize("network", [False, True])
def test_success_then_the_changes_once(app_ctx: Any, qtbot: Any, network: bool) -> None:
    log: list[str] = []
    _listen(app_ctx, log)
    ui = threading.get_ident()
    ran_on: list[str] = []

    def work() -> int:
        ran_on.append(threading.current_thread().name)
        assert threading.get_ident() != ui
        return 7

    op = Op(work, what="testing", changes=DATA | USER, network=network)
    op.success(lambda n: log.append(f"success {n} on ui={threading.get_ident() == ui}"))
    future = op.run(app_ctx)
    assert future.result(timeout=10) == 7
    qtbot.waitUntil(lambda: len(log) == 3, timeout=5000)
    qtbot.wait(50)  # nothing more arrives
    assert log == ["success 7 on ui=True", "data_changed", "user_changed"]
    assert ran_on[0].startswith("frames-net" if network else "frames-storage")


def test_nothing_changed_announces_nothing(app_ctx: Any, qtbot: Any) -> None:
    log: list[str] = []
    _listen(app_ctx, log)
    done: list[None] = []
    Op(lambda: None, what="testing", changes=NOTHING).success(done.append).run(app_ctx)
    qtbot.waitUntil(lambda: done == [None], timeout=5000)
    qtbot.wait(50)
    assert log == []


def test_a_failure_announces_nothing(app_ctx: Any, qtbot: Any) -> None:
    log: list[str] = []
    _listen(app_ctx, log)

    def boom() -> None:
        raise OSError("the disk is full")

    failures: list[BaseException] = []
    Op(boom, what="saving", changes=DATA).success(lambda _r: log.append("success")).failure(
        failures.append
    ).run(app_ctx)
    qtbot.waitUntil(lambda: len(failures) == 1, timeout=5000)
    qtbot.wait(50)
    assert log == [] and app_ctx.reported == []
    # Without a failure callback, the one error handler says it in plain words.
    Op(boom, what="saving", changes=DATA).run(app_ctx)
    qtbot.waitUntil(lambda: len(app_ctx.reported) == 1, timeout=5000)
    assert app_ctx.reported == [("saving", "the disk is full")]
    assert log == []


def test_changes_announced_even_when_the_success_callback_fails(app_ctx: Any, qtbot: Any) -> None:
    """A view's refresh must not depend on the initiator's callback finishing."""
    log: list[str] = []
    _listen(app_ctx, log)
    op = Op(lambda: 1, what="testing", changes=DATA)

    def broken(_result: int) -> None:
        raise RuntimeError("a bug in a callback")

    op.success(broken)
    with qtbot.captureExceptions() as raised:
        op.run(app_ctx)
        qtbot.waitUntil(lambda: log == ["data_changed"], timeout=5000)
    assert [str(e[1]) for e in raised] == ["a bug in a callback"]
