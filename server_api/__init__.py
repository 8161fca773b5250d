"""FRAMES LMS server: the HTTP API over the FRAMES PostgreSQL (or embedded SQLite) database."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

__all__ = ["__version__"]

try:
    __version__ = version("frames-lms")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
