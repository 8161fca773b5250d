"""The sandbox's code editor: an editor for small Python and C programs, files as tabs, and
the pane that shows a run's output.

* ``CodeEditor``: monospace, line numbers, the current line tinted, no wrapping, Tab and
  Enter that keep indentation in steps of four spaces, Pygments syntax colours.
* ``CodeTabs``: a program's files as tabs, some of them read-only.
* ``OutputPane``: stdout, stderr in the error colour, a status line and, when the output is
  not the expected one, a line diff (``sync.rules.output_match``).

Highlighting is line by line: each block is lexed from the lexer state the previous block
ended in (a Python triple-quoted string, a C ``/* */`` comment), kept as the block state, so
a keystroke re-lexes its own line and only continues while the end state changes.

Qt widgets only: running the program is someone else's job.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Collection, Iterator, Mapping
from typing import Any, Final

from pygments.lexer import bygroups, include, inherit
from pygments.lexers.c_cpp import CFamilyLexer, CLexer
from pygments.lexers.python import PythonLexer
from pygments.token import (
    Comment,
    Error,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Token,
    Whitespace,
    _TokenType,
)
from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QSyntaxHighlighter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import theme
from desktop.i18n import translate
from sync.rules.output_match import output_diff, output_matches

__all__ = [
    "LANGUAGES",
    "CodeEditor",
    "CodeTabs",
    "OutputPane",
    "PygmentsHighlighter",
    "contrast_ratio",
    "language_for",
    "run_status",
]

INDENT: Final = 4
LANGUAGES: Final = ("python", "c", "text")
_LANGUAGE_NAMES: Final = {"python": "Python", "c": "C", "text": "Plain text"}
_SUFFIXES: Final = {".py": "python", ".c": "c", ".h": "c"}
# WCAG AA for normal text.
_MIN_CONTRAST: Final = 4.5

# ---------------------------------------------------------------------------------------
# Colours


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours (1 to 21; AA text needs 4.5)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _blend(under: QColor, over: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        under.redF() + (over.redF() - under.redF()) * amount,
        under.greenF() + (over.greenF() - under.greenF()) * amount,
        under.blueF() + (over.blueF() - under.blueF()) * amount,
    )


def _is_dark(colour: QColor) -> bool:
    return colour.lightness() < 128


def _current_line_colour(palette: QPalette) -> QColor:
    """The current line's tint: a touch of the highlight colour over the text background."""
    base = palette.color(QPalette.ColorRole.Base)
    return _blend(
        base, palette.color(QPalette.ColorRole.Highlight), 0.16 if _is_dark(base) else 0.1
    )


