"""The sandbox's probe is cached per process: tests that change what it sees start afresh."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sync.client.sandbox import _probe


@pytest.fixture
def fresh_probe() -> Iterator[None]:
    """Probe again in this test (after its environment changes) and again after it."""
    _probe.layers.cache_clear()
    yield
    _probe.layers.cache_clear()
