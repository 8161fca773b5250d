"""Dates, times, numbers, sizes and durations in the interface language's own way.

Everything goes through the default ``QLocale`` (``desktop.language`` sets it to the chosen
language): digits, decimal marks, month names and the order of day, month and year are the
language's. Plain-code modules (``desktop.ops.reports``, which may not import Qt) take these
functions as arguments or return values the widgets format.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from desktop.i18n import translate

__all__ = [
    "date_text",
    "datetime_text",
    "duration_text",
    "number_text",
    "percent_text",
    "size_text",
    "time_text",
]

_SHORT = QLocale.FormatType.ShortFormat
_LONG = QLocale.FormatType.LongFormat


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _qdatetime(value: datetime) -> QDateTime:
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)  # shown in local time
    return QDateTime(_qdate(value.date()), QTime(value.hour, value.minute, value.second))


def date_text(value: date, *, long: bool = False, locale: QLocale | None = None) -> str:
    """``3 dic 2026`` / ``٣‏/١٢‏/٢٠٢٦``: a date (``long``: with the month's name)."""
    if isinstance(value, datetime):
        value = value.date()
    locale = locale or QLocale()
    if long:
        return locale.toString(_qdate(value), _LONG)
    # The short format with the month spelled out abbreviated where the language has one.
    return locale.toString(_qdate(value), _SHORT)


def time_text(value: time | datetime, *, locale: QLocale | None = None) -> str:
    """``17:05`` / ``5:05 PM``: hours and minutes as the language writes them."""
    locale = locale or QLocale()
    return locale.toString(QTime(value.hour, value.minute), _SHORT)


def datetime_text(value: datetime, *, locale: QLocale | None = None) -> str:
    """A date and a time, both short (naive values are taken as local time)."""
    locale = locale or QLocale()
    return locale.toString(_qdatetime(value), _SHORT)


def number_text(value: float, *, decimals: int = 0, locale: QLocale | None = None) -> str:
    """``1.234,5`` / ``١٬٢٣٤٫٥``: a number with the language's digits and marks."""
    locale = locale or QLocale()
    if decimals == 0:
        return locale.toString(round(value))
    return locale.toString(float(value), "f", decimals)


def percent_text(fraction: float, *, locale: QLocale | None = None) -> str:
    """``45 %`` / ``٤٥٪``: a fraction (0 to 1) as a whole percentage."""
    locale = locale or QLocale()
    return locale.toString(round(fraction * 100)) + locale.percent()


def size_text(size: int, *, locale: QLocale | None = None) -> str:
    """``1,5 MB``: a size in bytes, in decimal units with the language's unit names."""
    locale = locale or QLocale()
    return locale.formattedDataSize(max(0, size), 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def duration_text(seconds: float) -> str:
    """``1 h 05 min`` / ``4 min`` / ``30 s``: a length of time, to the minute past a
    minute."""
    total = max(0, round(seconds))
    if total < 60:
        return translate("formats", "{n} s").format(n=number_text(total))
    hours, minutes = divmod(round(total / 60), 60)
    if hours == 0:
        return translate("formats", "{n} min").format(n=number_text(minutes))
    return translate("formats", "{h} h {m} min").format(
        h=number_text(hours), m=QLocale().toString(minutes).rjust(2, QLocale().zeroDigit())
    )
