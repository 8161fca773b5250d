"""Does a sandbox program's output match the expected output, and if not, where not.

Outputs are compared after ``normalise_output``, which forgives what a learner cannot see
and a grader should not care about:

* line endings: ``\\r\\n`` and a lone ``\\r`` become ``\\n`` (a program run on Windows, or
  one that prints ``\\r``, matches one that prints ``\\n``);
* spaces and tabs at the end of a line (``print(a, b, end=" ")`` followed by ``print()``);
* blank lines at the end, and whether the last line has its newline.

Everything else counts: leading spaces, blank lines before or between lines, case, other
whitespace (a form feed, a no-break space) and every character inside a line.

The final-newline rule: a normalised text is either empty (no output, or only blank lines)
or ends with exactly one ``\\n``. So ``"42"``, ``"42\\n"`` and ``"42 \\r\\n\\n"`` all
normalise to ``"42\\n"``.

Pure standard library: the desktop shows the diff, and a grader on the server can use the
same rule.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Literal

__all__ = ["DiffKind", "DiffLine", "normalise_output", "output_diff", "output_matches"]

DiffKind = Literal["same", "expected", "got"]


@dataclass(frozen=True, slots=True)
class DiffLine:
    """One line of a diff of expected against got output.

    ``kind`` is ``"same"`` for a line both have, ``"expected"`` for a line only the
    expected output has (missing from, or different in, the program's output) and ``"got"``
    for a line only the program printed. ``text`` is the normalised line, without its
    newline. The ``same`` and ``expected`` lines, in order, are the expected output's lines;
    the ``same`` and ``got`` lines are the program's.
    """

    kind: DiffKind
    text: str


def normalise_output(text: str) -> str:
    """``text`` with ``\\n`` line endings, no trailing spaces or tabs on any line, no
    trailing blank lines, and one final ``\\n`` unless it is empty (module docstring)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip(" \t") for line in text.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n" if lines else ""


def _lines(text: str) -> list[str]:
    # split("\n"), not splitlines(): a form feed or U+2028 inside a line is content.
    normalised = normalise_output(text)
    return normalised[:-1].split("\n") if normalised else []


def output_matches(expected: str, got: str) -> bool:
    """Whether the two outputs are equal once normalised."""
    return normalise_output(expected) == normalise_output(got)


def output_diff(expected: str, got: str) -> list[DiffLine]:
    """The normalised outputs line by line, as ``difflib`` aligns them: for a changed
    stretch, the expected lines come first, then the lines the program printed instead.
    All ``same`` when the outputs match."""
    want, have = _lines(expected), _lines(got)
    # autojunk off: in program output, a line repeated many times ("0", "") is not noise.
    matcher = difflib.SequenceMatcher(None, want, have, autojunk=False)
    diff: list[DiffLine] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            diff.extend(DiffLine("same", line) for line in want[i1:i2])
            continue
        diff.extend(DiffLine("expected", line) for line in want[i1:i2])
        diff.extend(DiffLine("got", line) for line in have[j1:j2])
    return diff
