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

from desktop.i18n import translate
from desktop.server_errors import server_message

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
    """A sentence a person can act on; exception class names never reach the screen. An
    error the server answered with a code is worded in the interface language
    (``desktop.server_errors``); its English message is shown only for an unknown code."""
    text = str(exc).strip()
    said = server_message(getattr(exc, "code", None))
    if _is(exc, "sync.client.engine", "OfflineError") or _is(
        exc, "sync.client.account", "ServerUnreachable"
    ):
        return translate(
            "errors",
            "Can't reach the server. Check the server address and your network connection; "
            "your work stays saved on this device.",
        )
    if _is(exc, "sync.client.engine", "AuthError"):
        if said is not None:
            return said
        return translate(
            "errors", "Your sign-in is no longer valid ({reason}). Please sign in again."
        ).format(reason=_first_clause(text))
    if _is(exc, "sync.client.engine", "ClientTooOldError") or _is(
        exc, "sync.client.account", "ClientTooOld"
    ):
        if said is not None:
            return said
        return translate("errors", "This app is too old for the server: {reason}").format(
            reason=text
        )
    if _is(exc, "sync.client.engine", "ServerError"):
        return translate(
            "errors", "The server had a problem: {reason}. Your work stays saved on this device."
        ).format(reason=(said or text).rstrip("."))
    if said is not None:
        return said
    if _is(exc, "sync.rules.content_folder", "ContentError"):
        return translate("errors", "This module has a content error: {reason}").format(reason=text)
    if _is(exc, "local_store", "StoreError"):
        return translate("errors", "Saving on this device failed: {reason}").format(reason=text)
    if isinstance(exc, PermissionError):
        return translate("errors", "Permission denied: {file}").format(file=exc.filename or text)
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror or text}{where}"
    if text:
        return text[0].upper() + text[1:]
    return translate("errors", "Something went wrong ({kind}).").format(kind=_kind(exc))


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
                self.report(translate("ErrorReporter", "the app"), exc)
            except RuntimeError:  # the reporter is gone (app shutting down)
                previous(kind, exc, tb)

        sys.excepthook = hook
