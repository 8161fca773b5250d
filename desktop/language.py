"""The interface language: which one, and installing it into a running ``QApplication``.

The choice, first that applies: the ``--lang`` option, the ``FRAMES_LANG`` environment
variable, the ``desktop.language`` setting in the local store (*View → Language*), the
system's language (``QLocale.system()``). ``system`` (or nothing) means the system's; an
unknown language means English, with a one-line warning.

:func:`install_language` loads our catalogue (``desktop/translations/frames_<lang>.qm``) and
Qt's own (``qtbase_<lang>.qm``, the words of Qt's buttons, menus and dialogs) into
``QTranslator`` objects, routes :func:`desktop.i18n.translate` through
``QCoreApplication.translate``, makes the language's ``QLocale`` the default (dates, numbers)
and mirrors the layout for a right-to-left language. English loads nothing.
"""

from __future__ import annotations

import logging
import os
from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from desktop import i18n
from desktop.translations import LANGUAGES, qm_path

__all__ = [
    "ENV_VAR",
    "LANGUAGE_SETTING",
    "RIGHT_TO_LEFT",
    "SYSTEM",
    "current_language",
    "install_language",
    "language_choices",
    "requested_language",
    "resolve_language",
]

log = logging.getLogger("frames.desktop")

LANGUAGE_SETTING: Final = "desktop.language"
ENV_VAR: Final = "FRAMES_LANG"
SYSTEM: Final = "system"
RIGHT_TO_LEFT: Final = frozenset({"ar"})

_installed: list[QTranslator] = []  # kept alive while installed (Qt does not own them)
_current = "en"


def language_choices() -> list[tuple[str, str]]:
    """``(code, name in its own language)`` of every language the menu offers (after its
    *System default*)."""
    return [("en", "English"), *LANGUAGES.items()]


def requested_language(*, option: str | None, setting: object) -> str:
    """What the person asked for (not yet checked): the option, the environment variable,
    the stored setting, or ``system``."""
    for value in (option, os.environ.get(ENV_VAR), setting):
        if isinstance(value, str) and value.strip():
            return value.strip()
    return SYSTEM


def resolve_language(requested: str) -> tuple[str, str | None]:
    """The language to show for ``requested`` and a one-line warning if it is unknown.

    ``es_ES``, ``es-MX`` and ``ES`` mean ``es``; ``system`` is the system's language, or
    English when the system's is not one we have (no warning: that is no mistake)."""
    code = requested.strip().replace("-", "_").split("_")[0].split(".")[0].lower()
    if code in ("", SYSTEM, "c", "posix"):
        system = QLocale.system().name().split("_")[0].lower()
        return (system if system in LANGUAGES else "en"), None
    if code == "en" or code in LANGUAGES:
        return code, None
    known = ", ".join(["en", *LANGUAGES])
    return "en", f"unknown language {requested!r} (choose one of {known}); using English"


def current_language() -> str:
    """The language :func:`install_language` installed last (``en`` before)."""
    return _current


def install_language(requested: str, *, app: QCoreApplication | None = None) -> str:
    """Show the interface in ``requested`` (see :func:`resolve_language`); returns the code
    installed. Replaces a language installed before (widgets built already keep their text:
    the app asks to restart)."""
    global _current
    language, warning = resolve_language(requested)
    if warning is not None:
        log.warning("%s", warning)
    app = app or QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    if language != "en":
        ours = QTranslator()
        if ours.load(str(qm_path(language))):
            _installed.append(ours)
        else:
            log.warning("the %s translation is missing (%s)", language, qm_path(language))
        qt = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", folder):
            _installed.append(qt)
        for translator in _installed:
            QCoreApplication.installTranslator(translator)
    system = QLocale.system()
    if requested.strip().lower() in ("", SYSTEM) and language == "en":
        # English in the system's own formats; with no locale set (``C``/``POSIX``, common
        # on kiosks and servers) US English, not C's "3 12 2026".
        c_locale = system.language() == QLocale.Language.C
        QLocale.setDefault(QLocale("en_US") if c_locale else system)
    else:
        QLocale.setDefault(QLocale(language))
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if language in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
    # English is the source language: its words (and plural rule) need no catalogue.
    i18n.install(QCoreApplication.translate if language != "en" else None)
    _current = language
    return language
