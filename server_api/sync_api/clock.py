"""Device clocks are wrong (kiosks especially): correct or flag the timestamps they send.

The device sends its own clock reading with every push. ``offset`` = server time minus device
time. Within the tolerance the device's timestamps are kept as they are (flag ``ok``);
beyond it every event of the batch is shifted by the offset (``corrected``). A timestamp
that would still lie after the moment the server received it is clamped to that moment
(``clamped``). The raw device time stays in ``client_timestamp``.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final

__all__ = ["TOLERANCE", "correct_timestamp"]

TOLERANCE: Final = timedelta(minutes=2)


def correct_timestamp(
    client_ts: datetime, *, offset: timedelta, received_at: datetime
) -> tuple[datetime, str]:
    flag = "ok"
    ts = client_ts
    if abs(offset) > TOLERANCE:
        ts, flag = client_ts + offset, "corrected"
    if ts > received_at:
        ts, flag = received_at, "clamped"
    return ts, flag
