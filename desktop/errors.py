"""Errors in plain words, and the one place the desktop shows them.

``plain_message`` turns any exception the app can meet into a sentence for a student;
``ErrorReporter`` is the single user-visible handler: background tasks without their own
error callback, exceptions escaping a slot (through ``sys.excepthook``) and the sync
service all end up here. It logs the details and emits ``reported`` with the sentence;
the main window shows it.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QObject, Signal

__all__ = ["ErrorReporter", "plain_message"]

log = logging.getLogger("frames.desktop")


def _kind(exc: BaseException) -> str:
    return type(exc).__name__


def _is(exc: BaseException, module: str, name: str) -> bool:
    """Whether ``exc`` is a ``module.name`` (or a subclass). Matched by type, without
    importing the module: an exception of a class can only exist once its module is loaded,
    and the app's start does not pay for the sync engine's imports."""
    cls = getattr(sys.modules.get(module), name, None)
    return isinstance(cls, type) and isinstance(exc, cls)


def plain_message(exc: BaseException) -> str:
    """A sentence a person can act on; exception class names never reach the screen."""
    text = str(exc).strip()
    if _is(exc, "sync.client.engine", "OfflineError") or _is(
        exc, "sync.client.account", "ServerUnreachable"
    ):
        return (
            "Can't reach the server. Check the server address and your network connection; "
            "your work stays saved on this device."
        )
    if _is(exc, "sync.client.engine", "AuthError"):
        return f"Your sign-in is no longer valid ({_first_clause(text)}). Please sign in again."
    if _is(exc, "sync.client.engine", "ClientTooOldError") or _is(
        exc, "sync.client.account", "ClientTooOld"
    ):
        return f"This app is too old for the server: {text}"
    if _is(exc, "sync.client.engine", "ServerError"):
        return f"The server had a problem: {text}. Your work stays saved on this device."
    if _is(exc, "sync.rules.content_folder", "ContentError"):
        return f"This module has a content error: {text}"
    if _is(exc, "local_store", "StoreError"):
        return f"Saving on this device failed: {text}"
    if isinstance(exc, PermissionError):
        return f"Permission denied: {exc.filename or text}"
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror or text}{where}"
    if text:
        return text[0].upper() + text[1:]
    return f"Something went wrong ({_kind(exc)})."


def _first_clause(text: str) -> str:
    """'this session was revoked: sign in again (server X)' -> 'this session was revoked'."""
    return text.split(":")[0].split(" (server")[0].strip() or "signed out"


class ErrorReporter(QObject):
    """The one user-visible error handler. Connect ``reported`` to whatever shows it."""

    reported = Signal(str, str)  # (what was being done, the plain message)

    def report(self, what: str, exc: BaseException) -> None:
        log.error("%s failed", what, exc_info=(type(exc), exc, exc.__traceback__))
        self.reported.emit(what, plain_message(exc))

    def install_excepthook(self) -> None:
        """Route exceptions that escape Qt slots here instead of only to stderr."""
        previous = sys.excepthook

        def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
            if issubclass(kind, KeyboardInterrupt):
                previous(kind, exc, tb)
                return
            try:
                self.report("the app", exc)
            except RuntimeError:  # the reporter is gone (app shutting down)
                previous(kind, exc, tb)

        sys.excepthook = hook
