"""Regenerate the images and videos of the demo content in server_api/demo_content/.

    python packaging/make_demo_media.py            # write every file, then check it
    python packaging/make_demo_media.py --check    # only check the committed files
    python packaging/make_demo_media.py --rects    # the lab bench picture's object rectangles

The diagrams are drawn with QPainter on an offscreen surface and saved as PNG; the clips
are QPainter frames encoded by PyAV as H.264 MP4 (320x240, 15 fps, yuv420p, bit-exact
muxing, one encoder thread), so a rerun on the same library versions gives the same
bytes. The generated files are committed next to the markdown, so neither the server nor
the desktop app needs PyAV at run time; this script is the only user of it.

After writing, every MP4 is decoded again with PyAV (frame count, size, duration) and every
PNG loaded with QImage; the script exits non-zero if one fails.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import av  # noqa: E402  (QT_QPA_PLATFORM must be set before Qt loads)
from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QRadialGradient,
)

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "server_api" / "demo_content"

FPS = 15
VIDEO_W, VIDEO_H = 320, 240

NAVY = QColor("#1d3557")
INK = QColor("#22303c")
MUTED = QColor("#5c6b7a")
PAPER = QColor("#f7f9fb")
LINE = QColor("#c9d3dd")
RED = QColor("#d62839")
TEAL = QColor("#2a9d8f")
GREEN = QColor("#2b9348")
AMBER = QColor("#e9a23b")
BLUE = QColor("#457b9d")
SKY = QColor("#dbe9f4")
WHITE = QColor("#ffffff")
COPPER = QColor("#c87533")
SOLDER = QColor("#aeb6bf")
BOARD = QColor("#2d6a4f")

FAMILY = "DejaVu Sans"

Draw = Callable[[QPainter], None]
DrawAt = Callable[[QPainter, float], None]


# ---------------------------------------------------------------------------------------
# Drawing helpers


def font(size: float, *, bold: bool = False) -> QFont:
    f = QFont(FAMILY)
    f.setPixelSize(max(1, round(size)))
    f.setBold(bold)
    # Hinting differs between font engines; turning it off keeps the output stable.
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f


def text(
    p: QPainter,
    rect: QRectF,
    value: str,
    *,
    size: float = 14,
    bold: bool = False,
    color: QColor = INK,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
) -> None:
    p.save()
    p.setFont(font(size, bold=bold))
    p.setPen(color)
    p.drawText(rect, int(align | Qt.TextFlag.TextWordWrap), value)
    p.restore()


def box(
    p: QPainter,
    rect: QRectF,
    *,
    fill: QColor,
    border: QColor | None = None,
    radius: float = 8,
    width: float = 2,
) -> None:
    p.save()
    p.setBrush(QBrush(fill))
    p.setPen(QPen(border, width) if border is not None else Qt.PenStyle.NoPen)
    p.drawRoundedRect(rect, radius, radius)
    p.restore()


def line(p: QPainter, a: QPointF, b: QPointF, *, color: QColor = INK, width: float = 2) -> None:
    p.save()
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.drawLine(a, b)
    p.restore()


def check_mark(p: QPainter, center: QPointF, size: float, color: QColor = GREEN) -> None:
    path = QPainterPath()
    path.moveTo(center.x() - size * 0.5, center.y())
    path.lineTo(center.x() - size * 0.15, center.y() + size * 0.35)
    path.lineTo(center.x() + size * 0.55, center.y() - size * 0.4)
    p.save()
    pen = QPen(color, max(2.0, size * 0.18))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    p.restore()


def goggles(p: QPainter, c: QPointF, s: float) -> None:
    """Safety goggles seen from the front, centred on c, about 2s wide."""
    p.save()
    p.setPen(QPen(INK, max(1.5, s * 0.06)))
    p.setBrush(QBrush(QColor("#9ad1e6")))
    for dx in (-0.48, 0.48):
        p.drawRoundedRect(
            QRectF(c.x() + dx * s - 0.45 * s, c.y() - 0.3 * s, 0.9 * s, 0.6 * s), 10, 10
        )
    line(p, QPointF(c.x() - 0.03 * s, c.y()), QPointF(c.x() + 0.03 * s, c.y()), width=s * 0.12)
    p.setPen(QPen(AMBER, s * 0.1))
    p.drawLine(QPointF(c.x() - 0.93 * s, c.y()), QPointF(c.x() - 1.15 * s, c.y() - 0.05 * s))
    p.drawLine(QPointF(c.x() + 0.93 * s, c.y()), QPointF(c.x() + 1.15 * s, c.y() - 0.05 * s))
    # glare
    p.setPen(QPen(WHITE, max(1.0, s * 0.05)))
    p.drawLine(
        QPointF(c.x() - 0.75 * s, c.y() - 0.15 * s), QPointF(c.x() - 0.6 * s, c.y() - 0.2 * s)
    )
    p.drawLine(
        QPointF(c.x() + 0.2 * s, c.y() - 0.15 * s), QPointF(c.x() + 0.35 * s, c.y() - 0.2 * s)
    )
    p.restore()


def glove(p: QPainter, c: QPointF, s: float) -> None:
    p.save()
    p.setPen(QPen(INK, max(1.5, s * 0.05)))
    p.setBrush(QBrush(QColor("#6c8ebf")))
    palm = QRectF(c.x() - 0.45 * s, c.y() - 0.2 * s, 0.9 * s, 0.9 * s)
    for i in range(4):
        x = c.x() - 0.42 * s + i * 0.22 * s
        p.drawRoundedRect(QRectF(x, c.y() - 0.85 * s, 0.19 * s, 0.8 * s), 6, 6)
    thumb = QPainterPath()
    thumb.addRoundedRect(QRectF(c.x() + 0.3 * s, c.y() - 0.15 * s, 0.5 * s, 0.2 * s), 6, 6)
    p.drawPath(thumb)
    p.drawRoundedRect(palm, 10, 10)
    p.drawRect(QRectF(c.x() - 0.4 * s, c.y() + 0.65 * s, 0.8 * s, 0.3 * s))
    p.restore()


def lab_coat(p: QPainter, c: QPointF, s: float) -> None:
    path = QPainterPath()
    path.moveTo(c.x() - 0.25 * s, c.y() - 0.9 * s)
    path.lineTo(c.x() - 0.8 * s, c.y() - 0.6 * s)
    path.lineTo(c.x() - 1.0 * s, c.y() + 0.2 * s)
    path.lineTo(c.x() - 0.75 * s, c.y() + 0.25 * s)
    path.lineTo(c.x() - 0.6 * s, c.y() - 0.15 * s)
    path.lineTo(c.x() - 0.6 * s, c.y() + 0.95 * s)
    path.lineTo(c.x() + 0.6 * s, c.y() + 0.95 * s)
    path.lineTo(c.x() + 0.6 * s, c.y() - 0.15 * s)
    path.lineTo(c.x() + 0.75 * s, c.y() + 0.25 * s)
    path.lineTo(c.x() + 1.0 * s, c.y() + 0.2 * s)
    path.lineTo(c.x() + 0.8 * s, c.y() - 0.6 * s)
    path.lineTo(c.x() + 0.25 * s, c.y() - 0.9 * s)
    path.lineTo(c.x(), c.y() - 0.5 * s)
    path.closeSubpath()
    p.save()
    p.setPen(QPen(INK, max(1.5, s * 0.05)))
    p.setBrush(QBrush(WHITE))
    p.drawPath(path)
    line(p, QPointF(c.x(), c.y() - 0.5 * s), QPointF(c.x(), c.y() + 0.95 * s), width=s * 0.04)
    p.setBrush(QBrush(INK))
    for k in range(3):
        p.drawEllipse(QPointF(c.x() + 0.08 * s, c.y() - 0.2 * s + k * 0.35 * s), s * 0.04, s * 0.04)
    p.restore()


def shoe(p: QPainter, c: QPointF, s: float) -> None:
    path = QPainterPath()
    path.moveTo(c.x() - 0.9 * s, c.y() + 0.35 * s)
    path.lineTo(c.x() - 0.9 * s, c.y() - 0.45 * s)
    path.lineTo(c.x() - 0.35 * s, c.y() - 0.45 * s)
    path.cubicTo(
        QPointF(c.x() - 0.2 * s, c.y() - 0.1 * s),
        QPointF(c.x() + 0.5 * s, c.y() - 0.15 * s),
        QPointF(c.x() + 0.95 * s, c.y() + 0.1 * s),
    )
    path.lineTo(c.x() + 0.95 * s, c.y() + 0.35 * s)
    path.closeSubpath()
    p.save()
    p.setPen(QPen(INK, max(1.5, s * 0.05)))
    p.setBrush(QBrush(QColor("#6b4f3a")))
    p.drawPath(path)
    p.setBrush(QBrush(INK))
    p.drawRect(QRectF(c.x() - 0.9 * s, c.y() + 0.3 * s, 1.85 * s, 0.12 * s))
    p.restore()


def ground_symbol(p: QPainter, top: QPointF, s: float, color: QColor = INK) -> None:
    line(p, top, QPointF(top.x(), top.y() + s * 0.5), color=color)
    for i, half in enumerate((0.6, 0.4, 0.2)):
        y = top.y() + s * (0.5 + 0.2 * i)
        line(p, QPointF(top.x() - half * s, y), QPointF(top.x() + half * s, y), color=color)


def resistor(p: QPainter, a: QPointF, b: QPointF, color: QColor = INK) -> None:
    """A zig-zag resistor symbol from a to b, in any direction."""
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length = math.hypot(dx, dy)
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux

    def at(along: float, across: float = 0.0) -> QPointF:
        return QPointF(a.x() + ux * along + nx * across, a.y() + uy * along + ny * across)

    n = 6
    step = length / (n + 2)
    path = QPainterPath(a)
    path.lineTo(at(step))
    for i in range(n):
        path.lineTo(at(step * (1.5 + i), -7 if i % 2 == 0 else 7))
    path.lineTo(at(length - step))
    path.lineTo(b)
    p.save()
    p.setPen(QPen(color, 2))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    p.restore()


def fillet(
    p: QPainter, base: QPointF, *, kind: str, scale: float = 1.0, lead_color: QColor = COPPER
) -> None:
    """Cross-section of a through-hole joint: board, pad, lead and the solder fillet."""
    s = scale
    p.save()
    # board
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(BOARD))
    p.drawRect(QRectF(base.x() - 70 * s, base.y(), 140 * s, 22 * s))
    p.setBrush(QBrush(COPPER))
    p.drawRect(QRectF(base.x() - 40 * s, base.y() - 4 * s, 80 * s, 5 * s))
    # solder
    p.setPen(QPen(QColor("#7f8c8d"), 1.5))
    grad = QLinearGradient(QPointF(base.x() - 40 * s, 0), QPointF(base.x() + 40 * s, 0))
    grad.setColorAt(0.0, QColor("#c5ccd3"))
    grad.setColorAt(0.5, QColor("#f2f4f6"))
    grad.setColorAt(1.0, QColor("#9aa4ad"))
    p.setBrush(QBrush(grad))
    path = QPainterPath()
    if kind == "good":
        path.moveTo(base.x() - 38 * s, base.y() - 4 * s)
        path.quadTo(
            QPointF(base.x() - 8 * s, base.y() - 8 * s),
            QPointF(base.x() - 6 * s, base.y() - 50 * s),
        )
        path.lineTo(base.x() + 6 * s, base.y() - 50 * s)
        path.quadTo(
            QPointF(base.x() + 8 * s, base.y() - 8 * s),
            QPointF(base.x() + 38 * s, base.y() - 4 * s),
        )
        path.closeSubpath()
    elif kind == "cold":
        path.addEllipse(QPointF(base.x(), base.y() - 22 * s), 26 * s, 22 * s)
        p.setBrush(QBrush(QColor("#9ea7ae")))
    elif kind == "starved":
        path.moveTo(base.x() - 14 * s, base.y() - 4 * s)
        path.quadTo(
            QPointF(base.x() - 6 * s, base.y() - 6 * s),
            QPointF(base.x() - 6 * s, base.y() - 16 * s),
        )
        path.lineTo(base.x() + 6 * s, base.y() - 16 * s)
        path.quadTo(
            QPointF(base.x() + 6 * s, base.y() - 6 * s),
            QPointF(base.x() + 14 * s, base.y() - 4 * s),
        )
        path.closeSubpath()
    else:  # "excess": a convex blob that hides the lead and the pad edge
        path.moveTo(base.x() - 42 * s, base.y() - 3 * s)
        path.cubicTo(
            QPointF(base.x() - 55 * s, base.y() - 60 * s),
            QPointF(base.x() + 55 * s, base.y() - 60 * s),
            QPointF(base.x() + 42 * s, base.y() - 3 * s),
        )
        path.closeSubpath()
    # the lead goes through the board
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(lead_color))
    p.drawRect(QRectF(base.x() - 5 * s, base.y() - 75 * s, 10 * s, 100 * s))
    p.restore()
    p.drawPath(path)
    if kind == "cold":
        p.setPen(QPen(QColor("#6d7781"), 1))
        for k in range(7):
            ang = k * 0.9
            x = base.x() + math.cos(ang) * 12 * s
            y = base.y() - 22 * s + math.sin(ang) * 9 * s
            p.drawPoint(QPointF(x, y))
            p.drawEllipse(QPointF(x, y), 1.5 * s, 1.5 * s)
    p.restore()


# ---------------------------------------------------------------------------------------
# Still images


def draw_lab_floor_plan(p: QPainter) -> None:
    w, h = 760.0, 500.0
    p.fillRect(QRectF(0, 0, w, h), PAPER)
    text(
        p,
        QRectF(24, 14, w - 48, 30),
        "Lab floor plan: room E-114",
        size=22,
        bold=True,
        color=NAVY,
        align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    )
    text(
        p,
        QRectF(24, 42, w - 48, 22),
        "Benches are zoned; keep each activity in its zone.",
        size=13,
        color=MUTED,
        align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    )
    room = QRectF(24, 76, 560, 400)
    box(p, room, fill=WHITE, border=INK, radius=2, width=4)
    # door gap with swing
    p.fillRect(QRectF(room.left() - 3, 400, 8, 56), WHITE)
    p.save()
    p.setPen(QPen(MUTED, 1.5, Qt.PenStyle.DashLine))
    p.drawArc(QRectF(room.left() - 56, 344, 112, 112), 0, 90 * 16)
    p.restore()
    text(
        p,
        QRectF(room.left() + 6, 456, 70, 18),
        "EXIT",
        size=13,
        bold=True,
        color=GREEN,
        align=Qt.AlignmentFlag.AlignLeft,
    )
    zones = [
        (
            QRectF(40, 92, 250, 120),
            QColor("#e3f2fd"),
            BLUE,
            "Clean assembly",
            "ESD mats, wrist straps\nflight hardware only",
        ),
        (
            QRectF(310, 92, 258, 120),
            QColor("#fff3e0"),
            AMBER,
            "Soldering benches",
            "fume extractors on\niron stands, tip cleaners",
        ),
        (
            QRectF(310, 232, 258, 110),
            QColor("#e8f5e9"),
            TEAL,
            "Test & measurement",
            "bench PSUs, scopes,\nFlatSat rack",
        ),
        (
            QRectF(40, 232, 250, 110),
            QColor("#f3e5f5"),
            QColor("#7b2cbf"),
            "Desks",
            "laptops, reviews;\nthe only place to eat",
        ),
        (
            QRectF(120, 362, 200, 96),
            QColor("#fdecea"),
            RED,
            "Storage",
            "flammables cabinet,\nbatteries in LiPo bags",
        ),
    ]
    for rect, fill, border, title, body in zones:
        box(p, rect, fill=fill, border=border, radius=10)
        text(
            p,
            QRectF(rect.left() + 10, rect.top() + 8, rect.width() - 20, 24),
            title,
            size=16,
            bold=True,
            color=border,
            align=Qt.AlignmentFlag.AlignLeft,
        )
        text(
            p,
            QRectF(rect.left() + 10, rect.top() + 36, rect.width() - 20, rect.height() - 40),
            body,
            size=13,
            color=INK,
            align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
        )
    # safety equipment markers
    markers = [
        (QPointF(352, 392), GREEN, "+", "First aid kit"),
        (QPointF(412, 392), QColor("#00a6a6"), "E", "Eyewash"),
        (QPointF(472, 392), RED, "F", "CO2 extinguisher"),
        (QPointF(532, 392), QColor("#111111"), "!", "Emergency power off"),
    ]
    for center, color, glyph, _label in markers:
        p.save()
        p.setBrush(QBrush(color))
        p.setPen(QPen(WHITE, 2))
        p.drawEllipse(center, 17, 17)
        p.restore()
        text(
            p,
            QRectF(center.x() - 17, center.y() - 17, 34, 34),
            glyph,
            size=18,
            bold=True,
            color=WHITE,
        )
    # legend
    legend = QRectF(600, 76, 140, 400)
    box(p, legend, fill=WHITE, border=LINE, radius=8)
    text(
        p,
        QRectF(612, 86, 120, 24),
        "Safety gear",
        size=15,
        bold=True,
        color=NAVY,
        align=Qt.AlignmentFlag.AlignLeft,
    )
    for i, (_center, color, glyph, label) in enumerate(markers):
        c = QPointF(626, 134 + i * 58)
        p.save()
        p.setBrush(QBrush(color))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(c, 13, 13)
        p.restore()
        text(p, QRectF(c.x() - 13, c.y() - 13, 26, 26), glyph, size=14, bold=True, color=WHITE)
        text(
            p,
            QRectF(646, c.y() - 22, 90, 44),
            label,
            size=12,
            color=INK,
            align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        )
    text(
        p,
        QRectF(612, 370, 120, 96),
        "Keep 1 m clear in front of every marker and the exit.",
        size=12,
        color=MUTED,
        align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
    )


def draw_ppe_station(p: QPainter) -> None:
    w, h = 760.0, 400.0
    p.fillRect(QRectF(0, 0, w, h), PAPER)
    text(
        p,
        QRectF(24, 14, w - 48, 32),
        "Personal protective equipment",
        size=22,
        bold=True,
        color=NAVY,
        align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    )
    text(
        p,
        QRectF(24, 46, w - 48, 22),
        "What to wear, and when. The PPE station is next to the door.",
        size=13,
        color=MUTED,
        align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    )
    items: list[tuple[Callable[[QPainter, QPointF, float], None], str, str, QColor]] = [
        (goggles, "Safety goggles", "Always at the soldering, cutting and chemical benches", RED),
        (glove, "Nitrile gloves", "Solvents, flux remover, epoxy, battery work", AMBER),
        (lab_coat, "Lab coat", "Soldering and any work with chemicals", BLUE),
        (shoe, "Closed-toe shoes", "Whenever you are in the lab: no sandals", TEAL),
    ]
    card_w = (w - 48 - 3 * 16) / 4
    for i, (icon, title, body, color) in enumerate(items):
        rect = QRectF(24 + i * (card_w + 16), 84, card_w, 292)
        box(p, rect, fill=WHITE, border=LINE, radius=12)
        p.fillRect(QRectF(rect.left(), rect.top() + 10, 6, 60), color)
        icon(p, QPointF(rect.center().x(), rect.top() + 92), 46)
        text(
            p,
            QRectF(rect.left() + 4, rect.top() + 160, rect.width() - 8, 28),
            title,
            size=15,
            bold=True,
            color=INK,
        )
        text(
            p,
            QRectF(rect.left() + 10, rect.top() + 194, rect.width() - 20, 90),
            body,
            size=13,
            color=MUTED,
            align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
        )


def draw_esd_workstation(p: QPainter) -> None:
    w, h = 760.0, 440.0
    p.fillRect(QRectF(0, 0, w, h), PAPER)
    text(
        p,
        QRectF(24, 14, w - 48, 32),
        "ESD-safe workstation",
        size=22,
        bold=True,
        color=NAVY,
        align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    )
    text(
        p,
        QRectF(24, 46, w - 48, 22),
        "Everything you touch and everything on the mat sits at the same potential: ground.",
        size=13,
        color=MUTED,
        align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    )
    # bench and mat
    bench = QRectF(40, 250, 520, 26)
    box(p, bench, fill=QColor("#b08968"), border=INK, radius=3)
    mat = QRectF(70, 238, 400, 14)
    box(p, mat, fill=QColor("#3a86ff"), border=INK, radius=3)
    text(p, QRectF(70, 200, 400, 30), "dissipative mat (10^6 - 10^9 ohm)", size=13, color=BLUE)
    # board on the mat
    box(p, QRectF(200, 226, 120, 12), fill=BOARD, border=INK, radius=2)
    text(
        p,
        QRectF(170, 160, 180, 36),
        "PCB in work, out of its\nshielding bag only here",
        size=12,
        color=INK,
    )
    # wrist with strap
    p.save()
    p.setBrush(QBrush(QColor("#f1c27d")))
    p.setPen(QPen(INK, 2))
    p.drawRoundedRect(QRectF(590, 120, 120, 36), 16, 16)
    p.restore()
    box(p, QRectF(637, 116, 26, 44), fill=QColor("#222222"), border=INK, radius=4)
    text(p, QRectF(540, 84, 220, 30), "wrist strap, snug on skin", size=13, color=INK)
    # coiled cord, then the 1 MOhm resistor moulded into it, then the common ground point
    cord = QPainterPath(QPointF(650, 160))
    for k in range(6):
        y = 166 + k * 8
        cord.quadTo(QPointF(660 if k % 2 == 0 else 640, y), QPointF(650, y + 4))
    p.save()
    p.setPen(QPen(QColor("#222222"), 2))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(cord)
    p.restore()
    resistor(p, QPointF(650, 212), QPointF(650, 276), color=RED)
    text(
        p,
        QRectF(664, 224, 96, 40),
        "1 MOhm\nin the cord",
        size=12,
        bold=True,
        color=RED,
        align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    )
    line(p, QPointF(650, 276), QPointF(650, 300), color=QColor("#222222"))
    # mat ground cord
    line(p, QPointF(470, 245), QPointF(620, 320), color=QColor("#222222"))
    cgp = QRectF(620, 300, 60, 40)
    box(p, cgp, fill=QColor("#ffd166"), border=INK, radius=4)
    text(p, cgp, "CGP", size=13, bold=True)
    text(
        p,
        QRectF(686, 300, 74, 40),
        "common ground point",
        size=11,
        color=MUTED,
        align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    )
    ground_symbol(p, QPointF(650, 340), 20)
    text(p, QRectF(580, 380, 150, 40), "protective earth", size=12, color=MUTED)
    # callouts
    notes = [
        "1. Check the strap on the tester every time you sit down.",
        "2. No plastic cups, bubble wrap or foam on the mat.",
        "3. Never bypass the 1 MOhm resistor in the cord: it protects you.",
    ]
    for i, note in enumerate(notes):
        text(
            p,
            QRectF(40, 300 + i * 30, 540, 26),
            note,
            size=14,
            color=INK,
            align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        )


def draw_solder_joints(p: QPainter) -> None:
    w, h = 760.0, 400.0
    p.fillRect(QRectF(0, 0, w, h), PAPER)
    text(
        p,
        QRectF(24, 14, w - 48, 32),
        "Through-hole joints in cross-section",
        size=22,
        bold=True,
        color=NAVY,
        align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    )
    text(
        p,
        QRectF(24, 46, w - 48, 22),
        "A good joint is smooth and concave, and you can see the outline of the lead.",
        size=13,
        color=MUTED,
        align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    )
    cases = [
        ("good", "Good", "concave fillet,\nwets pad and lead", GREEN),
        ("cold", "Cold", "dull, lumpy ball;\nreheat with fresh flux", RED),
        ("starved", "Insufficient", "pad not covered;\nadd a little solder", AMBER),
        ("excess", "Too much", "convex blob hides\nthe lead; wick it off", AMBER),
    ]
    card_w = (w - 48 - 3 * 16) / 4
    for i, (kind, title, body, color) in enumerate(cases):
        rect = QRectF(24 + i * (card_w + 16), 84, card_w, 296)
        box(p, rect, fill=WHITE, border=LINE, radius=12)
        fillet(p, QPointF(rect.center().x(), rect.top() + 170), kind=kind, scale=0.95)
        text(
            p,
            QRectF(rect.left(), rect.top() + 206, rect.width(), 28),
            title,
            size=17,
            bold=True,
            color=color,
        )
        text(
            p,
            QRectF(rect.left() + 8, rect.top() + 238, rect.width() - 16, 52),
            body,
            size=13,
            color=MUTED,
            align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
        )
        if kind == "good":
            check_mark(p, QPointF(rect.right() - 26, rect.top() + 26), 22)
        else:
            line(
                p,
                QPointF(rect.right() - 34, rect.top() + 18),
                QPointF(rect.right() - 18, rect.top() + 34),
                color=color,
                width=4,
            )
            line(
                p,
                QPointF(rect.right() - 18, rect.top() + 18),
                QPointF(rect.right() - 34, rect.top() + 34),
                color=color,
                width=4,
            )


def draw_orbit_power_profile(p: QPainter) -> None:
    w, h = 760.0, 420.0
    p.fillRect(QRectF(0, 0, w, h), PAPER)
    text(
        p,
        QRectF(24, 14, w - 48, 32),
        "One 94-minute orbit: power in and power out",
        size=22,
        bold=True,
        color=NAVY,
        align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    )
    plot = QRectF(80, 62, 640, 280)
    box(p, plot, fill=WHITE, border=LINE, radius=4, width=1)
    period, eclipse_start = 94.0, 58.0
    max_w = 8.0

    def px(minute: float) -> float:
        return plot.left() + plot.width() * minute / period

    def py(watts: float) -> float:
        return plot.bottom() - plot.height() * watts / max_w

    p.fillRect(
        QRectF(
            px(eclipse_start), plot.top() + 1, px(period) - px(eclipse_start), plot.height() - 2
        ),
        QColor("#e6e9f0"),
    )
    text(
        p,
        QRectF(px(eclipse_start), plot.top() + 6, px(period) - px(eclipse_start), 20),
        "eclipse (36 min)",
        size=12,
        color=MUTED,
    )
    text(
        p,
        QRectF(plot.left(), plot.top() + 6, px(eclipse_start) - plot.left(), 20),
        "sunlight (58 min)",
        size=12,
        color=AMBER,
    )
    # grid and axes labels
    for watts in range(0, 9, 2):
        y = py(watts)
        line(p, QPointF(plot.left(), y), QPointF(plot.right(), y), color=QColor("#eef1f4"), width=1)
        text(
            p,
            QRectF(30, y - 10, 44, 20),
            f"{watts} W",
            size=12,
            color=MUTED,
            align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        )
    for minute in range(0, 95, 15):
        text(
            p, QRectF(px(minute) - 20, plot.bottom() + 4, 40, 18), f"{minute}", size=12, color=MUTED
        )
    text(
        p,
        QRectF(plot.left(), plot.bottom() + 22, plot.width(), 18),
        "minutes into the orbit",
        size=12,
        color=MUTED,
    )
    # generation: a rounded plateau in sunlight, zero in eclipse
    gen = QPainterPath(QPointF(px(0), py(0)))
    for i in range(0, 117):
        sunlit = eclipse_start * i / 116
        generated = 6.4 * math.sin(math.pi * sunlit / eclipse_start) ** 0.35
        gen.lineTo(px(sunlit), py(generated))
    gen.lineTo(px(period), py(0))
    p.save()
    p.setPen(QPen(AMBER, 3))
    fill = QColor(AMBER)
    fill.setAlpha(60)
    p.setBrush(QBrush(fill))
    p.drawPath(gen)
    p.restore()
    # load: 2.1 W baseline, 6.5 W during a 10-minute downlink pass at minute 20-30
    load = QPainterPath(QPointF(px(0), py(2.1)))
    for at_minute, load_w in (
        (20, 2.1),
        (20, 6.5),
        (30, 6.5),
        (30, 2.1),
        (70, 2.1),
        (70, 3.0),
        (78, 3.0),
        (78, 2.1),
        (94, 2.1),
    ):
        load.lineTo(px(at_minute), py(load_w))
    p.save()
    p.setPen(QPen(RED, 3))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(load)
    p.restore()
    text(p, QRectF(px(20) - 40, py(6.5) - 24, 120, 20), "downlink pass", size=12, color=RED)
    text(p, QRectF(px(70) - 30, py(3.0) - 22, 120, 20), "heater on", size=12, color=RED)
    # legend
    for i, (color, label) in enumerate(((AMBER, "solar generation"), (RED, "spacecraft load"))):
        y = 402
        x = 200 + i * 220
        line(p, QPointF(x, y), QPointF(x + 30, y), color=color, width=4)
        text(
            p,
            QRectF(x + 38, y - 11, 190, 22),
            label,
            size=13,
            color=INK,
            align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        )


# ---------------------------------------------------------------------------------------
# Clips


def ease(x: float) -> float:
    """Smoothstep from 0 to 1 for x in [0, 1], clamped outside."""
    x = min(1.0, max(0.0, x))
    return x * x * (3 - 2 * x)


def title_bar(p: QPainter, title: str, step: str) -> None:
    p.fillRect(QRectF(0, 0, VIDEO_W, 34), NAVY)
    text(
        p,
        QRectF(10, 0, 240, 34),
        title,
        size=14,
        bold=True,
        color=WHITE,
        align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    )
    text(
        p,
        QRectF(240, 0, 70, 34),
        step,
        size=12,
        color=QColor("#a8dadc"),
        align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    )


def progress(p: QPainter, t: float, total: float) -> None:
    p.fillRect(QRectF(0, VIDEO_H - 5, VIDEO_W, 5), QColor("#dde3ea"))
    p.fillRect(QRectF(0, VIDEO_H - 5, VIDEO_W * min(1.0, t / total), 5), TEAL)


def clip_ppe_check(p: QPainter, t: float) -> None:
    total = 6.0
    p.fillRect(QRectF(0, 0, VIDEO_W, VIDEO_H), PAPER)
    steps = [
        (goggles, "Goggles on", "over glasses if you wear them"),
        (glove, "Gloves for solvents", "nitrile, change when torn"),
        (lab_coat, "Coat buttoned", "sleeves down, no loose cuffs"),
        (shoe, "Closed shoes", "and long hair tied back"),
    ]
    if t < 1.0:
        a = ease(t / 0.6)
        title_bar(p, "Lab Safety 101", "")
        text(
            p,
            QRectF(0, 70, VIDEO_W, 40),
            "PPE check",
            size=30 * (0.8 + 0.2 * a),
            bold=True,
            color=NAVY,
        )
        text(
            p,
            QRectF(20, 120, VIDEO_W - 40, 50),
            "four things before you\npick up a tool",
            size=16,
            color=MUTED,
        )
        goggles(p, QPointF(VIDEO_W / 2, 195), 24 * a + 1)
    else:
        index = min(3, int((t - 1.0) / 1.25))
        local = (t - 1.0) - index * 1.25
        icon, title, sub = steps[index]
        title_bar(p, "PPE check", f"{index + 1} / 4")
        slide = 1 - ease(local / 0.4)
        cx = VIDEO_W / 2 + slide * VIDEO_W
        box(p, QRectF(cx - 130, 48, 260, 150), fill=WHITE, border=LINE, radius=12)
        icon(p, QPointF(cx, 104), 34)
        text(p, QRectF(cx - 125, 146, 250, 26), title, size=18, bold=True, color=INK)
        text(p, QRectF(cx - 125, 170, 250, 22), sub, size=13, color=MUTED)
        if local > 0.6:
            check_mark(p, QPointF(cx + 105, 70), 20 * ease((local - 0.6) / 0.3))
        for k in range(4):
            color = GREEN if k < index or (k == index and local > 0.6) else LINE
            p.save()
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(color))
            p.drawEllipse(QPointF(VIDEO_W / 2 - 36 + k * 24, 216), 6, 6)
            p.restore()
    progress(p, t, total)


def clip_wrist_strap(p: QPainter, t: float) -> None:
    total = 6.0
    p.fillRect(QRectF(0, 0, VIDEO_W, VIDEO_H), PAPER)
    phase = 0 if t < 1.5 else (1 if t < 3.0 else 2)
    title_bar(p, "Wrist strap check", f"step {phase + 1} / 3")
    # tester box
    tester = QRectF(180, 60, 120, 130)
    box(p, tester, fill=QColor("#34495e"), border=INK, radius=10)
    text(
        p,
        QRectF(tester.left(), tester.top() + 6, tester.width(), 18),
        "STRAP TESTER",
        size=10,
        bold=True,
        color=WHITE,
    )
    leds = [("LOW", AMBER), ("PASS", GREEN), ("HIGH", RED)]
    lit = 1 if t > 3.4 else -1
    for i, (label, color) in enumerate(leds):
        c = QPointF(tester.left() + 24 + i * 36, tester.top() + 44)
        on = i == lit and int(t * 4) % 2 == 0 or (i == lit and t > 4.2)
        p.save()
        p.setPen(QPen(INK, 1))
        p.setBrush(QBrush(color if on else QColor("#5d6d7e")))
        p.drawEllipse(c, 9, 9)
        p.restore()
        text(p, QRectF(c.x() - 18, c.y() + 10, 36, 14), label, size=9, color=WHITE)
    # touch plate
    pressed = 3.0 <= t
    plate = QRectF(tester.left() + 30, tester.top() + 86, 60, 28)
    box(
        p, plate, fill=QColor("#bdc3c7") if not pressed else QColor("#95a5a6"), border=INK, radius=5
    )
    text(p, plate, "TOUCH", size=10, bold=True, color=INK)
    # jack and cord
    jack = QPointF(tester.left(), tester.top() + 44)
    plug_progress = ease((t - 0.3) / 1.0)
    wrist_c = QPointF(70, 150)
    plug_at = QPointF(wrist_c.x() + 40 + (jack.x() - wrist_c.x() - 40) * plug_progress, jack.y())
    cord = QPainterPath(QPointF(wrist_c.x() + 18, wrist_c.y() - 10))
    cord.cubicTo(QPointF(110, 60), QPointF(140, 110), plug_at)
    p.save()
    p.setPen(QPen(QColor("#1b1b1b"), 3))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(cord)
    p.restore()
    box(p, QRectF(plug_at.x() - 12, plug_at.y() - 5, 14, 10), fill=QColor("#1b1b1b"), radius=2)
    # forearm with strap
    p.save()
    p.setBrush(QBrush(QColor("#f1c27d")))
    p.setPen(QPen(INK, 2))
    p.drawRoundedRect(QRectF(10, 130, 110, 40), 18, 18)
    p.restore()
    box(p, QRectF(60, 126, 20, 48), fill=QColor("#222222"), radius=4)
    # finger pressing the plate
    if phase >= 1:
        reach = ease((t - 1.5) / 1.3)
        fx = 70 + (plate.center().x() - 70) * reach
        fy = 210 - (210 - plate.center().y()) * reach
        p.save()
        p.setBrush(QBrush(QColor("#e0ac69")))
        p.setPen(QPen(INK, 2))
        p.drawEllipse(QPointF(fx, fy), 11, 11)
        p.restore()
    captions = [
        "Plug the strap cord into the tester",
        "Press and hold the touch plate",
        "Green PASS: wear it. Red: replace it",
    ]
    text(
        p,
        QRectF(8, 196, VIDEO_W - 16, 34),
        captions[phase],
        size=13,
        bold=phase == 2,
        color=GREEN if phase == 2 and t > 4.2 else INK,
    )
    progress(p, t, total)


def clip_five_step_joint(p: QPainter, t: float) -> None:
    total = 7.0
    p.fillRect(QRectF(0, 0, VIDEO_W, VIDEO_H), PAPER)
    steps = [
        (0.0, "1  Heat pad and lead together"),
        (1.6, "2  Feed solder into the joint"),
        (3.2, "3  Remove the solder wire"),
        (4.2, "4  Remove the iron, hold still"),
        (5.4, "5  Inspect: shiny, concave"),
    ]
    index = max(i for i, (start, _label) in enumerate(steps) if t >= start)
    title_bar(p, "A joint in five steps", f"{index + 1} / 5")
    base = QPointF(150, 170)
    # solder volume grows during step 2 only
    flow = ease((t - 1.8) / 1.3)
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(BOARD))
    p.drawRect(QRectF(base.x() - 90, base.y(), 180, 22))
    p.setBrush(QBrush(COPPER))
    p.drawRect(QRectF(base.x() - 40, base.y() - 4, 80, 5))
    p.drawRect(QRectF(base.x() - 5, base.y() - 70, 10, 95))
    if flow > 0:
        grad = QLinearGradient(QPointF(base.x() - 40, 0), QPointF(base.x() + 40, 0))
        shine = QColor("#f2f4f6") if index >= 3 else QColor("#dfe4e8")
        grad.setColorAt(0.0, QColor("#c5ccd3"))
        grad.setColorAt(0.5, shine)
        grad.setColorAt(1.0, QColor("#9aa4ad"))
        p.setBrush(QBrush(grad))
        p.setPen(QPen(QColor("#7f8c8d"), 1))
        reach = 38 * flow
        height = 12 + 34 * flow
        path = QPainterPath(QPointF(base.x() - reach, base.y() - 4))
        path.quadTo(QPointF(base.x() - 8, base.y() - 8), QPointF(base.x() - 6, base.y() - height))
        path.lineTo(base.x() + 6, base.y() - height)
        path.quadTo(QPointF(base.x() + 8, base.y() - 8), QPointF(base.x() + reach, base.y() - 4))
        path.closeSubpath()
        p.drawPath(path)
    p.restore()
    # iron: comes in at t<0.5, leaves during step 4
    iron_in = ease(t / 0.5)
    iron_out = ease((t - 4.2) / 0.6)
    off = (1 - iron_in) * 120 + iron_out * 300
    tip = QPointF(base.x() + 12 + off * 0.7, base.y() - 12 - off * 0.5)
    p.save()
    p.translate(tip)
    p.rotate(-35)
    p.setPen(QPen(INK, 1.5))
    p.setBrush(QBrush(QColor("#8d99ae")))
    p.drawPolygon([QPointF(0, 0), QPointF(26, -5), QPointF(26, 5)])
    p.setBrush(QBrush(QColor("#2b2d42")))
    p.drawRoundedRect(QRectF(26, -9, 100, 18), 6, 6)
    p.restore()
    # glow on the pad while heating
    if index == 0 and t > 0.5:
        glow = QColor(RED)
        glow.setAlpha(int(90 * (0.5 + 0.5 * math.sin(t * 8))))
        p.save()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(glow))
        p.drawEllipse(QPointF(base.x(), base.y() - 4), 26, 10)
        p.restore()
    # solder wire from the left: feeds during step 2, withdraws in step 3
    wire_in = ease((t - 1.6) / 0.4)
    wire_out = ease((t - 3.2) / 0.6)
    reach_w = wire_in * (1 - wire_out)
    if reach_w > 0.01:
        end = QPointF(base.x() - 14 - (1 - reach_w) * 80, base.y() - 12 - (1 - reach_w) * 40)
        line(p, QPointF(end.x() - 120, end.y() - 60), end, color=SOLDER, width=5)
    if index == 4:
        check_mark(p, QPointF(250, 80), 36 * ease((t - 5.5) / 0.4))
    text(p, QRectF(8, 198, VIDEO_W - 16, 30), steps[index][1], size=15, bold=True, color=INK)
    progress(p, t, total)


# ---------------------------------------------------------------------------------------
# The lab bench hazard hunt (an interactive section's picture, no labels: the hotspots
# name the objects). Each object is drawn inside its rectangle here, so the module's
# hotspots can be written from this table; ``--rects`` prints it.

BENCH_W, BENCH_H = 1600, 1000
BENCH_OBJECTS: dict[str, tuple[int, int, int, int]] = {
    # name: (x, y, width, height) in image pixels
    "bench": (120, 455, 1120, 345),
    "soldering-station": (255, 350, 155, 112),
    "soldering-iron": (415, 390, 270, 72),
    "coffee-cup": (735, 392, 75, 70),
    "power-strip": (815, 425, 205, 37),
    "frayed-cable": (1030, 520, 100, 95),
    "eyewash-sign": (885, 150, 90, 90),
    "extinguisher-mount": (1375, 200, 90, 275),
    "extinguisher": (1270, 800, 260, 130),
}
FLOOR_Y = 660.0
STEEL = QColor("#6b7680")
WOOD = QColor("#b07a4a")
EXTINGUISHER_RED = QColor("#c8102e")
SAFETY_GREEN = QColor("#13853e")


def _rect(name: str) -> QRectF:
    x, y, w, h = BENCH_OBJECTS[name]
    return QRectF(x, y, w, h)


def _wisp(p: QPainter, start: QPointF, rise: float, sway: float, color: QColor) -> None:
    """A rising wisp of smoke or steam."""
    path = QPainterPath(start)
    path.cubicTo(
        QPointF(start.x() + sway, start.y() - rise * 0.35),
        QPointF(start.x() - sway, start.y() - rise * 0.7),
        QPointF(start.x() + sway * 0.5, start.y() - rise),
    )
    p.save()
    pen = QPen(color, 3)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    p.restore()


def _room(p: QPainter) -> None:
    wall = QLinearGradient(QPointF(0, 0), QPointF(0, FLOOR_Y))
    wall.setColorAt(0.0, QColor("#eef1f4"))
    wall.setColorAt(1.0, QColor("#dfe5eb"))
    p.fillRect(QRectF(0, 0, BENCH_W, FLOOR_Y), QBrush(wall))
    floor = QLinearGradient(QPointF(0, FLOOR_Y), QPointF(0, BENCH_H))
    floor.setColorAt(0.0, QColor("#b9c1c9"))
    floor.setColorAt(1.0, QColor("#cfd5db"))
    p.fillRect(QRectF(0, FLOOR_Y, BENCH_W, BENCH_H - FLOOR_Y), QBrush(floor))
    # Floor tiles in perspective (vanishing point high in the middle).
    p.save()
    p.setPen(QPen(QColor("#aab3bc"), 1.5))
    vanish = QPointF(800, 200)
    for k in range(-12, 13):
        bottom = QPointF(800 + k * 150, BENCH_H)
        t = (FLOOR_Y - vanish.y()) / (bottom.y() - vanish.y())
        top = QPointF(vanish.x() + (bottom.x() - vanish.x()) * t, FLOOR_Y)
        p.drawLine(top, bottom)
    for y in (690, 730, 785, 855, 940):
        p.drawLine(QPointF(0, y), QPointF(BENCH_W, y))
    p.restore()
    box(p, QRectF(0, FLOOR_Y - 18, BENCH_W, 18), fill=QColor("#9aa6b2"), radius=0)
    # A window with the sky, and a clock.
    box(p, QRectF(1480, 60, 100, 150), fill=QColor("#cfe3f3"), border=QColor("#8896a4"), radius=4)
    line(p, QPointF(1530, 60), QPointF(1530, 210), color=QColor("#8896a4"), width=4)
    line(p, QPointF(1480, 135), QPointF(1580, 135), color=QColor("#8896a4"), width=4)
    p.save()
    p.setPen(QPen(INK, 4))
    p.setBrush(QBrush(WHITE))
    p.drawEllipse(QPointF(1250, 95), 42, 42)
    p.restore()
    line(p, QPointF(1250, 95), QPointF(1250, 66), width=4)
    line(p, QPointF(1250, 95), QPointF(1272, 104), width=4)


def _pegboard(p: QPainter) -> None:
    board = QRectF(170, 110, 560, 235)
    box(p, board, fill=QColor("#d9b98c"), border=QColor("#a88455"), radius=4, width=3)
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor("#a88455")))
    for row in range(11):
        for col in range(27):
            p.drawEllipse(QPointF(185 + col * 20.5, 122 + row * 20.5), 2.2, 2.2)
    p.restore()
    # Pliers, a screwdriver, a spool of solder wire, scissors, a ruler.
    p.save()
    p.setPen(QPen(INK, 3))
    p.setBrush(QBrush(QColor("#d1495b")))
    p.drawRoundedRect(QRectF(215, 200, 16, 90), 7, 7)
    p.drawRoundedRect(QRectF(240, 200, 16, 90), 7, 7)
    p.setBrush(QBrush(QColor("#7d8a96")))
    p.drawPolygon([QPointF(218, 200), QPointF(236, 140), QPointF(253, 200)])
    p.setBrush(QBrush(QColor("#f2b134")))
    p.drawRoundedRect(QRectF(300, 150, 26, 80), 8, 8)
    p.setBrush(QBrush(QColor("#9aa4ad")))
    p.drawRect(QRectF(309, 230, 8, 75))
    p.setBrush(QBrush(SOLDER))
    p.drawEllipse(QPointF(410, 200), 42, 42)
    p.setBrush(QBrush(QColor("#5b6670")))
    p.drawEllipse(QPointF(410, 200), 14, 14)
    p.setBrush(QBrush(QColor("#2a9d8f")))
    p.drawEllipse(QPointF(505, 170), 16, 16)
    p.drawEllipse(QPointF(535, 170), 16, 16)
    p.setPen(QPen(INK, 4))
    p.drawLine(QPointF(512, 184), QPointF(560, 290))
    p.drawLine(QPointF(528, 184), QPointF(490, 290))
    p.setPen(QPen(INK, 2))
    p.setBrush(QBrush(QColor("#f4e3b2")))
    p.drawRect(QRectF(600, 140, 28, 180))
    for k in range(12):
        p.drawLine(QPointF(600, 150 + k * 14), QPointF(612 if k % 2 else 618, 150 + k * 14))
    p.setBrush(QBrush(QColor("#457b9d")))
    p.drawRoundedRect(QRectF(660, 160, 45, 120), 6, 6)
    p.setBrush(QBrush(QColor("#1d3557")))
    p.drawRect(QRectF(670, 175, 25, 40))
    p.restore()


def _shelf(p: QPainter) -> None:
    box(p, QRectF(1040, 222, 200, 14), fill=QColor("#8d99a6"), radius=2)
    colours = ("#1d3557", "#e63946", "#457b9d", "#f4a261", "#2a9d8f", "#6d597a")
    for k, colour in enumerate(colours):
        height = 92 - (k % 3) * 10
        box(
            p,
            QRectF(1050 + k * 30, 222 - height, 26, height),
            fill=QColor(colour),
            border=INK,
            radius=2,
            width=2,
        )


def _bench(p: QPainter) -> None:
    # A soft shadow on the floor, the legs, the lower shelf, the drawers, the worktop.
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor(40, 50, 60, 60)))
    p.drawEllipse(QRectF(110, 780, 1150, 40))
    p.restore()
    for x in (140.0, 1192.0):
        box(p, QRectF(x, 496, 28, 300), fill=STEEL, border=INK, radius=3, width=2)
        box(p, QRectF(x - 6, 790, 40, 10), fill=INK, radius=2)
    box(p, QRectF(168, 700, 1024, 16), fill=QColor("#8d99a6"), border=INK, radius=2, width=2)
    drawers = QRectF(860, 496, 310, 250)
    box(p, drawers, fill=QColor("#9aa6b2"), border=INK, radius=3, width=2)
    for k in range(3):
        y = drawers.top() + 12 + k * 80
        box(
            p,
            QRectF(drawers.left() + 12, y, drawers.width() - 24, 70),
            fill=QColor("#b4bec8"),
            border=QColor("#5c6b7a"),
            radius=3,
            width=2,
        )
        box(p, QRectF(drawers.center().x() - 30, y + 28, 60, 12), fill=QColor("#5c6b7a"), radius=5)
    # Parts boxes on the lower shelf.
    for k, colour in enumerate(("#e9c46a", "#90be6d", "#e76f51")):
        box(p, QRectF(230 + k * 120, 640, 100, 60), fill=QColor(colour), border=INK, radius=3)
    top = QLinearGradient(QPointF(0, 455), QPointF(0, 496))
    top.setColorAt(0.0, QColor("#cf9b68"))
    top.setColorAt(0.25, WOOD)
    top.setColorAt(1.0, QColor("#8c5a32"))
    p.save()
    p.setPen(QPen(INK, 2))
    p.setBrush(QBrush(top))
    p.drawRoundedRect(QRectF(120, 455, 1120, 41), 4, 4)
    p.setPen(QPen(QColor("#9b6a3e"), 1.5))
    for k in range(9):
        y = 474 + (k % 3) * 6
        p.drawLine(QPointF(140 + k * 120, y), QPointF(220 + k * 120, y + 2))
    p.restore()


def _organiser(p: QPainter) -> None:
    body = QRectF(150, 392, 95, 63)
    box(p, body, fill=QColor("#5c6b7a"), border=INK, radius=3, width=2)
    for row in range(3):
        for col in range(3):
            cell = QRectF(156 + col * 30, 397 + row * 19, 26, 15)
            box(p, cell, fill=QColor("#dbe9f4"), border=INK, radius=2, width=1)


_SEGMENTS: dict[str, str] = {"0": "abcdef", "3": "abcdg", "5": "acdfg"}


def seven_segment(p: QPainter, top_left: QPointF, digit: str) -> None:
    """One seven-segment digit, 13 px wide and 20 px high, in the current brush."""
    x, y, w, h, t = top_left.x(), top_left.y(), 13.0, 20.0, 3.0
    shapes = {
        "a": QRectF(x, y, w, t),
        "b": QRectF(x + w - t, y, t, h / 2),
        "c": QRectF(x + w - t, y + h / 2, t, h / 2),
        "d": QRectF(x, y + h - t, w, t),
        "e": QRectF(x, y + h / 2, t, h / 2),
        "f": QRectF(x, y, t, h / 2),
        "g": QRectF(x, y + (h - t) / 2, w, t),
    }
    for segment in _SEGMENTS[digit]:
        p.drawRect(shapes[segment])


def _soldering_station(p: QPainter) -> None:
    r = _rect("soldering-station")
    body = QRectF(r.left() + 5, r.top() + 45, 130, r.bottom() - r.top() - 45)
    box(p, body, fill=QColor("#3c4650"), border=INK, radius=6, width=2)
    box(p, QRectF(body.left() + 12, body.top() + 12, 62, 26), fill=QColor("#1b1f23"), radius=3)
    # The display (a temperature in seven segments) and a lit power lamp: it is on.
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor("#ff9f1c")))
    for k, digit in enumerate("350"):
        seven_segment(p, QPointF(body.left() + 17 + k * 19, body.top() + 15), digit)
    glow = QColor(255, 40, 40, 90)
    p.setBrush(QBrush(glow))
    p.drawEllipse(QPointF(body.left() + 100, body.top() + 24), 12, 12)
    p.setBrush(QBrush(QColor("#ff2d2d")))
    p.drawEllipse(QPointF(body.left() + 100, body.top() + 24), 6, 6)
    p.restore()
    p.save()
    p.setPen(QPen(INK, 2))
    p.setBrush(QBrush(QColor("#9aa4ad")))
    p.drawEllipse(QPointF(body.left() + 43, body.bottom() - 14), 9, 9)
    p.restore()
    # The iron's stand: a wire coil, empty.
    stand = QRectF(r.right() - 40, r.top() + 5, 34, 62)
    box(p, QRectF(stand.left() - 4, stand.bottom() - 8, 42, 12), fill=QColor("#2f363d"), radius=3)
    p.save()
    p.setPen(QPen(QColor("#aeb6bf"), 3))
    p.setBrush(Qt.BrushStyle.NoBrush)
    for k in range(6):
        p.drawEllipse(QRectF(stand.left() + k * 3, stand.top() + k * 8, 28 - k * 3, 10))
    p.restore()


def _soldering_iron(p: QPainter) -> None:
    r = _rect("soldering-iron")
    y = r.bottom() - 14  # the iron lies on the worktop
    # Its cable back to the station.
    p.save()
    cable = QPainterPath(QPointF(_rect("soldering-station").left() + 135, y + 4))
    cable.cubicTo(
        QPointF(r.left() + 5, y + 12), QPointF(r.left() + 10, y), QPointF(r.left() + 32, y)
    )
    p.setPen(QPen(QColor("#2f363d"), 5))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(cable)
    p.restore()
    box(p, QRectF(r.left() + 30, y - 10, 140, 20), fill=QColor("#2b6cb0"), border=INK, radius=9)
    for k in range(6):
        line(
            p,
            QPointF(r.left() + 60 + k * 14, y - 9),
            QPointF(r.left() + 60 + k * 14, y + 9),
            color=QColor("#1d4f86"),
            width=2,
        )
    box(p, QRectF(r.left() + 168, y - 5, 62, 10), fill=QColor("#c5ccd3"), border=INK, radius=2)
    tip = r.left() + 252
    p.save()
    glow = QRadialGradient(QPointF(tip - 10, y), 26)
    glow.setColorAt(0.0, QColor(255, 120, 40, 200))
    glow.setColorAt(1.0, QColor(255, 120, 40, 0))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(glow))
    p.drawEllipse(QPointF(tip - 10, y), 26, 26)
    p.setPen(QPen(INK, 1.5))
    p.setBrush(QBrush(QColor("#ff5a1f")))
    p.drawPolygon([QPointF(r.left() + 228, y - 5), QPointF(tip, y), QPointF(r.left() + 228, y + 5)])
    p.restore()
    for k, sway in enumerate((7.0, -6.0, 5.0)):
        _wisp(p, QPointF(tip - 16 + k * 9, y - 12), 40 - k * 6, sway, QColor(120, 130, 140, 150))


def _coffee_cup(p: QPainter) -> None:
    r = _rect("coffee-cup")
    body = QPainterPath(QPointF(r.left() + 5, r.top() + 18))
    body.lineTo(QPointF(r.left() + 55, r.top() + 18))
    body.lineTo(QPointF(r.left() + 50, r.bottom()))
    body.lineTo(QPointF(r.left() + 10, r.bottom()))
    body.closeSubpath()
    p.save()
    p.setPen(QPen(INK, 2.5))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(r.left() + 45, r.top() + 28, 26, 26), -90 * 16, 180 * 16)
    p.setBrush(QBrush(QColor("#f7f7f2")))
    p.drawPath(body)
    p.setBrush(QBrush(QColor("#6f4326")))
    p.drawEllipse(QRectF(r.left() + 5, r.top() + 13, 50, 10))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor("#e63946")))
    p.drawRect(QRectF(r.left() + 8, r.top() + 38, 44, 8))
    p.restore()
    for k, sway in enumerate((5.0, -5.0)):
        _wisp(
            p, QPointF(r.left() + 22 + k * 16, r.top() + 12), 12, sway, QColor(150, 160, 170, 170)
        )


def _power_strip(p: QPainter) -> None:
    r = _rect("power-strip")
    body = QRectF(r.left(), r.bottom() - 20, r.width() - 5, 20)
    # Two plugs in it, their cables going off behind the bench.
    p.save()
    p.setPen(QPen(INK, 4))
    p.setBrush(Qt.BrushStyle.NoBrush)
    for x in (body.left() + 30, body.left() + 75):
        back = QPainterPath(QPointF(x, r.top() + 4))
        back.cubicTo(
            QPointF(x, r.top() - 14), QPointF(x - 40, r.top() - 10), QPointF(x - 60, r.top() + 2)
        )
        p.drawPath(back)
    p.restore()
    box(p, body, fill=QColor("#f1f3f5"), border=INK, radius=5, width=2)
    for k in range(4):
        centre = QPointF(body.left() + 30 + k * 45, body.center().y())
        p.save()
        p.setPen(QPen(INK, 1.5))
        p.setBrush(QBrush(QColor("#c9d3dd")))
        p.drawEllipse(centre, 7, 7)
        p.restore()
        if k < 2:
            box(p, QRectF(centre.x() - 10, r.top(), 20, 16), fill=QColor("#22303c"), radius=3)
    lamp = QRectF(body.right() - 22, body.top() + 4, 14, 12)
    box(p, lamp, fill=QColor("#ff3b30"), border=INK, radius=2, width=1.5)


def _frayed_cable(p: QPainter) -> None:
    strip = _rect("power-strip")
    r = _rect("frayed-cable")
    socket = QRectF(1290, 560, 48, 56)
    start = QPointF(strip.right() - 5, strip.bottom() - 8)
    gap_top, gap_bottom = QPointF(r.left() + 24, r.top() + 18), QPointF(r.left() + 50, r.top() + 68)
    pen = QPen(QColor("#22303c"), 7)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    p.save()
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    upper = QPainterPath(start)
    upper.cubicTo(
        QPointF(r.left() + 10, strip.bottom() + 8), QPointF(r.left() + 18, r.top() + 5), gap_top
    )
    p.drawPath(upper)
    lower = QPainterPath(gap_bottom)
    lower.cubicTo(
        QPointF(r.left() + 70, r.bottom() + 10),
        QPointF(1200, 640),
        QPointF(socket.left() + 8, socket.center().y() + 6),
    )
    p.drawPath(lower)
    # The bare copper strands between the torn ends, and a spark.
    p.setPen(QPen(COPPER, 2.5))
    for k in range(5):
        spread = (k - 2) * 5.0
        strand = QPainterPath(QPointF(gap_top.x() + spread * 0.3, gap_top.y()))
        strand.quadTo(
            QPointF(gap_top.x() + spread * 2.2 + 8, (gap_top.y() + gap_bottom.y()) / 2),
            QPointF(gap_bottom.x() + spread * 0.3, gap_bottom.y()),
        )
        p.drawPath(strand)
    p.setPen(QPen(QColor("#ffc300"), 3))
    centre = QPointF(r.left() + 70, r.top() + 40)
    for k in range(8):
        angle = math.radians(k * 45 + 10)
        reach = 20 if k % 2 == 0 else 13
        p.drawLine(
            centre + QPointF(math.cos(angle) * 6, math.sin(angle) * 6),
            centre + QPointF(math.cos(angle) * reach, math.sin(angle) * reach),
        )
    p.restore()
    # Frayed ends of the insulation.
    for end, direction in ((gap_top, 1.0), (gap_bottom, -1.0)):
        for k in range(3):
            line(
                p, end, end + QPointF((k - 1) * 6, direction * 7), color=QColor("#22303c"), width=2
            )
    box(p, socket, fill=QColor("#f1f3f5"), border=INK, radius=5, width=2)
    box(
        p,
        QRectF(socket.left() + 6, socket.center().y() - 4, 26, 22),
        fill=QColor("#22303c"),
        radius=3,
    )


def _oscilloscope(p: QPainter) -> None:
    body = QRectF(1045, 330, 175, 125)
    box(p, body, fill=QColor("#c9d3dd"), border=INK, radius=6, width=2)
    screen = QRectF(body.left() + 12, body.top() + 14, 100, 80)
    box(p, screen, fill=QColor("#10261a"), radius=3)
    p.save()
    p.setPen(QPen(QColor("#3ddc84"), 2))
    wave = QPainterPath(QPointF(screen.left() + 4, screen.center().y()))
    for k in range(1, 93):
        wave.lineTo(
            QPointF(
                screen.left() + 4 + k, screen.center().y() - 24 * math.sin(k / 92 * 4 * math.pi)
            )
        )
    p.drawPath(wave)
    p.setPen(QPen(INK, 2))
    p.setBrush(QBrush(QColor("#8896a4")))
    for k in range(3):
        p.drawEllipse(QPointF(body.right() - 30, body.top() + 28 + k * 30), 10, 10)
    p.restore()
    box(p, QRectF(body.left() + 10, body.bottom() - 4, 20, 6), fill=INK, radius=1)
    box(p, QRectF(body.right() - 30, body.bottom() - 4, 20, 6), fill=INK, radius=1)


def _eyewash_sign(p: QPainter) -> None:
    r = _rect("eyewash-sign")
    box(p, r, fill=SAFETY_GREEN, border=WHITE, radius=8, width=4)
    c = r.center()
    p.save()
    # A face in profile-free outline: an eye with a stream of water rinsing it.
    eye = QPainterPath(QPointF(c.x() - 26, c.y() + 12))
    eye.quadTo(QPointF(c.x(), c.y() - 8), QPointF(c.x() + 26, c.y() + 12))
    eye.quadTo(QPointF(c.x(), c.y() + 32), QPointF(c.x() - 26, c.y() + 12))
    p.setPen(QPen(WHITE, 4))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(eye)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(WHITE))
    p.drawEllipse(QPointF(c.x(), c.y() + 12), 7, 7)
    for k in range(3):
        drop = QPainterPath(QPointF(c.x() - 16 + k * 16, c.y() - 34))
        drop.quadTo(
            QPointF(c.x() - 10 + k * 16, c.y() - 20), QPointF(c.x() - 16 + k * 16, c.y() - 16)
        )
        drop.quadTo(
            QPointF(c.x() - 22 + k * 16, c.y() - 20), QPointF(c.x() - 16 + k * 16, c.y() - 34)
        )
        p.drawPath(drop)
    p.restore()


def _extinguisher_body(p: QPainter, centre: QPointF, length: float, *, lying: bool) -> None:
    """A red extinguisher: upright (``lying`` False) or on its side, valve to the right."""
    p.save()
    p.translate(centre)
    if lying:
        p.rotate(90)
    radius = length * 0.2
    body = QRectF(-radius, -length * 0.35, 2 * radius, length * 0.8)
    shade = QLinearGradient(QPointF(-radius, 0), QPointF(radius, 0))
    shade.setColorAt(0.0, QColor("#8f0b20"))
    shade.setColorAt(0.4, EXTINGUISHER_RED)
    shade.setColorAt(1.0, QColor("#7a0a1c"))
    p.setPen(QPen(INK, 2))
    p.setBrush(QBrush(shade))
    p.drawRoundedRect(body, radius * 0.9, radius * 0.9)
    p.setBrush(QBrush(QColor("#f1f3f5")))
    p.drawRect(QRectF(-radius + 2, -length * 0.05, 2 * radius - 4, length * 0.22))
    p.setBrush(QBrush(QColor("#2f363d")))
    p.drawRect(QRectF(-radius * 0.45, -length * 0.47, radius * 0.9, length * 0.13))
    p.drawRect(QRectF(-radius * 0.2, -length * 0.55, radius * 1.3, length * 0.06))
    hose = QPainterPath(QPointF(radius * 0.3, -length * 0.42))
    hose.cubicTo(
        QPointF(radius * 2.2, -length * 0.3),
        QPointF(radius * 1.9, length * 0.2),
        QPointF(radius * 1.4, length * 0.35),
    )
    p.setPen(QPen(QColor("#1b1f23"), 5))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(hose)
    p.restore()


def _extinguisher_mount(p: QPainter) -> None:
    r = _rect("extinguisher-mount")
    sign = QRectF(r.left() + 5, r.top(), 80, 80)
    box(p, sign, fill=EXTINGUISHER_RED, border=WHITE, radius=6, width=4)
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(WHITE))
    c = sign.center()
    p.drawRoundedRect(QRectF(c.x() - 10, c.y() - 14, 20, 40), 8, 8)
    p.drawRect(QRectF(c.x() - 5, c.y() - 24, 10, 10))
    p.drawRect(QRectF(c.x() - 2, c.y() - 28, 20, 5))
    p.restore()
    # A clean patch where the extinguisher used to hang, and the empty bracket.
    ghost = QRectF(r.left() + 22, r.top() + 112, 46, 150)
    box(p, ghost, fill=QColor("#e8edf2"), border=QColor("#c3ccd5"), radius=18, width=2)
    plate = QRectF(r.center().x() - 14, r.top() + 100, 28, 175)
    box(p, plate, fill=QColor("#8c959f"), border=INK, radius=4, width=2)
    box(
        p,
        QRectF(plate.left() - 8, r.top() + 104, 44, 14),
        fill=QColor("#5c6b7a"),
        border=INK,
        radius=3,
    )
    p.save()
    p.setPen(QPen(INK, 4))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(plate.left() - 14, r.top() + 185, 56, 40), 200 * 16, 140 * 16)
    p.restore()
    box(
        p,
        QRectF(plate.left() - 10, r.bottom() - 16, 48, 14),
        fill=QColor("#5c6b7a"),
        border=INK,
        radius=3,
    )


def _extinguisher(p: QPainter) -> None:
    r = _rect("extinguisher")
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor(40, 50, 60, 60)))
    p.drawEllipse(QRectF(r.left() + 20, r.top() + 78, r.width() - 40, 18))
    p.restore()
    _extinguisher_body(p, QPointF(r.center().x() - 5, r.top() + 48), 200, lying=True)


def draw_lab_bench_hazards(p: QPainter) -> None:
    """A lab bench, front view, with things wrong: a soldering iron left on outside its
    stand, a coffee cup beside a power strip, a frayed cable, the fire extinguisher on the
    floor instead of in its wall mount; an eyewash sign on the wall."""
    _room(p)
    _pegboard(p)
    _shelf(p)
    _eyewash_sign(p)
    _extinguisher_mount(p)
    _bench(p)
    _organiser(p)
    _soldering_station(p)
    _soldering_iron(p)
    _coffee_cup(p)
    _oscilloscope(p)
    _power_strip(p)
    _frayed_cable(p)
    _extinguisher(p)


# ---------------------------------------------------------------------------------------
# Writing and checking


@dataclass(frozen=True)
class Still:
    relpath: str
    width: int
    height: int
    draw: Draw


@dataclass(frozen=True)
class Clip:
    relpath: str
    seconds: int
    draw: DrawAt


STILLS = (
    Still("welcome-to-the-lab/media/lab-floor-plan.png", 760, 500, draw_lab_floor_plan),
    Still("lab-safety-101/media/ppe-station.png", 760, 400, draw_ppe_station),
    Still("esd-handling/media/esd-workstation.png", 760, 440, draw_esd_workstation),
    Still("soldering-basics/media/solder-joints.png", 760, 400, draw_solder_joints),
    Still("cubesat-power-budget/media/orbit-power-profile.png", 760, 420, draw_orbit_power_profile),
    Still("lab-hazard-hunt/media/bench.png", BENCH_W, BENCH_H, draw_lab_bench_hazards),
)
CLIPS = (
    Clip("lab-safety-101/media/ppe-check.mp4", 6, clip_ppe_check),
    Clip("esd-handling/media/wrist-strap-check.mp4", 6, clip_wrist_strap),
    Clip("soldering-basics/media/five-step-joint.mp4", 7, clip_five_step_joint),
)


def render(width: int, height: int, fmt: QImage.Format, draw: Callable[[QPainter], None]) -> QImage:
    image = QImage(width, height, fmt)
    image.fill(PAPER)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        draw(painter)
    finally:
        painter.end()
    return image


def write_still(still: Still) -> Path:
    path = DEMO / still.relpath
    path.parent.mkdir(parents=True, exist_ok=True)
    image = render(still.width, still.height, QImage.Format.Format_RGB32, still.draw)
    # Quality 0-100 is the zlib effort for PNG; 0 means smallest file.
    # PySide6 takes the format as str at run time although its stubs say bytes.
    if not image.save(str(path), "PNG", 0):  # type: ignore[call-overload]
        raise RuntimeError(f"could not write {path}")
    return path


def frame_at(clip: Clip, t: float) -> Draw:
    def draw(p: QPainter) -> None:
        clip.draw(p, t)

    return draw


def write_clip(clip: Clip) -> Path:
    path = DEMO / clip.relpath
    path.parent.mkdir(parents=True, exist_ok=True)
    frames = clip.seconds * FPS
    # bitexact keeps library version strings out of the file, so reruns give the same bytes.
    with av.open(
        str(path), mode="w", format="mp4", options={"movflags": "+faststart", "fflags": "+bitexact"}
    ) as container:
        stream = container.add_stream(
            "libx264",
            rate=FPS,
            options={
                "crf": "30",
                "preset": "slow",
                "tune": "animation",
                "profile": "main",
                "threads": "1",
                "flags": "+bitexact",
                "x264-params": "keyint=30:min-keyint=15:scenecut=40",
            },
        )
        stream.width = VIDEO_W
        stream.height = VIDEO_H
        stream.pix_fmt = "yuv420p"
        stream.codec_context.time_base = Fraction(1, FPS)
        for index in range(frames):
            t = index / FPS
            image = render(VIDEO_W, VIDEO_H, QImage.Format.Format_RGBA8888, frame_at(clip, t))
            frame = av.VideoFrame.from_bytes(
                bytes(image.constBits()), VIDEO_W, VIDEO_H, format="rgba"
            )
            frame = frame.reformat(format="yuv420p")
            frame.pts = index
            frame.time_base = Fraction(1, FPS)
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return path


def check_clip(clip: Clip) -> str:
    path = DEMO / clip.relpath
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        codec = stream.codec_context.name
        decoded = 0
        width = height = 0
        for frame in container.decode(stream):
            decoded += 1
            width, height = frame.width, frame.height
        duration = float(container.duration or 0) / av.time_base
    expected = clip.seconds * FPS
    problems = []
    if codec != "h264":
        problems.append(f"codec {codec}, expected h264")
    if decoded != expected:
        problems.append(f"{decoded} frames decoded, expected {expected}")
    if (width, height) != (VIDEO_W, VIDEO_H):
        problems.append(f"size {width}x{height}, expected {VIDEO_W}x{VIDEO_H}")
    if abs(duration - clip.seconds) > 0.2:
        problems.append(f"duration {duration:.2f} s, expected {clip.seconds} s")
    if problems:
        raise RuntimeError(f"{clip.relpath}: " + "; ".join(problems))
    return f"{codec} {width}x{height} {decoded} frames {duration:.2f} s"


def check_still(still: Still) -> str:
    path = DEMO / still.relpath
    image = QImage(str(path))
    if image.isNull():
        raise RuntimeError(f"{still.relpath}: QImage cannot load it")
    if (image.width(), image.height()) != (still.width, still.height):
        raise RuntimeError(f"{still.relpath}: size {image.width()}x{image.height()}")
    return f"png {image.width()}x{image.height()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="only check the existing files")
    parser.add_argument(
        "--rects", action="store_true", help="print the lab bench picture's object rectangles"
    )
    args = parser.parse_args(argv)
    if args.rects:
        for name, (x, y, w, h) in BENCH_OBJECTS.items():
            sys.stdout.write(f"{name:20} rect: [{x}, {y}, {w}, {h}]\n")
        return 0
    _app = QGuiApplication.instance() or QGuiApplication([])
    out = sys.stdout
    try:
        for still in STILLS:
            if not args.check:
                write_still(still)
            size = (DEMO / still.relpath).stat().st_size
            out.write(f"{still.relpath:58} {size:>8} B  {check_still(still)}\n")
        for clip in CLIPS:
            if not args.check:
                write_clip(clip)
            size = (DEMO / clip.relpath).stat().st_size
            out.write(f"{clip.relpath:58} {size:>8} B  {check_clip(clip)}\n")
    except (RuntimeError, OSError, av.FFmpegError) as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    total = sum(f.stat().st_size for f in DEMO.rglob("*") if f.is_file())
    out.write(f"demo_content total: {total} B\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
