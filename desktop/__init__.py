"""The FRAMES LMS desktop app (PySide6): sign-in, my modules, the viewer, sync status.

Layers: widgets (``desktop.widgets``, ``desktop.viewer``) call keyword-only functions in
``desktop.ops``, which use ``local_store`` and the pure parts of ``sync``; background work
goes through the one ``desktop.tasks.TaskRunner``. Run it with ``frames-desktop`` (see
``desktop.app``).
"""

from importlib.metadata import PackageNotFoundError, version

__all__ = ["__version__"]

try:  # one place for the version: the package metadata (pyproject.toml)
    __version__ = version("frames-lms")
except PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0.0.0+source"
