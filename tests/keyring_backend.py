"""A real ``keyring`` backend for the tests: its entries live in a JSON file.

The suite runs with ``PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring`` (a machine
without a keyring, and never a developer's own); a test that wants an OS keyring uses the
``os_keyring`` fixture, which installs this backend in the process and names it in the
environment, so child processes (``frames-client``) find the same entries.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

__all__ = ["FileKeyring"]

ENV = "FRAMES_TEST_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    """Entries as ``{"service/username": password}`` in the file ``$FRAMES_TEST_KEYRING_FILE``."""

    priority = 1

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.path = Path(path or os.environ[ENV])

    @property
    def name(self) -> str:
        return "Test file keyring"

    def entries(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return {str(k): str(v) for k, v in data.items()}

    def _save(self, entries: dict[str, str]) -> None:
        self.path.write_text(json.dumps(entries), encoding="utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self.entries()
        entries[f"{service}/{username}"] = password
        self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self.entries()
        if entries.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save(entries)
