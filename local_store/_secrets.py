"""Where a device keeps its secrets, and the file permissions of its data folder.

Sign-in tokens (a person's ``frm_`` device token, a kiosk's ``frk_`` credential) go to the
operating system's keyring when there is one (the ``keyring`` package: Secret Service on
Linux desktops, the macOS Keychain, the Windows Credential Locker); the store's row then
holds only a marker naming the keyring entry. A machine without a keyring (a headless
server, a minimal kiosk image) keeps them in the store file itself, which, like everything
in the data folder, only its owner can read (folder 0700, files 0600).

A kiosk's own key (``sync.client.kiosk``) never goes into the store: the keyring, else a 0600 file
in a private folder *outside* the data folder (``secrets_dir``), so that a copy of the data
folder (a backup, a cloned image of it) carries neither.

Keyring entries are named ``<store ref>/<name>`` under the service ``frames-lms``, where the
store ref is a random id kept in the store (``kv``), so that two stores on one machine (the
app's, a kiosk's, the demo's) never share an entry.

``FRAMES_KEYRING=off`` in the environment makes the app ignore the keyring (for a keyring
that would ask for a password at every start, say). The test suite sets the keyring
package's own ``PYTHON_KEYRING_BACKEND`` so that it never touches a developer's keyring.
"""

from __future__ import annotations

import hashlib
import logging
import os
import secrets
import stat
import threading
from pathlib import Path
from typing import Any, Final

__all__ = [
    "KEYRING_MARK",
    "SERVICE",
    "Keyring",
    "fingerprint",
    "make_private_dir",
    "make_private_file",
    "new_ref",
    "secrets_dir",
    "system_keyring",
    "tighten",
    "write_private",
]

log = logging.getLogger("frames.store")

SERVICE: Final = "frames-lms"
KEYRING_MARK: Final = "keyring:"
"""A token column that starts with this holds no token, only the name of its keyring entry."""
PRIVATE_DIR: Final = 0o700
PRIVATE_FILE: Final = 0o600
_POSIX: Final = os.name == "posix"


def fingerprint(secret: str) -> str:
    """A short, one-way tag of a token: tells a current keyring entry from a stale one."""
    return hashlib.sha256(secret.encode()).hexdigest()[:16]


_UNSET: Final = object()


class Keyring:
    """The OS keyring, or nothing (``available`` False): get, set and delete strings.

    The ``keyring`` package and its backend (D-Bus for Secret Service) cost a tenth of a
    second or more to load: that happens at first use (``load``), not when a store opens.
    """

    def __init__(self, backend: Any = _UNSET) -> None:
        self._loaded = backend
        self._lock = threading.Lock()

    def load(self) -> None:
        """Find the backend now (idempotent, thread-safe)."""
        with self._lock:
            if self._loaded is _UNSET:
                self._loaded = _find_backend()

    @property
    def _backend(self) -> Any | None:
        if self._loaded is _UNSET:
            self.load()
        return self._loaded

    @property
    def available(self) -> bool:
        return self._backend is not None

    @property
    def name(self) -> str:
        """The backend's name as people know it (``SecretService Keyring``), or ``""``."""
        backend = self._backend
        if backend is None:
            return ""
        return str(getattr(backend, "name", type(backend).__name__))

    def get(self, key: str) -> str | None:
        backend = self._backend
        if backend is None:
            return None
        try:
            value = backend.get_password(SERVICE, key)
        except Exception as exc:  # noqa: BLE001 - a locked or broken keyring: as if absent
            log.warning("the keyring could not be read (%s): %s", self.name, exc)
            return None
        return value if isinstance(value, str) else None

    def set(self, key: str, value: str) -> bool:
        """Store ``value``; ``False`` when there is no keyring or it refused (the caller
        keeps the value elsewhere). A keyring that says yes but gives back something else
        counts as a refusal."""
        backend = self._backend
        if backend is None:
            return False
        try:
            backend.set_password(SERVICE, key, value)
            return bool(backend.get_password(SERVICE, key) == value)
        except Exception as exc:  # noqa: BLE001 - locked, refused, no session bus, ...
            log.warning("the keyring refused a secret (%s): %s", self.name, exc)
            return False

    def delete(self, key: str) -> None:
        backend = self._backend
        if backend is None:
            return
        try:
            backend.delete_password(SERVICE, key)
        except Exception:  # noqa: BLE001 - not there (PasswordDeleteError) or unreachable
            pass


def system_keyring() -> Keyring:
    """The keyring this machine has, found at first use; ``available`` is False on a
    machine without one (the keyring package's ``fail``/``null`` backends, an empty chain)
    or with ``FRAMES_KEYRING=off``."""
    return Keyring()


def _find_backend() -> Any | None:
    if os.environ.get("FRAMES_KEYRING", "").strip().lower() in {"off", "0", "no", "false"}:
        return None
    try:
        import keyring
        from keyring.backends import chainer, fail, null
    except ImportError:  # pragma: no cover - a dependency, but a bundle might lack it
        return None
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001 - a misconfigured PYTHON_KEYRING_BACKEND
        log.warning("no usable keyring: %s", exc)
        return None
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    return backend


def secrets_dir() -> Path:
    """The private folder for secrets that have no keyring to go to: ``FRAMES_SECRETS_DIR``,
    else ``<user config dir>/frames-lms/secrets`` (never inside a data folder)."""
    configured = os.environ.get("FRAMES_SECRETS_DIR", "").strip()
    if configured:
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_config_dir("frames-lms", appauthor=False)) / "secrets"


def new_ref() -> str:
    return secrets.token_hex(8)


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` (and missing parents) and make it readable by its owner only."""
    folder.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    _chmod(folder, PRIVATE_DIR)


def make_private_file(path: Path) -> None:
    """Create ``path`` empty if missing, readable and writable by its owner only, before
    anything is written into it (SQLite then gives its ``-wal``/``-shm`` files the same
    mode)."""
    if _POSIX:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE)
        os.close(fd)
    _chmod(path, PRIVATE_FILE)


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, readable and writable by its owner only."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def tighten(store_path: Path) -> None:
    """Make an existing data folder private: the folder 0700; the store, its WAL, shared
    memory and journal files, copies of a damaged store and outbox exports 0600."""
    folder = store_path.parent
    _chmod(folder, PRIVATE_DIR)
    if not _POSIX:
        return
    name = store_path.name
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        ours = entry.name.startswith(name) or (
            entry.name.startswith("outbox-") and entry.name.endswith(".jsonl")
        )
        if ours and entry.is_file(follow_symlinks=False):
            _chmod(Path(entry.path), PRIVATE_FILE)


def _chmod(path: Path, mode: int) -> None:
    """Set ``mode`` unless it is set already (POSIX only: Windows folders inherit their
    parent's access list, which is the user's own under the profile folder)."""
    if not _POSIX:
        return
    try:
        if stat.S_IMODE(path.stat().st_mode) != mode:
            path.chmod(mode)
    except OSError as exc:
        log.warning("could not make %s private: %s", path, exc)