def _readable_muted(palette: QPalette, *backgrounds: QColor) -> QColor:
    """The text colour faded toward the background as far as AA contrast allows."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    for step in range(10, -1, -1):
        colour = _blend(text, base, step / 20)
        if all(contrast_ratio(colour, bg) >= _MIN_CONTRAST for bg in backgrounds):
            return colour
    return text


# Token colour roles: (light background, dark background, bold, italic). Every colour has
# at least 4.5:1 contrast on white and on the current-line tint (light), and on #1e1e1e to
# #3c3c3c (dark); a role whose colour is not readable on the palette in use falls back to
# the palette's text colour (tests/desktop/test_code_editor.py checks both).
_ROLES: Final[dict[str, tuple[str, str, bool, bool]]] = {
    "keyword": ("#0033b3", "#7cb7ff", False, False),
    "string": ("#a31515", "#f0a07a", False, False),
    "escape": ("#9a4400", "#e5c07b", False, False),
    "comment": ("#4b6e2e", "#8fbf73", False, True),
    "number": ("#096b48", "#b5cea8", False, False),
    "builtin": ("#6f4e00", "#7fd3e6", False, False),
    "function": ("#795e26", "#dcdcaa", False, False),
    "type": ("#1b6379", "#4ec9b0", False, False),
    "decorator": ("#8b1fa9", "#d7a6e8", False, False),
    "preproc": ("#8b1fa9", "#d7a6e8", False, False),
}

# Most specific first: a token takes the role of its nearest listed ancestor.
_TOKEN_ROLES: Final[dict[_TokenType, str]] = {
    Keyword.Type: "type",
    Keyword: "keyword",
    Operator.Word: "keyword",
    Name.Builtin: "builtin",
    Name.Function: "function",
    Name.Class: "type",
    Name.Exception: "type",
    Name.Decorator: "decorator",
    String.Escape: "escape",
    String.Interpol: "escape",
    String: "string",
    Number: "number",
    Comment.Preproc: "preproc",
    Comment.PreprocFile: "string",
    Comment: "comment",
}


def _role_of(token: _TokenType) -> str | None:
    while token is not Token:
        role = _TOKEN_ROLES.get(token)
        if role is not None:
            return role
        token = token.parent
    return None


# ---------------------------------------------------------------------------------------
# Lexing, one line at a time


class _CLexer(CLexer):  # type: ignore[misc]  # Pygments ships no type hints
    """Pygments' C lexer, made to lex one line at a time: ``/* */`` comments are a state
    (the stock lexer matches a whole comment in one regular expression, so a comment that
    spans lines cannot start in one block and end in the next), and the root state is flat
    (the stock lexer tracks braces and declarations across lines, so every ``{`` would
    change the state of all the lines after it)."""

    _ident = CFamilyLexer._ident
    tokens = {
        "whitespace": [(r"/\*", Comment.Multiline, "block-comment"), inherit],
        "block-comment": [
            (r"[^*\n]+", Comment.Multiline),
            (r"\*/", Comment.Multiline, "#pop"),
            (r"\*", Comment.Multiline),
            (r"\n", Comment.Multiline),
        ],
        "root": [
            include("whitespace"),
            include("keywords"),
            include("types"),
            (rf"({_ident})(\s*)(?=\()", bygroups(Name.Function, Whitespace)),
            include("statements"),
            (r"[{};]", Punctuation),
        ],
    }


_C_TYPES: Final = frozenset(
    CFamilyLexer.stdlib_types | CFamilyLexer.c99_types | CFamilyLexer.c11_atomic_types
)

_Lexed = list[tuple[int, _TokenType, str]]


def _lex_line(lexer: Any, text: str, stack: tuple[str, ...]) -> tuple[_Lexed, tuple[str, ...]]:
    """``RegexLexer.get_tokens_unprocessed`` that also returns the state stack it ends in.

    Pygments lexes a whole text and keeps its stack to itself; this is the same loop over
    the lexer's compiled rules (``_tokens``), for one line, starting from ``stack``.
    """
    rules = lexer._tokens
    states = list(stack)
    current = rules[states[-1]]
    tokens: _Lexed = []
    pos = 0
    end = len(text)
    while pos < end:
        for match_at, action, new_state in current:
            match = match_at(text, pos)
            if match is None:
                continue
            if action is not None:
                if type(action) is _TokenType:
                    tokens.append((pos, action, match.group()))
                else:
                    tokens.extend(action(lexer, match))
            pos = match.end()
            if new_state is not None:
                if isinstance(new_state, tuple):
                    for state in new_state:
                        if state == "#pop":
                            if len(states) > 1:
                                states.pop()
                        elif state == "#push":
                            states.append(states[-1])
                        else:
                            states.append(state)
                elif isinstance(new_state, int):
                    del states[max(1, len(states) + new_state) :]
                elif new_state == "#push":
                    states.append(states[-1])
                current = rules[states[-1]]
            break
        else:  # no rule matched: Pygments resets at a newline, else skips one character
            if text[pos] == "\n":
                states = ["root"]
                current = rules["root"]
            else:
                tokens.append((pos, Error, text[pos]))
            pos += 1
    return tokens, tuple(states)


def _utf16_offsets(text: str) -> list[int] | None:
    """Qt counts UTF-16 units, Python code points: the map between them, if they differ."""
    if len(text.encode("utf-16-le")) == 2 * len(text):
        return None
    offsets = [0]
    for char in text:
        offsets.append(offsets[-1] + (2 if ord(char) > 0xFFFF else 1))
    return offsets


class PygmentsHighlighter(QSyntaxHighlighter):
    """Colours a document's blocks with Pygments tokens.

    Invariant: a block's user state is the index (in ``self._stacks``) of the Pygments state
    stack the block ends in; -1 (no state yet) and 0 both mean the root state. Changing the
    language or the colours re-highlights the whole document.
    """

    def __init__(self, document: QTextDocument, language: str = "python") -> None:
        super().__init__(document)
        self._lexer: Any = None
        self._stacks: list[tuple[str, ...]] = [("root",)]
        self._stack_ids: dict[tuple[str, ...], int] = {("root",): 0}
        self._formats: dict[str, QTextCharFormat] = {}
        self._by_token: dict[_TokenType, QTextCharFormat | None] = {}
        self._language = ""
        self.set_colours(QPalette())
        self.set_language(language)

    @property
    def language(self) -> str:
        return self._language

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}; expected one of {LANGUAGES}")
        if language == self._language:
            return
        self._language = language
        self._lexer = {"python": PythonLexer, "c": _CLexer}.get(language, lambda: None)()
        self._stacks = [("root",)]
        self._stack_ids = {("root",): 0}
        self.rehighlight()

    def set_colours(self, palette: QPalette) -> None:
        """Pick the light or dark token colours for the palette's text background."""
        base = palette.color(QPalette.ColorRole.Base)
        backgrounds = (base, _current_line_colour(palette))
        text = palette.color(QPalette.ColorRole.Text)
        dark = _is_dark(base)
        self._formats = {}
        for role, (light_hex, dark_hex, bold, italic) in _ROLES.items():
            colour = QColor(dark_hex if dark else light_hex)
            if any(contrast_ratio(colour, bg) < _MIN_CONTRAST for bg in backgrounds):
                colour = text  # an unusual palette: readable beats colourful
            fmt = QTextCharFormat()
            fmt.setForeground(colour)
            if bold:
                fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setFontItalic(italic)
            self._formats[role] = fmt
        self._by_token = {}
        if self._language:
            self.rehighlight()

    def format_for(self, token: _TokenType) -> QTextCharFormat | None:
        """The format of a Pygments token type (``None``: the editor's plain text)."""
        if token not in self._by_token:
            role = _role_of(token)
            self._by_token[token] = None if role is None else self._formats[role]
        return self._by_token[token]

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        if self._lexer is None:
            return
        previous = self.previousBlockState()
        stack = self._stacks[previous] if previous > 0 else ("root",)
        tokens, end_stack = _lex_line(self._lexer, text + "\n", stack)
        offsets = _utf16_offsets(text)
        c_types = _C_TYPES if self._language == "c" else frozenset()
        for start, token, value in tokens:
            if token is Name and value in c_types:
                token = Keyword.Type
            fmt = self.format_for(token)
            if fmt is None or start >= len(text):
                continue
            stop = min(start + len(value), len(text))
            if offsets is not None:
                start, stop = offsets[start], offsets[stop]
            self.setFormat(start, stop - start, fmt)
        state = self._stack_ids.get(end_stack)
        if state is None:
            state = self._stack_ids[end_stack] = len(self._stacks)
            self._stacks.append(end_stack)
        self.setCurrentBlockState(state)


# ---------------------------------------------------------------------------------------
# The editor


class _Gutter(QWidget):
    """The line-number strip left of the text (Qt's Code Editor example)."""

    def __init__(self, editor: CodeEditor) -> None:
        super().__init__(editor)
        self._editor = editor
        self.setAccessibleName(translate("_Gutter", "Line numbers"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self._editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        self._editor._paint_gutter(event)


def _leading(text: str) -> str:
    return text[: len(text) - len(text.lstrip(" \t"))]


# Python statements after which the next line is one level shallower.
_PY_DEDENTERS: Final = ("return", "pass", "break", "continue", "raise")


_MODIFIER_KEYS: Final = frozenset(
    {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}
)


class CodeEditor(QPlainTextEdit):
    """A plain-text editor for small programs.

    Indentation is spaces, in steps of ``INDENT`` (4): Tab goes to the next step (with a
    selection: indents the selected lines), Shift+Tab dedents, Backspace in leading spaces
    goes back one step, Enter keeps the line's indentation and adds a step after a line
    ending in ``:`` (Python) or ``{`` (C). Every such edit is one undo step. Escape then Tab
    moves the focus on, since Tab itself indents.
    """

    def __init__(self, parent: QWidget | None = None, *, language: str = "python") -> None:
        super().__init__(parent)
        self.setObjectName("code-editor")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        # The app font's size, so the code scales with the rest of the app (desktop.theme).
        size = self.font().pointSizeF()
        if size > 0:
            font.setPointSizeF(size)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.setFont(font)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabChangesFocus(False)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * INDENT)
        self._escape_armed = False
        self._tint_cursor: QTextCursor | None = None  # where the current-line tint is
        self._gutter_colours: tuple[QColor, QColor, QColor, QColor] | None = None
        self._gutter = _Gutter(self)
        self.highlighter = PygmentsHighlighter(self.document(), language)
        self.highlighter.set_colours(self.palette())
        self.blockCountChanged.connect(self._update_gutter_width)
        self.updateRequest.connect(self._update_gutter)
        self.cursorPositionChanged.connect(self._highlight_current_line)
        self._update_gutter_width()
        self._highlight_current_line()
        self._describe()

    # -- language and accessibility

    @property
    def language(self) -> str:
        return self.highlighter.language

    def set_language(self, name: str) -> None:
        """``"python"``, ``"c"`` or ``"text"``: the colours and the indent-after rule."""
        self.highlighter.set_language(name)
        self._describe()

    def setReadOnly(self, ro: bool) -> None:  # noqa: N802 - Qt's name
        super().setReadOnly(ro)
        self._describe()

    def _describe(self) -> None:
        if self.language == "text":
            self.setAccessibleName(translate("CodeEditor", "Plain text editor"))
        else:
            self.setAccessibleName(
                translate("CodeEditor", "{language} code editor").format(
                    language=_LANGUAGE_NAMES[self.language]
                )
            )
        if self.isReadOnly():
            self.setAccessibleDescription(translate("CodeEditor", "Read only."))
        else:
            self.setAccessibleDescription(
                translate(
                    "CodeEditor",
                    "Tab indents and Shift+Tab dedents by four spaces; "
                    "press Escape, then Tab, to move on from the editor.",
                )
            )

    # -- line numbers and the current line

    def gutter_width(self) -> int:
        """Room for the line numbers' digits (at least two) and a little padding."""
        digits = max(2, len(str(self.blockCount())))
        return self.fontMetrics().horizontalAdvance("9") * digits + 2 * self._gutter_pad()

    def _gutter_pad(self) -> int:
        return max(2, round(self.fontMetrics().horizontalAdvance("9") * 0.75))

    def _update_gutter_width(self, _count: int = 0) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _update_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())
        if rect.contains(self.viewport().rect()):
            self._update_gutter_width()

    def resizeEvent(self, e: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(e)
        area = self.contentsRect()
        self._gutter.setGeometry(QRect(area.left(), area.top(), self.gutter_width(), area.height()))

    def _gutter_palette(self) -> tuple[QColor, QColor, QColor, QColor]:
        """Background, line numbers, the current line's number, the edge (cached)."""
        if self._gutter_colours is None:
            palette = self.palette()
            background = _blend(
                palette.color(QPalette.ColorRole.Base),
                palette.color(QPalette.ColorRole.Window),
                0.6,
            )
            strong = palette.color(QPalette.ColorRole.Text)
            plain = _readable_muted(palette, background)
            self._gutter_colours = (background, plain, strong, _blend(background, strong, 0.15))
        return self._gutter_colours

    def _paint_gutter(self, event: QPaintEvent) -> None:
        background, plain, strong, edge_colour = self._gutter_palette()
        current = self.textCursor().blockNumber()
        painter = QPainter(self._gutter)
        painter.fillRect(event.rect(), background)
        painter.setPen(edge_colour)
        edge = self._gutter.width() - 1
        painter.drawLine(edge, event.rect().top(), edge, event.rect().bottom())
        width = self._gutter.width() - self._gutter_pad()
        height = self.fontMetrics().height()
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        bottom = top + round(self.blockBoundingRect(block).height())
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible() and bottom >= event.rect().top():
                painter.setPen(strong if block.blockNumber() == current else plain)
                painter.drawText(
                    0, top, width, height, Qt.AlignmentFlag.AlignRight, str(block.blockNumber() + 1)
                )
            block = block.next()
            top = bottom
            bottom = top + round(self.blockBoundingRect(block).height())
        painter.end()

    def _highlight_current_line(self, *, force: bool = False) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        tinted = self._tint_cursor
        if not force and tinted is not None and tinted.block() == cursor.block():
            # The tint's cursor moves with the text as the editor's does: still on the line.
            return
        previous = -1 if tinted is None else tinted.blockNumber()
        line = cursor.blockNumber()
        self._tint_cursor = QTextCursor(cursor)
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(_current_line_colour(self.palette()))
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selection.format = fmt
        selection.cursor = cursor
        self.setExtraSelections([selection])
        if force:
            self._gutter.update()
        else:  # only the two numbers whose weight changes
            for number in (previous, line):
                self._gutter.update(self._gutter_line_rect(number))

    def _gutter_line_rect(self, number: int) -> QRect:
        block = self.document().findBlockByNumber(number)
        if not block.isValid():
            return self._gutter.rect()
        top = self.blockBoundingGeometry(block).translated(self.contentOffset()).top()
        height = self.blockBoundingRect(block).height()
        return QRect(0, int(top), self._gutter.width(), int(height) + 2)

    def changeEvent(self, e: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(e)
        if e.type() == QEvent.Type.PaletteChange:
            self.highlighter.set_colours(self.palette())
            self._gutter_colours = None
            self._highlight_current_line(force=True)

    # -- keys

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = e.key()
        mods = e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        escape_armed = self._escape_armed
        if key not in _MODIFIER_KEYS:  # Shift (for Shift+Tab) keeps "Escape, then Tab" armed
            self._escape_armed = key == Qt.Key.Key_Escape
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and (escape_armed or self.isReadOnly()):
            backwards = key == Qt.Key.Key_Backtab or bool(mods & Qt.KeyboardModifier.ShiftModifier)
            # QPlainTextEdit's own focusNextPrevChild refuses while the text is editable.
            QWidget.focusNextPrevChild(self, not backwards)
            return
        if self.isReadOnly() or mods & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        ):
            super().keyPressEvent(e)
            return
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        cursor = self.textCursor()
        if key == Qt.Key.Key_Backtab or (key == Qt.Key.Key_Tab and shift):
            self._dedent_lines()
        elif key == Qt.Key.Key_Tab:
            if cursor.hasSelection():
                self._indent_lines()
            else:
                column = cursor.positionInBlock()
                cursor.insertText(" " * (INDENT - column % INDENT))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._newline()  # Shift+Enter too: a line separator (U+2028) is no use in code
        elif key == Qt.Key.Key_Backspace and not shift and self._backspace_indent():
            pass
        elif e.text() == "}" and self.language == "c":
            self._close_brace()
        else:
            super().keyPressEvent(e)

    def _line_range(self) -> tuple[QTextBlock, QTextBlock]:
        """The first and last block the selection touches (a selection that ends at the
        very start of a line leaves that line out)."""
        cursor = self.textCursor()
        document = self.document()
        first = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        if last.blockNumber() > first.blockNumber() and cursor.selectionEnd() == last.position():
            last = last.previous()
        return first, last

    def _blocks(self, first: QTextBlock, last: QTextBlock) -> Iterator[QTextBlock]:
        block = first
        while block.isValid() and block.blockNumber() <= last.blockNumber():
            yield block
            block = block.next()

    def _edit_lines(self, edit: Callable[[QTextCursor, QTextBlock], None]) -> None:
        """Apply ``edit`` to each selected line as one undo step; keep the lines selected."""
        had_selection = self.textCursor().hasSelection()
        first, last = self._line_range()
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for block in self._blocks(first, last):
            edit(cursor, block)
        cursor.endEditBlock()
        if had_selection:
            cursor.setPosition(first.position())
            cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)

    def _indent_lines(self) -> None:
        def indent(cursor: QTextCursor, block: QTextBlock) -> None:
            if block.text().strip():
                cursor.setPosition(block.position())
                cursor.insertText(" " * INDENT)

        self._edit_lines(indent)

    def _dedent_lines(self) -> None:
        def dedent(cursor: QTextCursor, block: QTextBlock) -> None:
            lead = _leading(block.text())
            if lead.startswith("\t"):
                count = 1
            else:
                spaces = len(lead) - len(lead.lstrip(" "))
                count = spaces % INDENT or min(INDENT, spaces)
            if count:
                cursor.setPosition(block.position())
                cursor.setPosition(block.position() + count, QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()

        self._edit_lines(dedent)

    def _newline(self) -> None:
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        line = cursor.block().text()
        column = cursor.positionInBlock()
        before, after = line[:column], line[column:]
        indent = _leading(line)[: len(before)]
        code = before.rstrip()
        opener = {"python": ":", "c": "{"}.get(self.language)
        if opener and code.endswith(opener):
            indent += " " * INDENT
        elif self.language == "python" and code.strip().split(" ", 1)[0] in _PY_DEDENTERS:
            indent = indent[: max(0, len(indent) - INDENT)]
        # The text moved to the new line starts at the indent, not after its old spaces.
        cursor.movePosition(
            QTextCursor.MoveOperation.Right,
            QTextCursor.MoveMode.KeepAnchor,
            len(after) - len(after.lstrip(" \t")),
        )
        if self.language == "c" and code.endswith("{") and after.lstrip().startswith("}"):
            # Between braces: the closing one goes on a line of its own, one level out.
            outer = indent[:-INDENT]
            cursor.insertText("\n" + indent + "\n" + outer)
            cursor.movePosition(QTextCursor.MoveOperation.Up)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        else:
            cursor.insertText("\n" + indent)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def _backspace_indent(self) -> bool:
        """Backspace within leading spaces: back to the previous step. False: not there."""
        cursor = self.textCursor()
        column = cursor.positionInBlock()
        before = cursor.block().text()[:column]
        if cursor.hasSelection() or not column or before.strip(" "):
            return False
        cursor.movePosition(
            QTextCursor.MoveOperation.Left,
            QTextCursor.MoveMode.KeepAnchor,
            column % INDENT or INDENT,
        )
        cursor.removeSelectedText()
        return True

    def _close_brace(self) -> None:
        cursor = self.textCursor()
        before = cursor.block().text()[: cursor.positionInBlock()]
        cursor.beginEditBlock()
        if not cursor.hasSelection() and before and not before.strip(" "):
            cursor.movePosition(
                QTextCursor.MoveOperation.Left,
                QTextCursor.MoveMode.KeepAnchor,
                len(before) % INDENT or min(INDENT, len(before)),
            )
        cursor.insertText("}")
        cursor.endEditBlock()
        self.setTextCursor(cursor)


# ---------------------------------------------------------------------------------------
# Files as tabs


def language_for(filename: str) -> str:
    """The editor language of a file, by its suffix (``"text"`` for anything else)."""
    dot = filename.rfind(".")
    return _SUFFIXES.get(filename[dot:].lower(), "text") if dot >= 0 else "text"


class CodeTabs(QWidget):
    """A program's files, one ``CodeEditor`` tab each, in the order given.

    ``changed`` is emitted on every edit by the user (not by ``set_files``). ``files()``
    gives the texts back exactly as set, edits aside (``\\n`` line endings).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("code-tabs")
        self._tabs = QTabWidget(self)
        self._tabs.setDocumentMode(True)
        self._tabs.setAccessibleName(translate("CodeTabs", "Files"))
        self._editors: dict[str, CodeEditor] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._tabs)

    def set_files(self, files: Mapping[str, str], *, read_only: Collection[str] = ()) -> None:
        """Replace the tabs with ``files`` (name to text); names in ``read_only`` cannot
        be edited."""
        unknown = set(read_only) - set(files)
        if unknown:
            raise KeyError(f"read_only names no file: {sorted(unknown)}")
        self._tabs.clear()
        for editor in self._editors.values():
            editor.deleteLater()
        self._editors = {}
        for name, text in files.items():
            editor = CodeEditor(self._tabs, language=language_for(name))
            editor.setPlainText(text)
            editor.document().setModified(False)
            self._editors[name] = editor
            self._tabs.addTab(editor, name)
            self.set_read_only(name, name in read_only)
            editor.textChanged.connect(self.changed)

    def files(self) -> dict[str, str]:
        # toPlainText() would turn a no-break space into a space; raw text keeps it.
        return {
            name: editor.document().toRawText().replace("\u2029", "\n")
            for name, editor in self._editors.items()
        }

    def editor(self, name: str) -> CodeEditor:
        return self._editors[name]

    def names(self) -> list[str]:
        return list(self._editors)

    def current_name(self) -> str | None:
        current = self._tabs.currentWidget()
        return next((name for name, ed in self._editors.items() if ed is current), None)

    def show_file(self, name: str) -> None:
        self._tabs.setCurrentWidget(self._editors[name])

    def is_read_only(self, name: str) -> bool:
        return self._editors[name].isReadOnly()

    def set_read_only(self, name: str, read_only: bool = True) -> None:
        editor = self._editors[name]
        editor.setReadOnly(read_only)
        index = self._tabs.indexOf(editor)
        self._tabs.setTabText(
            index,
            translate("CodeTabs", "{name} (read only)").format(name=name) if read_only else name,
        )
        self._tabs.setTabToolTip(
            index,
            translate("CodeTabs", "You can read this file but not change it.") if read_only else "",
        )


# ---------------------------------------------------------------------------------------
# Output


def _size(n: int) -> str:
    if n % 1024 == 0 and n >= 1024:
        return translate("code_editor", "{n} KB").format(n=n // 1024)
    return translate("code_editor", "%n byte(s)", n=n)


def run_status(
    *,
    exit_code: int | None,
    elapsed_ms: float,
    timed_out: bool = False,
    time_limit_s: float = 5.0,
    cut_at_bytes: int | None = None,
) -> str:
    """The status line of a run: "Exit 0 in 84 ms", "Stopped: took longer than 5 s", with
    "Output cut at 64 KB" added when the output was cut."""
    if timed_out:
        parts = [
            translate("code_editor", "Stopped: took longer than {seconds} s").format(
                seconds=f"{time_limit_s:g}"
            )
        ]
    elif exit_code is None:
        parts = [translate("code_editor", "Stopped after {ms} ms").format(ms=round(elapsed_ms))]
    else:
        parts = [
            translate("code_editor", "Exit {code} in {ms} ms").format(
                code=exit_code, ms=round(elapsed_ms)
            )
        ]
    if cut_at_bytes is not None:
        parts.append(
            translate("code_editor", "Output cut at {size}").format(size=_size(cut_at_bytes))
        )
    return " · ".join(parts)


def _monospace_view(parent: QWidget, name: str) -> QPlainTextEdit:
    view = QPlainTextEdit(parent)
    view.setReadOnly(True)
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    size = parent.font().pointSizeF()
    if size > 0:
        font.setPointSizeF(size)
    view.setFont(font)
    # Tab stops every eight columns, as in a terminal, where the program's output belongs.
    view.setTabStopDistance(view.fontMetrics().horizontalAdvance(" ") * 8)
    view.setAccessibleName(name)
    # Read-only views still take Tab for focus moves, so keyboard users can get past them.
    view.setTabChangesFocus(True)
    return view


def _append(view: QPlainTextEdit, text: str, fmt: QTextCharFormat) -> None:
    cursor = QTextCursor(view.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(text, fmt)


class OutputPane(QWidget):
    """A run's result: the status line, the output, and a diff when the output should have
    been something else.

    The diff lists the normalised lines (``sync.rules.output_match``): ``−`` marks a line
    the expected output has and the program did not print, ``+`` a line the program printed
    instead. Marks, not only colours, carry the meaning.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("output-pane")
        self.status = QLabel(self)
        self.status.setObjectName("run-status")
        self.status.setFont(theme.scaled_font(self.status.font(), bold=True))
        # The status's text is its name (what a screen reader reads); what it is, its
        # description.
        self.status.setAccessibleDescription(translate("OutputPane", "Run status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.output = _monospace_view(self, translate("OutputPane", "Program output"))
        self.diff_title = QLabel(
            translate("OutputPane", "Expected output compared with yours"), self
        )
        self.diff_title.setFont(theme.scaled_font(self.diff_title.font(), bold=True))
        self.diff_legend = QLabel(self)
        self.diff_legend.setTextFormat(Qt.TextFormat.RichText)
        self.diff = _monospace_view(
            self, translate("OutputPane", "Difference from the expected output")
        )
        diff_box = QWidget(self)
        diff_layout = QVBoxLayout(diff_box)
        diff_layout.setContentsMargins(0, theme.em(self, 0.25), 0, 0)
        diff_layout.setSpacing(theme.em(self, 0.25))
        diff_layout.addWidget(self.diff_title)
        diff_layout.addWidget(self.diff_legend)
        diff_layout.addWidget(self.diff, 1)
        self._diff_box = diff_box
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self.output)
        split.addWidget(diff_box)
        self._split = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.em(self, 0.25))
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        self.clear()

    def clear(self) -> None:
        self.status.setText(translate("OutputPane", "Not run yet"))
        theme.set_role(self.status, self.palette().color(QPalette.ColorRole.WindowText))
        self.output.clear()
        self.diff.clear()
        self._diff_box.hide()

    def show_run(
        self,
        *,
        stdout: str,
        stderr: str,
        exit_code: int | None,
        elapsed_ms: float,
        timed_out: bool = False,
        time_limit_s: float = 5.0,
        cut_at_bytes: int | None = None,
        expected: str | None = None,
    ) -> bool | None:
        """Show a finished run. With ``expected``, compare it with ``stdout`` and show the
        diff if they differ. Returns whether the output matched (``None``: nothing to
        compare with)."""
        palette = self.palette()
        self.output.clear()
        plain = QTextCharFormat()
        error = QTextCharFormat()
        error.setForeground(theme.danger(palette))
        _append(self.output, stdout, plain)
        if stderr:
            if stdout and not stdout.endswith("\n"):
                _append(self.output, "\n", plain)
            _append(self.output, stderr, error)
        status = run_status(
            exit_code=exit_code,
            elapsed_ms=elapsed_ms,
            timed_out=timed_out,
            time_limit_s=time_limit_s,
            cut_at_bytes=cut_at_bytes,
        )
        matched = None if expected is None else output_matches(expected, stdout)
        if matched is not None:
            status += (
                translate("OutputPane", " · Output matches")
                if matched
                else translate("OutputPane", " · Output does not match")
            )
        failed = timed_out or exit_code != 0 or matched is False
        self.status.setText(status)
        theme.set_role(
            self.status,
            theme.danger(palette) if failed else theme.success(palette),
        )
        if expected is not None and not matched:
            self._show_diff(expected, stdout)
        else:
            self.diff.clear()
            self._diff_box.hide()
        return matched

    def _show_diff(self, expected: str, got: str) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        marks = {"same": " ", "expected": "\u2212", "got": "+"}
        tints = {
            "same": None,
            "expected": _blend(base, theme.success(palette), 0.1),
            "got": _blend(base, theme.danger(palette), 0.1),
        }
        colours = {"expected": theme.success(palette), "got": theme.danger(palette)}
        expected_word = html.escape(translate("OutputPane", "\u2212 expected"))
        got_word = html.escape(translate("OutputPane", "+ your output"))
        self.diff_legend.setText(
            f'<span style="color:{colours["expected"].name()}">{expected_word}</span>'
            f'&nbsp;&nbsp;&nbsp;<span style="color:{colours["got"].name()}">{got_word}</span>'
        )
        self.diff.clear()
        cursor = QTextCursor(self.diff.document())
        cursor.beginEditBlock()
        plain_block = QTextBlockFormat()
        for index, line in enumerate(output_diff(expected, got)):
            block_format = QTextBlockFormat()
            tint = tints[line.kind]
            if tint is not None:
                block_format.setBackground(tint)
            if index:
                cursor.insertBlock(block_format if tint is not None else plain_block)
            else:
                cursor.setBlockFormat(block_format)
            mark = QTextCharFormat()
            if line.kind != "same":
                mark.setForeground(colours[line.kind])
                mark.setFontWeight(QFont.Weight.Bold)
            cursor.insertText(f"{marks[line.kind]} ", mark)
            cursor.insertText(line.text or "", QTextCharFormat())
        cursor.endEditBlock()
        self._diff_box.show()
        # The diff is what the learner needs most: the larger share of the room.
        height = max(self._split.height(), 5)
        self._split.setSizes([height * 2 // 5, height - height * 2 // 5])

    def diff_lines(self) -> list[str]:
        """The diff view's lines as shown (mark, space, text)."""
        return self.diff.toPlainText().split("\n") if self._diff_box.isVisibleTo(self) else []
