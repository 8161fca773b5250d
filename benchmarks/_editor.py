"""Keystroke latency of the sandbox's code editor (``desktop.widgets.code_editor``).

``keystroke_latency()`` opens a realistic Python file in a ``CodeEditor`` shown offscreen
and types into it, timing each key from the key press to the repainted viewport. Called by
``benchmarks/sandbox_run.py``; the target is p99 < 16 ms (one frame at 60 Hz) on 500 lines.

    python benchmarks/_editor.py [LINES] [KEYS]
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _common import percentile  # noqa: E402 - benchmarks/ is on sys.path

__all__ = ["keystroke_latency", "sample_python"]

_CHUNK = '''

class {Name}Stats:
    """Running statistics over the {name} readings.

    Values arrive one at a time; the mean and the variance are kept
    with Welford's method, so no reading is stored.
    """

    def __init__(self, label: str = "{name}") -> None:
        self.label = label
        self.count = 0
        self.mean = 0.0
        self._m2 = 0.0  # sum of squared distances from the mean

    def add(self, value: float) -> None:
        self.count += 1
        delta = value - self.mean
        self.mean += delta / self.count
        self._m2 += delta * (value - self.mean)

    @property
    def variance(self) -> float:
        if self.count < 2:
            return 0.0
        return self._m2 / (self.count - 1)

    def report(self) -> str:
        return f"{{self.label}}: n={{self.count}} mean={{self.mean:.3f}} var={{self.variance:.3f}}"


def read_{name}(path: str) -> list[float]:
    values = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                values.append(float(line))
            except ValueError:
                print(f"line {{number}}: not a number: {{line!r}}")
    return values
'''

_NAMES = ("temperature", "pressure", "humidity", "voltage", "current", "speed", "load", "flow")


def sample_python(lines: int = 500) -> str:
    """About ``lines`` lines of ordinary Python: classes, docstrings, f-strings, comments."""
    parts = ['"""Readings from the lab\'s sensors, summarised."""\n\nimport math\nimport sys\n']
    index = 0
    while sum(part.count("\n") for part in parts) < lines:
        name = _NAMES[index % len(_NAMES)] + ("" if index < len(_NAMES) else str(index))
        parts.append(_CHUNK.format(name=name, Name=name.capitalize()))
        index += 1
    text = "".join(parts)
    return "\n".join(text.split("\n")[:lines]) + "\n"


def keystroke_latency(lines: int = 500, keys: int = 300) -> dict[str, float]:
    """Milliseconds from a key press to the repainted editor: p50, p99 and max over ``keys``
    keys, typed in the middle of the file, inside a string literal and as new lines."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.widgets.code_editor import CodeEditor

    app = QApplication.instance() or QApplication([])
    editor = CodeEditor(language="python")
    editor.resize(900, 700)
    editor.setPlainText(sample_python(lines))
    editor.show()
    QTest.qWaitForWindowExposed(editor)
    app.processEvents()
    document = editor.document()

    def place(line_number: int, where: Callable[[str], int]) -> None:
        block = document.findBlockByNumber(line_number)
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + where(block.text()))
        editor.setTextCursor(cursor)
        editor.centerCursor()
        app.processEvents()

    def end_of_line(text: str) -> int:
        return len(text)

    def in_string(text: str) -> int:
        return text.index('"', text.index('"') + 1)  # before the closing quote

    def find(start: int, wanted: Callable[[str], bool]) -> int:
        for offset in range(document.blockCount()):
            number = (start + offset) % document.blockCount()
            if wanted(document.findBlockByNumber(number).text()):
                return number
        raise LookupError("no such line in the sample")

    def code(text: str) -> bool:
        return text.strip().startswith("self.") and '"' not in text

    def string(text: str) -> bool:
        return text.count('"') >= 2 and '"""' not in text

    def docstring(text: str) -> bool:
        return text.startswith("    Values arrive")

    def block_opener(text: str) -> bool:
        return text.rstrip().endswith(":") and text.startswith("        ")

    # A burst of typing at one kind of place: a code line, inside a string literal, inside
    # a docstring (a multi-line string), and new lines after a ":" (Enter indents).
    bursts: list[tuple[Callable[[str], bool], Callable[[str], int], list[str | Qt.Key]]] = [
        (code, end_of_line, list("  # checked by hand")),
        (string, in_string, list(" reading")),
        (docstring, end_of_line, list(" again")),
        (block_opener, end_of_line, [Qt.Key.Key_Return, *"total = 0", Qt.Key.Key_Return]),
    ]
    timings: list[float] = []
    burst = 0
    while len(timings) < keys:
        wanted, where, typed = bursts[burst % len(bursts)]
        # Around the middle of the file, a little further on each round.
        place(find(lines // 2 + 17 * (burst // len(bursts)), wanted), where)
        for key in typed:
            if len(timings) == keys:
                break
            start = time.perf_counter()
            if isinstance(key, str):
                QTest.keyClicks(editor, key)  # one character: one key click
            else:
                QTest.keyClick(editor, key)
            app.processEvents()
            editor.viewport().repaint()
            timings.append((time.perf_counter() - start) * 1000)
        burst += 1
    editor.close()
    editor.deleteLater()
    app.processEvents()
    return {
        "p50_ms": percentile(timings, 50),
        "p99_ms": percentile(timings, 99),
        "max_ms": max(timings),
    }


if __name__ == "__main__":
    arguments = [int(arg) for arg in sys.argv[1:3]]
    print(json.dumps(keystroke_latency(*arguments)))
