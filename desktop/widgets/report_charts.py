"""The per-module charts (Qt Charts, from PySide6-Addons).

Qt Charts may be missing or fail to load (a system library absent): ``CHARTS_ERROR`` then
says why, and every chart is a message instead. The app never depends on it.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop import theme
from desktop.formats import date_text, number_text
from desktop.i18n import translate
from desktop.ops.reports import ModuleSummary

__all__ = ["CHARTS_ERROR", "ChartBox", "module_charts"]

log = logging.getLogger("frames.desktop")

try:
    from PySide6 import QtCharts
except Exception as exc:  # ImportError, or OSError for a missing system library
    QtCharts = None  # type: ignore[assignment]
    CHARTS_ERROR: str | None = str(exc)  # the reason, worded when shown
    log.warning("Qt Charts cannot load: %s", exc)
else:
    CHARTS_ERROR = None


class ChartBox(QWidget):
    """One chart (or, without Qt Charts, a message), with a title; ``save_png`` writes it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setObjectName("chart-box")
        self.view: Any = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setMinimumHeight(220)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self.message)
        if CHARTS_ERROR is not None:
            self.message.setText(
                title
                + "\n\n"
                + translate(
                    "ChartBox", "Charts are not available on this computer ({error})."
                ).format(error=CHARTS_ERROR)
            )
        else:
            self.message.hide()

    def show_chart(self, chart: Any, *, empty: str | None = None) -> None:
        if CHARTS_ERROR is not None:
            return
        if self.view is None:
            self.view = QtCharts.QChartView(self)
            self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            self._layout.addWidget(self.view)
        chart.setTitle(self.title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None:
            old.deleteLater()
        if empty:
            self.message.setText(empty)
            self.message.show()
        else:
            self.message.hide()

    def save_png(self, path: Path | str) -> bool:
        """The chart as it is on screen, as a PNG file."""
        widget = self.view if self.view is not None else self
        return bool(widget.grab().save(str(path), "PNG"))


def _qdt(day: date, hour: int) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(datetime.combine(day, time(hour)).timestamp() * 1000))


def _ms(day: date) -> float:
    return float(_qdt(day, 12).toMSecsSinceEpoch())


def _completion(summary: ModuleSummary, today: date) -> Any:
    """Students completed by each day (a step line) against the number assigned and the
    due date (a dashed line)."""
    chart = QtCharts.QChart()
    points = list(summary.completion)
    days = [d for d, _ in points] + [today] + ([summary.due_date] if summary.due_date else [])
    first, last = min(days) - timedelta(days=1), max(days) + timedelta(days=1)
    done = QtCharts.QLineSeries()
    done.setName(
        translate("report_charts", "Completed ({n})").format(
            n=number_text(points[-1][1] if points else 0)
        )
    )
    total = 0
    done.append(_ms(first), 0)
    for day, count in points:
        done.append(_ms(day), total)  # flat until the day, then up: a step
        done.append(_ms(day), count)
        total = count
    done.append(_ms(min(today, last)), total)
    pen = done.pen()
    pen.setWidth(3)
    pen.setColor(theme.accent())
    done.setPen(pen)
    chart.addSeries(done)
    assigned = QtCharts.QLineSeries()
    assigned.setName(
        translate("report_charts", "Assigned ({n})").format(n=number_text(summary.assigned))
    )
    assigned.append(_ms(first), summary.assigned)
    assigned.append(_ms(last), summary.assigned)
    chart.addSeries(assigned)
    series = [done, assigned]
    top = max(summary.assigned, 1) * 1.15
    if summary.due_date is not None:
        due = QtCharts.QLineSeries()
        due.setName(
            translate("report_charts", "Due {date}").format(date=date_text(summary.due_date))
        )
        due.append(_ms(summary.due_date), 0)
        due.append(_ms(summary.due_date), top)
        pen = due.pen()
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidth(2)
        pen.setColor(theme.danger())
        due.setPen(pen)
        chart.addSeries(due)
        series.append(due)
    x = QtCharts.QDateTimeAxis()
    x.setFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
    x.setTickCount(6)
    x.setRange(_qdt(first, 12), _qdt(last, 12))
    y = _count_axis(top, translate("report_charts", "students"))
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for s in series:
        s.attachAxis(x)
        s.attachAxis(y)
    return chart


