"""The module list as plain data: rows, groups, locks, due dates, search and filters.

Pure functions over ``local_store`` records (no Qt), so the rules are tested without
widgets and the list model only wraps their result.

Rules
-----
Groups
    Students see their modules grouped *Required*, *Optional*, *Recommended* (the
    assignment type), then *Other modules* for visible modules that are not assigned.
    Faculty and admins see their university's modules grouped *Drafts*, *Published*,
    *Archived* (they preview, they are not assigned anything).
Order inside a group
    Unfinished modules first, by due date (soonest first, undated last), then title;
    completed modules last.
Locks
    A student's module is locked while one of its prerequisites that is on this device is
    not completed; the reason names them. A prerequisite that is not on this device (not
    assigned, or deleted) does not lock: the student could never complete it here. Faculty
    never see locks.
Due dates
    Overdue when the due date is before today and the module is not completed; due soon
    when it is today or within ``DUE_SOON_DAYS`` days.
Search and filters
    The search text matches when every word is found in the title, description,
    category or tags (case-insensitive). The category and tag filters match exactly;
    ``None`` means "all".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.module_kinds import (
    INTERACTION_WORDS,
    MODULE_TYPE_WORDS,
    kind_words,
    module_type_word,
)
from desktop.ops.components import Components, components_of
from local_store import LocalStore, ModuleListItem, ProgressRow

__all__ = [
    "DUE_SOON_DAYS",
    "GROUP_TITLES",
    "INTERACTION_WORDS",
    "MODULE_TYPE_WORDS",
    "DueState",
    "ModuleGroup",
    "ModuleRow",
    "build_rows",
    "categories",
    "due_state",
    "filter_rows",
    "group_rows",
    "kind_words",
    "load_rows",
    "locked_reason",
    "matches",
    "module_titles",
    "module_type_word",
    "module_types",
    "tags",
]

DUE_SOON_DAYS: Final = 3

DueState = Literal["none", "ok", "soon", "overdue"]

GROUP_TITLES: Final = {
    "required": QT_TRANSLATE_NOOP("modules", "Required"),
    "optional": QT_TRANSLATE_NOOP("modules", "Optional"),
    "recommended": QT_TRANSLATE_NOOP("modules", "Recommended"),
    "other": QT_TRANSLATE_NOOP("modules", "Other modules"),
    "draft": QT_TRANSLATE_NOOP("modules", "Drafts"),
    "published": QT_TRANSLATE_NOOP("modules", "Published"),
    "archived": QT_TRANSLATE_NOOP("modules", "Archived"),
}  # English source texts; a group's title is translated when the groups are made
_STUDENT_GROUPS: Final = ("required", "optional", "recommended", "other")
_STAFF_GROUPS: Final = ("draft", "published", "archived", "other")


@dataclass(frozen=True, slots=True)
class ModuleRow:
    """One module of the list with everything a row shows, already decided."""

    item: ModuleListItem
    status: str  # not_started | in_progress | completed | skipped (excused), or a legacy word
    progress_percent: int
    group: str  # a key of GROUP_TITLES
    locked_reason: str | None
    due: DueState
    needs: str | None = None  # what this computer lacks to show every section, in words

    @property
    def module_id(self) -> str:
        return self.item.module_id

    @property
    def title(self) -> str:
        return self.item.title

    @property
    def locked(self) -> bool:
        return self.locked_reason is not None

    @property
    def completed(self) -> bool:
        return self.status == "completed"


@dataclass(frozen=True, slots=True)
class ModuleGroup:
    key: str
    title: str
    rows: tuple[ModuleRow, ...]


_SETTLED: Final = frozenset({"completed", "skipped"})


def due_state(due: date | None, *, completed: bool, today: date) -> DueState:
    if due is None:
        return "none"
    if completed:
        return "ok"
    if due < today:
        return "overdue"
    if (due - today).days <= DUE_SOON_DAYS:
        return "soon"
    return "ok"


def locked_reason(
    item: ModuleListItem,
    *,
    completed: Mapping[str, bool],
    titles: Mapping[str, str],
) -> str | None:
    """Why ``item`` is locked, or ``None``. ``completed``/``titles`` cover this device's modules."""
    missing = [
        slug for slug in item.prerequisites if slug in titles and not completed.get(slug, False)
    ]
    if not missing:
        return None
    names = [translate("modules", "“{title}”").format(title=titles[slug]) for slug in missing]
    if len(names) == 1:
        listed = names[0]
    else:
        listed = translate("modules", "{list} and {last}").format(
            list=translate("modules", ", ").join(names[:-1]), last=names[-1]
        )
    return translate("modules", "Complete {modules} first").format(modules=listed)


