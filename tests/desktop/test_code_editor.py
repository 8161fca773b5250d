"""The sandbox's code editor, files as tabs and output pane, driven by key clicks offscreen."""

from __future__ import annotations

from typing import Any

import pytest
from pygments.token import Comment, Keyword, Name, Number, String, Token, _TokenType
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontInfo, QPalette, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

import desktop.widgets.code_editor as code_editor
from desktop import theme
from desktop.widgets.code_editor import (
    CodeEditor,
    CodeTabs,
    OutputPane,
    contrast_ratio,
    language_for,
    run_status,
)

pytestmark = pytest.mark.qt

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def editor(qtbot: Any) -> CodeEditor:
    widget = CodeEditor()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def put_cursor(editor: CodeEditor, line: int, column: int | None = None) -> None:
    block = editor.document().findBlockByNumber(line)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + (len(block.text()) if column is None else column))
    editor.setTextCursor(cursor)


def select_lines(editor: CodeEditor, first: int, last: int) -> None:
    document = editor.document()
    cursor = QTextCursor(document)
    cursor.setPosition(document.findBlockByNumber(first).position() + 1)
    end = document.findBlockByNumber(last)
    cursor.setPosition(end.position() + 1, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def formats_at(editor: CodeEditor, line: int, column: int) -> list[QColor]:
    """The highlighter's foreground colours covering one character of a line."""
    layout = editor.document().findBlockByNumber(line).layout()
    return [
        r.format.foreground().color()
        for r in layout.formats()
        if r.start <= column < r.start + r.length
    ]


def colour_of(editor: CodeEditor, token: _TokenType) -> QColor:
    fmt = editor.highlighter.format_for(token)
    assert fmt is not None, token
    return fmt.foreground().color()


# -- keys


def test_tab_inserts_spaces_to_the_next_step(editor: CodeEditor, qtbot: Any) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "    "
    qtbot.keyClicks(editor, "x")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "    x   "
    assert "\t" not in editor.toPlainText()


def test_tab_with_a_selection_indents_the_lines_and_one_undo_restores(
    editor: CodeEditor, qtbot: Any
) -> None:
    editor.setPlainText("a = 1\n\nb = 2\nc = 3\n")
    select_lines(editor, 0, 2)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "    a = 1\n\n    b = 2\nc = 3\n"  # blank lines stay empty
    assert editor.textCursor().selectedText() == "    a = 1\u2029\u2029    b = 2"
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.toPlainText() == "a = 1\n\nb = 2\nc = 3\n"
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL | SHIFT)
    assert editor.toPlainText() == "    a = 1\n\n    b = 2\nc = 3\n"


def test_enter_keeps_indentation_and_indents_after_a_colon(editor: CodeEditor, qtbot: Any) -> None:
    qtbot.keyClicks(editor, "def f(x):")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "y = x")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "if y:")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "return y")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "z")
    assert editor.toPlainText() == "def f(x):\n    y = x\n    if y:\n        return y\n    z"


def test_enter_in_c_indents_after_a_brace(editor: CodeEditor, qtbot: Any) -> None:
    editor.set_language("c")
    qtbot.keyClicks(editor, "int main(void) {")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "if (x):")  # a colon means nothing in C
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "return 0;")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "}")
    assert editor.toPlainText() == "int main(void) {\n    if (x):\n    return 0;\n}"


def test_shift_tab_dedents_to_the_previous_step(editor: CodeEditor, qtbot: Any) -> None:
    editor.setPlainText("      x = 1\n        y\n")
    put_cursor(editor, 0)
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, SHIFT)
    assert editor.toPlainText() == "    x = 1\n        y\n"
    assert editor.textCursor().positionInBlock() == len("    x = 1")  # the cursor moved along
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, SHIFT)
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, SHIFT)
    assert editor.toPlainText() == "x = 1\n        y\n"
    select_lines(editor, 0, 1)
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, SHIFT)
    assert editor.toPlainText() == "x = 1\n    y\n"


