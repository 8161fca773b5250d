"""Refresh a device's cached progress from its events (no HTTP: the desktop's UI thread and the
sync worker both use it, and the desktop must not import the HTTP client on start-up)."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection

from local_store import LocalStore, ModuleRecord
from sync.rules.criteria import EVIDENCE_KINDS
from sync.rules.derive import CHECKLIST_EVENT, FEEDBACK_EVENT, Derived, PairBaseline, derive
from sync.rules.sections import criteria_by_section

__all__ = ["refresh_module_progress", "refresh_progress_of", "stored_baseline"]


def stored_baseline(store: LocalStore, owner: str, module_id: str) -> PairBaseline | None:
    """The pair's baseline as the device keeps it (``None``: none, or unreadable)."""
    data = store.baseline(owner, module_id)
    if data is None:
        return None
    try:
        return PairBaseline.from_json(data)
    except ValueError:
        return None


def refresh_module_progress(store: LocalStore, *, owner: str, module: ModuleRecord) -> Derived:
    """Fold every event of ``owner`` in ``module`` and cache the progress."""
    sections = criteria_by_section(module.sections)
    return refresh_progress_of(
        store, owner=owner, module_id=module.module_id, section_numbers=sections
    )


def refresh_progress_of(
    store: LocalStore, *, owner: str, module_id: str, section_numbers: Collection[int]
) -> Derived:
    """``refresh_module_progress`` for a module known by its id and section numbers
    (``LocalStore.section_rules``: each number with its completion criteria, no section
    content read; plain numbers fold every section by the Phase 1 rules).

    The cached row carries how many events it was folded from, so when two threads refresh
    at once the fold of the older snapshot never overwrites the newer one. The pair's
    baseline (history another application wrote, pulled from the server) is folded in as
    the server does; a damaged one is ignored rather than stopping the app.
    """
    events = store.fold_events(
        owner, module_id, data_for=(CHECKLIST_EVENT, FEEDBACK_EVENT, *sorted(EVIDENCE_KINDS))
    )
    result = derive(
        events, section_numbers=section_numbers, baseline=stored_baseline(store, owner, module_id)
    )
    progress = result.progress
    fields = {f.name: getattr(progress, f.name) for f in dataclasses.fields(progress)}
    fields["status"] = str(progress.status)
    store.put_progress(owner, module_id, fields, basis=len(events))
    return result
