"""The opaque ``next`` key of a report page, and CSV cells; pure (no database, no web).

A key is the sort key of the last row of a page plus the report's total counted on its
first page (so later pages need not count again), as base64url JSON.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel

__all__ = ["BadKey", "chunks", "csv_cells", "csv_header", "decode_key", "encode_key"]

MAX_KEY_CHARS = 2048


class BadKey(ValueError):
    """An ``after`` value this server did not hand out."""


def encode_key(sort_key: Sequence[Any], total: int) -> str:
    raw = json.dumps([list(sort_key), total], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


_INT8 = 2**63  # a key's integers are column values: beyond 64 bits it is not one of ours


def decode_key(value: str, *, shape: Sequence[type]) -> tuple[tuple[Any, ...], int]:
    """(sort key, total) of a key made by ``encode_key`` whose sort key has ``shape``'s types."""
    if not value or len(value) > MAX_KEY_CHARS:
        raise BadKey("after: not a key this report gave")
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
        sort_key, total = json.loads(raw)
    except (binascii.Error, ValueError, TypeError):
        raise BadKey("after: not a key this report gave") from None
    if (
        not isinstance(sort_key, list)
        or len(sort_key) != len(shape)
        or not all(type(v) is t for v, t in zip(sort_key, shape, strict=True))
        or type(total) is not int
        or not 0 <= total < _INT8
        or any(type(v) is int and not -_INT8 <= v < _INT8 for v in sort_key)
    ):
        raise BadKey("after: not a key of this report")
    return tuple(sort_key), total


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return json.dumps(value, separators=(",", ":"))


def csv_cells(row: BaseModel) -> list[str]:
    """A row's CSV cells: its JSON values in field order (None empty, dates ISO 8601,
    numbers and booleans as JSON writes them, lists and objects as JSON text)."""
    data = row.model_dump(mode="json")
    return [_cell(data[name]) for name in type(row).model_fields]


def csv_header(model: type[BaseModel]) -> list[str]:
    return list(model.model_fields)


def chunks(rows: Iterable[Any], size: int) -> Iterable[list[Any]]:
    batch: list[Any] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
