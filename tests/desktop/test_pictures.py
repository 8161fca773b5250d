"""Display copies of large pictures (``desktop.pictures``): made once for a large PNG, never
for a JPEG or a small picture; read in place of the original at display size, while the
natural size stays the original's (hotspots are in its coordinates)."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QColor, QImage, QImageWriter

from desktop.pictures import DISPLAY_MAX, display_copy, make_display_copy, read_picture

pytestmark = pytest.mark.qt


def picture(path: Path, width: int, height: int, fmt: str) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7"))
    for x in range(0, width, 97):
        image.setPixelColor(x, height // 2, QColor("white"))
    writer = QImageWriter(str(path), QByteArray(fmt.encode()))
    assert writer.write(image), writer.errorString()
    return path


def test_a_large_png_gets_one_display_copy_that_reads_at_the_original_size(
    qapp: object, tmp_path: Path
) -> None:
    big = picture(tmp_path / "bench.png", 4000, 3000, "PNG")
    image, natural, error, make = read_picture(big, QSize(1100, 720))
    assert (natural, error, make) == (QSize(4000, 3000), "", True)
    assert image.width() <= 1100 and image.height() <= 720
    copy = make_display_copy(big)
    assert copy is not None and copy == display_copy(big)
    made = QImage(str(copy))
    assert max(made.width(), made.height()) == DISPLAY_MAX
    image, natural, error, make = read_picture(big, QSize(1100, 720))
    assert (natural, error, make) == (QSize(4000, 3000), "", False)  # from the copy
    assert make_display_copy(big) == copy  # kept, not made again
    # A box larger than the copy's detail reads the original.
    _image, _natural, _error, make = read_picture(big, QSize(3000, 2500))
    assert make


def test_no_copy_for_a_jpeg_or_a_small_picture(qapp: object, tmp_path: Path) -> None:
    photo = picture(tmp_path / "photo.jpg", 4000, 3000, "JPEG")
    small = picture(tmp_path / "small.png", 800, 600, "PNG")
    for path in (photo, small):
        assert make_display_copy(path) is None
        assert read_picture(path, QSize(1100, 720))[3] is False
    assert list(tmp_path.iterdir()) and not list(tmp_path.glob("*.display.png"))


def test_a_replaced_picture_is_copied_again_and_racing_makers_agree(
    qapp: object, tmp_path: Path
) -> None:
    big = picture(tmp_path / "bench.png", 3000, 2200, "PNG")
    copies: list[Path | None] = []
    makers = [
        threading.Thread(target=lambda: copies.append(make_display_copy(big))) for _ in range(2)
    ]
    for t in makers:
        t.start()
    for t in makers:
        t.join(30)
    assert len(copies) == 2 and all(c is not None for c in copies)
    assert not list(tmp_path.glob("*.part"))
    copy = display_copy(big)
    assert copy is not None
    os.utime(copy, (1, 1))  # older than the picture: stale
    assert display_copy(big) is None
