"""The 'Not synced' view as plain data: rejected items in words, export, retry.

Items the server rejected stay in the local store (state ``rejected``) until the student
retries them or they are exported for faculty; nothing here deletes an event.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.i18n import translate
from local_store import EventRecord, LocalStore

if TYPE_CHECKING:
    from desktop.tasks import TaskRunner

__all__ = [
    "RejectedItem",
    "describe_event",
    "export_not_synced",
    "plain_reason",
    "rejected_items",
    "retry_rejected",
    "suggested_export_name",
]


@dataclass(frozen=True, slots=True)
class RejectedItem:
    uuid: str
    module: str  # the module's title, or its slug when it is not on this device
    what: str
    when: str
    reason: str


def _what(event_type: str) -> str | None:
    """The words for an event type (``{n}``: the section's number)."""
    words = {
        "module_start": translate("outbox", "Started the module"),
        "module_complete": translate("outbox", "Completed the module"),
        "section_view": translate("outbox", "Opened section {n}"),
        "section_complete": translate("outbox", "Finished section {n}"),
        "heartbeat": translate("outbox", "Time spent in section {n}"),
        "pause": translate("outbox", "Paused"),
        "resume": translate("outbox", "Came back"),
        "feedback": translate("outbox", "Feedback on the module"),
        "task_complete": translate("outbox", "Finished a task in section {n}"),
    }
    return words.get(event_type)


def describe_event(e: EventRecord) -> str:
    """What the student did, in words ('Ticked “Goggles on” in section 5')."""
    data = e.event_data if isinstance(e.event_data, dict) else {}
    n = e.section_number if e.section_number is not None else "?"
    if e.event_type == "checklist_item":
        item = data.get("item", translate("outbox", "an item"))
        if data.get("checked"):
            return translate("outbox", "Ticked “{item}” in section {n}").format(item=item, n=n)
        return translate("outbox", "Unticked “{item}” in section {n}").format(item=item, n=n)
    template = _what(e.event_type)
    if template is not None:
        return template.format(n=n)
    kind = e.event_type.replace("_", " ").capitalize()
    if e.section_number is None:
        return kind
    return translate("outbox", "{kind} in section {n}").format(kind=kind, n=n)


def plain_reason(reason: str | None) -> str:
    text = (reason or "").strip()
    if not text:
        return translate("outbox", "The server did not accept it (no reason given).")
    low = text.lower()
    if "is not assigned" in low:
        return translate(
            "outbox", "This module is no longer assigned to you, so the server did not take it."
        )
    if low.startswith("unknown module"):
        return translate("outbox", "The server no longer has this module (it was removed).")
    if "another device" in low:
        return translate("outbox", "The server says this was recorded on another device.")
    text = text[0].upper() + text[1:]
    return text if text.endswith(".") else text + "."


def _local_time(ts: datetime) -> str:
    from desktop.formats import datetime_text

    return datetime_text(ts.replace(tzinfo=UTC))


def rejected_items(store: LocalStore, *, owner: str) -> list[RejectedItem]:
    titles = {m.module_id: m.title for m in store.list_modules(owner)}
    return [
        RejectedItem(
            uuid=e.uuid,
            module=titles.get(e.module_id, e.module_id),
            what=describe_event(e),
            when=_local_time(e.client_ts),
            reason=plain_reason(e.reject_reason),
        )
        for e in store.rejected_events(owner)
    ]


def suggested_export_name(owner: str, *, now: datetime) -> str:
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in owner)[:40]
    return f"frames-not-synced-{safe}-{now:%Y%m%d-%H%M}.jsonl"


def export_not_synced(
    *,
    tasks: TaskRunner,
    store: LocalStore,
    owner: str,
    path: Path,
    on_success: Callable[[int], None],
    on_failure: Callable[[BaseException], None],
) -> None:
    """Write every unsynced item (rejected and still pending) as JSON lines for faculty."""
    tasks.storage(
        lambda: store.export_outbox(path, owner=owner),
        on_done=on_success,
        on_error=on_failure,
        what=translate("outbox", "exporting the items that are not synced"),
    )


def retry_rejected(*, store: LocalStore, uuids: Iterable[str]) -> int:
    """Queue rejected items again (they keep their place if the server rejects them again)."""
    count = 0
    for uid in uuids:
        store.retry_rejected(uid)
        count += 1
    return count
