"""Display copies of large pictures: decoded fast, on any thread (QImage, no widgets).

A PNG (or GIF, WebP) cannot be decoded at a reduced size: a 4000×3000 one costs ~230 ms
here however small it is shown. So beside each large non-JPEG picture in the media cache a
display copy at most ``DISPLAY_MAX`` pixels on its long side is kept (``<file>.display.png``),
made once: after the media downloads (``make_display_copies``, off the UI thread) and, for a
picture opened before that, by the first decode. Pages read the copy's pixels and the
original's size (hotspots are in the original's coordinates); a JPEG decodes at a fraction of
its size by itself and gets no copy.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader, QImageWriter

from sync.rules.media_types import DISPLAY_COPY_SUFFIX

__all__ = [
    "DISPLAY_MAX",
    "display_copy",
    "make_display_copies",
    "make_display_copy",
    "read_picture",
]

DISPLAY_MAX: Final = 2048
_SUFFIX: Final = DISPLAY_COPY_SUFFIX  # the media cache deletes the copy with its picture


def _copy_path(path: Path) -> Path:
    return path.with_name(path.name + _SUFFIX)


def _needs_copy(reader: QImageReader) -> bool:
    size = reader.size()
    return (
        size.isValid()
        and max(size.width(), size.height()) > DISPLAY_MAX
        and bytes(reader.format().data()).lower() not in (b"jpeg", b"jpg")
    )


def display_copy(path: Path) -> Path | None:
    """The display copy of ``path`` when one is there and not older than the picture."""
    copy = _copy_path(path)
    try:
        if copy.stat().st_mtime >= path.stat().st_mtime:
            return copy
    except OSError:
        return None
    return None


def make_display_copy(path: Path) -> Path | None:
    """Make (or keep) the display copy of a large non-JPEG picture; ``None`` when it needs
    none or cannot be read. Written to a temporary name, then renamed: a reader never sees a
    half-written copy."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    if not _needs_copy(reader):
        return None
    found = display_copy(path)
    if found is not None:
        return found
    size = reader.size()
    reader.setScaledSize(size.scaled(DISPLAY_MAX, DISPLAY_MAX, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    copy = _copy_path(path)
    try:  # a name of its own: two threads (or apps) making the same copy never collide
        handle, name = tempfile.mkstemp(prefix=copy.name + ".", suffix=".part", dir=copy.parent)
        os.close(handle)
    except OSError:
        return None
    partial = Path(name)
    writer = QImageWriter(str(partial), QByteArray(b"png"))
    try:
        if not writer.write(image):
            return None
        os.replace(partial, copy)
    finally:
        partial.unlink(missing_ok=True)
    return copy


def make_display_copies(paths: Iterable[Path]) -> int:
    """``make_display_copy`` for each picture; how many copies exist for them now."""
    return sum(1 for path in paths if make_display_copy(path) is not None)


def read_picture(path: Path, box: QSize) -> tuple[QImage, QSize, str, bool]:
    """Decode ``path`` to fit ``box`` (device pixels; invalid: full size), off the UI thread
    if you like: the image, the picture's natural size (the original's, EXIF orientation
    applied), an error ("" when none), and whether a display copy should be made for next
    time (a large non-JPEG picture read from the original). Reads the display copy when
    there is one and it is detailed enough for ``box``."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    natural = reader.size()
    turned = bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)
    shown = natural.transposed() if natural.isValid() and turned else natural
    wants_copy = _needs_copy(reader)
    small_box = box.isValid() and max(box.width(), box.height()) <= DISPLAY_MAX
    copy = display_copy(path) if wants_copy and small_box else None
    if copy is not None:
        source = QImageReader(str(copy))
        size = source.size()
        if size.isValid() and (size.width() > box.width() or size.height() > box.height()):
            fit = size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio)
            source.setScaledSize(QSize(max(1, fit.width()), max(1, fit.height())))
        image = source.read()
        if not image.isNull():
            return image, shown, "", False
    if shown.isValid() and box.isValid():
        if shown.width() > box.width() or shown.height() > box.height():
            fit = shown.scaled(box, Qt.AspectRatioMode.KeepAspectRatio)
            fit = QSize(max(1, fit.width()), max(1, fit.height()))
            reader.setScaledSize(fit.transposed() if turned else fit)
    image = reader.read()
    error = (reader.errorString() or "unknown format") if image.isNull() else ""
    if not shown.isValid():
        shown = image.size()
    return image, shown, error, wants_copy and not error
