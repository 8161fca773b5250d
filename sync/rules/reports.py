"""Reading the server's reports onto a faculty device: rows checked, filter choices gathered.

Pure code (no HTTP, no Qt): ``check_row`` validates one row of a ``ReportPage`` against its
kind's row model and gives it back as JSON; ``Facets`` gathers, while the pages stream by,
what the Reports area offers as filter choices, so opening it never scans every row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final

from sync.rules.protocol import REPORT_KINDS, REPORT_ROWS

__all__ = ["FACET_FIELDS", "PAGE_SIZE", "PAIRS", "Facets", "check_row"]

PAGE_SIZE: Final = 2000
"""Rows asked per page (the server allows up to ``protocol.MAX_REPORT_PAGE``)."""

FACET_FIELDS: Final[dict[str, tuple[str, ...]]] = {
    "compliance": ("module", "team", "team_name", "assignment_type", "status", "student"),
    "learning": ("module",),
    "feedback": ("module",),
    "comments": ("module",),
    "devices": ("team_name", "student"),
    "teams": ("team",),
}
"""What each kind's facets list: ``module``, ``team`` and ``student`` are [id, name] pairs
(``PAIRS``), the other names are a field's distinct values (a null one included as None)."""
PAIRS: Final = {
    "module": ("module_id", "module_title"),
    "team": ("team_id", "team_name"),
    "student": ("student_id", "student_name"),
}


def check_row(kind: str, row: Any) -> dict[str, Any]:
    """The row as its kind's model dumps it; ``ValueError`` when it is not one."""
    if kind not in REPORT_KINDS:
        raise ValueError(f"unknown report kind {kind!r:.40}")
    model = REPORT_ROWS[kind].model_validate(row)
    return model.model_dump(mode="json")


@dataclass
class Facets:
    """Distinct values seen in one report's rows, in first-seen order."""

    kind: str
    _seen: dict[str, dict[Any, Any]] = field(default_factory=dict)

    def add(self, row: dict[str, Any]) -> None:
        for name in FACET_FIELDS.get(self.kind, ()):
            bucket = self._seen.setdefault(name, {})
            pair = PAIRS.get(name)
            if pair is not None:
                bucket.setdefault(row.get(pair[0]), row.get(pair[1]))
            else:
                bucket.setdefault(row.get(name), None)

    def as_json(self) -> dict[str, list[Any]]:
        out: dict[str, list[Any]] = {}
        for name, bucket in self._seen.items():
            if name in PAIRS:
                pairs = [[key, label] for key, label in bucket.items() if key is not None]
                out[name] = sorted(pairs, key=lambda p: (str(p[1] or p[0]).casefold(), p[0]))
            else:
                out[name] = sorted(bucket, key=lambda v: (v is None, str(v).casefold()))
        return out
