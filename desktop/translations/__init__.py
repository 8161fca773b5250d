"""The interface in other languages: Qt ``.ts`` sources and the compiled ``.qm`` catalogues.

Sources, one per area and language: ``app_<lang>.ts`` (``desktop`` without ``desktop/viewer``)
and ``viewer_<lang>.ts`` (``desktop/viewer`` and the plain modules whose words the viewer
shows, marked with ``QT_TRANSLATE_NOOP``). ``frames_<lang>.qm`` is ``lrelease`` of every
``*_<lang>.ts`` here; both kinds are committed and shipped as package data::

    python -m desktop.translations update   # extract the marked strings into the .ts files
    python -m desktop.translations build    # compile the .ts files into frames_<lang>.qm

This package imports no Qt: the app loads the ``.qm`` with a ``QTranslator``
(``desktop.language``).
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["FOLDER", "LANGUAGES", "qm_path"]

FOLDER = Path(__file__).resolve().parent

# The languages the interface is translated to, named in their own language (English is the
# source language and needs no catalogue).
LANGUAGES: dict[str, str] = {"es": "Español", "ar": "العربية"}


def qm_path(language: str, folder: Path = FOLDER) -> Path:
    """The compiled catalogue of ``language`` (``frames_es.qm``)."""
    return folder / f"frames_{language}.qm"
