"""An event's fields, named and ordered once for every place that lists them: the wire's
``EventIn`` object and ``EventRow`` array (``protocol``), the server's push, the device's
uploader and the local store's ``events`` columns (which name two of them differently).
Plain Python, so the local store reads it without importing pydantic."""

from __future__ import annotations

from typing import Final

__all__ = ["EVENT_ROW_FIELDS"]

EVENT_ROW_FIELDS: Final = (
    "uuid",
    "student_id",
    "module_id",
    "event_type",
    "event_data",
    "section_number",
    "session_id",
    "device_type",
    "device_id",
    "device_seq",
    "client_timestamp",
    "time_elapsed_seconds",
)
"""The fields an event is recorded with, in order: the keys of an ``EventIn`` and the
values of an ``EventRow`` (``push.rows.v1``)."""
