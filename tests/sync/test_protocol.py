"""The two forms an event travels in (object and array) hold the same fields and rules."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from sync.rules.protocol import EVENT_ROW_FIELDS, EventIn, EventRow

ROW: TypeAdapter[EventRow] = TypeAdapter(EventRow)
GOOD: dict[str, Any] = {
    "uuid": "0123456789abcdef0123456789abcdef",
    "student_id": "stu-1",
    "module_id": "lab-safety-101",
    "event_type": "checklist_item",
    "event_data": {"item": "goggles", "checked": True},
    "section_number": 2,
    "session_id": "sess",
    "device_type": "desktop",
    "device_id": "device-aaaaaaaa",
    "device_seq": 7,
    "client_timestamp": "2026-11-02T08:00:00.250000",
    "time_elapsed_seconds": 12,
}
BAD: list[tuple[str, Any]] = [
    ("uuid", "short"),
    ("uuid", "not-hex-at-all!"),
    ("student_id", ""),
    ("module_id", "Not A Slug"),
    ("event_type", "x" * 101),
    ("event_data", [1, 2]),
    ("section_number", -1),
    ("section_number", 100_001),
    ("session_id", "s" * 256),
    ("device_type", "d" * 51),
    ("device_id", "short"),
    ("device_seq", -1),
    ("client_timestamp", "yesterday"),
    ("time_elapsed_seconds", -5),
]


def test_an_event_row_holds_the_event_fields_in_order() -> None:
    assert tuple(EventIn.model_fields) == EVENT_ROW_FIELDS
    event = EventIn.model_validate(GOOD)
    row = ROW.validate_python([GOOD[f] for f in EVENT_ROW_FIELDS])
    assert event.row() == row
    assert row[10] == datetime(2026, 11, 2, 8, 0, 0, 250000)


@pytest.mark.parametrize(("field", "value"), BAD)
def test_both_forms_refuse_the_same_values(field: str, value: Any) -> None:
    item = {**GOOD, field: value}
    with pytest.raises(ValidationError):
        EventIn.model_validate(item)
    with pytest.raises(ValidationError) as caught:
        ROW.validate_python([item[f] for f in EVENT_ROW_FIELDS])
    assert caught.value.errors()[0]["loc"][0] == EVENT_ROW_FIELDS.index(field)