def test_backspace_in_leading_spaces_goes_back_one_step(editor: CodeEditor, qtbot: Any) -> None:
    editor.setPlainText("      ")
    put_cursor(editor, 0)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.toPlainText() == "    "
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.toPlainText() == ""
    editor.setPlainText("    x   ")
    put_cursor(editor, 0)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)  # not leading spaces: one character
    assert editor.toPlainText() == "    x  "


def test_undo_restores_typing_and_auto_indent(editor: CodeEditor, qtbot: Any) -> None:
    qtbot.keyClicks(editor, "if x:")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText() == "if x:\n    "
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.toPlainText() == "if x:"
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.toPlainText() == ""


def test_escape_then_tab_leaves_the_editor(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    editor = CodeEditor(window)
    after = QLineEdit(window)
    layout.addWidget(editor)
    layout.addWidget(after)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus, timeout=2000)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.hasFocus() and editor.toPlainText() == "    "
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus, timeout=2000)
    assert editor.toPlainText() == "    "


# -- look


def test_editor_is_monospace_unwrapped_and_described(editor: CodeEditor) -> None:
    assert QFontInfo(editor.font()).fixedPitch()
    assert editor.lineWrapMode() == QPlainTextEdit.LineWrapMode.NoWrap
    assert editor.accessibleName() == "Python code editor"
    assert "Escape" in editor.accessibleDescription()
    editor.set_language("c")
    assert editor.accessibleName() == "C code editor"
    with pytest.raises(ValueError, match="unknown language"):
        editor.set_language("cobol")


def test_gutter_grows_at_100_lines(editor: CodeEditor) -> None:
    editor.setPlainText("\n" * 98)
    assert editor.blockCount() == 99
    narrow = editor.gutter_width()
    assert editor.viewportMargins().left() == narrow
    editor.setPlainText("\n" * 9)
    assert editor.gutter_width() == narrow  # room for two digits at least
    editor.setPlainText("\n" * 99)
    assert editor.blockCount() == 100
    wide = editor.gutter_width()
    digit = editor.fontMetrics().horizontalAdvance("9")
    assert wide == narrow + digit
    assert editor.viewportMargins().left() == wide


def test_current_line_is_tinted(editor: CodeEditor, qtbot: Any) -> None:
    def tinted_line() -> int:
        (selection,) = editor.extraSelections()
        base = editor.palette().color(QPalette.ColorRole.Base)
        assert selection.format.background().color() != base
        return selection.cursor.blockNumber()

    editor.setPlainText("a\nb\nc")
    assert tinted_line() == 0  # the new text's first line, where the cursor is
    put_cursor(editor, 1)
    assert tinted_line() == 1
    qtbot.keyClicks(editor, "xyz")
    assert tinted_line() == 1
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert tinted_line() == 2
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert tinted_line() == 1


# -- highlighting


def test_keyword_and_string_get_different_formats(editor: CodeEditor) -> None:
    editor.setPlainText('if name == "Ada":\n    print(42)  # hello\n')
    (keyword,) = formats_at(editor, 0, 0)
    (string,) = formats_at(editor, 0, len('if name == "'))
    assert keyword == colour_of(editor, Keyword)
    assert string == colour_of(editor, String)
    assert keyword != string
    assert formats_at(editor, 0, len("if n")) == []  # a plain name: the text colour
    (number,) = formats_at(editor, 1, len("    print(4"))
    (comment,) = formats_at(editor, 1, len("    print(42)  # h"))
    assert len({keyword.name(), string.name(), number.name(), comment.name()}) == 4


def test_triple_quoted_string_spans_lines_and_stops_after(editor: CodeEditor, qtbot: Any) -> None:
    editor.setPlainText('x = """first\nmiddle if\nlast""" if y else 2\nz = 3\n')
    string = colour_of(editor, String)
    assert formats_at(editor, 0, len('x = """f')) == [string]
    assert formats_at(editor, 1, 0) == [string]
    assert formats_at(editor, 1, len("middle i")) == [string]  # not the keyword
    assert formats_at(editor, 2, 0) == [string]
    assert formats_at(editor, 2, len('last""" i')) == [colour_of(editor, Keyword)]
    assert formats_at(editor, 3, 0) == []
    assert formats_at(editor, 3, len("z = ")) == [colour_of(editor, Number)]
    # Typing breaks the closing quotes: the lines after become string, incrementally.
    put_cursor(editor, 2, len('last""'))
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert formats_at(editor, 3, 0) == [string]
    qtbot.keyClicks(editor, '"')
    assert formats_at(editor, 3, 0) == []


