"""Words the shared rules hand to a screen, marked for translation but not translated here.

The rules import no Qt (import-linter contract), yet some of what they compute is read by a
person ("Score at least 60 %", "38 s more on this page"). They return a :class:`Phrase`: the
English source text, marked with :func:`QT_TRANSLATE_NOOP` so ``pyside6-lupdate`` puts it in
the catalogue, and the values for its ``{placeholders}``. The screen words it
(:meth:`Phrase.word`) with its own translator and number format (the desktop viewer:
``desktop.viewer._words``); ``str(phrase)`` is the English text (logs, tests, the server).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

__all__ = ["QT_TRANSLATE_NOOP", "Phrase"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Mark ``text`` (in ``context``) for the translation catalogue; returns it unchanged."""
    del context
    return text


@dataclass(frozen=True, slots=True)
class Phrase:
    """A message for a person: ``text`` is its English source in translation ``context``,
    with ``{name}`` placeholders filled from ``values`` AFTER translating.

    Invariants: ``text`` is a string marked with ``QT_TRANSLATE_NOOP(context, ...)`` somewhere
    in the rules; a value is an ``int`` (written in the reader's number format), a ``str``
    (data, shown as it is) or another ``Phrase`` (worded the same way).
    """

    context: str
    text: str
    values: tuple[tuple[str, int | str | Phrase], ...] = ()

    @classmethod
    def of(cls, context: str, text: str, **values: int | str | Phrase) -> Phrase:
        return cls(context, text, tuple(values.items()))

    def word(
        self,
        translate: Callable[[str, str], str],
        number: Callable[[int], str] = str,
    ) -> str:
        """The phrase in the reader's words: ``translate(context, text)`` then the values."""
        return translate(self.context, self.text).format_map(self._worded(translate, number))

    def _worded(
        self, translate: Callable[[str, str], str], number: Callable[[int], str]
    ) -> Mapping[str, str]:
        worded: dict[str, str] = {}
        for name, value in self.values:
            if isinstance(value, Phrase):
                worded[name] = value.word(translate, number)
            elif isinstance(value, int):
                worded[name] = number(value)
            else:
                worded[name] = value
        return worded

    def __str__(self) -> str:
        return self.word(lambda _context, text: text)
