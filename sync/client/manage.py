"""Faculty actions that need the server at once (online-only, by decision): assign a module,
change or remove an assignment, excuse a student, publish, unpublish or archive a module.

Each function makes one HTTP request with the signed-in user's token and returns the
server's JSON answer; every failure is a ``ManageError`` whose text is one sentence for a
person (``offline`` is true when the server could not be reached at all).
"""

from __future__ import annotations

from datetime import date
from typing import Any, Final, Literal
from urllib.parse import quote

import httpx
from pydantic import ValidationError

from sync.rules.protocol import AssignmentChange, ExcusalIn, error_code, error_message

__all__ = [
    "MODULE_ACTIONS",
    "ManageError",
    "Manager",
    "Target",
]

MODULE_ACTIONS: Final = ("publish", "unpublish", "archive")
ModuleAction = Literal["publish", "unpublish", "archive"]
Target = Literal["student", "team", "university"]
AssignmentKind = Literal["required", "optional", "recommended"]
MAX_REASON: Final = 500
TIMEOUT: Final = 20.0


class ManageError(Exception):
    """Raised when the server refuses an action or cannot be reached; ``str()`` is one
    sentence for a person."""

    def __init__(
        self,
        message: str,
        *,
        offline: bool = False,
        status: int | None = None,
        code: str | None = None,
    ):
        super().__init__(message)
        self.offline = offline
        self.status = status
        self.code = code  # the server's error code, when it refused (the app words it)


class Manager:
    """Talks to one server as one signed-in faculty member or admin."""

    def __init__(self, server_url: str, token: str, *, http: httpx.Client | None = None) -> None:
        self.server_url = server_url.rstrip("/")
        self._token = token
        self._http = http

    def _call(self, method: str, path: str, *, body: Any = None, params: Any = None) -> Any:
        client = self._http or httpx.Client(timeout=TIMEOUT)
        try:
            resp = client.request(
                method,
                self.server_url + path,
                json=body,
                params=params,
                headers={"Authorization": f"Bearer {self._token}"},
            )
        except httpx.TransportError as exc:
            raise ManageError(
                f"You are offline (cannot reach {self.server_url}): changing assignments and "
                "publishing need the server. Try again when connected.",
                offline=True,
            ) from exc
        finally:
            if self._http is None:
                client.close()
        if resp.status_code >= 400:
            said = (error_message(resp.content) or f"HTTP {resp.status_code}").strip().rstrip(".")
            if resp.status_code == 401:
                said = "your sign-in is no longer valid: sign in again"
            raise ManageError(
                f"The server refused: {said[:1].lower() + said[1:]}.",
                status=resp.status_code,
                code=error_code(resp.content),
            )
        if resp.status_code == 204 or not resp.content:
            return None
        return resp.json()

    def assign(
        self,
        *,
        module_id: str,
        target: Target,
        target_id: str | int,
        assignment_type: AssignmentKind = "required",
        due_date: date | None = None,
    ) -> Any:
        """Assign a module to a student, a team or a university (again: update it)."""
        body: dict[str, Any] = {"module": module_id, "assignment_type": assignment_type}
        if target == "team":
            body["team_id"] = int(target_id)
        else:
            body[f"{target}_id"] = str(target_id)
        if due_date is not None:
            body["due_date"] = due_date.isoformat()
        return self._call("POST", "/v1/assignments", body=body)

    def module_assignments(self, module_id: str) -> list[dict[str, Any]]:
        """Every assignment of a module, to change or remove one."""
        found = self._call("GET", f"/v1/modules/{quote(module_id, safe='')}/assignments")
        return list(found or [])

    def change(self, assignment_id: int, change: AssignmentChange) -> Any:
        return self._call(
            "PATCH",
            f"/v1/assignments/{int(assignment_id)}",
            body=change.model_dump(mode="json", exclude_defaults=True),
        )

    def remove(self, assignment_id: int) -> None:
        self._call("DELETE", f"/v1/assignments/{int(assignment_id)}")

    def excuse(self, *, student_id: str, module_id: str, reason: str) -> Any:
        """Excuse a student from a module, with the reason (1 to ``MAX_REASON``
        characters; ``ManageError`` otherwise, before anything is sent)."""
        reason = reason.strip()
        if not reason or len(reason) > MAX_REASON:
            raise ManageError(f"Give a reason of 1 to {MAX_REASON} characters.")
        try:
            excusal = ExcusalIn(student_id=student_id, module_id=module_id, reason=reason)
        except ValidationError as exc:
            raise ManageError(f"Cannot excuse: {exc.errors()[0]['msg']}.") from exc
        return self._call("PUT", "/v1/assignments/excusals", body=excusal.model_dump(mode="json"))

    def unexcuse(self, *, student_id: str, module_id: str) -> None:
        self._call(
            "DELETE",
            "/v1/assignments/excusals",
            params={"student_id": student_id, "module": module_id},
        )

    def module_action(self, module_id: str, action: ModuleAction) -> Any:
        """Publish, unpublish (back to draft) or archive a module."""
        if action not in MODULE_ACTIONS:
            raise ValueError(f"unknown module action {action!r}")
        return self._call("POST", f"/v1/modules/{quote(module_id, safe='')}/{action}")