def test_c_block_comment_spans_lines(editor: CodeEditor) -> None:
    editor.set_language("c")
    editor.setPlainText('/* a\n   return "x"; */ int n = 1;\nreturn n;\n')
    comment = colour_of(editor, Comment.Multiline)
    assert formats_at(editor, 1, len("   ret")) == [comment]
    assert formats_at(editor, 1, len('   return "x"; */ i')) == [colour_of(editor, Keyword.Type)]
    assert formats_at(editor, 2, 0) == [colour_of(editor, Keyword)]


def test_non_bmp_characters_keep_formats_aligned(editor: CodeEditor) -> None:
    """Qt counts UTF-16 units: after an emoji, formats must still start at the right place."""
    editor.setPlainText('s = "\U0001f600" if t else 1\n')
    qt_column = len('s = "') + 2 + len('" i')
    assert formats_at(editor, 0, qt_column) == [colour_of(editor, Keyword)]


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2d2d2d"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Highlight, "#3d7bd9"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


_TOKENS = (
    Keyword,
    Keyword.Type,
    Name.Builtin,
    Name.Function,
    Name.Class,
    Name.Decorator,
    String,
    String.Escape,
    Number,
    Comment,
    Comment.Preproc,
)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_token_colours_have_aa_contrast(editor: CodeEditor, dark: bool) -> None:
    if dark:
        editor.setPalette(_dark_palette())
    palette = editor.palette()
    base = palette.color(QPalette.ColorRole.Base)
    assert (base.lightness() < 128) is dark
    (selection,) = editor.extraSelections()
    current_line = selection.format.background().color()
    colours = {token: colour_of(editor, token) for token in _TOKENS}
    for token, colour in colours.items():
        assert contrast_ratio(colour, base) >= 4.5, (token, colour.name())
        assert contrast_ratio(colour, current_line) >= 4.5, (token, colour.name())
    # Colours, not the text colour everywhere: the light or dark set is in use.
    assert len({colour.name() for colour in colours.values()}) >= 7
    text = palette.color(QPalette.ColorRole.Text)
    assert colours[Keyword] != text


def test_unreadable_colours_fall_back_to_the_text_colour(editor: CodeEditor) -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#4a6a8a"))  # a mid-tone background
    palette.setColor(QPalette.ColorRole.Text, QColor("#ffffff"))
    editor.setPalette(palette)
    for token in _TOKENS:
        colour = colour_of(editor, token)
        assert contrast_ratio(colour, QColor("#4a6a8a")) >= 4.5, token


def test_text_language_has_no_colours(editor: CodeEditor) -> None:
    editor.set_language("text")
    editor.setPlainText('if x: "y"\n')
    assert editor.document().firstBlock().layout().formats() == []
    assert editor.highlighter.format_for(Token.Text) is None


# -- files as tabs


def test_tabs_round_trip_files(qtbot: Any) -> None:
    tabs = CodeTabs()
    qtbot.addWidget(tabs)
    files = {
        "main.py": "from util import twice\n\nprint(twice(21))\n",
        "util.py": "def twice(n):\n\treturn 2 * n  # tab, no\u00a0break\n\n",
        "notes.txt": "no final newline",
    }
    with qtbot.assertNotEmitted(tabs.changed):
        tabs.set_files(files, read_only={"notes.txt"})
        qtbot.wait(20)  # highlighting runs; it is not an edit
    assert tabs.files() == files
    assert list(tabs.files()) == list(files)
    assert tabs.editor("main.py").language == "python"
    assert tabs.editor("notes.txt").language == "text"
    assert tabs.is_read_only("notes.txt") and not tabs.is_read_only("main.py")

    tabs.show()
    main = tabs.editor("main.py")
    put_cursor(main, 2)
    with qtbot.waitSignal(tabs.changed, timeout=1000):
        qtbot.keyClicks(main, "  # 42")
    assert tabs.files()["main.py"] == "from util import twice\n\nprint(twice(21))  # 42\n"

    notes = tabs.editor("notes.txt")
    tabs.show_file("notes.txt")
    assert tabs.current_name() == "notes.txt"
    qtbot.keyClicks(notes, "edit")
    assert tabs.files()["notes.txt"] == "no final newline"

    tabs.set_files({"prog.c": "int main(void) { return 0; }\n"})
    assert tabs.names() == ["prog.c"] and tabs.editor("prog.c").language == "c"
    with pytest.raises(KeyError, match="missing"):
        tabs.set_files({"a.py": ""}, read_only={"missing"})


