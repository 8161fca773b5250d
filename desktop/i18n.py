"""Translatable text: every string the app shows goes through :func:`translate`.

The extraction tool (``pyside6-lupdate``) finds calls written literally as
``translate("Context", "Source text")``; the context is the enclosing class's name, or, at
module level, the module's file name without ``.py``. Python ``{name}`` placeholders stay in
the source and the translation (format after translating); counts use Qt's ``%n`` with
``n=count`` so each language picks its own plural forms.

This module is plain Python (no Qt import), so the desktop's plain-code modules can use it;
the app installs Qt's translator function at start-up (:func:`install`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["QT_TRANSLATE_NOOP", "english_plural", "install", "translate"]

Translator = Callable[[str, str, "str | None", int], str]


_COUNTED = re.compile(r"(\w+)\(s\)")


def english_plural(text: str, n: int) -> str:
    """The English source of a count message for ``n``: ``word(s)`` is ``word`` for one and
    ``words`` (``try(s)``: ``tries``) otherwise; ``%n`` is the number. English is the source
    language, so it has no catalogue: this is its plural rule."""

    def form(match: re.Match[str]) -> str:
        word = match.group(1)
        if n == 1:
            return word
        if len(word) > 1 and word.endswith("y") and word[-2] not in "aeiou":
            return word[:-1] + "ies"
        return word + "s"

    return _COUNTED.sub(form, text).replace("%n", str(n))


def _untranslated(context: str, text: str, disambiguation: str | None, n: int) -> str:
    del context, disambiguation
    return english_plural(text, n) if n >= 0 else text


_impl: Translator = _untranslated


def install(impl: Translator | None) -> None:
    """Route :func:`translate` through ``impl`` (``None``: back to the source text)."""
    global _impl
    _impl = impl or _untranslated


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return _impl(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name the tools know
    """Mark ``text`` for extraction where it is defined (a table of words made at import);
    the code that shows it calls ``translate(context, text)`` with the same context."""
    del context
    return text
