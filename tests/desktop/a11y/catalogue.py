"""Is every text on screen in the translation catalogue? A pseudo-locale answers it.

``pseudo_locale`` (a fixture) compiles, at test time, a catalogue of every message of every
``desktop/translations/*.ts`` whose every translation is ``⟦`` + source + ``⟧`` (placeholders
kept, so formatting still works), installs it with ``QCoreApplication.translate`` as the
app would, and takes it away afterwards. Build a screen under it and
:func:`untranslated_texts` lists the texts it shows without the markers: strings that never
went through ``translate()`` (or whose message is missing from the catalogue).

Content is not ours to translate: pass module titles, section bodies, people's names,
e-mail addresses and other data the screen shows as ``data``; a text that is only data,
numbers and punctuation is skipped. A text made of several pieces counts as translated when
one of them is (the check cannot see an untranslated piece glued to a translated one).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)

from desktop import i18n
from desktop.translations import FOLDER
from desktop.translations.catalogue import Entry, Message, build, read_ts, write_ts

__all__ = [
    "CLOSE",
    "NOT_LANGUAGE",
    "OPEN",
    "build_pseudo_catalogue",
    "pseudo_locale",
    "shown_texts",
    "untranslated_texts",
]

OPEN, CLOSE = "⟦", "⟧"
_STYLE = re.compile(r"<style[^>]*>.*?</style>", re.S | re.I)
NOT_LANGUAGE = frozenset(
    {
        "FRAMES LMS",  # the product's name
        "English",  # the Language menu names each language in itself
        "Español",
        "العربية",
        "https://lms.example.edu",  # example values in fields, the same in every language
        "http://127.0.0.1:8000",
        "XXXX-XXXX-XXXX",
        "⌫",
    }
)
_ROWS_CHECKED = 200  # rows of a list or table walked (the rest are more of the same)
_TAG = re.compile(r"<[^>]+>")
_LETTER = re.compile(r"[^\W\d_]")


def build_pseudo_catalogue(out: Path, *, folder: Path = FOLDER) -> Path:
    """Compile every message of ``folder``'s ``.ts`` files, each translated as
    ``⟦source⟧``, into ``out/frames_pseudo.qm``; returns its path."""
    messages: dict[tuple[str, str, str], Message] = {}
    for path in sorted(folder.glob("*.ts")):
        for key, entry in read_ts(path)[1].items():
            if entry.kind != "vanished":
                messages[key] = entry.message
    entries = [
        Entry(m, [OPEN + m.source + CLOSE] * (2 if m.numerus else 1), "") for m in messages.values()
    ]
    write_ts(out / "all_pseudo.ts", "en", entries)
    return build(out, ["pseudo"])[0]


@pytest.fixture
def pseudo_locale(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The pseudo catalogue installed as the app's translation for one test."""
    qm = build_pseudo_catalogue(tmp_path_factory.mktemp("pseudo"))
    translator = QTranslator()
    assert translator.load(str(qm)), f"cannot load {qm}"
    QCoreApplication.installTranslator(translator)
    i18n.install(QCoreApplication.translate)
    try:
        yield qm
    finally:
        QCoreApplication.removeTranslator(translator)
        i18n.install(None)


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        text = _STYLE.sub(" ", text)  # a rich text's style sheet is not shown
        text = html.unescape(_TAG.sub(" ", text))
    return " ".join(text.split())


def _model_texts(model: QAbstractItemModel | None) -> Iterator[str]:
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model (its column count is private in PySide)
        columns = 1
    for column in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield value
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.AccessibleDescriptionRole,
    )
    for row in range(min(model.rowCount(QModelIndex()), _ROWS_CHECKED)):
        for column in range(max(columns, 1)):
            index = model.index(row, column, QModelIndex())
            for role in roles:
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value


def _menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        yield action.text()
        yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from _menu_texts(sub)


def _widget_texts(widget: QWidget) -> Iterator[str]:
    if widget.isWindow():
        yield widget.windowTitle()
    yield widget.toolTip()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    if isinstance(widget, QLabel):
        yield widget.text()
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield widget.tabText(i)
            yield widget.tabToolTip(i)
    if isinstance(widget, QComboBox) and not widget.isEditable():
        for i in range(min(widget.count(), _ROWS_CHECKED)):
            yield widget.itemText(i)
    if isinstance(widget, QAbstractItemView):
        yield from _model_texts(widget.model())
    if isinstance(widget, QMainWindow) and widget.menuWidget() is not None:
        for action in widget.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu) and action.isVisible():
                yield from _menu_texts(menu)


def shown_texts(top: QWidget) -> list[str]:
    """Every text ``top`` and its visible descendants show or tell a screen reader (labels,
    buttons, window titles, menus and actions, tooltips, placeholders, accessible names and
    descriptions, tab titles, list and table headers and items), once each, in walk order."""
    widgets = [top, *(w for w in top.findChildren(QWidget) if w.isVisibleTo(top))]
    seen: dict[str, None] = {}
    for widget in widgets:
        for text in _widget_texts(widget):
            plain = _plain(text or "")
            if plain:
                seen.setdefault(plain, None)
    return list(seen)


def _is_data(text: str, data: Sequence[str]) -> bool:
    """Only content data (``data``: plain, longest first), numbers and punctuation (no word
    of ours)."""
    rest = text
    for item in data:
        rest = rest.replace(item, " ")
    for item in NOT_LANGUAGE:
        rest = rest.replace(item, " ")
    return _LETTER.search(rest) is None


def untranslated_texts(top: QWidget, data: AbstractSet[str]) -> list[str]:
    """The texts of :func:`shown_texts` that went through no translation (no ``⟦…⟧``
    marker) and are not content ``data``; run it under :func:`pseudo_locale`."""
    plain = sorted({_plain(d) for d in data if d}, key=len, reverse=True)
    return [
        text
        for text in shown_texts(top)
        if OPEN not in text and CLOSE not in text and not _is_data(text, plain)
    ]