@pytest.mark.parametrize(
    ("name", "language"),
    [("main.py", "python"), ("prog.C", "c"), ("lib.h", "c"), ("README", "text"), ("x.txt", "text")],
)
def test_language_for(name: str, language: str) -> None:
    assert language_for(name) == language


# -- output


def test_run_status() -> None:
    assert run_status(exit_code=0, elapsed_ms=84.2) == "Exit 0 in 84 ms"
    assert run_status(exit_code=None, elapsed_ms=5003, timed_out=True) == (
        "Stopped: took longer than 5 s"
    )
    assert run_status(exit_code=1, elapsed_ms=12, cut_at_bytes=64 * 1024) == (
        "Exit 1 in 12 ms · Output cut at 64 KB"
    )


def test_output_pane_shows_a_diff_for_a_mismatch(qtbot: Any) -> None:
    pane = OutputPane()
    qtbot.addWidget(pane)
    pane.show()
    matched = pane.show_run(
        stdout="Sum: 6\r\nMean: 2.0\nDone\n",
        stderr="",
        exit_code=0,
        elapsed_ms=84,
        expected="Sum: 6\nMean: 2\nDone\n",
    )
    assert matched is False
    assert pane.status.text() == "Exit 0 in 84 ms · Output does not match"
    assert pane.diff.isVisible()
    assert pane.diff_lines() == ["  Sum: 6", "\u2212 Mean: 2", "+ Mean: 2.0", "  Done"]
    document = pane.diff.document()
    same, missing, extra = (document.findBlockByNumber(n).blockFormat() for n in (0, 1, 2))
    assert not same.hasProperty(same.Property.BackgroundBrush)
    assert missing.background().color() != extra.background().color()
    for number in (1, 2):  # the coloured marks are readable on their line's tint
        block = document.findBlockByNumber(number)
        mark = block.begin().fragment().charFormat().foreground().color()
        assert contrast_ratio(mark, block.blockFormat().background().color()) >= 4.5
    assert pane.status.palette().color(QPalette.ColorRole.WindowText) == theme.danger()

    matched = pane.show_run(
        stdout="Sum: 6\n", stderr="", exit_code=0, elapsed_ms=5, expected="Sum: 6  \n\n"
    )
    assert matched is True
    assert not pane.diff.isVisible() and pane.diff_lines() == []
    assert pane.status.text() == "Exit 0 in 5 ms · Output matches"
    assert pane.status.palette().color(QPalette.ColorRole.WindowText) == theme.success()


def test_output_pane_shows_stderr_in_the_error_colour(qtbot: Any) -> None:
    pane = OutputPane()
    qtbot.addWidget(pane)
    matched = pane.show_run(
        stdout="partial",
        stderr="Traceback (most recent call last):\nZeroDivisionError\n",
        exit_code=1,
        elapsed_ms=30,
    )
    assert matched is None
    assert pane.output.toPlainText().startswith("partial\nTraceback")
    block = pane.output.document().findBlockByNumber(1)
    fragment = block.begin().fragment()
    assert fragment.charFormat().foreground().color() == theme.danger()
    first = pane.output.document().firstBlock().begin().fragment()
    assert first.charFormat().foreground().color() != theme.danger()


def test_all_is_complete() -> None:
    public = {
        name
        for name, value in vars(code_editor).items()
        if not name.startswith("_")
        and getattr(value, "__module__", None) == code_editor.__name__
        and (isinstance(value, type) or callable(value))
    }
    assert public <= set(code_editor.__all__)
    assert all(hasattr(code_editor, name) for name in code_editor.__all__)