def _count_axis(top: float, title: str = "", *, decimals: bool = False) -> Any:
    """A value axis from 0 with round tick values."""
    y = QtCharts.QValueAxis()
    y.setRange(0, max(top, 1.0))
    y.applyNiceNumbers()
    y.setLabelFormat("%.1f" if decimals else "%d")
    if title:
        y.setTitleText(title)
    return y


def _times(summary: ModuleSummary) -> Any:
    chart = QtCharts.QChart()
    boxes = QtCharts.QBoxPlotSeries()
    boxes.setName(translate("report_charts", "Minutes per student (quartiles and median)"))
    top = 1.0
    for label, p25, median, p75 in summary.section_times:
        box = QtCharts.QBoxSet(p25, p25, median, p75, p75, label)
        boxes.append(box)
        top = max(top, p75)
    chart.addSeries(boxes)
    x = QtCharts.QBarCategoryAxis()
    x.append(
        [label for label, *_ in summary.section_times] or [translate("report_charts", "(no data)")]
    )
    y = _count_axis(top * 1.1, translate("report_charts", "minutes"), decimals=top < 5)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    boxes.attachAxis(x)
    boxes.attachAxis(y)
    return chart


def _struggle(summary: ModuleSummary) -> Any:
    chart = QtCharts.QChart()
    stacked = QtCharts.QStackedBarSeries()
    top = 1
    names = (
        translate("report_charts", "Pauses"),
        translate("report_charts", "Hints"),
        translate("report_charts", "Retries"),
        translate("report_charts", "Errors"),
    )
    for i, name in enumerate(names, start=1):
        bar = QtCharts.QBarSet(name)
        bar.append([float(row[i]) for row in summary.struggle])
        stacked.append(bar)
    for row in summary.struggle:
        top = max(top, sum(row[1:]))
    chart.addSeries(stacked)
    x = QtCharts.QBarCategoryAxis()
    x.append([row[0] for row in summary.struggle] or [translate("report_charts", "(no data)")])
    y = _count_axis(top * 1.1, translate("report_charts", "events"))
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    stacked.attachAxis(x)
    stacked.attachAxis(y)
    return chart


def _ratings(summary: ModuleSummary) -> Any:
    chart = QtCharts.QChart()
    bars = QtCharts.QBarSeries()
    rating = QtCharts.QBarSet(translate("report_charts", "Rating"))
    rating.append([float(v) for v in summary.ratings])
    difficulty = QtCharts.QBarSet(translate("report_charts", "Difficulty"))
    difficulty.append([float(v) for v in summary.difficulty])
    bars.append(rating)
    bars.append(difficulty)
    chart.addSeries(bars)
    x = QtCharts.QBarCategoryAxis()
    x.append([number_text(i) for i in range(1, 6)])
    y = _count_axis(
        max([1, *summary.ratings, *summary.difficulty]) * 1.1,
        translate("report_charts", "responses"),
    )
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(x)
    bars.attachAxis(y)
    return chart


def module_charts(summary: ModuleSummary, boxes: list[ChartBox], *, today: date) -> None:
    """Draw the four charts of ``summary`` into ``boxes`` (completion, time, struggle,
    ratings); nothing when Qt Charts is missing (the boxes say so)."""
    if CHARTS_ERROR is not None:
        return
    boxes[0].show_chart(_completion(summary, today))
    boxes[1].show_chart(_times(summary))
    boxes[2].show_chart(_struggle(summary))
    boxes[3].show_chart(_ratings(summary))
