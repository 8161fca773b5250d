"""Whether videos show their captions: one preference for every video, remembered.

The CC button of a video page sets it (:func:`choose`); the app loads the saved choice at
start (:func:`set_captions_on`) and saves each new one (:func:`on_chosen`). Plain Python,
so the app can use it without loading Qt Multimedia.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

__all__ = ["CAPTIONS_SETTING", "captions_on", "choose", "on_chosen", "set_captions_on"]

CAPTIONS_SETTING: Final = "desktop.captions"
"""Local store setting: ``"on"`` or ``"off"`` (absent: on)."""

_state = {"on": True}
_listeners: list[Callable[[bool], None]] = []


def captions_on() -> bool:
    """Whether videos show their captions (on unless the student turned them off)."""
    return _state["on"]


def set_captions_on(on: bool) -> None:
    """Set the preference without telling anyone (the saved choice, at start)."""
    _state["on"] = bool(on)


def choose(on: bool) -> None:
    """The student turned captions on or off: every video follows; listeners save it."""
    if _state["on"] == bool(on):
        return
    _state["on"] = bool(on)
    for listener in list(_listeners):
        listener(bool(on))


def on_chosen(listener: Callable[[bool], None]) -> Callable[[], None]:
    """Call ``listener(on)`` after each choice; returns a function that stops it."""
    _listeners.append(listener)
    return lambda: _listeners.remove(listener) if listener in _listeners else None
