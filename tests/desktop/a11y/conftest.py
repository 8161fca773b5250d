"""Fixtures of the accessibility suite: a ``ScreenEnv`` per test (see ``screens.py``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .screens import ScreenEnv


@pytest.fixture
def screen_env(app_ctx: Any, qtbot: Any, tmp_path: Path) -> Iterator[ScreenEnv]:
    """A fresh store and app context; every window a builder made is closed afterwards."""
    env = ScreenEnv(ctx=app_ctx, qtbot=qtbot, tmp_path=tmp_path)
    yield env
    env.close()
