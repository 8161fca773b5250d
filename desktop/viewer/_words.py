"""The viewer's wording of what plain modules hand it: translated through
``desktop.i18n.translate``, numbers in the reader's locale (``desktop.formats``)."""

from __future__ import annotations

from desktop.formats import number_text
from desktop.i18n import translate
from sync.rules.phrases import Phrase

__all__ = ["phrase_text"]


def phrase_text(phrase: Phrase) -> str:
    """``phrase`` (from the shared rules) in the reader's language and number format."""
    return phrase.word(lambda context, text: translate(context, text), number_text)