def build_rows(
    items: Iterable[ModuleListItem],
    progress: Mapping[str, ProgressRow],
    *,
    role: str,
    today: date,
    components: Components | None = None,
) -> list[ModuleRow]:
    """Decide status, group, lock and due state of every module (see the module rules), and
    what this computer lacks for it (``components``; ``None``: not checked)."""
    items = list(items)
    student = role == "student"
    titles = {i.module_id: i.title for i in items}
    # An excused ("skipped") module counts as done for what depends on it and its due date.
    done = {slug: row.status in _SETTLED for slug, row in progress.items() if slug in titles}
    rows: list[ModuleRow] = []
    for item in items:
        p = progress.get(item.module_id)
        status = p.status if p is not None else "not_started"
        percent = p.progress_percent if p is not None else 0
        if status == "completed":
            percent = 100
        group: str
        if student:
            group = item.assignment_type or "other"
            reason = locked_reason(item, completed=done, titles=titles)
        else:
            group = item.status if item.status in ("draft", "published", "archived") else "other"
            reason = None
        rows.append(
            ModuleRow(
                item=item,
                status=status,
                progress_percent=percent,
                group=group,
                locked_reason=reason,
                due=due_state(item.due_date, completed=status in _SETTLED, today=today),
                needs=None
                if components is None
                else components.missing_text(item.required_components, item.section_types),
            )
        )
    return rows


def _sort_key(row: ModuleRow) -> tuple[bool, date, str, str]:
    return (
        row.completed,
        row.item.due_date or date.max,
        row.title.casefold(),
        row.module_id,
    )


def group_rows(rows: Iterable[ModuleRow], *, role: str) -> list[ModuleGroup]:
    """Non-empty groups in display order, each sorted (see the module rules)."""
    order = _STUDENT_GROUPS if role == "student" else _STAFF_GROUPS
    buckets: dict[str, list[ModuleRow]] = {key: [] for key in order}
    for row in rows:
        buckets.setdefault(row.group, []).append(row)
    return [
        ModuleGroup(
            key,
            translate("modules", GROUP_TITLES[key]) if key in GROUP_TITLES else key.title(),
            tuple(sorted(found, key=_sort_key)),
        )
        for key, found in buckets.items()
        if found
    ]


def module_types(rows: Iterable[ModuleRow]) -> list[str]:
    """The ``module_type`` values among the rows, in the order of ``MODULE_TYPE_WORDS``."""
    present = {row.item.module_type or "text" for row in rows}
    known = [k for k in MODULE_TYPE_WORDS if k in present]
    return known + sorted(present - set(MODULE_TYPE_WORDS))


def matches(row: ModuleRow, text: str) -> bool:
    words = text.casefold().split()
    if not words:
        return True
    item = row.item
    haystack = " ".join(
        [
            item.title,
            item.description or "",
            item.category or "",
            " ".join(item.tags),
            " ".join(kind_words(item)),
        ]
    ).casefold()
    return all(word in haystack for word in words)


def filter_rows(
    rows: Iterable[ModuleRow],
    *,
    text: str = "",
    category: str | None = None,
    tag: str | None = None,
    module_type: str | None = None,
) -> list[ModuleRow]:
    return [
        row
        for row in rows
        if (category is None or row.item.category == category)
        and (tag is None or tag in row.item.tags)
        and (module_type is None or (row.item.module_type or "text") == module_type)
        and matches(row, text)
    ]


def categories(rows: Iterable[ModuleRow]) -> list[str]:
    return sorted({row.item.category for row in rows if row.item.category}, key=str.casefold)


def tags(rows: Iterable[ModuleRow]) -> list[str]:
    return sorted({tag for row in rows for tag in row.item.tags}, key=str.casefold)


def load_rows(store: LocalStore, *, owner: str, role: str, today: date) -> list[ModuleRow]:
    """Read the owner's modules and cached progress and build the rows (two queries)."""
    return build_rows(
        store.list_modules(owner),
        store.get_progress(owner),
        role=role,
        today=today,
        components=components_of(store),
    )


def module_titles(rows: Sequence[ModuleRow]) -> dict[str, str]:
    return {row.module_id: row.title for row in rows}
