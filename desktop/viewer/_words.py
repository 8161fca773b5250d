"""The viewer's wording of what plain modules hand it, and its numbers: translated through
``desktop.i18n.translate``, numbers in the reader's locale (``QLocale()``)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from desktop.i18n import translate
from sync.rules.phrases import Phrase

__all__ = ["number_text", "phrase_text"]


def number_text(value: int) -> str:
    """An integer in the reader's number format (digits, group separators)."""
    return QLocale().toString(value)


def phrase_text(phrase: Phrase) -> str:
    """``phrase`` (from the shared rules) in the reader's language and number format."""
    return phrase.word(lambda context, text: translate(context, text), number_text)
